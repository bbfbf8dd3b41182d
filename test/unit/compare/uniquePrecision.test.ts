/**
 * What is not a singular reading: a fact another source reports in other sentences, in other
 * words or with another figure. Short reports of one bridge collapse written for these tests,
 * analysed by the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { analyzeSources } from '../../../src/core/analyzeSources';
import { uniqueOver } from '../../support/uniqueCoverage';

const BRIDGE = {
  'agency.txt': `Flood sweeps away historic bridge in Kelso

KELSO (Agency) - Flood water swept away the 18th-century stone bridge over the river Tweed at Kelso on Sunday night, cutting the town off from the north, Scottish Borders Council said.

Two men were injured when their van was caught on the bridge as it gave way, the council said. Both were taken to Borders General Hospital.

About 400 homes lost power and engineers said the crossing could take two years to rebuild.

The Met Office said 120 mm of rain had fallen on the hills above the town in 24 hours.`,
  'herald.txt': `Kelso cut off as Tweed flood takes its bridge

The stone bridge at Kelso is gone. It had carried traffic over the Tweed since the 18th century, until flood water tore it down on Sunday night.

The town can no longer be reached from the north by road, Scottish Borders Council said.

Two men who were crossing in a van when the bridge collapsed were hurt, the council said. Both were taken to Borders General Hospital.

Some 520 houses lost power, and engineers said rebuilding the crossing could take two years.

Shopkeepers on the square said they feared the detour of 40 miles would keep visitors away all summer.`,
};

describe('unique findings leave out facts the other source reports', () => {
  const result = analyzeSources(Object.entries(BRIDGE).map(([id, text]) => ({ id, text })));

  it('does not flag a sentence whose facts the other source spreads over two sentences', () => {
    assert.ok(uniqueOver(result, 'agency.txt', 'Flood water swept away the 18th-century stone bridge over the river Tweed at Kelso on Sunday night, cutting the town off from the north') < 0.5);
  });

  it('does not flag a fact told in synonyms ("injured" / "hurt", "homes" / "houses")', () => {
    assert.ok(uniqueOver(result, 'agency.txt', 'Two men were injured when their van') < 0.5);
  });

  it('does not flag a sentence whose only difference is a figure, which the numeric finding gives', () => {
    assert.ok(uniqueOver(result, 'herald.txt', 'Some 520 houses lost power') < 0.5);
    const numeric = result.comparison.sources.find((s) => s.id === 'herald.txt')!.findings.filter((f) => f.kind === 'numeric');
    assert.ok(numeric.some((f) => f.text.includes('520')), JSON.stringify(numeric.map((f) => f.text)));
  });

  it('still flags what only one source reports', () => {
    assert.ok(uniqueOver(result, 'agency.txt', 'The Met Office said 120 mm of rain had fallen on the hills above the town in 24 hours.') >= 0.5);
    assert.ok(uniqueOver(result, 'herald.txt', 'Shopkeepers on the square said they feared the detour of 40 miles would keep visitors away all summer.') >= 0.5);
  });
});

const MINE = {
  'wire.txt': `Kumba to cut 900 jobs at Sishen

JOHANNESBURG (Wire) - Mining group Kumba will cut 900 jobs at its Sishen iron ore mine, the company said on Tuesday.

The group made a profit of 2.1 billion rand in the half year, down from 3.4 billion rand a year earlier.

The job cuts will be completed by June and are expected to save around 450 million rand a year from 2027.`,
  'paper.txt': `Kumba cuts 900 jobs at Sishen mine

Kumba is to cut 900 jobs at the Sishen iron ore mine, the company said on Tuesday.

Half-year profit fell to 2.1 billion rand from 3.4 billion rand a year earlier.

The job cuts, which come as output is reduced by 1.2 million tonnes a year, will be completed by June.`,
};

describe('unique findings keep a new figure whole', () => {
  const result = analyzeSources(Object.entries(MINE).map(([id, text]) => ({ id, text })));

  it('flags a figure no other source gives with its scale and currency, though the words serve other figures there', () => {
    assert.equal(uniqueOver(result, 'wire.txt', '450 million rand a year from 2027'), 1);
  });
});

describe('unique findings leave out a figure another source gives in other units', () => {
  const SOLAR = {
    'wire.txt': `Morocco switches on desert solar plant

RABAT (Wire) - Morocco switched on a solar plant near Ouarzazate on Monday, the energy ministry said.

The plant will deliver 1.2 gigawatts to the national grid, enough for about a million homes, the ministry said.

Its mirrors cover 3,000 hectares of desert.`,
    'daily.txt': `Ouarzazate solar plant begins work

The energy ministry opened a solar plant near Ouarzazate on Monday.

The plant will deliver 1,200 megawatts to the national grid, enough for about a million homes, officials said.

Its mirrors cover 30 square kilometres of desert, and the plant employs 400 people.`,
  };
  const result = analyzeSources(Object.entries(SOLAR).map(([id, text]) => ({ id, text })));

  it('does not flag "1.2 gigawatts" against "1,200 megawatts", nor "3,000 hectares" against "30 square kilometres"', () => {
    assert.ok(uniqueOver(result, 'wire.txt', '1.2 gigawatts') < 0.5);
    assert.ok(uniqueOver(result, 'wire.txt', '3,000 hectares') < 0.5);
    assert.ok(uniqueOver(result, 'daily.txt', '30 square kilometres') < 0.5);
  });

  it('still flags a figure no other source gives', () => {
    assert.ok(uniqueOver(result, 'daily.txt', 'the plant employs 400 people') >= 0.5);
  });
});
