/**
 * Two quotes that cannot be one utterance whatever their words: a negation put in or taken out
 * reverses a remark, a negation a translation moves does not. Short reports written for these
 * tests, analysed by the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { groups, memberTexts } from './quoteGroupsOf';

/** Two reports quoting one named speaker, the wire with `wire` and the paper with `paper`. */
function reports(speaker: string, wire: string, paper: string): Record<string, string> {
  const surname = speaker.split(' ').pop();
  return {
    'wire.txt': `Union leader speaks after talks\n\nMADRID (Wire) - ${speaker} spoke to reporters on Thursday after talks at the labour ministry.\n\n"${wire}," ${surname} told reporters.\n\nTalks resume next week.`,
    'paper.txt': `Union leader gives his view\n\n${speaker} gave his view on Thursday after the talks at the labour ministry.\n\n"${paper}," ${surname} said.\n\nTalks resume next week.`,
  };
}

describe('two statements whatever their words', () => {
  it('links two translations that place a negation differently', () => {
    const cases: Array<[string, string, string]> = [
      ['Pablo Ortega', 'The strike is no threat, but nor is it a game', 'The strike is not a threat, but it is not a game either'],
      ['Ines Duarte', 'This verdict is no victory, and nor is it a defeat for the families', 'This verdict is not a victory and it is not a defeat for the families'],
    ];
    for (const [speaker, wire, paper] of cases) {
      const found = groups(reports(speaker, wire, paper));
      assert.equal(found.length, 1, `${wire} / ${paper}: ${memberTexts(found)}`);
    }
  });

  it('keeps apart a remark and its negation', () => {
    const found = groups(reports('Pablo Ortega', 'We expect the ministry to accept our offer next week', 'We do not expect the ministry to accept our offer next week'));
    assert.equal(found.length, 0, memberTexts(found));
  });
});
