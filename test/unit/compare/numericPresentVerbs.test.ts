/**
 * A verb in the present tense right after a count is its verb, not what it counts ("three remain
 * unaccounted for", "four remain missing", "two stay in hospital"): the count's noun is left
 * unsaid, and the words after say what it counts. Short reports of an avalanche, a flood and a
 * bus crash written for this test, analysed by the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { numericFindings as numeric } from './numericFindings';

const AVALANCHE = {
  'wire.txt': 'Two skiers were killed and four remain missing after an avalanche swept an off-piste slope near Chamonix on Sunday, the gendarmerie said.',
  'daily.txt': 'Two skiers were killed and seven people were still missing after an avalanche swept an off-piste slope near Chamonix on Sunday, the gendarmerie said.',
};

const FLOOD = {
  'wire.txt': 'Flash floods tore through villages in the Swat valley overnight. Nine people were unaccounted for on Wednesday, district officials said.',
  'daily.txt': 'Flash floods tore through villages in the Swat valley overnight, and 12 remain unaccounted for, district officials said on Wednesday.',
};

const BUS = {
  'wire.txt': 'A coach carrying pilgrims overturned on the A7 near Valence on Friday; 14 people were taken to hospital, the prefecture said.',
  'daily.txt': 'A coach carrying pilgrims overturned on the A7 near Valence on Friday. Eleven stay in hospital, the prefecture said.',
};

describe('numeric discrepancies with a count a present-tense verb follows', () => {
  it('sets "four remain missing" against "seven people were still missing"', () => {
    assert.deepEqual(numeric(AVALANCHE, 'wire.txt'), ['four → seven']);
  });

  it('sets "12 remain unaccounted for" against "Nine people were unaccounted for"', () => {
    assert.deepEqual(numeric(FLOOD, 'daily.txt'), ['12 → Nine']);
  });

  it('sets "Eleven stay in hospital" against "14 people were taken to hospital"', () => {
    assert.deepEqual(numeric(BUS, 'daily.txt'), ['Eleven → 14']);
  });
});
