/**
 * A candidate pair of quotes of two reports, both credited to one named speaker, as the quote
 * matcher (quoteMatcher.ts) reads it: a vector of the features {@link QUOTE_PAIR_FEATURES} names.
 * Beside the three measures of quoteSimilarity.ts (with and without WordNet synonyms), it reads
 * what survives when two outlets translate one remark each in their own words: the names and
 * figures the quotes hold, how long each is, where each stands among its report's quotes and among its speaker's, how
 * alike the reporters' sentences around them are, and whether each quote is the other's likeliest
 * counterpart in its report.
 */
import type { CompareContext } from './compareContext';
import type { Span } from '../types';
import type { Word } from './readWords';
import { cosine } from './buildTermIndex';
import type { QuoteItem } from './quoteItems';
import { QUOTE_FEATURE } from './quoteMatcher';
import { quoteSimilarity, type QuoteSimilarity } from './quoteSimilarity';
import { areSynonyms } from './wordnetSynonyms';

/** What the features read of one quote, whatever the quote it is set against: read once per quote. */
export interface QuoteSetting {
  /** The id of the unit (sentence or clause) the quote starts in. */
  unit: number;
  /** Its place among its report's quotes, from 0 (first) to 1 (last); {@link NO_PLACE} when it is the only one. */
  position: number;
  /** Its place among the quotes its report credits to its speaker, from 0 to 1; {@link NO_PLACE} when alone or unnamed. */
  speakerOrder: number;
  /** Entity keys of the people, organisations and places named inside the quote. */
  names: ReadonlySet<string>;
  /** Its content words. */
  content: number;
  /** The reporter's words around it: its sentence's and the sentence before's, the quote left out. */
  around: Word[];
}

/** The place of a quote alone in its list (its report's quotes, or its speaker's): no place in particular. */
const NO_PLACE = -1;

/**
 * The expected distance of two places drawn at random between 0 and 1: the gap of two quotes when
 * one of them is alone in its list, whose place says nothing of where its counterpart should be.
 */
const EXPECTED_GAP = 1 / 3;

/** The gap between two places (see {@link QuoteSetting}), {@link EXPECTED_GAP} when one has {@link NO_PLACE}. */
function placeGap(a: number, b: number): number {
  return a === NO_PLACE || b === NO_PLACE ? EXPECTED_GAP : Math.abs(a - b);
}

/** Entity types that are names (the other entity types are values: dates, numbers). */
const NAMED = new Set(['PERSON', 'ORG', 'PLACE']);

/** The id of the unit of `source` holding offset `at` (the last one starting at or before it). */
function unitAt(ctx: CompareContext, source: number, at: number): number {
  const units = ctx.unitsBySource[source];
  let lo = 0;
  let hi = units.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (units[mid].start <= at) lo = mid;
    else hi = mid - 1;
  }
  return units.length > 0 ? units[lo].id : -1;
}

/** Each quote's {@link QuoteSetting}, in the order of `items` (a comparison's quote items). */
export function quoteSettings(ctx: CompareContext, items: readonly QuoteItem[]): QuoteSetting[] {
  const bySource = new Map<number, number[]>();
  items.forEach((item, i) => {
    const list = bySource.get(item.source);
    if (list) list.push(i);
    else bySource.set(item.source, [i]);
  });
  const settings: QuoteSetting[] = new Array(items.length);
  for (const [source, list] of bySource) {
    list.sort((x, y) => items[x].quote.start - items[y].quote.start);
    const entities = ctx.sources[source].analysis.entities.filter((e) => NAMED.has(e.type));
    const bySpeaker = new Map<string, number[]>();
    for (const i of list) {
      const key = items[i].quote.speakerKey;
      if (!key) continue;
      const same = bySpeaker.get(key);
      if (same) same.push(i);
      else bySpeaker.set(key, [i]);
    }
    list.forEach((i, rank) => {
      const { quote } = items[i];
      const same = quote.speakerKey ? bySpeaker.get(quote.speakerKey)! : [];
      const unit = unitAt(ctx, source, quote.start);
      settings[i] = {
        unit,
        around: reporterWords(ctx, unit, quote),
        position: list.length > 1 ? rank / (list.length - 1) : NO_PLACE,
        speakerOrder: same.length > 1 ? same.indexOf(i) / (same.length - 1) : NO_PLACE,
        names: new Set(entities.filter((e) => e.start >= quote.start && e.end <= quote.end).map((e) => e.key)),
        content: items[i].words.reduce((n, w) => n + (w.content ? 1 : 0), 0),
      };
    });
  }
  return settings;
}

/** The words of unit `unit` and the one before it in its source that lie outside `quote`. */
function reporterWords(ctx: CompareContext, unit: number, quote: Span): Word[] {
  if (unit < 0) return [];
  const units = [ctx.units[unit - 1], ctx.units[unit]].filter((u) => u !== undefined && u.source === ctx.units[unit].source);
  return units.flatMap((u) => u.words.filter((w) => w.end <= quote.start || w.start >= quote.end));
}

/** How many of `a`'s elements `b` holds. */
function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** The figures (content words read as values, see quoteNumbers.ts) two quotes both give. */
function sharedFigures(a: QuoteItem, b: QuoteItem): number {
  let n = 0;
  for (const w of a.words) if (w.content && /^\d/.test(w.sense) && b.words.some((v) => v.sense === w.sense)) n++;
  return n;
}

/** The most cosine of the sentences right before and right after two quotes' sentences. */
function neighbourCosine(ctx: CompareContext, ua: number, ub: number): number {
  let best = 0;
  for (const d of [-1, 1]) {
    const x = ctx.units[ua + d];
    const y = ctx.units[ub + d];
    if (x && y && x.source === ctx.units[ua].source && y.source === ctx.units[ub].source) best = Math.max(best, cosine(ctx.index, x.id, y.id));
  }
  return best;
}

/**
 * For each word of `words`, whether it is a content word with a counterpart in `other`: the same
 * spelling or sense, or a synonym. Read once per direction for {@link matchReach} and {@link phrasedShare}.
 */
function counterpartFlags(words: readonly Word[], other: readonly Word[]): boolean[] {
  return words.map((w) => w.content && other.some((v) => v.content && (v.spelling === w.spelling || v.sense === w.sense || areSynonyms(w, v))));
}

/**
 * How far into each quote the words the other also holds reach, the lesser of the two: the place
 * of its last content word with a counterpart (`inB` for the words of `a`, `inA` for those of `b`:
 * see {@link counterpartFlags}) over its length, 0 when none. Two remarks of one speaker that open
 * alike ("We will not rest until…") share their first words and part; two translations of one
 * remark match to its end.
 */
function matchReach(inB: readonly boolean[], inA: readonly boolean[]): number {
  const reach = (flags: readonly boolean[]): number => (flags.lastIndexOf(true) + 1) / Math.max(flags.length, 1);
  return Math.min(reach(inB), reach(inA));
}

/**
 * How much of what two quotes share is set phrases: of the content words of `a` with a counterpart
 * in `b` (`inB`: see {@link counterpartFlags}), the share standing in a run of two words or more that
 * both quotes hold word for word; 0 when they share no content word. Two remarks of one speaker can
 * repeat his set phrases around different claims ("the biggest project our province has ever
 * seen" / "the greatest danger our province has ever faced"); two translations of one remark
 * share words scattered through it.
 */
function phrasedShare(a: readonly Word[], b: readonly Word[], inB: readonly boolean[]): number {
  const same = (i: number, j: number): boolean => i >= 0 && j >= 0 && i < a.length && j < b.length && a[i].spelling === b[j].spelling;
  let matched = 0;
  let phrased = 0;
  a.forEach((_, i) => {
    if (!inB[i]) return;
    matched++;
    if (b.some((_, j) => same(i, j) && (same(i - 1, j - 1) || same(i + 1, j + 1)))) phrased++;
  });
  return matched > 0 ? phrased / matched : 0;
}

/**
 * Writes into `out` the features of quotes `a` and `b` of two reports but the two best-counterpart
 * flags (which need every candidate pair: see groupQuotes.ts): `plain` and `near` are their
 * similarities without and with synonyms, `idf` the comparison's weighing of stems for quotes.
 */
export function quotePairFeatures(
  ctx: CompareContext,
  a: QuoteItem,
  b: QuoteItem,
  sa: QuoteSetting,
  sb: QuoteSetting,
  plain: QuoteSimilarity,
  near: QuoteSimilarity,
  idf: (stem: string) => number,
  out: Float64Array,
): Float64Array {
  const shared = sharedCount(sa.names, sb.names);
  out[QUOTE_FEATURE.cosine] = plain.cosine;
  out[QUOTE_FEATURE.ordered] = plain.ordered;
  out[QUOTE_FEATURE.contained] = plain.contained;
  out[QUOTE_FEATURE.nearCosine] = near.cosine;
  out[QUOTE_FEATURE.nearOrdered] = near.ordered;
  out[QUOTE_FEATURE.nearContained] = near.contained;
  out[QUOTE_FEATURE.sharedNames] = Math.min(shared, 2);
  out[QUOTE_FEATURE.otherNames] = Math.min(sa.names.size + sb.names.size - 2 * shared, 2);
  out[QUOTE_FEATURE.sharedFigures] = Math.min(sharedFigures(a, b), 2);
  out[QUOTE_FEATURE.lengthRatio] = Math.abs(Math.log((sa.content + 1) / (sb.content + 1)));
  out[QUOTE_FEATURE.fragment] = Math.min(sa.content, sb.content) < 3 ? 1 : 0;
  out[QUOTE_FEATURE.partial] = a.quote.kind === 'partial' || b.quote.kind === 'partial' ? 1 : 0;
  out[QUOTE_FEATURE.headline] = a.quote.kind === 'headline' || b.quote.kind === 'headline' ? 1 : 0;
  out[QUOTE_FEATURE.positionGap] = placeGap(sa.position, sb.position);
  out[QUOTE_FEATURE.speakerOrderGap] = placeGap(sa.speakerOrder, sb.speakerOrder);
  out[QUOTE_FEATURE.sentenceCosine] = sa.unit >= 0 && sb.unit >= 0 ? cosine(ctx.index, sa.unit, sb.unit) : 0;
  out[QUOTE_FEATURE.sentencesAligned] = sa.unit >= 0 && sb.unit >= 0 && ctx.partners.has(sa.unit, sb.unit) ? 1 : 0;
  out[QUOTE_FEATURE.neighbourCosine] = sa.unit >= 0 && sb.unit >= 0 ? neighbourCosine(ctx, sa.unit, sb.unit) : 0;
  out[QUOTE_FEATURE.reporterCosine] = sa.around.length > 0 && sb.around.length > 0 ? quoteSimilarity(sa.around, sb.around, idf, areSynonyms).cosine : 0;
  const aInB = counterpartFlags(a.words, b.words);
  const bInA = counterpartFlags(b.words, a.words);
  out[QUOTE_FEATURE.matchReach] = matchReach(aInB, bInA);
  out[QUOTE_FEATURE.namesConflict] = sa.names.size > 0 && sb.names.size > 0 && shared === 0 ? 1 : 0;
  out[QUOTE_FEATURE.phrasedShare] = Math.max(phrasedShare(a.words, b.words, aInB), phrasedShare(b.words, a.words, bInA));
  out[QUOTE_FEATURE.bestForHere] = 0;
  out[QUOTE_FEATURE.bestForThere] = 0;
  return out;
}
