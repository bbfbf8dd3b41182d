/**
 * A tally whose change names no role continues the figure given just before it: "30 people were
 * missing … By nightfall the number had risen to 45" counts the missing, and the 30 is its earlier
 * value. Short reports of a flood and a hotel fire written for this test, analysed by the real
 * pipeline.
 */
import { strict as assert } from 'node:assert';
import { numericFindings as numeric } from './numericFindings';

const FLOOD = {
  'wire.txt': `Flash floods hit Valencia suburbs

VALENCIA (Wire) - Thirty people were missing on Monday morning after flash floods swept through the suburbs of Valencia, the regional emergency service said. By nightfall the number had risen to 45.`,
  'daily.txt': `Valencia floods: dozens missing

Fifty people were missing on Tuesday after flash floods swept through the suburbs of Valencia, the regional emergency service said.`,
};

const FIRE = {
  'wire.txt': `Fire guts Tbilisi hotel

TBILISI (Wire) - In the morning the fire service said 12 people were unaccounted for, but by evening the number of guests and staff that firefighters could not trace had climbed to 19, after a fire gutted the Rustaveli Hotel.`,
  'daily.txt': `Tbilisi hotel fire

Twenty-two people remained missing on Thursday after a fire gutted the Rustaveli Hotel, the fire service said.`,
};

describe('numeric discrepancies of a tally continuing the figure before it', () => {
  it('counts what the figure of the sentence before counted, and sets the tally, not that earlier value, against a peer', () => {
    assert.deepEqual(numeric(FLOOD, 'wire.txt'), ['45 → Fifty']);
  });

  it('reads a tally noun far from its value ("the number of guests and staff that firefighters could not trace had climbed to 19")', () => {
    assert.deepEqual(numeric(FIRE, 'wire.txt'), ['19 → Twenty-two']);
  });
});
