/**
 * Spans of time given in two units: "three weeks" is "21 days", "four decades" "40 years", "48
 * hours" "two days", so two reports agree across units and disagree when the spans differ ("a
 * 10-day campaign" / "a two-week campaign"). Short reports of a dock strike, a trial, a heatwave and
 * a vaccination drive written for this test, analysed by the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { numericFindings as numeric } from './numericFindings';

const DOCK_STRIKE = {
  'wire.txt': 'Dock workers in Rotterdam ended a strike on Friday that had lasted three weeks, the FNV union said.',
  'daily.txt': 'Dock workers in Rotterdam ended a strike on Friday that had lasted 21 days, the FNV union said.',
  'radio.txt': 'Dock workers in Rotterdam ended a strike on Friday that had lasted four weeks, the FNV union said.',
};

const TRIAL = {
  'wire.txt': 'The jury in Leeds deliberated for 48 hours before convicting the former mayor of fraud on Thursday.',
  'daily.txt': 'The jury in Leeds deliberated for two days before convicting the former mayor of fraud on Thursday.',
};

const HEATWAVE = {
  'wire.txt': 'Portugal recorded its hottest July in four decades, the national weather service IPMA said on Monday.',
  'daily.txt': 'Portugal recorded its hottest July in 40 years, the national weather service IPMA said on Monday.',
  'radio.txt': 'Portugal recorded its hottest July in 60 years, the national weather service IPMA said on Monday.',
};

const DRIVE = {
  'wire.txt': 'Malawi began a 10-day campaign on Monday to vaccinate children against polio, the health ministry said.',
  'daily.txt': 'Malawi began a two-week campaign on Monday to vaccinate children against polio, the health ministry said.',
};

describe('numeric discrepancies between spans of time in two units', () => {
  it('takes "three weeks" to agree with "21 days" and sets both against "four weeks"', () => {
    assert.deepEqual(numeric(DOCK_STRIKE, 'daily.txt'), ['21 → four']);
    assert.deepEqual(numeric(DOCK_STRIKE, 'radio.txt'), ['four → three, 21']);
  });

  it('takes "48 hours" to agree with "two days"', () => {
    assert.deepEqual(numeric(TRIAL, 'wire.txt'), []);
  });

  it('reads decades as ten years ("four decades" / "40 years" / "60 years")', () => {
    assert.deepEqual(numeric(HEATWAVE, 'wire.txt'), ['four → 60']);
    assert.deepEqual(numeric(HEATWAVE, 'radio.txt'), ['60 → four, 40']);
  });

  it('sets a property of a thing in days against one in weeks ("a 10-day campaign" / "a two-week campaign")', () => {
    assert.deepEqual(numeric(DRIVE, 'wire.txt'), ['10 → two']);
  });
});
