/**
 * Renders one sentence of a source as HTML with its marks: the comparison's findings (unique,
 * variant, numeric) as highlighted runs, quotes as marked runs, and the speaker after each quote.
 *
 * Marks may overlap (a variant inside a quote), so the sentence is cut at every mark boundary and
 * each piece carries the classes of all marks covering it. Every piece of text is escaped.
 */
import type { Quote, Span } from '../../core/types';
import type { CollationPassage, CollationSource } from './buildCollationRows';
import { escapeHtml } from './escapeHtml';

/** A highlighted run: its CSS class and, for findings, the explanation shown as a tooltip. */
interface Mark extends Span {
  cls: string;
  title?: string;
}

/** Quotes that are someone's words (not scare quotes or titles of works). */
const spoken = (q: Quote): boolean => q.kind === 'direct' || q.kind === 'partial' || q.kind === 'headline';

/** The marks of a source that fall inside a span, clipped to it. */
function marksWithin(source: CollationSource, span: Span): Mark[] {
  const clip = (m: Mark): Mark | undefined => {
    const start = Math.max(m.start, span.start);
    const end = Math.min(m.end, span.end);
    return start < end ? { ...m, start, end } : undefined;
  };
  const marks: Array<Mark | undefined> = [
    ...source.analysis.quotes.filter(spoken).map((q) => clip({ start: q.start, end: q.end, cls: 'quote' })),
    ...source.findings.map((f) => clip({ start: f.start, end: f.end, cls: f.kind, title: f.message })),
  ];
  return marks.filter((m): m is Mark => m !== undefined);
}

/** Speaker labels to place inside a span: after each spoken quote's closing mark. */
function speakerLabels(source: CollationSource, span: Span): Array<{ at: number; speaker: string }> {
  return source.analysis.quotes
    .filter((q) => spoken(q) && q.speaker)
    .map((q) => ({ at: q.close?.end ?? q.end, speaker: q.speaker as string }))
    .filter((l) => l.at > span.start && l.at <= span.end);
}

/**
 * The HTML of one passage: a focusable element carrying the passage's offsets (for the click that
 * reveals it in its editor) around the escaped, marked-up sentence.
 */
export function renderPassageHtml(source: CollationSource, passage: CollationPassage): string {
  const text = source.analysis.text;
  const marks = marksWithin(source, passage);
  const labels = speakerLabels(source, passage);
  const cuts = new Set<number>([passage.start, passage.end]);
  for (const m of marks) { cuts.add(m.start); cuts.add(m.end); }
  for (const l of labels) cuts.add(l.at);
  const points = [...cuts].sort((a, b) => a - b);

  const out: string[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const covering = marks.filter((m) => m.start <= from && m.end >= to);
    const piece = escapeHtml(text.slice(from, to));
    if (covering.length === 0) out.push(piece);
    else {
      const classes = [...new Set(covering.map((m) => m.cls))].join(' ');
      const titles = covering.filter((m) => m.title).map((m) => m.title as string);
      const title = titles.length ? ` title="${escapeHtml(titles.join('\n'))}"` : '';
      out.push(`<span class="${classes}"${title}>${piece}</span>`);
    }
    for (const l of labels.filter((x) => x.at === to)) out.push(`<span class="speaker">\u2014 ${escapeHtml(l.speaker)}</span>`);
  }
  return `<span class="passage" tabindex="-1" data-start="${passage.start}" data-end="${passage.end}">${out.join('')}</span>`;
}
