import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PATHOLOGICAL_CASES } from './pathologicalCases';

/** How long one case may take before its process is killed and the case fails. */
const LIMIT_MS = 60_000;
const CHILD = join(__dirname, 'analyzePathologicalCase.ts');

interface Outcome { ok: boolean; ms: number; error?: string }

/** Analyses one case in a child process, killed after {@link LIMIT_MS}. */
function runCase(name: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), CHILD, name], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), LIMIT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') return resolve({ ok: false, ms: LIMIT_MS, error: `did not finish within ${LIMIT_MS / 1000} s` });
      try {
        resolve(JSON.parse(out.trim().split('\n').pop() ?? ''));
      } catch {
        resolve({ ok: false, ms: 0, error: `exit ${code}: ${err.slice(-2000)}` });
      }
    });
  });
}

describe('properties: pathological inputs finish', function () {
  const names = Object.keys(PATHOLOGICAL_CASES);
  const outcomes = new Map<string, Outcome>();
  this.timeout(5 * LIMIT_MS);

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
    });
  }
});
