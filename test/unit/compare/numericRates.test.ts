/**
 * A rate of exchange a wire appends to its figures ("($1 = 151.2 yen)", "(£1 = €1.16)") is no
 * figure of the story, and is never set against another report's amount in that currency. Short
 * reports of an airline's refunds written for this test, analysed by the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { numericFindings as numeric } from './numericFindings';

const REFUNDS = {
  'wire.txt': `Skyline Japan to refund passengers after outage

TOKYO, May 4 (Wire) - Skyline Japan will refund each delayed passenger in full after Sunday's check-in outage, the airline said on Monday ($1 = 151.2 yen).`,
  'daily.txt': `Skyline Japan refunds delayed passengers

Skyline Japan will refund each delayed passenger 500 yen after Sunday's check-in outage, the airline said on Monday.`,
};

describe('numeric discrepancies beside a rate of exchange', () => {
  it('does not set the rate of exchange against the other report\'s amount in that currency', () => {
    assert.deepEqual(numeric(REFUNDS, 'wire.txt'), []);
    assert.deepEqual(numeric(REFUNDS, 'daily.txt'), []);
  });

});
