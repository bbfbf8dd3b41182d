/**
 * "More than" and "at least" before a round figure round a count down: "more than 40 buses" may be
 * 43, "more than two million doses" 2.1 million; before an exact figure, or further than the
 * figure's rounding, they give another count ("at least 12 dead" / 15, "more than 4,500" / 4,800).
 * Short reports of a depot fire, a vaccine delivery and a mining accident written for this test,
 * analysed by the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { numericFindings as numeric } from './numericFindings';

const DEPOT_FIRE = {
  'wire.txt': 'A fire destroyed more than 40 buses at the main depot in Kraków overnight, the city transport company said on Sunday.',
  'daily.txt': 'A fire destroyed 43 buses at the main depot in Kraków overnight, the city transport company said on Sunday.',
  'radio.txt': 'A fire destroyed at least 60 buses at the main depot in Kraków overnight, the city transport company said on Sunday.',
};

const VACCINES = {
  'wire.txt': 'Kenya received more than two million doses of the malaria vaccine on Tuesday, the health ministry said.',
  'daily.txt': 'Kenya received 2.1 million doses of the malaria vaccine on Tuesday, the health ministry said.',
};

const QUARRY = {
  'wire.txt': 'At least 12 workers were killed when a quarry wall collapsed in Hpakant on Thursday, local officials said.',
  'daily.txt': 'Fifteen workers were killed when a quarry wall collapsed in Hpakant on Thursday, local officials said.',
};

const STRIKE = {
  'wire.txt': 'More than 4,500 dockers stopped work in Antwerp on Monday over pension changes, the union said.',
  'daily.txt': 'Some 4,800 dockers stopped work in Antwerp on Monday over pension changes, the union said.',
};

describe('numeric discrepancies with a lower bound', () => {
  it('takes "more than 40" to agree with 43 but not with "at least 60"', () => {
    assert.deepEqual(numeric(DEPOT_FIRE, 'daily.txt'), ['43 → at least 60']);
    assert.deepEqual(numeric(DEPOT_FIRE, 'wire.txt'), ['more than 40 → at least 60']);
  });

  it('takes "more than two million" to agree with 2.1 million', () => {
    assert.deepEqual(numeric(VACCINES, 'wire.txt'), []);
  });

  it('sets "at least 12" against 15 and "more than 4,500" against 4,800', () => {
    assert.deepEqual(numeric(QUARRY, 'wire.txt'), ['At least 12 → Fifteen']);
    assert.deepEqual(numeric(STRIKE, 'wire.txt'), ['More than 4,500 → Some 4,800']);
  });
});
