/** The command line's readable report: what a person reads in a terminal. */
import type { JsonReport } from '../core/report/reportTypes';

const oneLine = (s: string, max = 110): string => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** Renders the report as plain text, one section per source, then the cross-source groups. */
export function renderText(report: JsonReport): string {
  const out: string[] = [];
  for (const s of report.sources) {
    out.push(`== ${s.file}${s.title ? `: ${oneLine(s.title, 80)}` : ''}`);
    out.push(`   sha256 ${s.sha256}, analysed ${s.analyzedAt}`);
    if (!s.sameEvent) out.push('   ! probably not the same event as the other sources (shares almost nothing with them)');
    const named = s.entities.filter((e) => ['PERSON', 'ORG', 'PLACE'].includes(e.type));
    const distinct = new Map<string, { text: string; type: string; n: number }>();
    for (const e of named) {
      const d = distinct.get(e.key) ?? { text: e.text, type: e.type, n: 0 };
      if (e.text.length > d.text.length) d.text = e.text;
      d.n++;
      distinct.set(e.key, d);
    }
    out.push(`   ${s.quotes.length} quotes, ${distinct.size} named entities, ${s.claims.length} claims, ${s.findings.length} findings`);
    if (s.quotes.length) out.push('   Quotes:');
    for (const q of s.quotes) out.push(`     [${q.kind}] “${oneLine(q.text, 90)}” — ${q.speaker ?? 'no speaker'}${q.cue ? ` (${q.cue})` : ''}`);
    if (distinct.size) {
      out.push('   Entities:');
      for (const type of ['PERSON', 'ORG', 'PLACE']) {
        const items = [...distinct.values()].filter((d) => d.type === type).map((d) => (d.n > 1 ? `${d.text} ×${d.n}` : d.text));
        if (items.length) out.push(`     ${type.padEnd(6)} ${items.join(', ')}`);
      }
    }
    if (s.findings.length) out.push('   Findings:');
    for (const f of s.findings) out.push(`     [${f.kind}] ${oneLine(f.text, 70)} — ${oneLine(f.message, 120)}`);
    for (const o of s.omissions) out.push(`     [omission] ${oneLine(o.message, 140)}`);
    out.push('');
  }
  if (report.groups.length) {
    out.push('== The same quote in several sources');
    for (const g of report.groups) {
      out.push(`   - ${g.members.map((m) => `${m.file}: “${oneLine(m.text, 50)}”`).join('  |  ')}`);
      for (const d of g.drift) out.push(`       drift: ${oneLine(d, 120)}`);
    }
  }
  return out.join('\n');
}
