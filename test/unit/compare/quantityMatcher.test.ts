/**
 * The learned judgement "two figures of two reports give one quantity" (quantityMatcher.ts): the
 * shipped weights load, and on reports written for this test they rate a figure against the same
 * figure of a peer above a figure of another thing that shares its unit and words, and the
 * numeric step they drive flags what a reader would.
 */
import { strict as assert } from 'node:assert';
import { PAIR_FEATURES, QUANTITY_MATCHER, sameQuantityProbability } from '../../../src/core/compare/quantityMatcher';
import weights from '../../../src/core/compare/quantityMatcherWeights.json';
import { figurePairsOfTexts } from '../../../scripts/quantity-matcher/figurePairsOfSet';
import { numericFindings as numeric } from './numericFindings';

const LIBRARY = {
  'wire.txt': `Councillors in Leeds approved £4.2m for a new central library on Wednesday, the city council said.
The building on Albion Street will open in 2028 and replace the Victorian library, which closed after a roof collapse.
The council leader, Jane Fairfax, said the project would create 60 jobs.
Opposition councillors said the money should have gone to youth centres.`,
  'daily.txt': `Leeds City Council has agreed to spend £3.8m on a central library to replace the Victorian building that closed after its roof collapsed, the council said on Wednesday.
The new library on Albion Street is due to open in 2028.
Council leader Jane Fairfax said 60 jobs would be created.
Opposition members argued the money should have gone to youth centres, after the council spent £2.9m on a swimming pool in Headingley.`,
};

const FLOODS = {
  'wire.txt': `Floods in northern Kenya have killed at least 40 people and forced 12,000 families from their homes, the Red Cross said on Tuesday.
The Tana river burst its banks near Garissa after a week of heavy rain.
Rescue teams used boats to reach villages cut off by the water, and the government said 85 schools had closed.
The Kenya Meteorological Department warned that more rain was expected until the end of the month.`,
  'daily.txt': `Heavy rain in northern Kenya has left 46 people dead, the Red Cross said on Tuesday, after the Tana river burst its banks near Garissa.
About 15,000 families have fled their homes.
The government said 85 schools had closed and that boats were being used to reach villages cut off by the water.
Forecasters warned that more rain was expected until the end of the month.`,
};

describe('the quantity matcher (quantityMatcher.ts)', () => {
  it('loads a weight for every feature and thresholds between 0 and 1', () => {
    for (const feature of PAIR_FEATURES) assert.ok(Number.isFinite((weights.weights as Record<string, number>)[feature]), feature);
    assert.equal(QUANTITY_MATCHER.weights.length, PAIR_FEATURES.length);
    for (const threshold of [QUANTITY_MATCHER.threshold, QUANTITY_MATCHER.rescueThreshold]) assert.ok(threshold > 0 && threshold < 1);
  });

  it('rates the library\'s cost against the library\'s cost, not against a pool\'s told at the end', () => {
    const set = figurePairsOfTexts(Object.keys(LIBRARY), Object.values(LIBRARY));
    const probability = (figure: string, peerFigure: string): number => {
      const pair = set.pairs.find((p) => set.files[p.source] === 'wire.txt' && set.texts[p.source].slice(p.here.start, p.here.end) === figure && set.texts[p.peer].slice(p.there.start, p.there.end) === peerFigure);
      assert.ok(pair, `${figure} / ${peerFigure} is a candidate pair`);
      return sameQuantityProbability(QUANTITY_MATCHER, Float64Array.from(PAIR_FEATURES, (name) => pair.features[name]));
    };
    assert.ok(probability('£4.2m', '£3.8m') >= QUANTITY_MATCHER.threshold);
    assert.ok(probability('£4.2m', '£3.8m') > probability('£4.2m', '£2.9m'));
    assert.deepEqual(numeric(LIBRARY, 'wire.txt'), ['£4.2m → £3.8m']);
  });

  it('sets the toll against the toll and the displaced against the displaced, and leaves figures that agree', () => {
    assert.deepEqual(numeric(FLOODS, 'wire.txt'), ['at least 40 → 46', '12,000 → About 15,000']);
  });
});
