/**
 * Word differences inside aligned sentences: spelling, transliteration, abbreviation dots and
 * number style are orthographic; other words are substantive.
 */
import { strict as assert } from 'node:assert';
import { diffWords } from '../../../src/core/compare/diffWords';
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

  it('calls every tens word and its digits orthographic, and a different figure substantive', () => {
    for (const [word, digits] of [['sixty', '60'], ['seventy', '70'], ['eighty', '80'], ['ninety', '90']]) {
      const same = differences(`The ferry carried ${word} cars on Sunday.`, `The ferry carried ${digits} cars on Sunday.`);
      assert.deepEqual(same.map((d) => d.type), ['orthographic'], `${word} / ${digits}: ${JSON.stringify(same)}`);
    }
    const other = differences('The ferry carried eighty cars on Sunday.', 'The ferry carried 70 cars on Sunday.');
    assert.deepEqual(other.map((d) => d.type), ['substantive']);
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

  it('matches the words two sentences open with alike, and diffs what follows', () => {
    // The opening words are matched without the table: what follows must be diffed as ever, and a
    // sentence copied word for word gives nothing.
    const found = differences('The council voted to close the library on Sundays from March.', 'The council voted to shut the library on Sundays from April.');
    assert.deepEqual(found.map((d) => [d.a, d.b, d.type]), [['close', 'shut', 'substantive'], ['March', 'April', 'substantive']]);
    const copied = 'Prosecutors said the defendant had wired $2.3 million to an account in Cyprus.';
    assert.deepEqual(differences(copied, copied), []);
    assert.deepEqual(differences(copied, `${copied.slice(0, -1)} last year.`).map((d) => [d.a, d.b]), [['', 'last year']]);
    assert.deepEqual(differences('Shares rose.', 'Shares rose sharply on Monday.').map((d) => [d.a, d.b]), [['', 'sharply on Monday']]);
  });
});
