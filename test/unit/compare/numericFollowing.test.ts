/**
 * "Following" alone is a preposition, "after": the span after it is a length ("following 21 days
 * of debate" is the debate's length, set against "after four weeks of debate"); after a
 * determiner it frames another figure ("in the following two weeks") and is no quantity. Short
 * reports of a budget vote and a vaccine roll-out written for this test, analysed by the real
 * pipeline.
 */
import { strict as assert } from 'node:assert';
import { numericFindings as numeric } from './numericFindings';

const BUDGET = {
  'wire.txt': 'The Dail approved the budget in Dublin on Wednesday following 21 days of debate, the finance minister said.',
  'daily.txt': 'The Dail approved the budget in Dublin on Wednesday after four weeks of debate, the finance minister said.',
};

const ROLLOUT = {
  'wire.txt': 'Clinics in Accra will give 40,000 doses in the following two weeks, the health service said on Monday.',
  'daily.txt': 'Clinics in Accra will give 40,000 doses in the next three weeks, the health service said on Monday.',
};

describe('numeric discrepancies in a span after "following"', () => {
  it('reads "following 21 days of debate" as a length, set against "four weeks"', () => {
    assert.deepEqual(numeric(BUDGET, 'wire.txt'), ['21 → four']);
  });

  it('leaves "the following two weeks" a frame, not set against "the next three weeks"', () => {
    assert.deepEqual(numeric(ROLLOUT, 'wire.txt'), []);
  });
});
