/**
 * Hedges before a figure are read with it, whatever words the paper uses: "in the region of £50m"
 * is about £50m, so it agrees with "almost £49m"; "exceeded 4,000" and "well over 4,000" are more
 * than 4,000, so they agree with 4,200 and differ from 3,900; "close to 500" is nearly 500. Short
 * reports of a club's loss and a river's pollution written for this test, analysed by the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { numericFindings as numeric } from './numericFindings';

const LOSS = {
  'wire.txt': 'Harbury Rovers reported a pre-tax loss of almost £49m for the year to June, the club said on Thursday.',
  'paper.txt': 'Harbury Rovers reported a pre-tax loss in the region of £50m for the year to June, the club said on Thursday.',
};

const CONDUCTIVITY = {
  'wire.txt': 'The inspectorate said on Saturday that conductivity in the river reached 4,200 microsiemens per centimetre near the mill.',
  'paper.txt': 'The inspectorate said on Saturday that conductivity in the river exceeded 4,000 microsiemens per centimetre near the mill.',
  'radio.txt': 'The inspectorate said on Saturday that conductivity in the river reached 3,900 microsiemens per centimetre near the mill.',
};

describe('numeric discrepancies with hedges in other words', () => {
  it('takes "in the region of £50m" to agree with "almost £49m"', () => {
    assert.deepEqual(numeric(LOSS, 'paper.txt'), []);
  });

  it('takes "exceeded 4,000" to agree with 4,200 and to differ from 3,900', () => {
    assert.deepEqual(numeric(CONDUCTIVITY, 'paper.txt'), ['exceeded 4,000 → 3,900']);
    assert.deepEqual(numeric(CONDUCTIVITY, 'wire.txt'), ['4,200 → 3,900']);
  });
});
