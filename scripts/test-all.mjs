#!/usr/bin/env node
// `npm test`: every check the project has, in order, each bounded in time.
//   build      node scripts/build.mjs                          1 test
//   lint       eslint --max-warnings 0 .                       1 test
//   typecheck  tsc --noEmit -p .                               1 test
//   unit       mocha (test/unit, plain Node)                   its mocha stats
//   integration node scripts/run-integration.mjs (set-up, code-server, chromium)   its `N passed, N failed`
//   web        node scripts/run-web-integration.mjs (the browser build, web worker host)   its `N passed, N failed`
// A step that fails without counts (crash, timeout) counts as one failed test. The last line of the
// output is `N passed, N failed` over everything; the exit code is non-zero if anything failed.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (/** @type {string} */ name) => join(root, 'node_modules', '.bin', name);
const unitStats = join(root, 'test-results', 'unit-stats.json');
const MINUTE = 60_000;
const SUMMARY = /^(\d+) passed, (\d+) failed$/;

/**
 * @typedef {{ passes: number, failures: number }} Counts
 * @typedef {{ name: string, command: string, args: string[], timeoutMs: number, counts: (output: string, code: number) => Counts }} Step
 */

/** A step that is one test: passed when it exits 0. */
const asOneTest = (/** @type {string} */ _output, /** @type {number} */ code) => (code === 0 ? { passes: 1, failures: 0 } : { passes: 0, failures: 1 });

/** @type {Step[]} */
const steps = [
  { name: 'build', command: process.execPath, args: [join(root, 'scripts', 'build.mjs')], timeoutMs: 5 * MINUTE, counts: asOneTest },
  { name: 'lint', command: bin('eslint'), args: ['--max-warnings', '0', '.'], timeoutMs: 5 * MINUTE, counts: asOneTest },
  { name: 'typecheck', command: bin('tsc'), args: ['--noEmit', '-p', '.'], timeoutMs: 5 * MINUTE, counts: asOneTest },
  {
    name: 'unit',
    command: bin('mocha'),
    args: ['--reporter', join(root, 'scripts', 'test-host', 'specWithStatsReporter.ts'), '--reporter-option', `statsFile=${unitStats}`],
    timeoutMs: 10 * MINUTE,
    counts: (_output, code) => {
      if (!existsSync(unitStats)) return { passes: 0, failures: 1 };
      const stats = JSON.parse(readFileSync(unitStats, 'utf8'));
      // Mocha exits non-zero without a failed test when, e.g., a file fails to load after the run.
      return { passes: stats.passes, failures: stats.failures || (code === 0 ? 0 : 1) };
    },
  },
  {
    name: 'integration',
    command: process.execPath,
    args: [join(root, 'scripts', 'run-integration.mjs')],
    timeoutMs: 20 * MINUTE,
    counts: (output, code) => {
      const last = output.trimEnd().split('\n').map((line) => SUMMARY.exec(line.trim())).filter(Boolean).at(-1);
      if (!last) return { passes: 0, failures: 1 };
      const failures = Number(last[2]);
      return { passes: Number(last[1]), failures: failures || (code === 0 ? 0 : 1) };
    },
  },
];
// The browser build in code-server's web worker extension host; counted like the integration step.
steps.push({ ...steps[steps.length - 1], name: 'web', args: [join(root, 'scripts', 'run-web-integration.mjs')], timeoutMs: 10 * MINUTE });

/**
 * Runs one step in a process group of its own, echoing and capturing its output. On timeout the
 * group gets SIGTERM (the integration runner then ends code-server and chromium itself) and SIGKILL
 * 15 s later.
 * @param {Step} step
 * @returns {Promise<{ output: string, code: number, timedOut: boolean }>}
 */
function runStep(step) {
  return new Promise((resolve) => {
    const child = spawn(step.command, step.args, { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let timedOut = false;
    child.stdout.on('data', (chunk) => { output += chunk; process.stdout.write(chunk); });
    child.stderr.on('data', (chunk) => process.stderr.write(chunk));
    const signal = (/** @type {NodeJS.Signals} */ name) => {
      try { process.kill(-(child.pid ?? 0), name); } catch { /* already gone */ }
    };
    let killer;
    const timer = setTimeout(() => {
      timedOut = true;
      console.error(`${step.name}: timed out after ${step.timeoutMs / MINUTE} min, stopping it`);
      signal('SIGTERM');
      killer = setTimeout(() => signal('SIGKILL'), 15_000);
    }, step.timeoutMs);
    child.once('error', (error) => { output += `\n${error.message}`; });
    child.once('close', (code) => {
      clearTimeout(timer);
      clearTimeout(killer);
      resolve({ output, code: code ?? 1, timedOut });
    });
  });
}

/** Runs every step and returns the exit code. */
async function main() {
  const started = performance.now();
  mkdirSync(dirname(unitStats), { recursive: true });
  rmSync(unitStats, { force: true });
  const rows = [];
  for (const step of steps) {
    const stepStarted = performance.now();
    console.log(`\n=== ${step.name}: ${[step.command, ...step.args].map((part) => part.replace(`${root}/`, '')).join(' ')}`);
    const { output, code, timedOut } = await runStep(step);
    const counts = timedOut ? { passes: 0, failures: 1 } : step.counts(output, code);
    rows.push({ name: step.name, ...counts, seconds: (performance.now() - stepStarted) / 1000 });
  }
  console.log('\n=== summary');
  for (const row of rows) {
    console.log(`${row.name.padEnd(12)} ${String(row.passes).padStart(4)} passed ${String(row.failures).padStart(3)} failed  ${row.seconds.toFixed(1).padStart(6)} s`);
  }
  const passes = rows.reduce((sum, row) => sum + row.passes, 0);
  const failures = rows.reduce((sum, row) => sum + row.failures, 0);
  console.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${passes} passed, ${failures} failed`);
  return failures > 0 ? 1 : 0;
}

process.exitCode = await main();
