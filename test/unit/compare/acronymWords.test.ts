/**
 * A name one outlet writes whole and another by its initials ("the International Monetary Fund" /
 * "the IMF") is one word when two quotes are compared. Short reports written for these tests,
 * analysed by the real pipeline, and word lists read by the real reader.
 */
import { strict as assert } from 'node:assert';
import { joinAcronyms } from '../../../src/core/compare/acronymWords';
import { readWords, type Word } from '../../../src/core/compare/readWords';
import { groups, memberTexts, twoReports } from './quoteGroupsOf';

/** The words of `text` with a reader of each word as written. */
function wordsOf(text: string): [Word[], (w: Word) => string] {
  return [readWords(text), (w) => text.slice(w.start, w.end)];
}

describe('names written whole and by their initials', () => {
  it('links two translations of one remark that write a name whole and as an acronym', () => {
    const cases: Array<[string, string, string]> = [
      ['Rui Tavares', 'If the talks fail by June, we will ask the International Monetary Fund for help', 'Should the talks collapse before June, we are going to the IMF'],
      ['Ingrid Holm', 'Our soldiers will stay in the Baltic as long as the North Atlantic Treaty Organization needs them', 'Our troops remain in the Baltic for as long as NATO asks'],
    ];
    for (const [speaker, wire, paper] of cases) {
      const found = groups(twoReports(speaker, wire, paper));
      assert.equal(found.length, 1, `${wire} / ${paper}: ${memberTexts(found)}`);
    }
  });

  it('keeps apart two remarks of one speaker that share only the name', () => {
    const found = groups(twoReports('Rui Tavares', 'The IMF expects the economy to grow by two percent this year', 'We owe the International Monetary Fund nothing more after this payment'));
    assert.equal(found.length, 0, memberTexts(found));
  });

  it('reads capitalised words running together, small words between them, as the acronym of their initials', () => {
    const [words, raw] = wordsOf('The European Union will ask the Organisation for Economic Cooperation and Development and the United Nations, not the world trade organization');
    const [other, otherRaw] = wordsOf('EU OECD UN WTO');
    const [joined] = joinAcronyms(words, raw, other, otherRaw);
    assert.deepEqual(
      joined.map((w) => w.folded),
      ['the', 'eu', 'will', 'ask', 'the', 'oecd', 'and', 'the', 'un', 'not', 'the', 'world', 'trade', 'organization'],
    );
  });

  it('leaves a wording as it is when the other holds no acronym of its names', () => {
    const [words, raw] = wordsOf('the European Union will pay');
    const [other, otherRaw] = wordsOf('the EC will pay');
    assert.equal(joinAcronyms(words, raw, other, otherRaw)[0], words);
  });
});
