// A grammar runs on every line a user opens. VS Code gives one line VSCODE_LINE_TIME_LIMIT_MS and
// checks the clock between tokens, so a regex that backtracks or rescans the line could still freeze
// the editor inside one search. These lines make every rule search a very long line.
import assert from 'node:assert/strict';
import type { IGrammar } from 'vscode-textmate';
import { INITIAL } from 'vscode-textmate';
import { DOUBLE, SINGLE, VSCODE_LINE_TIME_LIMIT_MS, loadGrammar, scopedRuns, tokenizeDocument } from './quoteGrammarHost';

/** The time limit is checked between tokens: a run may exceed it by one search, never by seconds. */
const ALLOWED_OVERRUN_MS = 1500;

const quotationMarks = '“”‘’„‚«»‹›"\'';
const pathologicalLines: Record<string, string> = {
  '100,000 straight double quotation marks': '"'.repeat(100_000),
  '100,000 curly opening marks': '“'.repeat(100_000),
  '100,000 quotation marks of every kind': Array.from({ length: 100_000 }, (_, i) => quotationMarks[i % quotationMarks.length]).join(''),
  '1 MB of letters without a space': 'a'.repeat(1_000_000),
  '1 MB of words glued by apostrophes': "x 'a" + "'a".repeat(500_000),
  '1 MB of marks, letters and brackets without a space': Array.from(
    { length: 1_000_000 },
    (_, i) => `ab${quotationMarks}(s`[(i * 7919) % (quotationMarks.length + 5)],
  ).join(''),
  'a possessive on every word of a 1 MB quotation': `'x ${"parents' lives ".repeat(65_000)}`,
};

/** Milliseconds to tokenize one line, with VS Code's time limit or, with `timeLimitMs` 0, to the end. */
function timeToTokenize(grammar: IGrammar, line: string, timeLimitMs = VSCODE_LINE_TIME_LIMIT_MS): number {
  const start = performance.now();
  grammar.tokenizeLine2(line, INITIAL, timeLimitMs);
  return performance.now() - start;
}

for (const language of ['plaintext', 'markdown'] as const) {
  describe(`quotation grammar on pathological lines (${language})`, () => {
    let grammar: IGrammar;
    before(async () => {
      grammar = await loadGrammar(language);
      grammar.tokenizeLine2('A warm-up line: “quoted ‘nested’ text,” and \'single\' and «other».', INITIAL);
    });

    for (const [name, line] of Object.entries(pathologicalLines)) {
      it(`returns within VS Code's time limit on ${name}`, () => {
        const ms = timeToTokenize(grammar, line);
        assert.ok(ms < VSCODE_LINE_TIME_LIMIT_MS + ALLOWED_OVERRUN_MS, `took ${ms.toFixed(0)} ms`);
      });
    }

    it('takes time in proportion to the line, not to its square, where single quotes look ahead for their close', () => {
      const line = (n: number) => "x 'a ".repeat(n);
      // The best of three runs, so that a busy machine does not pass for a slow grammar.
      const bestOfThree = (text: string) => Math.min(...[1, 2, 3].map(() => timeToTokenize(grammar, text, 0)));
      const small = bestOfThree(line(20_000));
      const large = bestOfThree(line(80_000));
      assert.ok(large < small * 10 + 50, `20,000 openers: ${small.toFixed(0)} ms, 80,000: ${large.toFixed(0)} ms`);
    });

    it('still scopes an ordinary line after a pathological one', () => {
      const document = `${'"'.repeat(100_000)}\nThe minister said "we are ready" and called it 'provocative'.`;
      const tokens = tokenizeDocument(grammar, document);
      assert.deepEqual(scopedRuns(tokens, DOUBLE).at(-1), '"we are ready"');
      assert.deepEqual(scopedRuns(tokens, SINGLE).at(-1), "'provocative'");
    });
  });
}
