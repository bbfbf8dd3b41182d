/**
 * The year a plan is dated by is a figure two reports may give differently ("due to open in 2027" /
 * "due to start in 2028"); a year of the past ("opened its first plant in 2019") stays a date. Two
 * short reports of a new factory and two of a pipeline written for this test, analysed by the real
 * pipeline.
 */
import { strict as assert } from 'node:assert';
import { numericFindings as numeric } from './numericFindings';

const FACTORY = {
  'wire.txt': `Korean firm to build battery plant in Slovakia

BRATISLAVA (Wire) - South Korea's Hanwa Energy will build a battery plant near Nitra, the Slovak economy ministry said on Tuesday. The plant is due to open in 2027.

Hanwa opened its first European plant, in Poland, in 2019.`,
  'daily.txt': `Slovakia lands Korean battery factory

Hanwa Energy has chosen Nitra for a battery factory, Slovakia's economy ministry announced. Production at the plant is due to start in 2028.

The company opened its first European plant, in Poland, in 2018.`,
};

const PIPELINE = {
  'wire.txt': `Gas pipeline deal signed

ATHENS (Wire) - Greece and Bulgaria signed a deal on Monday for a gas pipeline that would carry Azeri gas north from 2030, the two energy ministers said.`,
  'daily.txt': `Greece, Bulgaria agree pipeline

Greece and Bulgaria agreed on Monday to build a gas pipeline, with the first Azeri gas planned to flow north by 2029, the two energy ministers said.`,
};

describe('numeric discrepancies: the year of a plan', () => {
  it('sets the year one report dates a plan by against another\'s ("due to open in 2027" / "due to start in 2028", "from 2030" / "by 2029")', () => {
    assert.deepEqual(numeric(FACTORY, 'wire.txt'), ['2027 → 2028']);
    assert.deepEqual(numeric(PIPELINE, 'daily.txt'), ['2029 → 2030']);
  });

  it('leaves a year of the past a date ("opened its first European plant in 2019" / "in 2018")', () => {
    assert.ok(!numeric(FACTORY, 'daily.txt').some((f) => f.startsWith('2018')), numeric(FACTORY, 'daily.txt').join('\n'));
  });
});
