/**
 * Citing a quote: “words” — Speaker, file name, date. Editor-free.
 *
 * The date is the article's own, read from its head: the dateline, the byline and the other lines
 * above the first body paragraph (a headline or standfirst speaks of the story, not of the report). A
 * date in the body is the date of something reported ("since the October 7 attack"), and "today" or
 * "Monday" say nothing once the article is filed, so only a calendar date counts: "12.03.2026",
 * "29 Jan 2026", "January 13, 2026", "Nov 5".
 */
import type { ArticleAnalysis, Block, Quote } from '../../core/types';

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const CALENDAR_DATE = new RegExp([
  '\\b\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b',
  `\\b\\d{1,2}(?:st|nd|rd|th)? ${MONTH}(?:,? \\d{4})?\\b`,
  `\\b${MONTH} \\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?\\b`,
].join('|'), 'i');

/** Lines up to this long may be a date line even when the layout took them for a standfirst. */
const DATE_LINE_LENGTH = 40;

/** An upper-case place name opening a paragraph, up to the dash that ends a dateline. */
const DATELINE_OPENING = /^[A-Z][A-Z.' ]+,[^\n\u2013\u2014]{0,40}?\s[-\u2013\u2014]\s/;

/** Characters from which a paragraph is taken for body text rather than a line of metadata. */
const BODY_PARAGRAPH_LENGTH = 100;

/** The date an article gives for itself, or null when its head gives none. */
export function articleDate(analysis: ArticleAnalysis): string | null {
  // The body starts at the first real paragraph; short lines above it are the report's metadata.
  const body = analysis.blocks.find((b) => b.kind === 'paragraph' && b.end - b.start > BODY_PARAGRAPH_LENGTH);
  const metadata = (b: Block) => b.kind !== 'headline' && (b.kind !== 'standfirst' || b.end - b.start <= DATE_LINE_LENGTH);
  const head = analysis.blocks.filter((b) => b.kind === 'dateline' || b.kind === 'byline' || (body && b.end <= body.start && metadata(b)))
    .map((b) => analysis.text.slice(b.start, b.end));
  // A dateline run into the opening paragraph: "NAIROBI, Kenya, Feb 18 – The National Assembly…".
  for (const b of analysis.blocks.filter((x) => x.kind !== 'headline' && (!body || x.start <= body.start))) {
    const runIn = DATELINE_OPENING.exec(analysis.text.slice(b.start, b.end));
    if (runIn) head.push(runIn[0]);
  }
  for (const text of head) {
    const found = CALENDAR_DATE.exec(text);
    if (found) return found[0];
  }
  return null;
}

/** The quote under an offset (inside it or on one of its marks), if any. */
export function quoteAt(analysis: ArticleAnalysis, offset: number): Quote | undefined {
  return analysis.quotes.find((q) => q.open.start <= offset && offset <= (q.close?.end ?? q.end));
}

/**
 * The citation of a quote: `“words” — Speaker, file, date`, leaving out the speaker or the date when
 * there is none. The quote's words are kept as printed, with runs of white space (a quote spanning
 * paragraphs) made single spaces.
 */
export function formatQuoteCitation(quote: Quote, fileName: string, date: string | null): string {
  const words = quote.text.replace(/\s+/g, ' ').trim();
  return [`\u201c${words}\u201d \u2014 ${quote.speaker ?? 'unattributed'}`, fileName, date].filter((p) => p).join(', ');
}
