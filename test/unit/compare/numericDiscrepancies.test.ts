/**
 * Numbers given differently across sources, on short business, sport and court reports written
 * for these tests: currencies written as codes or words, ordinals against counts, ages, hedges.
 */
import { strict as assert } from 'node:assert';
import { analyzeSources } from '../../../src/core/analyzeSources';

/** Texts of the numeric findings of each source, by source id. */
function numericFindings(texts: Record<string, string>): Record<string, string[]> {
  const { comparison } = analyzeSources(Object.entries(texts).map(([id, text]) => ({ id, text })));
  return Object.fromEntries(comparison.sources.map((s) => [s.id, s.findings.filter((f) => f.kind === 'numeric').map((f) => f.text)]));
}

describe('numeric discrepancies', () => {
  it('compares money written with a currency code and with a currency word', () => {
    const found = numericFindings({
      'wire.txt': 'Nordhavn Shipping swung to a net loss of 2.4 billion Danish crowns in the second quarter, hit by lower freight rates, and said it would cut 300 jobs.',
      'paper.txt': 'Nordhavn Shipping reported a net loss of DKK2.9bn for the second quarter as freight rates fell, and will cut 300 jobs at its Aarhus headquarters.',
    });
    assert.deepEqual(found['wire.txt'], ['2.4 billion']);
    assert.deepEqual(found['paper.txt'], ['DKK2.9bn']);
  });

  it('sets "the 12th minute" against "after 11 minutes" and leaves equal figures alone', () => {
    const found = numericFindings({
      'a.txt': 'Montoya opened the scoring in the 12th minute with a low shot, and Rivera added a second goal before half-time in front of a crowd of 41,000.',
      'b.txt': 'Montoya opened the scoring after 11 minutes with a low shot, and Rivera added a second goal before half-time in front of 41,000 fans.',
    });
    assert.deepEqual(found['a.txt'], ['12th']);
    assert.deepEqual(found['b.txt'], ['11']);
  });

  it('compares the ages given after a name', () => {
    const found = numericFindings({
      'one.txt': 'Peter Walsh, 61, of Leeds, was jailed for six years on Friday for defrauding pension savers. He had worked as an adviser for 20 years.',
      'two.txt': 'Peter Walsh, 62, from Leeds, was jailed for six years on Friday after defrauding pension savers across Yorkshire.',
    });
    assert.deepEqual(found['one.txt'], ['61']);
    assert.deepEqual(found['two.txt'], ['62']);
  });

  it('does not set a figure from another year against the current one', () => {
    const found = numericFindings({
      'x.txt': 'Floods killed at least 9 people in the region of Valencia on Tuesday, officials said. Emergency teams rescued residents from the roofs of their homes.',
      'y.txt': 'Floods killed 9 people in the region of Valencia on Tuesday, officials said. Emergency teams rescued residents from roofs. Floods in 2019 killed 30 people in the region of Valencia.',
    });
    assert.deepEqual(found['x.txt'], []);
    assert.deepEqual(found['y.txt'], []);
  });
});
