/**
 * A number counts the head of the noun compound after it, its last word, however many words
 * qualify it ("3,000 electric delivery vans" counts vans, as "2,400 delivery vans" does; "40 light
 * rail vehicles" vehicles). Short reports of a fleet order and a tram tender written for this test,
 * analysed by the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { numericFindings as numeric } from './numericFindings';

const FLEET = {
  'wire.txt': 'The postal service ordered about 3,000 electric delivery vans from a Swedish maker on Thursday, the company said.',
  'daily.txt': 'The postal service ordered 2,400 delivery vans from a Swedish maker on Thursday, the company said.',
};

const TRAMS = {
  'wire.txt': 'Porto will buy 40 light rail vehicles for its metro network under a contract signed on Friday, the city council said.',
  'daily.txt': 'Porto will buy 32 new vehicles for its metro network under a contract signed on Friday, the city council said.',
};

describe('numeric discrepancies in counts of a compound noun', () => {
  it('counts the head of a compound of three words', () => {
    assert.deepEqual(numeric(FLEET, 'wire.txt'), ['about 3,000 → 2,400']);
    assert.deepEqual(numeric(TRAMS, 'wire.txt'), ['40 → 32']);
  });
});
