/**
 * "Second" and "third" before a noun are positions like "fourth" and "12th": "the fire started on
 * the third floor" / "on the second floor", "knocked out in the second round" / "in the third
 * round" are one position given differently; "first" is left out ("the first time"). Short
 * reports of a tower fire and a tennis tournament written for this test, analysed by the real
 * pipeline.
 */
import { strict as assert } from 'node:assert';
import { numericFindings as numeric } from './numericFindings';

const TOWER = {
  'wire.txt': 'The fire broke out on the third floor of a residential tower in Valencia on Thursday evening, firefighters said.',
  'daily.txt': 'The fire broke out on the second floor of a residential tower in Valencia on Thursday evening, firefighters said.',
};

const TENNIS = {
  'wire.txt': 'The defending champion Jannik Moser was knocked out of the Madrid Open in the second round on Tuesday.',
  'daily.txt': 'The defending champion Jannik Moser was knocked out of the Madrid Open in the third round on Tuesday.',
  'radio.txt': 'The defending champion Jannik Moser, playing in Madrid for the first time since his injury, was knocked out in the third round on Tuesday.',
};

describe('numeric discrepancies between positions given by "second" and "third"', () => {
  it('sets "the third floor" against "the second floor"', () => {
    assert.deepEqual(numeric(TOWER, 'wire.txt'), ['third → second']);
  });

  it('sets "the second round" against "the third round", never against "the first time"', () => {
    assert.deepEqual(numeric(TENNIS, 'wire.txt'), ['second → third, third']);
    assert.deepEqual(numeric(TENNIS, 'radio.txt'), ['third → second']);
  });
});
