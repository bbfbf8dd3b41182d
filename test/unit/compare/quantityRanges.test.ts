import { strict as assert } from 'node:assert';
import { findQuantityMentions } from '../../../src/core/compare/findQuantityMentions';
import { readWords } from '../../../src/core/compare/readWords';
import type { TextUnit } from '../../../src/core/compare/splitIntoUnits';

/** The mentions of a one-sentence unit, as "text low-high". */
function mentions(text: string): string[] {
  const unit: TextUnit = { start: 0, end: text.length, source: 0, id: 0, words: readWords(text), block: null };
  return findQuantityMentions(text, unit).map((m) => `${text.slice(m.start, m.end)} ${m.quantity.low ?? m.quantity.value}-${m.quantity.high ?? m.quantity.value}`);
}

describe('findQuantityMentions with ranges', () => {
  it('reads a range as one mention, with a currency code on both ends or a scale after the second', () => {
    assert.deepEqual(mentions('The brewer now sees sales of SEK40bn-SEK42bn.'), ['SEK40bn-SEK42bn 40000000000-42000000000']);
    assert.deepEqual(mentions('Output should reach 8-9 million tonnes, with a margin of 5-6%.'), ['8-9 million 8000000-9000000', '5-6% 5-6']);
  });

  it('leaves scores and tallies as they are', () => {
    assert.deepEqual(mentions('Leeds won 4-2 at home.'), ['4 4-4', '2 2-2']);
  });
});
