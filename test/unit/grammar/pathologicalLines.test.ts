// A grammar runs on every line a user opens. VS Code gives one line VSCODE_LINE_TIME_LIMIT_MS and
// checks the clock between tokens, so a regex that backtracks or rescans the line could still freeze
// the editor inside one search. The timings run in a child process (timePathologicalLines.ts): a
// search that never ends is then a failed test, not a hung one. They are CPU times: on a machine
// busy with other jobs the clock runs on while the tokenizer waits for its turn, and a search that
// backtracks spends its seconds working, which CPU time counts at any load.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { IGrammar } from 'vscode-textmate';
import { growsLinearly } from '../../support/linearGrowth';
import { DOUBLE, SINGLE, VSCODE_LINE_TIME_LIMIT_MS, loadGrammar, scopedRuns, tokenizeDocument } from './quoteGrammarHost';
import { PATHOLOGICAL_LINES } from './timePathologicalLines';

const root = join(__dirname, '..', '..', '..');
const timingScript = join(__dirname, 'timePathologicalLines.ts');
/**
 * A backstop for a search that hangs (it would run for hours): far longer than a machine at any
 * load needs to time every line, which takes some ten seconds of CPU time.
 */
const CHILD_TIMEOUT_MS = 10 * 60_000;
/** The time limit is checked between tokens: a run may exceed it by one search, never by seconds. */
const ALLOWED_OVERRUN_MS = 1500;

interface Timings {
  withinLimit: Record<string, number>;
  linear: { small: number; large: number };
}

function timeInChildProcess(language: string): Timings {
  const child = spawnSync(process.execPath, ['--require', 'tsx/cjs', timingScript, language], {
    cwd: root,
    encoding: 'utf8',
    timeout: CHILD_TIMEOUT_MS,
  });
  assert.equal(child.signal, null, `tokenizing did not finish within ${CHILD_TIMEOUT_MS / 1000} s: a regex hangs`);
  assert.equal(child.status, 0, child.stderr);
  return JSON.parse(child.stdout) as Timings;
}

for (const language of ['plaintext', 'markdown'] as const) {
  describe(`quotation grammar on pathological lines (${language})`, function () {
    this.timeout(CHILD_TIMEOUT_MS + 10_000);
    let timings: Timings;
    before(() => {
      timings = timeInChildProcess(language);
    });

    for (const name of Object.keys(PATHOLOGICAL_LINES)) {
      it(`returns within VS Code's time limit on ${name}`, () => {
        const ms = timings.withinLimit[name];
        assert.ok(ms < VSCODE_LINE_TIME_LIMIT_MS + ALLOWED_OVERRUN_MS, `took ${ms.toFixed(0)} ms of CPU time`);
      });
    }

    it('takes time in proportion to the line, not to its square, where single quotes look ahead for their close', () => {
      const { small, large } = timings.linear;
      assert.ok(growsLinearly(timings.linear), `CPU time for 20,000 openers: ${small.toFixed(0)} ms, 80,000: ${large.toFixed(0)} ms`);
    });

    it('still scopes an ordinary line after a pathological one', async () => {
      const grammar: IGrammar = await loadGrammar(language);
      const document = `${'"'.repeat(100_000)}\nThe minister said "we are ready" and called it 'provocative'.`;
      const tokens = tokenizeDocument(grammar, document);
      assert.deepEqual(scopedRuns(tokens, DOUBLE).at(-1), '"we are ready"');
      assert.deepEqual(scopedRuns(tokens, SINGLE).at(-1), "'provocative'");
    });
  });
}
