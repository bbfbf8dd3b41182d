/**
 * Where a quote stands in its sentence and paragraph: on its own (a sentence or a paragraph of
 * nothing but the quote), which is the layout of words carried over from a speaker named before.
 */
import type { Quotation } from '../quotes/findQuotations';
import type { Quote, Span } from '../types';
import { spanIndexAt, type ReadingContext } from './readingContext';

/** Nothing but Markdown block-quote marks and white space ("> ", ">"), which a newsletter puts before quoted paragraphs. */
const BLOCK_QUOTE_MARKS = /^[\s>]*$/;

/** True when a quote opens its paragraph: nothing but white space or block-quote marks stands before its opening mark there. */
export function opensParagraph(ctx: ReadingContext, q: Quotation): boolean {
  return BLOCK_QUOTE_MARKS.test(ctx.text.slice(ctx.blocks[q.block].start, q.open.start));
}

/** True when a quote fills its paragraph on its own (nothing but punctuation outside the marks, block-quote marks before it). */
export function fillsParagraph(ctx: ReadingContext, q: Quotation): boolean {
  const end = q.close?.end ?? q.end;
  return opensParagraph(ctx, q) && /^[\s.,;:!?]*$/.test(ctx.text.slice(end, ctx.blocks[q.block].end));
}

/** True when a quote is a sentence on its own: it opens its sentence (after any block-quote marks) and only punctuation follows it there. */
export function standsAlone(ctx: ReadingContext, q: Quotation): boolean {
  const s = spanIndexAt(ctx.sentences, q.open.start);
  if (s < 0) return false;
  const sentence = ctx.sentences[s];
  return sentence.start <= q.open.start && BLOCK_QUOTE_MARKS.test(ctx.text.slice(sentence.start, q.open.start)) && /^[\s.,;:!?]*$/.test(ctx.text.slice(q.close?.end ?? q.end, sentence.end));
}

/**
 * The index of the paragraph before block `b`, past lines holding nothing but block-quote marks
 * (the ">" line between two quoted paragraphs of a newsletter); -1 when there is none.
 */
export function blockBefore(ctx: ReadingContext, b: number): number {
  let p = b - 1;
  while (p >= 0 && BLOCK_QUOTE_MARKS.test(ctx.text.slice(ctx.blocks[p].start, ctx.blocks[p].end))) p--;
  return p;
}

/**
 * The sentence before a direct quote that still has no speaker and stands as a sentence or fills
 * a paragraph on its own (the layout of speech carried on from the sentence before), or null: the
 * sentence whose subject may go on speaking in it.
 */
export function previousSentenceFor(ctx: ReadingContext, q: Quotation, quote: Quote): Span | null {
  if (q.nested || quote.speaker !== null || quote.kind !== 'direct') return null;
  let s = spanIndexAt(ctx.sentences, q.open.start);
  if (s <= 0 || !(standsAlone(ctx, q) || fillsParagraph(ctx, q))) return null;
  do s--;
  while (s > 0 && BLOCK_QUOTE_MARKS.test(ctx.text.slice(ctx.sentences[s].start, ctx.sentences[s].end)));
  return ctx.sentences[s];
}
