/**
 * Quotes of an article, before their speakers are known: every quotation the scanner finds, with
 * its kind. Speakers are filled in later by the speaker attribution.
 */
import type { Block, Quote, Span } from '../types';
import { classifyQuoteKind } from './classifyQuoteKind';
import type { Quotation } from './findQuotations';

/** The whole extent of a quotation, marks included (what sentence splitting must not cut). */
export function quotationExtent(q: Quotation): Span {
  return { start: q.open.start, end: q.close?.end ?? q.end };
}

/**
 * Turns scanned quotations into quotes with their kind and no speaker yet. `sentences` are the
 * article's sentences (sorted); a quotation's sentence is the one its opening mark falls in.
 * Returns one quote per quotation, in the same order.
 */
export function findQuotes(text: string, quotations: Quotation[], blocks: Block[], sentences: Span[]): Quote[] {
  let s = 0;
  return quotations.map((q) => {
    while (s < sentences.length && sentences[s].end <= q.open.start) s++;
    const block = blocks[q.block];
    const sentence = s < sentences.length && sentences[s].start <= q.open.start ? sentences[s] : block;
    return {
      start: q.start,
      end: q.end,
      text: text.slice(q.start, q.end),
      kind: classifyQuoteKind(text, q, block, sentence),
      speaker: null,
      speakerKey: null,
      cue: null,
      attribution: null,
      open: q.open,
      close: q.close,
    };
  });
}
