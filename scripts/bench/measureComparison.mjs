// Child process of the benchmark: analyses N generated articles of about 800 words, then
// compares the first 10, 100, … of them as one set, timing analysis and comparison separately
// (wall-clock and CPU time of this process: the steadier of the two on a shared machine); finally
// the peak resident memory of the whole run. Prints one JSON line per result as it comes,
// so that the parent keeps what was measured if it has to stop this process.
//   node measureComparison.mjs BUNDLE N SIZE...
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const [bundle, countArg, ...sizes] = process.argv.slice(2);
const { analyzeArticle, compareAnalysed, generateArticles } = require(bundle);
const emit = (o) => process.stdout.write(`${JSON.stringify(o)}\n`);

const articles = generateArticles({ count: Number(countArg), seed: 11 });
analyzeArticle(articles[0].text);
/** CPU time (user + system) of this process so far, in milliseconds. */
const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const analysisMs = [];
const sources = articles.map((a) => {
  const started = performance.now();
  const analysis = analyzeArticle(a.text);
  analysisMs.push(performance.now() - started);
  return { id: a.id, analysis };
});
emit({ analysed: sources.length, words: articles.reduce((n, a) => n + (a.text.match(/\S+/g) ?? []).length, 0), analysisMs: analysisMs.reduce((x, y) => x + y, 0) });

for (const size of sizes.map(Number)) {
  const subset = sources.slice(0, size);
  const started = performance.now();
  const cpu = cpuNow();
  compareAnalysed(subset);
  const compareCpuMs = cpuNow() - cpu;
  const compareMs = performance.now() - started;
  emit({ size, compareMs, compareCpuMs, analysisMs: analysisMs.slice(0, size).reduce((x, y) => x + y, 0) });
}
emit({ maxRssMb: process.resourceUsage().maxRSS / 1024, rssNowMb: process.memoryUsage().rss / (1 << 20) });
