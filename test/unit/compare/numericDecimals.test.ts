/**
 * A figure written with decimals is exact to half its last decimal place: "€3.1 billion" stands
 * for €3.05-3.15 billion and agrees with "€3.05 billion", "2.3 million" with "2.34 million";
 * figures that differ in the decimal both write ("7.5%" / "7.6%", "2.3 million" / "2.4 million")
 * still disagree. Short reports of a profit warning, an inflation release and a census written for
 * this test, analysed by the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { numericFindings as numeric } from './numericFindings';

const PROFIT = {
  'wire.txt': 'Siemens Energy said on Wednesday its quarterly operating profit rose to €3.1 billion, beating forecasts.',
  'daily.txt': 'Siemens Energy said on Wednesday its quarterly operating profit rose to €3.05 billion, beating forecasts.',
};

const INFLATION = {
  'wire.txt': 'Turkish annual inflation eased to 7.5% in March, the statistics institute TurkStat said on Monday.',
  'daily.txt': 'Turkish annual inflation eased to 7.6% in March, the statistics institute TurkStat said on Monday.',
};

const CENSUS = {
  'wire.txt': 'The census counted 2.3 million residents in Latvia, the statistics office in Riga said on Friday.',
  'daily.txt': 'The census counted 2.34 million residents in Latvia, the statistics office in Riga said on Friday.',
  'radio.txt': 'The census counted 2.4 million residents in Latvia, the statistics office in Riga said on Friday.',
};

describe('numeric discrepancies between figures written with decimals', () => {
  it('takes a figure to agree with one it rounds ("€3.1 billion" / "€3.05 billion", "2.3 million" / "2.34 million")', () => {
    assert.deepEqual(numeric(PROFIT, 'wire.txt'), []);
    assert.deepEqual(numeric(CENSUS, 'daily.txt'), ['2.34 million → 2.4 million']);
  });

  it('sets figures that differ in a decimal both write against each other', () => {
    assert.deepEqual(numeric(INFLATION, 'wire.txt'), ['7.5% → 7.6%']);
    assert.deepEqual(numeric(CENSUS, 'wire.txt'), ['2.3 million → 2.4 million']);
  });
});
