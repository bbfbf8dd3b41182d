/**
 * A past tense right after a count is its verb, not what it counts: an irregular one ("50,000 took
 * part", "3,000 fled") or one in -ed that names no measure ("12,000 gathered in the square"); the
 * count's noun is left unsaid, and it meets another report's count of people. Short reports of a
 * protest march, a flood and a vigil written for this test, analysed by the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { numericFindings as numeric } from './numericFindings';

const MARCH = {
  'wire.txt': 'Police in Madrid put the number of people who marched against the housing law on Saturday at 20,000, while organisers said 50,000 took part.',
  'daily.txt': 'Organisers said 50,000 people marched through Madrid on Saturday against the housing law.',
};

const FLOOD = {
  'wire.txt': 'In the village of Derna, 3,000 fled to the hills on Monday as the river burst its banks, the local council said.',
  'daily.txt': 'In the village of Derna, 4,500 residents fled to the hills on Monday as the river burst its banks, the local council said.',
};

const VIGIL = {
  'wire.txt': 'About 12,000 gathered in Republic Square in Belgrade on Friday evening to mourn the victims of the station collapse, police said.',
  'daily.txt': 'Some 15,000 people gathered in Republic Square in Belgrade on Friday evening to mourn the victims of the station collapse, police said.',
};

describe('numeric discrepancies with a count its verb follows', () => {
  it('does not take "took" for what "50,000" counts', () => {
    assert.deepEqual(numeric(MARCH, 'daily.txt'), []);
  });

  it('does not take "gathered" for what "12,000" counts', () => {
    assert.deepEqual(numeric(VIGIL, 'wire.txt'), ['About 12,000 → Some 15,000']);
  });

  it('sets "3,000 fled" against "4,500 residents fled"', () => {
    assert.deepEqual(numeric(FLOOD, 'wire.txt'), ['3,000 → 4,500']);
  });
});
