/** Hovers that explain: who said a quote and how we know, an entity's other mentions, a finding. */
import * as vscode from 'vscode';
import { escapeMarkdown as esc } from '../core/report/escapeMarkdown';
import type { AttributionMethod, Entity, Quote } from '../core/types';
import type { AnalysisStore } from './analysisStore';
import { revealLink } from './revealSpan';

const HOW: Record<AttributionMethod, string> = {
  'explicit-after': 'named with a reporting verb right after the quote',
  'explicit-before': 'named with a reporting verb right before the quote',
  'according-to': 'credited with "according to"',
  pronoun: 'a pronoun after the quote, resolved to the last person it can refer to',
  description: 'a description ("the minister") after the quote, resolved to the person introduced with it',
  continuation: 'the quote continues the previous quote of the same speaker',
  'sentence-subject': 'the subject of the sentence the partial quote stands in',
  organisation: 'an organisation credited with the statement',
  'described-organisation': 'an organisation the article describes but never names, credited by that description',
  learned: 'no rule applied: attributed by the learned fallback, a model of who speaks near a quote trained on annotated news',
};

const KIND: Record<Quote['kind'], string> = {
  direct: 'Direct quote', partial: 'Partial quote', headline: 'Quote in the headline', scare: 'Scare quote (nobody is credited)', title: 'Title of a work',
};

const TYPE: Record<string, string> = { PERSON: 'Person', ORG: 'Organisation', PLACE: 'Place', DATE: 'Date', NUMBER: 'Number', MONEY: 'Money', PERCENT: 'Percentage', OTHER: 'Other' };

const clip = (s: string, n = 140) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const inside = (offset: number, s: { start: number; end: number }) => offset >= s.start && offset <= s.end;

/** Provides Source Critic's hovers for plain-text and Markdown articles. */
export class SourceCriticHovers implements vscode.HoverProvider {
  constructor(private readonly store: AnalysisStore) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const analysis = this.store.currentAnalysis(doc);
    if (!analysis) return undefined;
    const offset = doc.offsetAt(position);
    const parts: vscode.MarkdownString[] = [];
    const quote = analysis.quotes.find((q) => inside(offset, q));
    if (quote) parts.push(this.quoteHover(doc, quote));
    const entity = analysis.entities.find((e) => inside(offset, e) && offset < e.end);
    if (entity) parts.push(this.entityHover(doc, entity, analysis.entities));
    for (const f of this.store.summary(doc.uri)?.findings ?? []) {
      if (!inside(offset, f)) continue;
      const md = this.trusted();
      md.appendMarkdown(`**Source Critic · ${f.kind}**: ${esc(f.message)}\n\n`);
      for (const r of f.related) {
        const other = this.store.byName(r.source);
        const link = other ? ` ([open](${revealLink(other.uri, r.start, r.end, true)}))` : '';
        md.appendMarkdown(`- *${esc(r.source)}*: “${esc(clip(r.text))}”${link}\n`);
      }
      parts.push(md);
    }
    return parts.length ? new vscode.Hover(parts) : undefined;
  }

  private trusted(): vscode.MarkdownString {
    const md = new vscode.MarkdownString();
    md.isTrusted = { enabledCommands: ['sourceCritic.revealSpan'] };
    return md;
  }

  private quoteHover(doc: vscode.TextDocument, q: Quote): vscode.MarkdownString {
    const md = this.trusted();
    md.appendMarkdown(`**${KIND[q.kind]}**`);
    if (q.speaker) md.appendMarkdown(` — said by **${esc(q.speaker)}**${q.cue ? ` (*${esc(q.cue)}*)` : ''}\n\n`);
    else md.appendMarkdown(q.kind === 'scare' || q.kind === 'title' ? '\n\n' : ' — speaker unknown: nobody is credited clearly enough to say.\n\n');
    if (q.attribution) {
      const m = q.attribution.mention;
      const where = m ? ` ([“${esc(clip(doc.getText(new vscode.Range(doc.positionAt(m.start), doc.positionAt(m.end))), 40))}”](${revealLink(doc.uri, m.start, m.end)}))` : '';
      const p = q.attribution.probability;
      md.appendMarkdown(`How the speaker was found: ${HOW[q.attribution.method]}${p === undefined ? '' : ` (p = ${p.toFixed(2)})`}${where}.\n\n`);
    }
    const name = this.store.entry(doc.uri)?.name;
    const group = this.store.comparison()?.groups.find((g) => g.members.some((m) => m.source === name && m.start < q.end && q.start < m.end));
    if (group) {
      md.appendMarkdown('Also quoted in:\n');
      for (const m of group.members.filter((x) => x.source !== name)) {
        const other = this.store.byName(m.source);
        md.appendMarkdown(`- *${esc(m.source)}*${m.speaker ? ` (${esc(m.speaker)})` : ''}: “${esc(clip(m.text))}”${other ? ` ([open](${revealLink(other.uri, m.start, m.end, true)}))` : ''}\n`);
      }
      for (const d of group.drift) md.appendMarkdown(`\n*Drift*: ${esc(d)}`);
    }
    return md;
  }

  private entityHover(doc: vscode.TextDocument, e: Entity, all: Entity[]): vscode.MarkdownString {
    const md = this.trusted();
    const same = all.filter((x) => x.key === e.key);
    const forms = [...new Set(same.map((x) => x.text))];
    md.appendMarkdown(`**${TYPE[e.type] ?? e.type}** · ${esc(e.canonical)}\n\n`);
    md.appendMarkdown(`${same.length} mention${same.length === 1 ? '' : 's'} in this article${forms.length > 1 ? ` as ${forms.map((f) => `“${esc(f)}”`).join(', ')}` : ''}.`);
    const coverage = this.store.comparison()?.coverage.find((c) => c.key === e.key);
    const name = this.store.entry(doc.uri)?.name;
    if (coverage) {
      const elsewhere = Object.entries(coverage.mentions).filter(([s]) => s !== name);
      md.appendMarkdown(elsewhere.length ? `\n\nAlso named in ${elsewhere.map(([s, n]) => `*${esc(s)}* (${n})`).join(', ')}.` : '\n\nNo other source names it.');
    }
    return md;
  }
}
