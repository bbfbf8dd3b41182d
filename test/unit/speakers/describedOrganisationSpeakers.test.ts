/**
 * Quotes credited to an organisation the text describes but never names: the description itself is
 * the speaker, with no entity key behind it; a business or a bare "the ministry" is not enough.
 */
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../src/core/analyzeArticle';
import { speakers } from '../../support/quoteSpeakers';

describe('organisations described but never named', () => {
  it('credits "a spokeswoman for the state water inspectorate" to the inspectorate', () => {
    const text = 'Flood barriers failed in two districts. A spokeswoman for the state water inspectorate said the pipes were “older than anyone had admitted”.';
    assert.deepEqual(speakers(text), ['the state water inspectorate']);
  });

  it('credits "a government spokesman" and "a police spokesman" to the one body a country has', () => {
    const text = [
      'Rents rose again in March. “Nobody will be evicted before spring,” a government spokesman said.',
      'The match was halted. “Fans threw flares onto the pitch,” a police spokesman told reporters.',
    ].join('\n');
    assert.deepEqual(speakers(text), ['the government', 'the police']);
  });

  it('credits a qualified body speaking for itself, with no entity key and the description as its attribution', () => {
    const text = 'Three wards closed after the outbreak. The regional health authority said in a statement: “All three wards will reopen on Friday.”';
    const [quote] = analyzeArticle(text).quotes;
    assert.equal(quote.speaker, 'the regional health authority');
    assert.equal(quote.speakerKey, null);
    assert.equal(quote.attribution?.method, 'described-organisation');
  });

  it('credits nobody for an unnamed "the company" or a bare "the ministry"', () => {
    const text = [
      'Sales fell for a third quarter. “We are reviewing the figures,” the company said.',
      'The tariffs take effect in May. “The talks are over,” the ministry said.',
    ].join('\n');
    assert.deepEqual(speakers(text), [null, null]);
  });

  it('credits a later "he", "she" or "the spokesman" to the described body the spokesperson spoke for', () => {
    const sport = [
      'The derby was halted twice by flares. A spokeswoman for the county football association said the referee had acted correctly.',
      '“Both clubs will be asked for their observations,” she added.',
    ].join('\n');
    assert.deepEqual(speakers(sport), ['the county football association']);
    const science = [
      'The rover stopped sending data on Monday. A spokesman for the national space agency told reporters the team was still listening.',
      '“We have lost missions before and found them again,” the spokesman said.',
    ].join('\n');
    assert.deepEqual(speakers(science), ['the national space agency']);
    const courts = 'A spokesman for the regional prison service said the inmate had been moved. “He is in a secure unit,” he said, declining to name it.';
    assert.deepEqual(speakers(courts), ['the regional prison service']);
  });

  it('credits nobody when the pronoun may mean someone named since, or the spokesperson is someone\'s', () => {
    const named = [
      'A spokesman for the regional prison service said the inmate had been moved. Warden Karl Brandt said he had signed the order.',
      '“It was the safest choice,” he said.',
    ].join('\n');
    assert.deepEqual(speakers(named), ['Karl Brandt']);
    const family = 'A spokesman for the family said the climber was recovering. “He is eating again,” the spokeswoman said.';
    assert.deepEqual(speakers(family), [null]);
    const unnamed = [
      'A spokesman for the regional port authority said the pier was closed.',
      'One passenger, a fisherman who gave only his first name, Bahati, said the ramp had collapsed. “I heard it crack,” he said.',
    ].join('\n');
    assert.deepEqual(speakers(unnamed), [null]);
  });

  it('credits a body whose head noun is capitalised inside the sentence, but not a lower-case one (politics, sport)', () => {
    const text = [
      'The quotas took effect in May. A Commission spokeswoman said the rules “apply equally to every member state”.',
      'The derby was moved to Sunday. “Safety comes first,” a League spokesman said.',
      'The derby was moved to Sunday. “Safety comes first,” a league spokesman said.',
    ].join('\n');
    assert.deepEqual(speakers(text), ['the Commission', 'the League', null]);
  });
});

