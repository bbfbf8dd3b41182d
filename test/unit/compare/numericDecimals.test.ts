/**
 * A figure written in digits stands for the figures that round to it: "€3.1 billion" for €3.05
 * billion up to €3.15 billion, so it agrees with "€3.05 billion"; "2.3 million" with "2.34
 * million", "$88 billion" with "$88.2 billion", "2%" with "1.9%". Figures that differ in a place
 * both write ("7.5%" / "7.6%", "2.3 million" / "2.4 million"), or one that rounds up away from the
 * other ("£12bn" / "£12.5bn"), or further than "about" would allow ("3m" / "2.5 million"), still
 * disagree. Short reports of a profit warning, an inflation release, a census, a trade release, a
 * budget and a carnival written for this test, analysed by the real pipeline.
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

const TRADE = {
  'wire.txt': 'Vietnam posted a trade surplus of $28 billion in the first half, while imports fell 2% from a year earlier, the customs office in Hanoi said.',
  'daily.txt': 'Vietnam posted a trade surplus of $28.3 billion in the first half, while imports fell 1.9% from a year earlier, the customs office in Hanoi said.',
};

const BUDGET = {
  'wire.txt': 'The Irish budget sets aside £12bn for housing over five years, the finance department in Dublin said on Tuesday.',
  'daily.txt': 'The Irish budget sets aside £12.5bn for housing over five years, the finance department in Dublin said on Tuesday.',
};

const FESTIVAL = {
  'wire.txt': 'The carnival in Rio drew 3m visitors this year, the city tourism office said on Monday.',
  'daily.txt': 'The carnival in Rio drew 2.5 million visitors this year, the city tourism office said on Monday.',
};

describe('numeric discrepancies between figures written with decimals', () => {
  it('takes a figure to agree with one it rounds ("€3.1 billion" / "€3.05 billion", "$28 billion" / "$28.3 billion", "2%" / "1.9%")', () => {
    assert.deepEqual(numeric(PROFIT, 'wire.txt'), []);
    assert.deepEqual(numeric(CENSUS, 'daily.txt'), ['2.34 million → 2.4 million']);
    assert.deepEqual(numeric(TRADE, 'wire.txt'), []);
  });

  it('sets figures that differ in a decimal both write against each other', () => {
    assert.deepEqual(numeric(INFLATION, 'wire.txt'), ['7.5% → 7.6%']);
    assert.deepEqual(numeric(CENSUS, 'wire.txt'), ['2.3 million → 2.4 million']);
    assert.deepEqual(numeric(BUDGET, 'wire.txt'), ['£12bn → £12.5bn']);
  });

  it('never lets a plain figure stand further from its value than "about" would ("3m" / "2.5 million")', () => {
    assert.deepEqual(numeric(FESTIVAL, 'wire.txt'), ['3m → 2.5 million']);
  });
});
