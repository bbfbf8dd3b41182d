/**
 * The report formats the editor exports, rendered by the same core renderers as the command line,
 * with one addition: what each source's SHA-256 covers (file bytes or editor text), stated in the
 * formats that have room for it without breaking their contract (JSON adds a field, Markdown a line).
 */
import { buildJsonReport } from '../../core/report/buildJsonReport';
import { renderCsv } from '../../core/report/renderCsv';
import { renderMarkdown } from '../../core/report/renderMarkdown';
import { renderTei } from '../../core/report/renderTei';
import type { ReportInput } from '../../core/report/reportTypes';
import type { SourceProvenance } from './sourceProvenance';

/** A report format: its id, how the quick pick shows it, its file extension and its renderer. */
export interface ReportFormat {
  id: 'md' | 'json' | 'csv' | 'tei';
  label: string;
  detail: string;
  extension: string;
  render(input: ReportInput & { sources: SourceProvenance[] }): string;
}

/** One sentence on what the hashes cover, naming the sources hashed from their text. */
function hashNote(sources: SourceProvenance[]): string {
  const fromText = sources.filter((s) => s.hashedFrom === 'utf8-text').map((s) => s.file);
  const base = 'SHA-256 is computed over each file\'s bytes as saved on disk';
  return fromText.length
    ? `${base}, except for ${fromText.join(', ')} (unsaved or changed since it was saved), where it is computed over the analysed text encoded as UTF-8.`
    : `${base}.`;
}

/** Every format, in the order the quick pick offers them. */
export const REPORT_FORMATS: readonly ReportFormat[] = [
  {
    id: 'md', label: 'Markdown', detail: 'For a wiki or a paper: provenance, quotes, findings, quote drift, entity coverage', extension: 'md',
    render: (input) => renderMarkdown(input).replace(/^(Made by .*)$/m, (line) => `${line}\n\n${hashNote(input.sources)}`),
  },
  {
    id: 'json', label: 'JSON', detail: 'The source-critic/report@1 contract, plus what each hash covers (sha256Of)', extension: 'json',
    render: (input) => {
      const report = buildJsonReport(input);
      const sources = report.sources.map((s, i) => ({ ...s, sha256Of: input.sources[i].hashedFrom }));
      return `${JSON.stringify({ ...report, sources }, null, 1)}\n`;
    },
  },
  { id: 'csv', label: 'CSV', detail: 'Claims and findings, one row each (RFC 4180, spreadsheet-safe)', extension: 'csv', render: renderCsv },
  { id: 'tei', label: 'TEI', detail: 'TEI P5 parallel segmentation with the sources as witnesses', extension: 'xml', render: renderTei },
];
