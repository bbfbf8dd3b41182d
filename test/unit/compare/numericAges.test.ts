/**
 * An age measures one person: it counts no deaths, injuries or crowd, however the sentence around
 * it reads ("Its driver, Ana Ruiz, 34, was killed"), and is never set against a peer's death toll
 * or crowd; it still meets another report's age of that person. Short reports of a bus crash, an
 * earthquake and a marathon written for this test, analysed by the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { numericFindings as numeric } from './numericFindings';

const BUS = {
  'wire.txt': 'A bus plunged into a ravine near Oaxaca on Sunday. Its driver, Ana Ruiz, 34, was killed, police said.',
  'daily.txt': 'A bus plunged into a ravine near Oaxaca on Sunday, killing 30 passengers, police said.',
};

const QUAKE = {
  'wire.txt': 'An earthquake struck Van province on Tuesday. Rescuers found Mehmet Yilmaz, 41, among the dead, the governor said.',
  'daily.txt': 'An earthquake struck Van province on Tuesday, leaving 38 dead, the governor said.',
};

const MARATHON = {
  'wire.txt': 'Grace Wanjiru, 29, won the Lisbon Marathon on Sunday in front of crowds lining the course.',
  'daily.txt': 'Grace Wanjiru, 30, won the Lisbon Marathon on Sunday in front of crowds lining the course.',
};

describe('numeric discrepancies and ages', () => {
  it('never sets an age in a sentence of a death against a death toll', () => {
    assert.deepEqual(numeric(BUS, 'wire.txt'), []);
    assert.deepEqual(numeric(BUS, 'daily.txt'), []);
    assert.deepEqual(numeric(QUAKE, 'wire.txt'), []);
    assert.deepEqual(numeric(QUAKE, 'daily.txt'), []);
  });

  it('still sets two ages of one person against each other', () => {
    assert.deepEqual(numeric(MARATHON, 'wire.txt'), ['29 → 30']);
  });
});
