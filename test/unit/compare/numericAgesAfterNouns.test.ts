/**
 * A number set off by commas after a person named by what they are ("a boy, 3, needs surgery",
 * "the driver, 61, was unhurt") is an age, as it is after a name ("Rosa Mamani, 58,"): it counts
 * no operations, deaths or injuries, and still meets another report's age of that person. Short
 * reports of a product recall, a coach crash and a dog attack written for this test, analysed by
 * the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { numericFindings as numeric } from './numericFindings';

const RECALL = {
  'wire.txt': 'Hasbro recalled its Snap Beads kits in Canada on Monday after a boy, 3, needed surgery to remove beads he had swallowed, Health Canada said.',
  'daily.txt': 'Hasbro recalled its Snap Beads kits in Canada on Monday after four children needed surgery to remove beads they had swallowed, Health Canada said.',
};

const COACH = {
  'wire.txt': 'A coach overturned on the A9 near Montpellier on Saturday and the driver, 61, was hurt, the prefecture said.',
  'daily.txt': 'A coach overturned on the A9 near Montpellier on Saturday and 52 passengers were hurt, the prefecture said.',
};

const DOG = {
  'wire.txt': 'A girl, 4, was bitten by a neighbour’s dog in a garden in Swansea on Sunday, South Wales Police said.',
  'daily.txt': 'A girl, 5, was bitten by a neighbour’s dog in a garden in Swansea on Sunday, South Wales Police said.',
};

describe('numeric discrepancies and ages after a person named by what they are', () => {
  it('never sets such an age against a count of children or of the injured', () => {
    assert.deepEqual(numeric(RECALL, 'wire.txt'), []);
    assert.deepEqual(numeric(COACH, 'wire.txt'), []);
  });

  it('still sets two ages of one person against each other', () => {
    assert.deepEqual(numeric(DOG, 'wire.txt'), ['4 → 5']);
  });
});
