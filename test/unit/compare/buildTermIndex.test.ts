/**
 * The BM25 index of a comparison, built from real analyses of short reports written for this
 * test: every unit's vector holds its own terms, is normalised, and scores as a reader would
 * expect against the others.
 */
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../src/core/analyzeArticle';
import { buildTermIndex, cosine, postingsOf, sharedWords, termsOf } from '../../../src/core/compare/buildTermIndex';
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
    assert.equal(index.vectorStarts.length, units.length + 1);
    for (const unit of units) {
      const terms = termsOf(index, unit.id);
      const stems = new Set(unit.words.filter((w) => w.content).map((w) => w.stem));
      assert.equal(terms.length, stems.size, unit.words.map((w) => w.folded).join(' '));
      for (let i = 1; i < terms.length; i++) assert.ok(terms[i - 1] < terms[i]);
      for (const t of terms) assert.ok(postingsOf(index, t).includes(unit.id));
      assert.ok(Math.abs(cosine(index, unit.id, unit.id) - 1) < 1e-9);
    }
  });

  it('lists the units of every term once, ascending, and only those holding it', () => {
    for (let t = 0; t < index.idf.length; t++) {
      const postings = postingsOf(index, t);
      assert.ok(postings.length > 0);
      for (let k = 1; k < postings.length; k++) assert.ok(postings[k - 1] < postings[k]);
      for (const u of postings) assert.ok(termsOf(index, u).includes(t));
    }
  });

  it('scores the same decision in two wordings far above unrelated news, which shares no word', () => {
    const same = cosine(index, rateA.id, rateB.id);
    assert.ok(same > 0.4, String(same));
    assert.ok(sharedWords(index, rateA.id, rateB.id) >= 4);
    assert.equal(cosine(index, rateA.id, snow.id), 0);
  });

  it('counts an entity key as a term of its own, kept apart from word stems', () => {
    const keyed = buildTermIndex(units, (unit) => (unit.source < 2 && unit === units.find((u) => u.source === unit.source) ? ['central bank'] : []));
    const terms = termsOf(keyed, rateA.id);
    assert.equal(terms.length, termsOf(index, rateA.id).length + 1);
    assert.equal(sharedWords(keyed, rateA.id, rateB.id), sharedWords(index, rateA.id, rateB.id));
    assert.ok(terms.some((t) => keyed.isEntity[t] === 1 && keyed.isAnchor[t] === 1));
  });
});
