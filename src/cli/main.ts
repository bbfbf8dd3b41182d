/**
 * `source-critic`: the command line over the same analysis core as the editor.
 * Exit codes: 0 done, 1 a file could not be read, 2 bad usage.
 */
import { analyzeSources } from '../core/analyzeSources';
import { buildJsonReport } from '../core/report/buildJsonReport';
import { renderCsv } from '../core/report/renderCsv';
import { renderMarkdown } from '../core/report/renderMarkdown';
import { renderTei } from '../core/report/renderTei';
import type { ReportInput } from '../core/report/reportTypes';
import { parseArgs, USAGE, type Format } from './parseArgs';
import { readSource, UnreadableFileError, type ReadSource } from './readSources';
import { renderText } from './renderText';
import { checkReportTarget, UnwritableFileError, writeReportFile } from './writeReportFile';

declare const SOURCE_CRITIC_VERSION: string | undefined;
const VERSION = typeof SOURCE_CRITIC_VERSION === 'string' ? SOURCE_CRITIC_VERSION : '0.0.0-dev';

/** Renders the report in the format asked for. */
function render(format: Format, input: ReportInput): string {
  switch (format) {
    case 'json': return `${JSON.stringify(buildJsonReport(input), null, 1)}\n`;
    case 'md': return renderMarkdown(input);
    case 'csv': return renderCsv(input);
    case 'tei': return renderTei(input);
    case 'text': return `${renderText(buildJsonReport(input))}\n`;
  }
}

/**
 * Runs the command line and returns the exit code; the report goes to `write` (or to the
 * `--out` file), messages to `writeError`.
 */
export function runCli(argv: string[], write: (s: string) => void, writeError: (s: string) => void): number {
  const args = parseArgs(argv);
  if (args.command === 'help') return write(`${USAGE}\n`), 0;
  if (args.command === 'version') return write(`source-critic ${VERSION}\n`), 0;
  if (args.command === 'error') return writeError(`source-critic: ${args.message}\n${USAGE.split('\n')[0]}\n`), 2;
  let read: ReadSource[];
  try {
    if (args.out !== null) checkReportTarget(args.out, args.force, args.files);
    read = args.files.map(readSource);
  } catch (err) {
    if (err instanceof UnreadableFileError || err instanceof UnwritableFileError) return writeError(`source-critic: ${err.message}\n`), 1;
    throw err;
  }
  const analyzedAt = new Date().toISOString();
  const set = analyzeSources(read.map((r) => ({ id: r.file, text: r.text })));
  const report = render(args.format, {
    tool: { name: 'source-critic', version: VERSION },
    sources: read.map((r, i) => ({ file: r.file, sha256: r.sha256, analyzedAt, analysis: set.sources[i].analysis })),
    comparison: set.comparison,
  });
  if (args.out === null) return write(report), 0;
  try {
    writeReportFile(args.out, report, args.force, args.files);
  } catch (err) {
    if (err instanceof UnwritableFileError) return writeError(`source-critic: ${err.message}\n`), 1;
    throw err;
  }
  return 0;
}

if (require.main === module) {
  process.exitCode = runCli(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s));
}
