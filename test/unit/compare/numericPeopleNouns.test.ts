/**
 * Counts of people named by different nouns in different reports ("drivers" / "workers",
 * "people" / "nurses"): one count when the words around them agree, two groups when they do not.
 * Short reports of a walkout, a march and a forest fire written for this test, analysed by the real
 * pipeline.
 */
import { strict as assert } from 'node:assert';
import { numericFindings as numeric } from './numericFindings';

const WALKOUT = {
  'wire.txt': 'About 400 drivers walked out of the Lyon bus depots on Monday in a dispute over unpaid overtime, the CGT union said.',
  'daily.txt': 'More than 550 workers walked out of the Lyon bus depots on Monday in a dispute over unpaid overtime, the CGT union said.',
};

const MARCH = {
  'wire.txt': 'Some 2,000 nurses marched through central Lisbon on Saturday to demand higher pay and more staff in public hospitals, organisers said.',
  'daily.txt': 'About 3,000 people marched through central Lisbon on Saturday to demand higher pay and more staff in public hospitals, organisers said.',
};

const FOREST_FIRE = {
  'wire.txt': `Forest fire rages near Chania

CHANIA, Crete (Wire) - A forest fire burned for a second day near Chania on Tuesday. The army sent 200 soldiers to clear roads blocked by fallen trees, the fire service said.`,
  'daily.txt': `Crete fire burns for second day

A forest fire burned for a second day near Chania on Tuesday, the fire service said. About 150 firefighters battled the flames through the night as the wind changed direction twice.`,
};

describe('numeric discrepancies in counts of people named by different nouns', () => {
  it('sets "400 drivers" against "550 workers" when the words around them agree', () => {
    assert.deepEqual(numeric(WALKOUT, 'wire.txt'), ['About 400 → More than 550']);
  });

  it('sets "2,000 nurses" against "3,000 people" when the words around them agree', () => {
    assert.deepEqual(numeric(MARCH, 'wire.txt'), ['Some 2,000 → About 3,000']);
  });

  it('does not set two groups of people against each other when the words around them differ', () => {
    assert.deepEqual(numeric(FOREST_FIRE, 'wire.txt'), []);
  });
});
