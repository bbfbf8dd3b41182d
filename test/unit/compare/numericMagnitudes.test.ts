/**
 * An earthquake's magnitude is one measure however a paper writes it ("a magnitude 6.1
 * earthquake", "a magnitude-6.1 quake", "a 5.8-magnitude earthquake", "a quake of magnitude 7"),
 * so two reports' magnitudes are compared, and one that rounds the other agrees. Short reports of
 * three earthquakes written for this test, analysed by the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { numericFindings as numeric } from './numericFindings';

const SUMATRA = {
  'wire.txt': 'A magnitude 6.1 earthquake struck off the coast of Sumatra on Tuesday, the geophysics agency BMKG said.',
  'daily.txt': 'A 5.8-magnitude earthquake struck off the coast of Sumatra on Tuesday, the geophysics agency BMKG said.',
};

const ANATOLIA = {
  'wire.txt': 'A magnitude-6.4 quake shook the province of Malatya in eastern Turkey on Friday, the disaster agency AFAD said.',
  'daily.txt': 'A quake of magnitude 5.9 shook the province of Malatya in eastern Turkey on Friday, the disaster agency AFAD said.',
};

const ALASKA = {
  'wire.txt': 'A magnitude 7 earthquake hit the Alaska Peninsula on Sunday, the US Geological Survey said.',
  'daily.txt': 'A 7.1-magnitude earthquake hit the Alaska Peninsula on Sunday, the US Geological Survey said.',
};

describe('numeric discrepancies between magnitudes', () => {
  it('sets magnitudes written in different ways against each other', () => {
    assert.deepEqual(numeric(SUMATRA, 'wire.txt'), ['6.1 → 5.8']);
    assert.deepEqual(numeric(ANATOLIA, 'wire.txt'), ['6.4 → 5.9']);
  });

  it('takes a magnitude that rounds another to agree with it ("magnitude 7" / "7.1-magnitude")', () => {
    assert.deepEqual(numeric(ALASKA, 'wire.txt'), []);
  });
});
