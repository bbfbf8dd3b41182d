/**
 * Child-process side of the pathological-input tests: analyses one case (its name is the first
 * argument), checks every span, and prints one JSON line { ok, ms, cpuMs, error }: wall-clock and
 * CPU milliseconds of the analysis. It runs in its own process because a synchronous loop that
 * never ends cannot be stopped by a test timeout; the parent kills the process when the time is up.
 */
import { analyzeArticle } from '../../../src/core/analyzeArticle';
import { analyzeSources } from '../../../src/core/analyzeSources';
import { PATHOLOGICAL_CASES } from './pathologicalCases';
import { assertAnalysisSpans, assertComparisonSpans } from './spanInvariants';

const name = process.argv[2];
const started = performance.now();
const cpuStarted = process.cpuUsage();
/** CPU milliseconds (user and system) of this process since the analysis started. */
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage(cpuStarted);
  return (user + system) / 1000;
};
try {
  const text = PATHOLOGICAL_CASES[name]();
  if (name.endsWith('(analyzeSources)')) {
    const texts = [text, 'x'.repeat(1 << 18), '"'.repeat(50_000), text.replace(/\n/g, '\r\n'), `\ufeff${text.replace(/ /g, ' \u0000')}`];
    const set = analyzeSources(texts.map((t, i) => ({ id: `p${i}.txt`, text: t })));
    set.sources.forEach((s, i) => assertAnalysisSpans(texts[i], s.analysis));
    assertComparisonSpans(set);
  } else {
    assertAnalysisSpans(text, analyzeArticle(text));
  }
  process.stdout.write(`${JSON.stringify({ ok: true, ms: performance.now() - started, cpuMs: cpuMs() })}\n`);
} catch (err) {
  process.stdout.write(`${JSON.stringify({ ok: false, ms: performance.now() - started, cpuMs: cpuMs(), error: (err as Error).stack ?? String(err) })}\n`);
}
