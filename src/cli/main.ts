/**
 * `source-critic`: the command line over the same analysis core as the editor.
 * Exit codes: 0 done, 1 a file could not be read, 2 bad usage.
 */
import { analyzeSources } from '../core/analyzeSources';
import { buildJsonReport } from '../core/report/buildJsonReport';
import type { JsonReport } from '../core/report/reportTypes';
import { parseArgs, USAGE } from './parseArgs';
import { readSource, UnreadableFileError, type ReadSource } from './readSources';
import { renderText } from './renderText';

declare const SOURCE_CRITIC_VERSION: string | undefined;
const VERSION = typeof SOURCE_CRITIC_VERSION === 'string' ? SOURCE_CRITIC_VERSION : '0.0.0-dev';

/** Runs the command line and returns the exit code; output goes to the given writers. */
export function runCli(argv: string[], write: (s: string) => void, writeError: (s: string) => void): number {
  const args = parseArgs(argv);
  if (args.command === 'help') return write(`${USAGE}\n`), 0;
  if (args.command === 'version') return write(`source-critic ${VERSION}\n`), 0;
  if (args.command === 'error') return writeError(`source-critic: ${args.message}\n${USAGE.split('\n')[0]}\n`), 2;
  let read: ReadSource[];
  try {
    read = args.files.map(readSource);
  } catch (err) {
    if (err instanceof UnreadableFileError) return writeError(`source-critic: ${err.message}\n`), 1;
    throw err;
  }
  const analyzedAt = new Date().toISOString();
  const set = analyzeSources(read.map((r) => ({ id: r.file, text: r.text })));
  const report: JsonReport = buildJsonReport({
    tool: { name: 'source-critic', version: VERSION },
    sources: read.map((r, i) => ({ file: r.file, sha256: r.sha256, analyzedAt, analysis: set.sources[i].analysis })),
    comparison: set.comparison,
  });
  write(args.format === 'json' ? `${JSON.stringify(report, null, 1)}\n` : `${renderText(report)}\n`);
  return 0;
}

if (require.main === module) {
  process.exitCode = runCli(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s));
}
