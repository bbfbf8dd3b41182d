/**
 * The pairs of a comparison held in typed arrays, and each unit's partners read from them, on the
 * real analysis of three short reports of one harbour strike written for this test: a unit's
 * partners are the units of other sources it is paired with, seen from either side, and a unit
 * no other source reports has none.
 */
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../src/core/analyzeArticle';
import { alignedAt, alignUnits } from '../../../src/core/compare/alignUnits';
import { buildTermIndex } from '../../../src/core/compare/buildTermIndex';
import { compareSources } from '../../../src/core/compare/compareSources';
import { splitIntoUnits, type TextUnit } from '../../../src/core/compare/splitIntoUnits';

const REPORTS = [
  'Dock workers in Rotterdam walked out on Monday over a new shift system. The union said 3,000 members had joined the strike. Ferries sailed as normal.',
  'The union said 3,000 members had joined the strike in Rotterdam. Dock workers walked out on Monday over the new shift system, halting container traffic.',
  'A violinist from Lyon won the Queen Elisabeth Competition in Brussels on Saturday night.',
];

describe('unit pairs in typed arrays', () => {
  const analyses = REPORTS.map((text) => analyzeArticle(text));
  const units: TextUnit[] = [];
  analyses.forEach((analysis, s) => units.push(...splitIntoUnits(analysis, s, units.length)));
  const pairs = alignUnits(units, buildTermIndex(units, () => []), { threshold: 0.15, postingCap: 50 });
  const indexes = Array.from({ length: pairs.length }, (_, p) => p);

  it('pairs units of different sources, lower id first, and reads each from either side', () => {
    assert.ok(pairs.length >= 2, `${pairs.length} pairs`);
    for (const p of indexes) {
      assert.ok(pairs.a(p) < pairs.b(p));
      assert.notEqual(units[pairs.a(p)].source, units[pairs.b(p)].source);
      assert.equal(pairs.other(p, pairs.a(p)), pairs.b(p));
      assert.equal(pairs.other(p, pairs.b(p)), pairs.a(p));
    }
    const violinist = units.find((u) => u.source === 2) as TextUnit;
    assert.ok(indexes.every((p) => pairs.a(p) !== violinist.id && pairs.b(p) !== violinist.id));
  });

  it('keeps, in their order, exactly the pairs a filter chooses, with their scores', () => {
    const strong = pairs.filter((p) => alignedAt(pairs, p, 0.4));
    const expected = indexes.filter((p) => alignedAt(pairs, p, 0.4));
    assert.equal(strong.length, expected.length);
    expected.forEach((p, k) => {
      assert.deepEqual([strong.a(k), strong.b(k), strong.score(k), strong.verbatim(k)], [pairs.a(p), pairs.b(p), pairs.score(p), pairs.verbatim(p)]);
    });
  });

  it('aligns the strike across both reports through their partners, leaving only what one adds unique', () => {
    const comparison = compareSources(analyses.map((analysis, s) => ({ id: `r${s}.txt`, analysis })));
    assert.ok(comparison.alignments.some((a) => a.a.source === 'r0.txt' && a.b.source === 'r1.txt' && /3,000/.test(a.a.text) && /3,000/.test(a.b.text)));
    assert.ok(comparison.alignments.every((a) => a.a.source !== 'r2.txt' && a.b.source !== 'r2.txt'));
    const unique = comparison.sources[0].findings.filter((f) => f.kind === 'unique').map((f) => REPORTS[0].slice(f.start, f.end));
    assert.ok(unique.some((text) => /Ferries/.test(text)), JSON.stringify(unique));
    assert.ok(unique.every((text) => !/3,000/.test(text)), JSON.stringify(unique));
  });
});
