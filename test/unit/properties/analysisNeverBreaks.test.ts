import fc from 'fast-check';
import { analyzeArticle } from '../../../src/core/analyzeArticle';
import { analyzeSources } from '../../../src/core/analyzeSources';
import { article, mutatedSeed, SEEDS } from './mutatedArticles';
import { assertAnalysisSpans, assertComparisonSpans } from './spanInvariants';

// A failing run prints its seed and the shrunk counter-example; replay it with
// fc.assert(…, { seed, path }) to debug.
describe('properties: damaged and random articles', function () {
  this.timeout(60_000);

  it('analyzeArticle never throws and every span stays in bounds, ordered and equal to its slice', () => {
    fc.assert(fc.property(article, (text) => {
      assertAnalysisSpans(text, analyzeArticle(text));
    }), { numRuns: 120 });
  });

  it('analyzeSources never throws on a set of damaged sources and every compared span is a true slice', () => {
    const set = fc.array(fc.oneof(mutatedSeed, fc.constantFrom(...SEEDS), article), { minLength: 1, maxLength: 4 });
    fc.assert(fc.property(set, (texts) => {
      const analysed = analyzeSources(texts.map((text, i) => ({ id: `source-${i}.txt`, text })));
      analysed.sources.forEach((s, i) => assertAnalysisSpans(texts[i], s.analysis));
      assertComparisonSpans(analysed);
    }), { numRuns: 30 });
  });

  it('analyzeSources compares the same article given twice, and with a damaged copy of itself', () => {
    fc.assert(fc.property(fc.constantFrom(...SEEDS), mutatedSeed, (seed, damaged) => {
      const analysed = analyzeSources([{ id: 'a.txt', text: seed }, { id: 'b.txt', text: seed }, { id: 'c.txt', text: damaged }]);
      assertComparisonSpans(analysed);
    }), { numRuns: 15 });
  });
});
