/**
 * Two quotes that cannot be one utterance whatever their words: a negation put in or taken out
 * reverses a remark, a negation a translation moves does not. Short reports written for these
 * tests, analysed by the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { groups, memberTexts, twoReports } from './quoteGroupsOf';

describe('two statements whatever their words', () => {
  it('links two translations that place a negation differently', () => {
    const cases: Array<[string, string, string]> = [
      ['Pablo Ortega', 'The strike is no threat, but nor is it a game', 'The strike is not a threat, but it is not a game either'],
      ['Ines Duarte', 'This verdict is no victory, and nor is it a defeat for the families', 'This verdict is not a victory and it is not a defeat for the families'],
    ];
    for (const [speaker, wire, paper] of cases) {
      const found = groups(twoReports(speaker, wire, paper));
      assert.equal(found.length, 1, `${wire} / ${paper}: ${memberTexts(found)}`);
    }
  });

  it('keeps apart a remark and its negation', () => {
    const found = groups(twoReports('Pablo Ortega', 'We expect the ministry to accept our offer next week', 'We do not expect the ministry to accept our offer next week'));
    assert.equal(found.length, 0, memberTexts(found));
  });
});
