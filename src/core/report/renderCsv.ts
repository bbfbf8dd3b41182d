/**
 * The CSV report: one row per source (its provenance, so that a source with nothing to report is
 * still listed), then one row per claim and per finding of every source, for a spreadsheet or a
 * newsroom database. RFC 4180: one header row, comma-separated, CRLF line ends, a field quoted
 * when it holds a comma, a quotation mark or a line break, quotation marks doubled inside.
 *
 * Columns, in order:
 * - `record`: `source`, `claim` or `finding`;
 * - `file`, `sha256`, `analyzed_at`: the source's provenance (file name, SHA-256 of its bytes,
 *   ISO 8601 time of analysis), repeated on every row so that each row stands alone;
 * - `start`, `end`: UTF-16 offsets into the source's text (BOM removed), half-open (for a
 *   `source` row: 0 and the text's length);
 * - `kind`: the claim kind (`quote`, `indirect`, `numeric`) or finding kind (`unique`,
 *   `variant`, `numeric`, …);
 * - `speaker`, `cue`: who asserts the claim and the reporting verb (empty for findings and for
 *   the outlet's own assertions);
 * - `support`: how many sources report the claim (empty for findings);
 * - `text`: the span's text (for a `source` row: its headline, if one was found);
 * - `message`: the finding's explanation (empty for claims);
 * - `related`: for a finding, the corresponding places in other sources as
 *   `file@start-end`, separated by `; `.
 *
 * Formula-injection guard: a spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (and,
 * in some, a tab or carriage return) as a formula, so such a cell gets a leading `'`. Article
 * text is untrusted input; a reader opening the file must never execute it. A guarded cell's
 * text therefore differs from the source slice by that one leading character.
 */
import { buildJsonReport } from './buildJsonReport';
import type { ReportInput } from './reportTypes';

/** The header row's column names, in order. */
export const CSV_COLUMNS = [
  'record', 'file', 'sha256', 'analyzed_at', 'start', 'end', 'kind', 'speaker', 'cue', 'support', 'text', 'message', 'related',
] as const;

type CsvRow = Record<(typeof CSV_COLUMNS)[number], string | number | null>;

/** Characters that make a spreadsheet read a cell as a formula when they come first. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes one CSV field: guards against formula injection, then quotes it when it holds a comma,
 * a quotation mark or a line break (RFC 4180, section 2).
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** Renders every source's provenance, claims and findings as CSV (see the column list above). */
export function renderCsv(input: ReportInput): string {
  const report = buildJsonReport(input);
  const rows: CsvRow[] = [];
  for (const src of report.sources) {
    const provenance = { file: src.file, sha256: src.sha256, analyzed_at: src.analyzedAt };
    const length = input.sources.find((s) => s.file === src.file)?.analysis.text.length ?? 0;
    rows.push({
      record: 'source', ...provenance, start: 0, end: length, kind: null,
      speaker: null, cue: null, support: null, text: src.title, message: null, related: null,
    });
    for (const c of src.claims) {
      rows.push({
        record: 'claim', ...provenance, start: c.start, end: c.end, kind: c.kind,
        speaker: c.speaker, cue: c.cue, support: c.support, text: c.text, message: null, related: null,
      });
    }
    for (const f of src.findings) {
      rows.push({
        record: 'finding', ...provenance, start: f.start, end: f.end, kind: f.kind,
        speaker: null, cue: null, support: null, text: f.text, message: f.message,
        related: f.related.map((r) => `${r.file}@${r.start}-${r.end}`).join('; '),
      });
    }
  }
  const lines = [CSV_COLUMNS.join(','), ...rows.map((row) => CSV_COLUMNS.map((col) => csvField(row[col])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
