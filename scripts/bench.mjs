#!/usr/bin/env node
// `npm run bench`: a benchmark, not a test. Prints ONE table, measured side by side in one run on
// generated news-like articles (test/support/syntheticCorpus.ts, seeded, bundled with the core):
//   (a) single-article analysis throughput: ours vs wink-nlp's bare readDoc vs compromise 14, on the
//       same texts, warm, median of interleaved passes (see bench/measureSingleArticle.mjs);
//   (b) comparison time for 10, 100 and 1,000 articles of ~800 words, analysis excluded and
//       included, and how it grows (aim: ten times the articles in at most twelve times the time);
//   (c) cold model load in a fresh process, and activation time from test-results/activation.json;
//   (d) peak resident memory for analysing and comparing 1,000 articles (aim: <= 500 MB).
// Every measurement runs in a child process with a time limit, so the whole run stays bounded.
//   node scripts/build.mjs && node scripts/bench.mjs [--articles N] [--sizes 10,100,1000]
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCoreBundle } from './bench/buildCoreBundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const here = join(root, 'scripts/bench');
const option = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const singleCount = Number(option('--articles', '150'));
const sizes = option('--sizes', '10,100,1000').split(',').map(Number);

/** The peak resident memory of a running process in MB (Linux /proc VmHWM), or NaN elsewhere. */
function peakRssMb(pid) {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return kb ? Number(kb[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/**
 * Runs a child script, returns the JSON lines it printed before it ended or was stopped, and,
 * when it had to be stopped, its peak memory until then.
 */
function measure(script, args, limitMs) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--max-old-space-size=4096', join(here, script), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timedOut = false;
    let peakAtStopMb = NaN;
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    const timer = setTimeout(() => {
      timedOut = true;
      peakAtStopMb = peakRssMb(child.pid);
      child.kill('SIGKILL');
    }, limitMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      const lines = out.split('\n').filter(Boolean).map((l) => JSON.parse(l));
      if (code !== 0 && !timedOut) process.stderr.write(`bench: ${script} failed (exit ${code})\n${err.slice(-3000)}\n`);
      resolve({ lines, timedOut, limitMs, peakAtStopMb });
    });
  });
}

const fmt = (n, digits = 0) => (Number.isFinite(n) ? n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : 'n/a');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const started = Date.now();

process.stderr.write('bench: bundling the core into out/bench/core.cjs\n');
const bundle = await buildCoreBundle(root);

process.stderr.write(`bench: (c) cold model load, 5 fresh processes\n`);
const loads = [];
for (let i = 0; i < 5; i++) loads.push(...(await measure('measureModelLoad.mjs', [], 30_000)).lines);

process.stderr.write(`bench: (a) single-article throughput on ${singleCount} articles\n`);
const single = await measure('measureSingleArticle.mjs', [bundle, String(singleCount)], 300_000);

const most = Math.max(...sizes);
process.stderr.write(`bench: (b, d) analysing ${most} articles and comparing ${sizes.join(', ')}\n`);
const scaling = await measure('measureComparison.mjs', [bundle, String(most), ...sizes.map(String)], 240_000);

// The table.
const rows = [];
const row = (what, value, aim = '') => rows.push(`| ${what} | ${value} | ${aim} |`);
const s = single.lines[0];
if (s) {
  const rate = (ms) => `${fmt(s.tokens / (ms / 1000))} tokens/s, ${fmt(s.articles / (ms / 1000), 1)} articles/s`;
  const ratio = (a, b) => `${fmt(s.ms[a] / s.ms[b], 2)}× (CPU time ${fmt(s.cpuMs[a] / s.cpuMs[b], 2)}×)`;
  row(`(a) Source Critic, full single-article analysis, each article read afresh (${s.articles} articles, ${fmt(s.words)} words, ${fmt(s.tokens)} tokens; median of ${s.passes} interleaved passes)`, rate(s.ms.ours));
  row('(a) wink-nlp 2.4 bare `readDoc`, same text', rate(s.ms.wink));
  row('(a) compromise 14: quotes + people + places + organisations, same text', rate(s.ms.compromise));
  row('(a) our time / wink readDoc time', ratio('ours', 'wink'), '<= 2×');
  row('(a) our time / compromise time', ratio('ours', 'compromise'));
} else row('(a) single-article throughput', single.timedOut ? `did not finish within ${single.limitMs / 1000} s` : 'failed');

const analysed = scaling.lines.find((l) => l.analysed !== undefined);
const bySize = new Map(scaling.lines.filter((l) => l.size !== undefined).map((l) => [l.size, l]));
if (analysed) row(`(b) analysis of ${fmt(analysed.analysed)} articles (${fmt(analysed.words)} words)`, `${fmt(analysed.analysisMs / 1000, 1)} s (${fmt(analysed.analysisMs / analysed.analysed, 1)} ms/article)`);
for (const size of sizes) {
  const r = bySize.get(size);
  row(`(b) compare ${fmt(size)} articles of ~800 words: analysis excluded / included`,
    r ? `${fmt(r.compareMs, 1)} ms (CPU time ${fmt(r.compareCpuMs, 1)} ms) / ${fmt(r.compareMs + r.analysisMs, 0)} ms` : scaling.timedOut ? `not reached within ${scaling.limitMs / 1000} s` : 'failed');
}
for (let i = 1; i < sizes.length; i++) {
  const a = bySize.get(sizes[i - 1]);
  const b = bySize.get(sizes[i]);
  const growth = sizes[i] / sizes[i - 1];
  row(`(b) ${fmt(sizes[i - 1])} → ${fmt(sizes[i])} articles: time ratio excluded (CPU time) / included`,
    a && b ? `${fmt(b.compareMs / a.compareMs, 1)}× (${fmt(b.compareCpuMs / a.compareCpuMs, 1)}×) / ${fmt((b.compareMs + b.analysisMs) / (a.compareMs + a.analysisMs), 1)}×` : 'n/a',
    `<= ${fmt(growth * 1.2)}×`);
}

if (loads.length) {
  const m = (k) => median(loads.map((l) => l[k]));
  row(`(c) cold model load, fresh process (median of ${loads.length})`, `${fmt(m('totalMs'))} ms (require ${fmt(m('requireMs'))} + model ${fmt(m('modelMs'))} + winkNLP ${fmt(m('instanceMs'))})`);
} else row('(c) cold model load', 'failed');
const activationFile = join(root, 'test-results/activation.json');
let activation = 'n/a (run npm test)';
if (existsSync(activationFile)) {
  const data = JSON.parse(readFileSync(activationFile, 'utf8'));
  const timings = Object.entries(data).filter(([k, v]) => typeof v === 'number' && /ms|millis|time/i.test(k));
  activation = timings.length ? timings.map(([k, v]) => `${k} ${fmt(v, 1)}`).join(', ') : JSON.stringify(data);
}
row('(c) extension activation (test-results/activation.json)', activation);

const rss = scaling.lines.find((l) => l.maxRssMb !== undefined);
const unfinished = Number.isFinite(scaling.peakAtStopMb) ? `>= ${fmt(scaling.peakAtStopMb)} MB when stopped at ${scaling.limitMs / 1000} s (unfinished)` : 'n/a (run did not finish)';
row(`(d) peak RSS, analysing + comparing ${fmt(most)} articles (one process)`, rss ? `${fmt(rss.maxRssMb)} MB` : unfinished, '<= 500 MB');

console.log(`Source Critic benchmark: Node ${process.versions.node}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${new Date().toISOString()}, ${fmt((Date.now() - started) / 1000)} s in all\n`);
console.log('| Measure | Result | Aim |');
console.log('| --- | --- | --- |');
for (const r of rows) console.log(r);
