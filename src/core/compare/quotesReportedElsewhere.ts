/**
 * Quotes another source reports, though not linked to it as one utterance. Two outlets translating
 * one remark of a foreign minister may share few words ("this drama was avoidable" / "this is a
 * tragedy that could have been avoided"): too few to say that the two quotes are the same
 * utterance, which must keep apart the same speaker's other remarks on the topic (see
 * groupQuotes.ts), but enough to say that the remark is no singular reading. Flagging it as
 * content only one source has is a false alarm a reader notices at once.
 *
 * A quote is reported elsewhere when a source about the same story quotes the same named speaker
 * (see {@link sameName}; a body only described, "a ministry spokesman", names nobody) saying
 * something similar, synonyms counted (cosine plus ordered times contained, see
 * quoteSimilarity.ts), at least {@link ECHOED} — far below the bar of one utterance, well above two
 * remarks of one person on unrelated matters — unless the two are two statements whatever their
 * words (opposite meanings, other occasions, other figures: see twoStatements.ts). Quotes of fewer
 * than {@link MIN_CONTENT} content words are left as they are on either side: one word meets
 * another remark's words by chance; and a quote is reported elsewhere only by a quote of about its
 * length (see {@link LONGER}), not by one sentence of it.
 */
import type { Span } from '../types';
import type { CompareContext } from './compareContext';
import { namesSpeaker, quoteIdf, quoteItemsOf, sameName, type QuoteItem } from './quoteItems';
import { quoteSimilarity } from './quoteSimilarity';
import { twoStatements } from './twoStatements';
import { areSynonyms } from './wordnetSynonyms';

/**
 * Least similarity (cosine plus ordered times contained, synonyms counted) of two quotes of one
 * speaker for the remark to be reported elsewhere: translations of one remark that the groups
 * leave apart scored 0.3 to 0.63 on the development clusters, the same speaker's remarks quoted
 * only by one outlet at most 0.26 against the others' quotes.
 */
const ECHOED = 0.3;
/** Content words a quote needs on each side before its likeness counts. */
const MIN_CONTENT = 2;
/**
 * How many times the content words of the other quote a quote may hold and still be reported
 * there: a long remark of which another outlet quotes one sentence may say more that only this
 * outlet reports ("…, and I have asked our engineers to replace every relay on the line").
 */
const LONGER = 1.5;

/** Each comparison's spans of quotes reported elsewhere, by source. */
const REPORTED = new WeakMap<CompareContext, Span[][]>();

/** Whether two quotes of one named speaker in related sources say alike what may be one remark. */
function echoes(ctx: CompareContext, a: QuoteItem, b: QuoteItem): boolean {
  if (a.source === b.source || !ctx.related[a.source].has(b.source) || !sameName(a, b)) return false;
  if (contentCount(a) > LONGER * contentCount(b)) return false;
  const sim = quoteSimilarity(a.words, b.words, quoteIdf(ctx), areSynonyms);
  return sim.cosine + sim.ordered * sim.contained >= ECHOED && !twoStatements(a, b);
}

/** Each quote's number of content words, counted once. */
const CONTENT = new WeakMap<QuoteItem, number>();

/** The number of content words of a quote. */
function contentCount(item: QuoteItem): number {
  let count = CONTENT.get(item);
  if (count === undefined) {
    count = item.words.filter((w) => w.content).length;
    CONTENT.set(item, count);
  }
  return count;
}

/** The spans of every source's quotes reported elsewhere (see the file comment). */
function findReported(ctx: CompareContext): Span[][] {
  const spans: Span[][] = ctx.sources.map(() => []);
  // Quotes are compared only with quotes of a speaker sharing a name word.
  const byName = new Map<string, QuoteItem[]>();
  for (const item of quoteItemsOf(ctx)) {
    if (!namesSpeaker(item) || contentCount(item) < MIN_CONTENT) continue;
    for (const key of item.nameKeys) {
      const list = byName.get(key);
      if (list) list.push(item);
      else byName.set(key, [item]);
    }
  }
  const done = new Set<QuoteItem>();
  for (const list of byName.values()) {
    for (const a of list) {
      if (done.has(a)) continue;
      if (list.some((b) => echoes(ctx, a, b))) {
        done.add(a);
        spans[a.source].push({ start: a.quote.start, end: a.quote.end });
      }
    }
  }
  return spans;
}

/**
 * The quotes of source `s` that a source about the same story reports in words too far apart to
 * be linked as one utterance, yet alike enough that the remark is not the source's alone (see the
 * file comment).
 */
export function quotesReportedElsewhere(ctx: CompareContext, s: number): Span[] {
  let spans = REPORTED.get(ctx);
  if (!spans) {
    spans = findReported(ctx);
    REPORTED.set(ctx, spans);
  }
  return spans[s];
}
