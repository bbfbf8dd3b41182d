/**
 * Builds the JSON report (the command line's contract, `source-critic/report@1`) from analysed
 * sources and their comparison.
 */
import type { Alignment, Span } from '../types';
import type { JsonReport, ReportInput } from './reportTypes';

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * How many sources report a claim: the claim's own source plus every other source with an
 * aligned passage overlapping the claim's span.
 */
function supportOf(sourceId: string, claim: Span, alignments: Alignment[]): number {
  const others = new Set<string>();
  for (const al of alignments) {
    if (al.a.source === sourceId && overlaps(al.a, claim)) others.add(al.b.source);
    else if (al.b.source === sourceId && overlaps(al.b, claim)) others.add(al.a.source);
  }
  others.delete(sourceId);
  return 1 + others.size;
}

/** Builds the JSON report; offsets are UTF-16 indices into each analysed text. */
export function buildJsonReport(input: ReportInput): JsonReport {
  const { comparison } = input;
  const summaryOf = new Map(comparison.sources.map((s) => [s.id, s]));
  return {
    schema: 'source-critic/report@1',
    tool: input.tool,
    sources: input.sources.map((src) => {
      const a = src.analysis;
      const summary = summaryOf.get(src.file);
      return {
        file: src.file,
        sha256: src.sha256,
        analyzedAt: src.analyzedAt,
        title: a.title,
        sameEvent: summary?.sameEvent ?? true,
        shared: summary?.shared ?? 0,
        quotes: a.quotes.map((q) => ({
          start: q.start, end: q.end, text: q.text, speaker: q.speaker, cue: q.cue, kind: q.kind,
          attribution: q.attribution?.method ?? null,
        })),
        entities: a.entities.map((e) => ({ start: e.start, end: e.end, text: e.text, type: e.type, key: e.key })),
        claims: a.claims.map((c) => ({
          start: c.start, end: c.end, text: c.text, speaker: c.speaker, kind: c.kind, cue: c.cue,
          support: supportOf(src.file, c, comparison.alignments),
        })),
        findings: (summary?.findings ?? []).map((f) => ({
          kind: f.kind, start: f.start, end: f.end, text: f.text, message: f.message, id: f.id,
          related: f.related.map((r) => ({ file: r.source, start: r.start, end: r.end, text: r.text })),
        })),
        omissions: (summary?.omissions ?? []).map((o) => ({
          message: o.message, reportedBy: o.reportedBy,
          example: { file: o.example.source, start: o.example.start, end: o.example.end, text: o.example.text },
        })),
      };
    }),
    groups: comparison.groups.map((g) => ({
      kind: g.kind,
      members: g.members.map((m) => ({ file: m.source, start: m.start, end: m.end, text: m.text, speaker: m.speaker, cue: m.cue })),
      drift: g.drift,
    })),
    coverage: comparison.coverage.map((c) => ({ key: c.key, name: c.name, type: c.type, mentions: c.mentions })),
  };
}
