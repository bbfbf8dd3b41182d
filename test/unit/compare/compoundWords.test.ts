/**
 * A compound one outlet writes solid and another open or hyphenated ("ceasefire" / "cease-fire",
 * "healthcare" / "health care", "shipowners" / "ship owners") is one word when two quotes are
 * compared. Short reports written for these tests, analysed by the real pipeline, and word lists
 * read by the real reader.
 */
import { strict as assert } from 'node:assert';
import { joinCompounds } from '../../../src/core/compare/compoundWords';
import { readWords } from '../../../src/core/compare/readWords';
import { groups, memberTexts, twoReports } from './quoteGroupsOf';

describe('compounds written solid and open', () => {
  it('links two translations of one remark that write a compound differently', () => {
    const cases: Array<[string, string, string]> = [
      ['Khalid Al-Mansouri', 'Qatar will not be the guarantor of a ceasefire that nobody respects', 'Qatar refuses to be the guarantor of any cease-fire'],
      ['Ana Ruiz', 'No one will privatise healthcare while I am minister', 'Health care will never be privatised while I am in office'],
      ['Marta Lindqvist', 'The shipowners will pay for the clean-up of the coast', 'The ship owners are going to bear the cost of cleaning the coast'],
    ];
    for (const [speaker, wire, paper] of cases) {
      const found = groups(twoReports(speaker, wire, paper));
      assert.equal(found.length, 1, `${wire} / ${paper}: ${memberTexts(found)}`);
    }
  });

  it('keeps apart two remarks of one speaker that share only the compound', () => {
    const found = groups(twoReports('Ana Ruiz', 'The healthcare budget will rise by four percent next year', 'Health care workers deserve our gratitude for this winter'));
    assert.equal(found.length, 0, memberTexts(found));
  });

  it('reads two words as the compound only when the other wording holds it, and only parts of three letters', () => {
    const text = 'the cease-fire held, a lot of health care';
    const words = readWords(text);
    const [joined] = joinCompounds(words, readWords('ceasefire allot healthcare'));
    assert.deepEqual(joined.map((w) => w.folded), ['the', 'ceasefire', 'held', 'a', 'lot', 'of', 'healthcare']);
    const [unchanged] = joinCompounds(words, readWords('the fire held'));
    assert.equal(unchanged, words);
  });
});
