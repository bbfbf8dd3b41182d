import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PATHOLOGICAL_CASES } from './pathologicalCases';

/**
 * The CPU time one case may take (every case takes a few seconds at most; a quadratic scan of a
 * megabyte takes hours). CPU time, not wall-clock time: on a machine shared with other jobs a case
 * waits for its turns, and a wall-clock limit failed cases that had done no more work than usual.
 */
const CPU_LIMIT_MS = 60_000;
/**
 * After this long on the clock a case's process is killed and the case fails: a backstop for a
 * process that hangs without working, far beyond what the CPU limit allows at any load.
 */
const KILL_MS = 5 * 60_000;
const CHILD = join(__dirname, 'analyzePathologicalCase.ts');

interface Outcome { ok: boolean; ms: number; cpuMs: number; error?: string }

/** Analyses one case in a child process, killed after {@link KILL_MS}. */
function runCase(name: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), CHILD, name], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), KILL_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') return resolve({ ok: false, ms: KILL_MS, cpuMs: NaN, error: `did not finish within ${KILL_MS / 60_000} minutes` });
      try {
        resolve(JSON.parse(out.trim().split('\n').pop() ?? ''));
      } catch {
        resolve({ ok: false, ms: 0, cpuMs: NaN, error: `exit ${code}: ${err.slice(-2000)}` });
      }
    });
  });
}

describe('properties: pathological inputs finish', function () {
  const names = Object.keys(PATHOLOGICAL_CASES);
  const outcomes = new Map<string, Outcome>();
  // The hook waits, at most, for every case to reach the backstop.
  this.timeout(Math.ceil(names.length / 2) * KILL_MS + 60_000);

  // Two cases at a time (the machines have two cores); each in its own process.
  before(async () => {
    const queue = [...names];
    const worker = async (): Promise<void> => {
      for (let name = queue.shift(); name !== undefined; name = queue.shift()) outcomes.set(name, await runCase(name));
    };
    await Promise.all([worker(), worker()]);
  });

  for (const name of names) {
    it(name, () => {
      const outcome = outcomes.get(name)!;
      assert.ok(outcome.ok, outcome.error);
      assert.ok(outcome.cpuMs < CPU_LIMIT_MS, `took ${(outcome.cpuMs / 1000).toFixed(1)} s of CPU time (${(outcome.ms / 1000).toFixed(1)} s on the clock)`);
    });
  }
});
