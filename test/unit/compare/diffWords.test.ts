/**
 * Word differences inside aligned sentences: spelling, transliteration, abbreviation dots and
 * number style are orthographic; other words are substantive.
 */
import { strict as assert } from 'node:assert';
import { diffWords, forgetWordDiffs } from '../../../src/core/compare/diffWords';
import { readWords } from '../../../src/core/compare/readWords';
import type { WordDiff } from '../../../src/core/types';

/** The differences between two sentences, with their texts. */
function differences(a: string, b: string): Array<{ a: string; b: string; type: WordDiff['type'] }> {
  return diffWords(readWords(a), readWords(b)).map((d) => ({ a: a.slice(d.a.start, d.a.end), b: b.slice(d.b.start, d.b.end), type: d.type }));
}

describe('diffWords', () => {
  it('calls British and American spellings and transliterations orthographic', () => {
    const found = differences('Sergey Lavrov emphasised the favourable conditions.', 'Sergei Lavrov emphasized the favorable conditions.');
    assert.deepEqual(found.map((d) => d.type), ['orthographic', 'orthographic', 'orthographic']);
    assert.deepEqual(found.map((d) => d.a), ['Sergey', 'emphasised', 'favourable']);
  });

  it('calls abbreviation dots, case, number words and an added article orthographic', () => {
    const found = differences('The U.S. team lost seven players in the final.', 'the US team lost 7 players in final.');
    assert.ok(found.length > 0);
    assert.ok(found.every((d) => d.type === 'orthographic'), JSON.stringify(found));
  });

  it('calls other words substantive and gives both sides', () => {
    const found = differences('We must act on the basis of the collective potential.', 'We have to act on the basis of the joint potential.');
    assert.deepEqual(
      found.filter((d) => d.type === 'substantive').map((d) => [d.a, d.b]),
      [['must', 'have to'], ['collective', 'joint']],
    );
  });

  it('marks a cut as an empty span on the side that lacks the words', () => {
    const [cut] = differences('The court heard that he spent the money on racehorses.', 'The court heard that he spent the money.');
    assert.equal(cut.a, 'on racehorses');
    assert.equal(cut.b, '');
    assert.equal(cut.type, 'substantive');
  });

  it('finds nothing between identical sentences', () => {
    assert.deepEqual(differences('Shares fell 4% in early trading.', 'Shares fell 4% in early trading.'), []);
  });

  it('gives each pair its own differences when one sentence is diffed with many others, again and again', () => {
    // The diffs of recent pairs are remembered: a sentence met again with another must not get the
    // first one's differences, and a pair diffed again (after many others) gets the same ones.
    const baseText = 'The ferry left the port at dawn with 300 passengers on board.';
    const otherTexts = Array.from({ length: 600 }, (_, n) => `The ferry left the harbour at ${n + 1} with ${n + 2} passengers and crew.`);
    const base = readWords(baseText);
    const others = otherTexts.map((t) => readWords(t));
    const shown = (diffs: WordDiff[], otherText: string): string =>
      JSON.stringify(diffs.map((d) => [baseText.slice(d.a.start, d.a.end), otherText.slice(d.b.start, d.b.end), d.type]));
    const first = others.map((o, n) => shown(diffWords(base, o), otherTexts[n]));
    assert.equal(new Set(first).size, others.length);
    assert.ok(first[41].includes('"42"') && first[41].includes('"harbour"'), first[41]);
    const again = others.map((o, n) => shown(diffWords(base, o), otherTexts[n]));
    assert.deepEqual(again, first);
    forgetWordDiffs();
    assert.equal(shown(diffWords(base, others[7]), otherTexts[7]), first[7]);
  });
});
