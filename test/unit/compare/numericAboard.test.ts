/**
 * The people a craft carries are those aboard ("a plane carrying 72 people", "45 people on
 * board"), one fact of their own: a crash's toll is set against the peer's toll, not against the
 * people aboard, and two counts of those aboard are compared. Passengers or crew alone ("68
 * passengers and four crew") are a part of those aboard, told apart. Short reports of a plane
 * crash, a bus crash and a ferry sinking written for this test, analysed by the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { numericFindings as numeric } from './numericFindings';

const PLANE = {
  'wire.txt': 'A passenger plane carrying 72 people crashed near Pokhara airport in Nepal on Sunday, killing at least 68, officials said.',
  'daily.txt': 'At least 70 people were killed when a passenger plane crashed near Pokhara airport in Nepal on Sunday, officials said.',
};

const BUS = {
  'wire.txt': 'A bus with 45 people on board plunged into a gorge in Himachal Pradesh on Monday, killing 30, police said.',
  'daily.txt': 'A bus plunged into a gorge in Himachal Pradesh on Monday, killing 32 people, police said.',
};

const FERRY = {
  'wire.txt': 'A ferry carrying about 200 people sank off Zanzibar on Thursday, the port authority said.',
  'daily.txt': 'A ferry with more than 250 people aboard sank off Zanzibar on Thursday, the port authority said.',
};

describe('numeric discrepancies and the people aboard', () => {
  it('sets a toll against the peer\'s toll, not against the people aboard', () => {
    assert.deepEqual(numeric(PLANE, 'wire.txt'), ['at least 68 → At least 70']);
    assert.deepEqual(numeric(PLANE, 'daily.txt'), ['At least 70 → at least 68']);
    assert.deepEqual(numeric(BUS, 'daily.txt'), ['32 → 30']);
  });

  it('sets two counts of the people aboard against each other', () => {
    assert.deepEqual(numeric(FERRY, 'wire.txt'), ['about 200 → more than 250']);
  });
});
