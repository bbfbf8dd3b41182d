/**
 * Each unit's best counterpart per other source, on the real analysis of four short reports of one
 * court ruling written for this test: every source that aligns with a unit is listed once, with
 * the highest-scoring pair it has with that unit, and a unit no other source reports has none.
 */
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../src/core/analyzeArticle';
import { alignUnits, bestCounterparts } from '../../../src/core/compare/alignUnits';
import { buildTermIndex } from '../../../src/core/compare/buildTermIndex';
import { splitIntoUnits, type TextUnit } from '../../../src/core/compare/splitIntoUnits';

const REPORTS = [
  'The Supreme Court ruled on Wednesday that the factory must close by June. The judges were unanimous. ' +
    'Residents had complained about fumes for years. The plant employs 400 people.',
  'Residents had complained about the fumes for years. The factory was told by the Supreme Court on Wednesday that it must close. ' +
    'The Supreme Court ruled on Wednesday that the factory must close by June, a court official said.',
  'The factory must close by June, the Supreme Court ruled on Wednesday. Its 400 workers will be offered jobs at another plant. The owner said it would appeal.',
  'A heavy snowfall closed the mountain road for a third day, and drivers were told to stay at home.',
];

describe('bestCounterparts', () => {
  const units: TextUnit[] = [];
  REPORTS.forEach((text, s) => units.push(...splitIntoUnits(analyzeArticle(text), s, units.length)));
  const pairs = alignUnits(units, buildTermIndex(units, () => []), { threshold: 0.15, postingCap: 50 });
  const alignment = bestCounterparts(units, pairs, 0.2);
  const ruling = units[0];
  const kept = alignment.pairs;
  const indexes = Array.from({ length: kept.length }, (_, p) => p);

  it('lists every other source aligned with a unit once, with its highest-scoring pair', () => {
    // Source 1 gives the ruling twice, in other words and then word for word.
    assert.ok(indexes.filter((p) => kept.a(p) === ruling.id && units[kept.b(p)].source === 1).length >= 2);
    const listed = [...alignment.best.of(ruling.id)];
    assert.deepEqual(listed.map(([source]) => source).sort(), [1, 2]);
    for (const [source, pair] of listed) {
      assert.equal(units[kept.other(pair, ruling.id)].source, source);
      const fromSource = indexes.filter((p) => (kept.a(p) === ruling.id || kept.b(p) === ruling.id) && units[kept.other(p, ruling.id)].source === source);
      assert.equal(kept.score(pair), Math.max(...fromSource.map((p) => kept.score(p))));
      assert.equal(alignment.best.from(ruling.id, source), pair);
    }
    assert.equal(alignment.best.count(ruling.id), 2);
  });

  it('gives no counterpart to a unit no other source reports, nor from a source that does not align', () => {
    const snow = units.find((u) => u.source === 3) as TextUnit;
    assert.equal(alignment.best.count(snow.id), 0);
    assert.deepEqual([...alignment.best.of(snow.id)], []);
    assert.equal(alignment.best.from(ruling.id, 3), -1);
  });
});
