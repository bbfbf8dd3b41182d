/**
 * A number word before "of them" or "of whom" is the part of a count the report gave just before
 * ("Rescuers pulled out 14 people. Six of them were in critical condition"), set against another
 * report's part of that count, never against the whole. Short reports of a mine rescue and a bus
 * crash written for this test, analysed by the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { numericFindings as numeric } from './numericFindings';

const MINE = {
  'wire.txt': 'Rescuers brought 14 miners to the surface at the Soma pit on Friday. Six of them were in critical condition, the governor said.',
  'daily.txt': 'Rescuers brought 14 miners to the surface at the Soma pit on Friday. Nine of them were in critical condition, the governor said.',
};

const BUS = {
  'wire.txt': 'A school bus overturned near Cusco on Monday, injuring 22 pupils, three of whom were flown to Lima, the regional health office said.',
  'daily.txt': 'A school bus overturned near Cusco on Monday, injuring 22 pupils, five of whom were flown to Lima, the regional health office said.',
};

describe('numeric discrepancies in parts of a count in words', () => {
  it('sets "Six of them" against "Nine of them", not against the whole', () => {
    assert.deepEqual(numeric(MINE, 'wire.txt'), ['Six → Nine']);
  });

  it('sets "three of whom" against "five of whom"', () => {
    assert.deepEqual(numeric(BUS, 'wire.txt'), ['three → five']);
  });
});
