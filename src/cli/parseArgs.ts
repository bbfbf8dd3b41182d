/** Parses the command line: `source-critic analyze [--json | --format F] [--out FILE [--force]] FILE...`. */

/** The output formats the command line can print. */
export const FORMATS = ['text', 'json', 'md', 'csv', 'tei'] as const;
export type Format = (typeof FORMATS)[number];

/** A parsed command line, or a usage error to print (exit code 2). */
export type ParsedArgs =
  | { command: 'analyze'; format: Format; files: string[]; out: string | null; force: boolean }
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'error'; message: string };

export const USAGE = `usage: source-critic analyze [--json | --format ${FORMATS.join('|')}] [--out FILE [--force]] FILE...
       source-critic --help | --version

Analyses the articles as one set of sources about the same story: quotes and who said them,
entities, claims, and what each source reports alone (unique), words differently (variant) or
counts differently (numeric).
  --json, --format json  the source-critic/report@1 JSON contract
  --format md            Markdown for a wiki or a paper (provenance, quotes, findings, drift, coverage)
  --format csv           claims and findings, one row each (RFC 4180, spreadsheet-safe)
  --format tei           TEI P5 parallel segmentation of the sources as witnesses
  --out FILE             write the report to FILE, which must not exist yet (--force overwrites it)`;

/** Parses argv (without the node and script paths). */
export function parseArgs(argv: string[]): ParsedArgs {
  if (argv.length === 0) return { command: 'error', message: 'no command given (try: source-critic analyze FILE...)' };
  if (argv.includes('--help') || argv.includes('-h')) return { command: 'help' };
  if (argv.includes('--version') || argv.includes('-v')) return { command: 'version' };
  const [command, ...rest] = argv;
  if (command !== 'analyze') return { command: 'error', message: `unknown command "${command}" (expected "analyze")` };
  let format: Format = 'text';
  let out: string | null = null;
  let force = false;
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--json') format = 'json';
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? rest[++i] : arg.slice('--format='.length);
      if (!value || !(FORMATS as readonly string[]).includes(value)) {
        return { command: 'error', message: `--format needs one of ${FORMATS.join(', ')}${value ? ` (got "${value}")` : ''}` };
      }
      format = value as Format;
    } else if (arg === '--out' || arg.startsWith('--out=')) {
      const value = arg === '--out' ? rest[++i] : arg.slice('--out='.length);
      if (!value) return { command: 'error', message: '--out needs a FILE to write the report to' };
      out = value;
    } else if (arg === '--force') force = true;
    else if (arg === '--') {
      files.push(...rest.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') return { command: 'error', message: `unknown option "${arg}"` };
    else files.push(arg);
  }
  if (files.length === 0) return { command: 'error', message: 'analyze needs at least one FILE' };
  if (force && out === null) return { command: 'error', message: '--force only applies with --out FILE' };
  return { command: 'analyze', format, files, out, force };
}
