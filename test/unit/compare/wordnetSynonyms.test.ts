import { strict as assert } from 'node:assert';
import { quoteSimilarity } from '../../../src/core/compare/quoteSimilarity';
import { readWords } from '../../../src/core/compare/readWords';
import { areSynonyms } from '../../../src/core/compare/wordnetSynonyms';
import { groups } from './quoteGroupsOf';

const word = (text: string) => readWords(text)[0];
const sources = (g: ReturnType<typeof groups>) => g.map((group) => group.members.map((m) => `${m.source}: ${m.text}`));

describe('WordNet synonyms (wordnetSynonyms.ts)', () => {
  it('finds words that share a synset among their first senses, whatever their inflection', () => {
    assert.ok(areSynonyms(word('catastrophe'), word('tragedy')));
    assert.ok(areSynonyms(word('prepared'), word('ready')));
    assert.ok(areSynonyms(word('confronted'), word('face')));
    assert.ok(areSynonyms(word('courts'), word('tribunal')));
  });

  it('leaves out rarer senses, quantities and the same word', () => {
    // "fire" means shooting or burning long before it means dismissing someone.
    assert.ok(!areSynonyms(word('fired'), word('dismissed')));
    // A quarter and a fourth are numbers, which the comparison reads as numbers.
    assert.ok(!areSynonyms(word('fourth'), word('quarter')));
    assert.ok(!areSynonyms(word('tragedy'), word('tragedies')));
  });

  it('counts a synonym in every measure, but less than the same word', () => {
    const same = quoteSimilarity(readWords('The country is ready to face this tragedy'), readWords('The country is ready to face this tragedy'), () => 2, areSynonyms);
    const near = quoteSimilarity(readWords('The nation is prepared to confront this catastrophe'), readWords('The country is ready to face this tragedy'), () => 2, areSynonyms);
    const without = quoteSimilarity(readWords('The nation is prepared to confront this catastrophe'), readWords('The country is ready to face this tragedy'), () => 2);
    for (const measure of ['cosine', 'ordered', 'contained'] as const) {
      assert.ok(near[measure] > without[measure] && near[measure] < same[measure], `${measure}: ${without[measure]} < ${near[measure]} < ${same[measure]}`);
    }
  });
});

describe('quote groups through WordNet synonyms', () => {
  it('links two translations of one minister\'s remark that share few words, and keeps her other remark apart', () => {
    const found = groups({
      'wire.txt':
        'Brazil\'s sports minister Camila Duarte visited the flooded stadium on Monday. "Our nation is ready to confront this catastrophe with courage," Duarte said. "Every family that lost a home will receive help within a week," she added.',
      'daily.txt':
        'Sports minister Camila Duarte toured the flooded arena on Monday. "The country is prepared to face this tragedy bravely," Duarte told reporters. "This tragedy shows the country needs better drains," she said.',
    });
    assert.deepEqual(sources(found), [
      ['wire.txt: Our nation is ready to confront this catastrophe with courage,', 'daily.txt: The country is prepared to face this tragedy bravely,'],
    ]);
  });

  it('links a spokesperson\'s remark translated two ways', () => {
    const found = groups({
      'agency.txt': 'Foreign ministry spokesperson Mao Ning spoke on Tuesday. "We are deeply worried and we ask both sides to stay calm," Mao said.',
      'site.txt': 'Chinese foreign ministry spokesperson Mao Ning spoke on Tuesday. "We are profoundly concerned and we request that the two parties remain calm," Mao said.',
    });
    assert.equal(found.length, 1);
    assert.equal(found[0].members.length, 2);
  });

  it('does not link through synonyms a remark credited to nobody', () => {
    const found = groups({
      'wire.txt': 'Brazil\'s sports minister Camila Duarte visited the flooded stadium on Monday. "Our nation is ready to confront this catastrophe with courage," Duarte said.',
      'daily.txt': 'Sports minister Camila Duarte toured the flooded arena on Monday. "The country is prepared to face this tragedy bravely," a statement read.',
    });
    assert.deepEqual(found, []);
  });
});
