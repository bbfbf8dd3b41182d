import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../../src/core/analyzeArticle';
import { analyzeSources } from '../../../src/core/analyzeSources';
import { assertAnalysisSpans, assertComparisonSpans } from './spanInvariants';

/**
 * Words that every plain JavaScript object answers to: a table written as an object literal and
 * looked up with a word of the article returns a function for them, not "no entry". An article
 * may hold any of them ("the constructor said", "Constructor. Smith", "5 valueOf").
 */
const PROTOTYPE_WORDS = [...new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__'])];

/** Every prototype word where titles, units, number words, verbs, names and quotes are read. */
function articleWith(word: string, outlet: string): string {
  const capital = word.charAt(0).toUpperCase() + word.slice(1);
  return [
    `${capital} row: council "will ${word}" the bridge`,
    `By ${capital} ${word} | ${outlet}`,
    `"We will rebuild the ${word} by June," said ${capital}. Maria Lopez, the ${word} of the works.`,
    `"It was never about the ${word}," ${word}. Lopez told ${outlet} on Monday. ${capital} Lopez added: "Nobody ${word} here."`,
    `About 5 ${word} and ${word} hundred ${word}s were counted; ${word} people, 12 ${word} per ${word}, $3 ${word}, ${word} ${word} of the 90 workers ${word}.`,
    `The ${word} said the ${word} of ${capital} would cost 40 million ${word}. ${capital} ${capital} said "${word}".`,
  ].join('\n\n');
}

/** Asserts that no function hides anywhere in a result: a table's inherited member read as data. */
function assertNoFunctions(value: unknown, path: string, seen = new Set<unknown>()): void {
  assert.notEqual(typeof value, 'function', `${path} is a function`);
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  for (const [key, member] of Object.entries(value)) assertNoFunctions(member, `${path}.${key}`, seen);
}

describe('properties: words JavaScript objects answer to', () => {
  for (const word of PROTOTYPE_WORDS) {
    it(`an article full of '${word}' is analysed and compared, every span in place`, function () {
      this.timeout(20_000);
      const texts = [articleWith(word, 'Harbour Radio'), articleWith(word, 'the Valley Courier')];
      for (const text of texts) {
        const analysis = analyzeArticle(text);
        assertAnalysisSpans(text, analysis);
        assertNoFunctions(analysis, 'analysis');
      }
      const set = analyzeSources(texts.map((text, i) => ({ id: `proto${i}.txt`, text })));
      assertComparisonSpans(set);
      assertNoFunctions(set, 'comparison');
      assert.equal(set.sources.length, 2);
    });
  }
});
