// Run by pathologicalLines.test.ts in a child process, so that a regex that hangs inside one search
// (which no time limit can interrupt) fails the test by the child's timeout instead of hanging it.
//   node --require tsx/cjs test/unit/grammar/timePathologicalLines.ts plaintext|markdown
// Prints one JSON object: milliseconds per pathological line, and the two timings of the linear check,
// all in CPU time of this process (see test/support/linearGrowth.ts: a busy machine stretches the
// clock, not the work).
import { INITIAL, type IGrammar } from 'vscode-textmate';
import { timeTwoSizes } from '../../support/linearGrowth';
import { VSCODE_LINE_TIME_LIMIT_MS, loadGrammar } from './quoteGrammarHost';

const quotationMarks = '“”‘’„‚«»‹›"\'';

/** Lines that make every rule search a very long line. */
export const PATHOLOGICAL_LINES: Record<string, string> = {
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

/** A line of `n` single-quote openers that never close: each one looks ahead for its closing mark. */
const unclosedSingleOpeners = (n: number): string => "x 'a ".repeat(n);

/** CPU milliseconds to tokenize one line with VS Code's time limit. */
function timeToTokenize(grammar: IGrammar, line: string): number {
  const before = process.cpuUsage();
  grammar.tokenizeLine2(line, INITIAL, VSCODE_LINE_TIME_LIMIT_MS);
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1000;
}

async function main(language: 'plaintext' | 'markdown'): Promise<void> {
  const grammar = await loadGrammar(language);
  grammar.tokenizeLine2('A warm-up line: “quoted ‘nested’ text,” and \'single\' and «other».', INITIAL);
  const withinLimit: Record<string, number> = {};
  for (const [name, line] of Object.entries(PATHOLOGICAL_LINES)) withinLimit[name] = timeToTokenize(grammar, line);
  const linear = timeTwoSizes(unclosedSingleOpeners, (line) => grammar.tokenizeLine2(line, INITIAL, 0), 20_000);
  process.stdout.write(JSON.stringify({ withinLimit, linear }));
}

if (require.main === module) {
  const language = process.argv[2];
  if (language !== 'plaintext' && language !== 'markdown') throw new Error('usage: timePathologicalLines.ts plaintext|markdown');
  void main(language);
}
