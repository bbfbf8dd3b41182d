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

  it('reads "between X and Y" as one range, with the unit after the second number', () => {
    assert.deepEqual(mentions('The lender expects a margin of between 3 and 4 per cent next year.'), ['3 and 4 per cent 3-4']);
    assert.deepEqual(mentions('Between 200 and 250 homes were flooded.'), ['200 and 250 200-250']);
  });

  it('takes no number of a score or a tally for a quantity', () => {
    assert.deepEqual(mentions('Leeds won 4-2 at home.'), []);
    assert.deepEqual(mentions('The sides drew 1–1 in front of 31,000 fans.'), ['31,000 31000-31000']);
    assert.deepEqual(mentions('The Senate voted 52-48 to confirm her.'), []);
  });

  it('counts the noun after a participle or a word of direction, not the modifier, and reads a unit of two words whole', () => {
    const text = 'Police said 14 inbound flights and 30 departing planes were held, 120 displaced families were moved and 9 million cubic metres of water escaped.';
    const unit: TextUnit = { start: 0, end: text.length, source: 0, id: 0, words: readWords(text), block: null };
    assert.deepEqual(findQuantityMentions(text, unit).map((m) => m.quantity.unit), ['flight', 'plane', 'family', 'm3']);
    const area = 'The mirrors cover 30 square kilometres of desert.';
    const areaUnit: TextUnit = { start: 0, end: area.length, source: 0, id: 0, words: readWords(area), block: null };
    assert.deepEqual(findQuantityMentions(area, areaUnit).map((m) => m.quantity.unit), ['km2']);
  });

  it('reads "three hundred firefighters" as 300 firefighters', () => {
    assert.deepEqual(mentions('Some three hundred firefighters were deployed.'), ['Some three hundred 300-300']);
  });
});

