/**
 * The BM25 index of a comparison, built from real analyses of short reports written for this
 * test: every unit's vector holds its own terms, is normalised, and scores as a reader would
 * expect against the others.
 */
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../src/core/analyzeArticle';
import { buildTermIndex, cosine, sharedWords } from '../../../src/core/compare/buildTermIndex';
import { splitIntoUnits, type TextUnit } from '../../../src/core/compare/splitIntoUnits';

const REPORTS = [
  'The central bank raised its main interest rate to 4.5 per cent on Thursday. Markets had expected the rise.',
  'On Thursday the central bank lifted its key interest rate to 4.5%. The decision was unanimous.',
  'Heavy snow closed the mountain pass for a third day. Drivers were told to stay at home.',
];

/** The units of the reports, numbered across the set. */
function unitsOf(texts: string[]): TextUnit[] {
  const units: TextUnit[] = [];
  texts.forEach((text, s) => units.push(...splitIntoUnits(analyzeArticle(text), s, units.length)));
  return units;
}

describe('buildTermIndex', () => {
  const units = unitsOf(REPORTS);
  const index = buildTermIndex(units, () => []);
  const [rateA, , rateB, , snow] = units;

  it('gives each unit a vector of its own content stems, ascending, of unit length', () => {
    assert.equal(index.vectors.length, units.length);
    for (const unit of units) {
      const v = index.vectors[unit.id];
      const stems = new Set(unit.words.filter((w) => w.content).map((w) => w.stem));
      assert.equal(v.terms.length, stems.size, unit.words.map((w) => w.folded).join(' '));
      for (let i = 1; i < v.terms.length; i++) assert.ok(v.terms[i - 1] < v.terms[i]);
      for (const t of v.terms) assert.ok(index.postings[t].includes(unit.id));
      assert.ok(Math.abs(cosine(v, v) - 1) < 1e-9);
    }
  });

  it('scores the same decision in two wordings far above unrelated news, which shares no word', () => {
    const same = cosine(index.vectors[rateA.id], index.vectors[rateB.id]);
    assert.ok(same > 0.4, String(same));
    assert.ok(sharedWords(index.vectors[rateA.id], index.vectors[rateB.id], index) >= 4);
    assert.equal(cosine(index.vectors[rateA.id], index.vectors[snow.id]), 0);
  });

  it('counts an entity key as a term of its own, kept apart from word stems', () => {
    const keyed = buildTermIndex(units, (unit) => (unit.source < 2 && unit === units.find((u) => u.source === unit.source) ? ['central bank'] : []));
    const v = keyed.vectors[rateA.id];
    assert.equal(v.terms.length, index.vectors[rateA.id].terms.length + 1);
    assert.equal(sharedWords(v, keyed.vectors[rateB.id], keyed), sharedWords(index.vectors[rateA.id], index.vectors[rateB.id], index));
    assert.ok(v.terms.some((t) => keyed.isEntity[t] === 1 && keyed.isAnchor[t] === 1));
  });
});
