/**
 * The Markdown report, for a newsroom wiki or the appendix of a paper: a provenance table of the
 * sources, then per source its quotes with speakers, its findings and omissions, then the same
 * quote across sources with how it drifted, and which source names which entity.
 */
import { buildJsonReport } from './buildJsonReport';
import { escapeMarkdown } from './escapeMarkdown';
import type { JsonReport, ReportInput } from './reportTypes';
import { fileBaseName } from './witnessIds';

/** Longest quoted text shown in a table cell before it is cut with an ellipsis. */
const CELL_CHARS = 300;

const cell = (text: string | null, max = CELL_CHARS): string => {
  if (text === null) return '—';
  const flat = text.replace(/\s+/g, ' ').trim();
  return escapeMarkdown(flat.length > max ? `${flat.slice(0, max - 1)}…` : flat) || '—';
};

const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;

const table = (head: string[], rows: string[][]): string[] => [row(head), row(head.map(() => '---')), ...rows.map(row)];

/** True when a message already quotes the start of a text, so repeating the text adds nothing. */
const saysAlready = (message: string, text: string): boolean => {
  const head = text.replace(/\s+/g, ' ').trim().slice(0, 40);
  return head.length > 0 && message.replace(/\s+/g, ' ').includes(head);
};

const FINDING_LABEL: Record<string, string> = { unique: 'Only here', variant: 'Worded differently', numeric: 'Number differs' };

/** The provenance table: every source with its file name, SHA-256 and time of analysis. */
function provenance(report: JsonReport): string[] {
  return table(
    ['Source', 'SHA-256', 'Analysed at', 'Headline'],
    report.sources.map((s) => [escapeMarkdown(s.file), `\`${s.sha256}\``, s.analyzedAt, cell(s.title, 120)]),
  );
}

/** One source's section: quotes with speakers, findings and omissions. */
function sourceSection(s: JsonReport['sources'][number]): string[] {
  const out = [`## ${escapeMarkdown(fileBaseName(s.file))}`, ''];
  out.push(`File \`${s.file.replace(/`/g, "'")}\`, SHA-256 \`${s.sha256}\`, analysed ${s.analyzedAt}.`);
  if (s.title) out.push(`Headline: ${cell(s.title)}`);
  out.push('');
  if (!s.sameEvent) {
    out.push('> **Probably another event:** this source shares almost nothing with the others, so its content is not flagged as unique.', '');
  }
  out.push(`${s.quotes.length} quotes, ${s.claims.length} claims, ${s.findings.length} findings, ${s.omissions.length} omissions.`, '');
  if (s.quotes.length) {
    out.push('### Quotes', '');
    out.push(...table(
      ['#', 'Quote', 'Speaker', 'Cue', 'Kind', 'Offsets'],
      s.quotes.map((q, i) => [String(i + 1), `“${cell(q.text)}”`, cell(q.speaker), cell(q.cue), escapeMarkdown(q.kind), `${q.start}–${q.end}`]),
    ), '');
  }
  if (s.findings.length) {
    out.push('### Findings', '');
    for (const f of s.findings) {
      const unsaid = f.related.filter((r) => !saysAlready(f.message, r.text));
      const where = unsaid.length ? ` Elsewhere: ${unsaid.map((r) => `${escapeMarkdown(fileBaseName(r.file))} “${cell(r.text, 120)}”`).join('; ')}.` : '';
      out.push(`- **${FINDING_LABEL[f.kind] ?? escapeMarkdown(f.kind)}** (${f.start}–${f.end}): “${cell(f.text)}” — ${cell(f.message)}${where}`);
    }
    out.push('');
  }
  if (s.omissions.length) {
    out.push('### Omissions', '');
    for (const o of s.omissions) {
      const example = saysAlready(o.message, o.example.text) ? '' : `; e.g. “${cell(o.example.text, 200)}”`;
      out.push(`- ${cell(o.message)} (reported by ${o.reportedBy.map((r) => escapeMarkdown(fileBaseName(r))).join(', ')}${example})`);
    }
    out.push('');
  }
  return out;
}

/** The same utterance in several sources, each member with its speaker, then the drift notes. */
function quoteGroups(report: JsonReport): string[] {
  if (!report.groups.length) return [];
  const out = ['## The same quote across sources', ''];
  report.groups.forEach((g, i) => {
    out.push(`### Quote ${i + 1}`, '');
    for (const m of g.members) {
      out.push(`- ${escapeMarkdown(fileBaseName(m.file))} (${m.start}–${m.end}): “${cell(m.text)}” — ${cell(m.speaker)}${m.cue ? ` (${cell(m.cue)})` : ''}`);
    }
    if (g.drift.length) out.push('', 'Drift:', ...g.drift.map((d) => `- ${cell(d)}`));
    out.push('');
  });
  return out;
}

/**
 * Which source names which entity, one row per entity, one column per source (mentions);
 * entities named by the most sources first.
 */
function entityCoverage(report: JsonReport): string[] {
  const coverage = report.coverage;
  if (!coverage.length) return [];
  const files = report.sources.map((s) => s.file);
  // Own counts only: a file named "constructor" must not read the function every object inherits.
  const count = (c: JsonReport['coverage'][number], f: string): number => (Object.hasOwn(c.mentions, f) ? c.mentions[f] : 0);
  const reach = (c: JsonReport['coverage'][number]): number => files.filter((f) => count(c, f) > 0).length;
  const sorted = [...coverage].sort((a, b) => reach(b) - reach(a) || a.name.localeCompare(b.name));
  return [
    '## Entity coverage', '',
    ...table(
      ['Entity', 'Type', ...files.map((f) => escapeMarkdown(fileBaseName(f)))],
      sorted.map((c) => [cell(c.name), escapeMarkdown(c.type), ...files.map((f) => String(count(c, f)))]),
    ),
    '',
  ];
}

/** Renders the whole report as Markdown (CommonMark with GitHub tables). */
export function renderMarkdown(input: ReportInput): string {
  const report = buildJsonReport(input);
  const out = [
    `# Source-critical report: ${report.sources.length} source${report.sources.length === 1 ? '' : 's'}`, '',
    `Made by ${escapeMarkdown(report.tool.name)} ${escapeMarkdown(report.tool.version)}. Offsets are UTF-16 code units into each file's text (UTF-8, BOM removed).`, '',
    '## Sources', '',
    ...provenance(report), '',
  ];
  for (const s of report.sources) out.push(...sourceSection(s));
  out.push(...quoteGroups(report), ...entityCoverage(report));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
