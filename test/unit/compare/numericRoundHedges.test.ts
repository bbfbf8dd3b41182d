/**
 * "About" before a figure of one significant digit stands for what rounds to it, half its place
 * either way: "about 70 per cent" is 65 to 75 per cent, so "more than three-quarters" and 77 per
 * cent give another share, while 72 per cent agrees. A figure of two digits keeps its hedge's reach
 * of its last place ("about 240" may be 232). Short reports of a library flood and a ferry crossing
 * written for this test, analysed by the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { numericFindings as numeric } from './numericFindings';

const LIBRARY_FLOOD = {
  'wire.txt': 'The town library said on Friday that about 70 per cent of the flooded books could be saved by freeze-drying.',
  'daily.txt': 'The town library said on Friday that more than three-quarters of the flooded books could be saved by freeze-drying.',
};

const LIBRARY_FLOOD_AGREEING = {
  'wire.txt': 'The town library said on Friday that about 70 per cent of the flooded books could be saved by freeze-drying.',
  'daily.txt': 'The town library said on Friday that 72 per cent of the flooded books could be saved by freeze-drying.',
};

const FERRY = {
  'wire.txt': 'The ferry was carrying about 240 passengers from Split to Hvar when its engine failed on Saturday, the coastguard said.',
  'daily.txt': 'The ferry was carrying 232 passengers from Split to Hvar when its engine failed on Saturday, the coastguard said.',
};

describe('numeric discrepancies with "about" before a round figure', () => {
  it('takes "about 70 per cent" to differ from "more than three-quarters"', () => {
    assert.deepEqual(numeric(LIBRARY_FLOOD, 'wire.txt'), ['about 70 per cent → more than three-quarters']);
  });

  it('takes "about 70 per cent" to agree with 72 per cent', () => {
    assert.deepEqual(numeric(LIBRARY_FLOOD_AGREEING, 'wire.txt'), []);
  });

  it('takes "about 240" to agree with 232, a figure of two digits keeping its reach', () => {
    assert.deepEqual(numeric(FERRY, 'daily.txt'), []);
  });
});
