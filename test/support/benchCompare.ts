/**
 * Scale check of the comparison on synthetic corpora (see {@link syntheticCorpus}): prints, for
 * each size, the time compareSources takes, so that growth can be read off (ten times the
 * articles should take at most about twelve times as long). Not a test: timings depend on the
 * machine.
 *
 *   npx tsx test/support/benchCompare.ts [ARTICLES...]      (default: 100 1000)
 */
import { compareSources } from '../../src/core/compare/compareSources';
import { syntheticCorpus } from './syntheticCorpus';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
for (const articles of sizes.length > 0 ? sizes : [100, 1000]) {
  const sources = syntheticCorpus({ count: articles });
  const words = sources.reduce((n, s) => n + s.analysis.text.split(/\s+/).length, 0);
  const started = performance.now();
  const comparison = compareSources(sources);
  const millis = performance.now() - started;
  const findings = comparison.sources.reduce((n, s) => n + s.findings.length, 0);
  const sameEvent = comparison.sources.filter((s) => s.sameEvent).length;
  console.log(
    `${articles} articles, ${words} words: ${millis.toFixed(0)} ms (${((words / millis) * 1000).toFixed(0)} words/s), ` +
      `${comparison.alignments.length} alignments, ${findings} findings, ${sameEvent} same-event sources`,
  );
}
