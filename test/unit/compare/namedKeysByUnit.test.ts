/**
 * The entity keys each comparison unit carries into the term index: the people, organisations and
 * places lying wholly inside it, read from the real analysis of articles written for this test.
 */
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../src/core/analyzeArticle';
import { namedKeysByUnit } from '../../../src/core/compare/namedKeysByUnit';
import { splitIntoUnits, type TextUnit } from '../../../src/core/compare/splitIntoUnits';
import type { SourceInput } from '../../../src/core/types';

const HARBOUR = `Crane collapse halts work at Gdynia port

Dock worker Marta Kowalczyk was injured on Tuesday when a crane gave way at the port of Gdynia, the Polish Maritime Office said.

The Baltic Stevedores Union called for an inquiry. Inspectors from Gdansk arrived on Wednesday.`;

const CHOIR = `Cathedral choir tours Kenya

The Winchester Cathedral choir sang in Nairobi on Sunday, its director Helen Marsh said, and will perform in Mombasa next week before flying home to Britain.`;

/** Every unit of the sources, numbered across the set as the comparison numbers them. */
function unitsOf(sources: SourceInput[]): TextUnit[] {
  const units: TextUnit[] = [];
  sources.forEach((source, s) => units.push(...splitIntoUnits(source.analysis, s, units.length)));
  return units;
}

describe('namedKeysByUnit', () => {
  const sources = [HARBOUR, CHOIR].map((text, i) => ({ id: `s${i}.txt`, analysis: analyzeArticle(text) }));
  const units = unitsOf(sources);
  const keys = namedKeysByUnit(sources, units);

  it("gives each sentence the people and places named in it, and none of another sentence's", () => {
    const unitWith = (phrase: string): number => {
      const unit = units.find((u) => sources[u.source].analysis.text.slice(u.start, u.end).includes(phrase));
      assert.ok(unit, phrase);
      return unit.id;
    };
    const injured = keys[unitWith('crane gave way')];
    assert.ok(injured.some((k) => k.includes('kowalczyk')), injured.join(', '));
    assert.ok(injured.some((k) => k.includes('gdynia')), injured.join(', '));
    assert.ok(!injured.some((k) => k.includes('gdansk')), injured.join(', '));
    assert.ok(keys[unitWith('Inspectors from')].some((k) => k.includes('gdansk')));
    assert.ok(keys[unitWith('Helen Marsh')].some((k) => k.includes('nairobi')));
  });

  it('agrees with reading every entity of the source for every unit, in the analysis order', () => {
    const named = new Set(['PERSON', 'ORG', 'PLACE']);
    for (const unit of units) {
      const expected = sources[unit.source].analysis.entities
        .filter((e) => named.has(e.type) && e.start >= unit.start && e.end <= unit.end)
        .map((e) => e.key);
      assert.deepEqual(keys[unit.id], expected);
    }
    assert.ok(keys.flat().length >= 8, keys.flat().join(', '));
  });
});
