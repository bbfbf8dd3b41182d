/**
 * "More than" and "fewer than" leave out the figure they name: "more than 1,100 riders" is above
 * 1,100, and so outside "about 1,000 riders" (900 to 1,100), and "fewer than 180 homes" is below
 * "about 200 homes" (180 to 220); the plain figure a bound names still agrees with it ("1,100" /
 * "more than 1,100"). Short reports of a championship, a flood and a marathon written for this
 * test, analysed by the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { numericFindings as numeric } from './numericFindings';

const TOURNAMENT = {
  'wire.txt': 'The European judo championships open in Zagreb on Thursday with about 1,000 athletes from 50 countries, organisers said.',
  'daily.txt': 'Organisers said more than 1,100 athletes from 50 countries were in Zagreb for the European judo championships opening on Thursday.',
};

const FLOOD = {
  'wire.txt': 'The river Drava burst its banks near Osijek on Monday, flooding about 200 homes, the civil protection agency said.',
  'daily.txt': 'Fewer than 180 homes were flooded when the river Drava burst its banks near Osijek on Monday, the civil protection agency said.',
};

const MARATHON = {
  'wire.txt': 'More than 1,100 runners finished the Dubrovnik marathon on Sunday in heat that reached 31C, organisers said.',
  'daily.txt': 'Organisers said 1,100 runners finished the Dubrovnik marathon on Sunday in heat that reached 31C.',
};

describe('numeric discrepancies and bounds that leave out their figure', () => {
  it('sets "more than 1,100" against "about 1,000" and "fewer than 180" against "about 200"', () => {
    assert.deepEqual(numeric(TOURNAMENT, 'daily.txt'), ['more than 1,100 → about 1,000']);
    assert.deepEqual(numeric(FLOOD, 'daily.txt'), ['Fewer than 180 → about 200']);
  });

  it('still lets "more than 1,100" agree with a plain 1,100', () => {
    assert.deepEqual(numeric(MARATHON, 'wire.txt'), []);
  });
});
