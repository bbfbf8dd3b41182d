/**
 * A word joined by a hyphen to a participle qualifies the noun after it, and that noun is what a
 * number before them counts ("ten sargassum-collecting vessels" counts vessels, "40 coal-fired
 * plants" plants, "six Russian-made helicopters" helicopters), so it meets another report's count
 * of that noun. Short reports of a power plan, an air force purchase and a fishing ban written for
 * this test, analysed by the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { numericFindings as numeric } from './numericFindings';

const POWER = {
  'wire.txt': 'Poland will close 40 coal-fired plants by 2035 under a plan the climate ministry in Warsaw published on Friday.',
  'daily.txt': 'Poland will close 32 plants by 2035 under a plan the climate ministry in Warsaw published on Friday.',
};

const HELICOPTERS = {
  'wire.txt': 'The Indonesian air force retired six Russian-made helicopters at a ceremony at Halim air base in Jakarta on Monday.',
  'daily.txt': 'The Indonesian air force retired eight of its helicopters at a ceremony at Halim air base in Jakarta on Monday.',
};

const FISHING = {
  'wire.txt': 'Senegal barred ten trawler-operating companies from its waters on Wednesday, the fisheries ministry in Dakar said.',
  'daily.txt': 'Senegal barred 12 companies from its waters on Wednesday, the fisheries ministry in Dakar said.',
};

describe('numeric discrepancies in counts of a noun a hyphened participle qualifies', () => {
  it('counts the noun after "coal-fired", "Russian-made", "trawler-operating"', () => {
    assert.deepEqual(numeric(POWER, 'wire.txt'), ['40 → 32']);
    assert.deepEqual(numeric(HELICOPTERS, 'wire.txt'), ['six → eight']);
    assert.deepEqual(numeric(FISHING, 'wire.txt'), ['ten → 12']);
  });
});
