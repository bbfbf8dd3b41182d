/**
 * Temperatures are read however a paper writes them ("28C", "40°C", "31 degrees Celsius") and two
 * reports' readings of one day are compared; Celsius and Fahrenheit are never set against each
 * other. Short reports of a heatwave, a marathon and a wildfire written for this test, analysed by
 * the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { numericFindings as numeric } from './numericFindings';

const HEATWAVE = {
  'wire.txt': 'Temperatures in Seville reached 44C on Wednesday, the state weather agency AEMET said, as Spain sweltered in its third heatwave of the summer.',
  'daily.txt': 'Temperatures in Seville reached 46 degrees Celsius on Wednesday, the state weather agency AEMET said, as Spain sweltered in its third heatwave of the summer.',
  'radio.txt': 'Temperatures in Seville reached 44°C on Wednesday, the state weather agency AEMET said, as Spain sweltered in its third heatwave of the summer.',
};

const MARATHON = {
  'wire.txt': 'The Boston Marathon was run in temperatures of 28C on Monday, and 12 runners were treated for heat exhaustion, organisers said.',
  'daily.txt': 'The Boston Marathon was run in temperatures of 82F on Monday, and 12 runners were treated for heat exhaustion, organisers said.',
};

describe('numeric discrepancies between temperatures', () => {
  it('sets "46 degrees Celsius" against "44C" and "44°C", which agree', () => {
    assert.deepEqual(numeric(HEATWAVE, 'daily.txt'), ['46 → 44C, 44°C']);
    assert.deepEqual(numeric(HEATWAVE, 'radio.txt'), ['44°C → 46']);
  });

  it('never sets Celsius against Fahrenheit', () => {
    assert.deepEqual(numeric(MARATHON, 'wire.txt'), []);
  });
});
