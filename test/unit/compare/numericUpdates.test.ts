/**
 * Figures across reports of one event on different days: hedged figures that do not add up, and
 * a figure a later report gives only as the earlier value of a change ("up from 2,300"), a year
 * that dates only the figure nearest it. Short reports written for these tests, analysed by the
 * real pipeline.
 */
import { strict as assert } from 'node:assert';
import { analyzeSources } from '../../../src/core/analyzeSources';
import type { Finding } from '../../../src/core/types';

/** The numeric findings of source `id` in a set of texts. */
function numeric(texts: Record<string, string>, id: string): Finding[] {
  const result = analyzeSources(Object.entries(texts).map(([key, text]) => ({ id: key, text })));
  return result.comparison.sources.find((s) => s.id === id)!.findings.filter((f) => f.kind === 'numeric');
}

describe('numeric discrepancies across updates', () => {
  it('sets "an estimated 8,200 hectares" against "nearly 10,000 hectares": hedges do not add up', () => {
    const texts = {
      'monday.txt': 'Forest fire near Leiria\n\nA forest fire near Leiria in central Portugal has burned an estimated 8,200 hectares, civil protection officials said, as 600 firefighters battled the flames.',
      'tuesday.txt': 'Leiria fire grows\n\nA forest fire near Leiria in central Portugal has burned nearly 10,000 hectares, civil protection officials said, as 600 firefighters battled the flames.',
    };
    const here = numeric(texts, 'monday.txt');
    assert.equal(here.length, 1, JSON.stringify(here.map((f) => f.message)));
    assert.match(here[0].message, /10,000/);
  });

  it('still takes "nearly 5,000" and "4,800", or "about 300" and "310", as one figure', () => {
    const texts = {
      'a.txt': 'Floods in Sylhet\n\nFloods in Sylhet in north-east Bangladesh have forced nearly 5,000 families from their homes, and about 300 schools are closed, officials said on Monday.',
      'b.txt': 'Sylhet floods\n\nFloods in Sylhet in north-east Bangladesh have forced 4,800 families from their homes, and 310 schools are closed, officials said on Monday.',
    };
    assert.deepEqual(numeric(texts, 'a.txt'), []);
  });

  it('sets a first report\'s figure against the update, not against the update\'s "up from"', () => {
    const texts = {
      'first.txt': 'Flooding in Valencia\n\nFlooding in the Valencia region has forced 2,300 people from their homes, regional officials said on Monday evening.',
      'update.txt': 'Valencia flooding spreads\n\nFlooding in the Valencia region has forced 3,100 people from their homes, up from 2,300 on Monday, regional officials said on Tuesday.',
    };
    const here = numeric(texts, 'first.txt');
    assert.equal(here.length, 1, JSON.stringify(here.map((f) => f.message)));
    assert.match(here[0].message, /3,100/);
  });

  it('dates by a year only the figure nearest it ("took 42 seats, up from 11 in 2020" dates the 11)', () => {
    const texts = {
      'wire.txt': 'Mongolian election\n\nIn Friday\'s election the opposition Democratic Party took 42 seats, up from 11 in 2020, the election commission said on Saturday.',
      'daily.txt': 'Mongolia votes\n\nIn Friday\'s election the opposition Democratic Party won 40 seats, the election commission said on Saturday.',
    };
    assert.deepEqual(numeric(texts, 'wire.txt').map((f) => f.text), ['42']);
  });
});
