/**
 * Figures written the ways newspapers around the world write them, which other reports of the
 * same event give in other words: Indian rupees in crore and lakh ("Rs 26.75 crore"), Saudi riyals
 * by their sign ("SR50,000"), volumes in
 * cubic metres ("1.5 million cubic metres" / "2 million m³"), lengths in centimetres against
 * metres ("80 centimetres" / "nearly one metre"), a span of time told as a fraction of an hour ("a
 * quarter of an hour" / "12 minutes"), the year a plan is dated by a part of it ("by the end of
 * 2027" / "by mid-2028"), and an upper bound ("less than Rs 5 crore", which Rs 4.75 crore is).
 * Sentences and short reports written for this test, analysed by the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { findQuantityMentions } from '../../../src/core/compare/findQuantityMentions';
import { readWords } from '../../../src/core/compare/readWords';
import type { TextUnit } from '../../../src/core/compare/splitIntoUnits';
import { numericFindings as numeric } from './numericFindings';

/** The mentions of `text`, as "text value unit". */
function mentions(text: string): string[] {
  const unit: TextUnit = { start: 0, end: text.length, source: 0, id: 0, words: readWords(text), block: null };
  return findQuantityMentions(text, unit).map((m) => `${text.slice(m.start, m.end)} ${m.quantity.value} ${m.quantity.unit}`);
}

/** Two short reports of one event, the figure of each written in. */
function pair(wire: string, daily: string): Record<string, string> {
  return { 'wire.txt': wire, 'daily.txt': daily };
}

describe('numeric discrepancies: figures in the words of other countries and other units', () => {
  it('reads rupees in crore and lakh with their sign', () => {
    assert.deepEqual(mentions('The franchise paid Rs 12.5 crore for the spinner and Rs. 40 lakh for a wicketkeeper.'), [
      'Rs 12.5 crore 125000000 INR',
      'Rs. 40 lakh 4000000 INR',
    ]);
  });

  it('reads Saudi riyals by their sign, and sets them against riyals named ("SR50,000" / "100,000 riyals")', () => {
    assert.deepEqual(mentions('Owners will pay SR50,000 for each camel.'), ['SR50,000 50000 SAR']);
    const reports = pair(
      'RIYADH (Wire) - Owners of disqualified camels will pay a fine of SR50,000 for each animal, the festival authority said on Sunday.',
      'Owners of disqualified camels will pay a fine of 100,000 riyals for each animal, the festival authority said on Sunday.',
    );
    assert.deepEqual(numeric(reports, 'wire.txt'), ['SR50,000 → 100,000']);
  });

  it('sets two amounts in crore against each other ("Rs 237.55 crore" / "Rs 273.55 crore")', () => {
    const reports = pair(
      'MUMBAI (Wire) - The ten franchises spent Rs 237.55 crore on 61 players at the auction in Mumbai on Saturday, the league said.',
      'The ten franchises spent Rs 273.55 crore on 61 players at the Mumbai auction on Saturday, the league said.',
    );
    assert.deepEqual(numeric(reports, 'wire.txt'), ['Rs 237.55 crore → Rs 273.55 crore']);
  });

  it('reads cubic metres and m³ as one unit, and compares volumes given in either', () => {
    assert.deepEqual(mentions('Engineers said about 1.5 million cubic metres of rock had moved.'), ['about 1.5 million 1500000 m3']);
    assert.deepEqual(mentions('Some 2 million m³ of rock are unstable.'), ['Some 2 million 2000000 m3']);
    const reports = pair(
      'SION (Wire) - Geologists estimate that about 1.5 million cubic metres of rock have come loose above the village of Ferden, the canton said on Monday.',
      'Geologists estimate that some 2 million m³ of rock have come loose above the village of Ferden, the canton said on Monday.',
    );
    assert.deepEqual(numeric(reports, 'wire.txt'), ['about 1.5 million → some 2 million']);
  });

  it('brings centimetres and metres to one unit ("around 80 centimetres a day" / "nearly one metre a day")', () => {
    const reports = (speed: string): Record<string, string> =>
      pair(
        'SION (Wire) - The glacier tongue above Ferden is moving by around 80 centimetres a day, the canton\'s glaciologist said on Monday.',
        `The glacier tongue above Ferden is moving by ${speed} a day, the canton's glaciologist said on Monday.`,
      );
    assert.deepEqual(numeric(reports('nearly 1.5 metres'), 'wire.txt'), ['around 80 → nearly 1.5']);
    assert.deepEqual(numeric(reports('about 0.8 metres'), 'wire.txt'), []);
  });

  it('reads a span told as a fraction of an hour as the minutes it is, not as a share ("a quarter of an hour" / "nearly 12 minutes")', () => {
    assert.deepEqual(mentions('The bidding took a quarter of an hour, and the count an hour and a half.'), ['a quarter of an hour 0.25 hour', 'an hour and a half 1.5 hour']);
    const reports = (span: string): Record<string, string> =>
      pair(
        'ABU DHABI (Wire) - Bidding for the fast bowler lasted nearly 12 minutes at the auction on Tuesday, the league said.',
        `Bidding for the fast bowler lasted ${span} at the auction on Tuesday, the league said.`,
      );
    assert.deepEqual(numeric(reports('a quarter of an hour'), 'daily.txt'), ['a quarter of an hour → nearly 12']);
    assert.deepEqual(numeric(reports('about 12 minutes'), 'daily.txt'), []);
  });

  it('dates a plan by a part of a year ("by the end of 2027" / "by mid-2028"), and not a past year so told', () => {
    const reports = pair(
      'MARL (Wire) - The chemicals group will close its ammonia plant at Marl by the end of 2027, the company said on Thursday.',
      'The chemicals group said on Thursday its ammonia plant at Marl should be shut completely by mid-2028.',
    );
    assert.deepEqual(numeric(reports, 'wire.txt'), ['2027 → 2028']);
    assert.deepEqual(mentions('Output had fallen by the end of 2019.'), []);
  });

  it('lets a figure just under an upper bound agree with it ("less than Rs 5 crore" / "Rs 4.75 crore"), and not one above it', () => {
    const reports = (left: string): Record<string, string> =>
      pair(
        'ABU DHABI (Wire) - The purchase left Lucknow with less than Rs 5 crore in their purse for the last two slots, the franchise said.',
        `The purchase left Lucknow with ${left} in their purse for the last two slots, the franchise said.`,
      );
    assert.deepEqual(numeric(reports('Rs 4.75 crore'), 'daily.txt'), []);
    assert.deepEqual(numeric(reports('Rs 5.25 crore'), 'daily.txt'), ['Rs 5.25 crore → less than Rs 5 crore']);
  });
});
