/**
 * The same utterance quoted in several sources, however translated or trimmed. Quotes (direct,
 * partial and headline; scare quotes and titles are no utterances) of different sources reporting
 * one event (peers) are compared when they share a content word, and linked when
 *
 * - their speakers are compatible: the same entity key, or one of them unknown (no speaker, or a
 *   body only described: "a government spokesman"), or one an
 *   organisation or a place (a ministry, "a spokesman's office", "Moscow") and the other a
 *   person — reported as drift;
 *   two different named people are linked only when the words are nearly identical (cosine at
 *   least `SAME_WORDS`), and the drift says so; and
 * - their words match: BM25 cosine at least `MIN_COSINE` with the ideas in roughly the same order
 *   (`MIN_ORDER_OF_IDEAS`: a translation keeps the order of what was said, a look-alike remark
 *   reuses its key words in another sentence), or, for trimmed quotes, the shorter quote's words
 *   mostly found in order in the longer (`MIN_ORDERED`) with most of its content weight
 *   (`MIN_CONTAINED`), or the three together (`MIN_COMBINED`), or — for a part of a remark quoted
 *   with its clauses in another order — nearly all of a shorter quote's content words
 *   (`ALL_CONTAINED`, at least `MIN_REORDERED_CONTENT` of them) credited to the same speaker.
 *
 * Look-alikes — the same speaker on the same topic saying something else — share topic words but
 * neither enough weight nor word order, and stay apart; near-identical wordings that say opposite
 * things (a road "cut off", then "reopened", the water "still rising", then "going down") are
 * kept apart by {@link contradicts}, and so are a state that "still" holds and one that "no
 * longer" does (rescuers still hearing voices, then no longer: see reversesContinuation.ts), and
 * two quotes whose paragraphs place them on different occasions (two days of the week, before and
 * after the match, morning and evening, local radio and a press conference: quoteOccasion.ts): a
 * running story quotes one official saying much the same thing day after day, and two quotes
 * giving figures with none in common ("we have cleared 80 percent" / "40 percent"). Figures are
 * read as values however written ("Eighty percent", "80%", "eight in ten": see quoteNumbers.ts),
 * and words are compared through a lexicon of how reported speech is reworded
 * (speechParaphrases.ts). Between two quotes credited to one named speaker, WordNet synonyms
 * count too, for less than the same word (wordnetSynonyms.ts: "catastrophe" / "tragedy",
 * "ready" / "prepared"): two translations of one remark pick different words of one meaning. A
 * quote credited to nobody, or to another person, is not linked through synonyms: alone they
 * could join any two remarks on one topic. Groups grow from the strongest links down, and only when
 * every two sources they join by full quotes are linked directly (see {@link mayMerge}), so that no
 * chain of looser links joins two different statements, and two full quotes of one article share
 * a group only when they are linked to each other or are two parts of a remark another outlet
 * quotes whole (see {@link sourcesAgree}); fragments and partial quotes join a group without
 * holding it apart. Last, a quote an article repeats (its headline's or lead's words of a
 * body remark) joins the group of the remark it repeats, or brings that remark into its own (see
 * quoteEchoes.ts).
 *
 * Two outlets translating a foreign speaker each in their own words ("We will not gamble with
 * people's lives" / "We will not take chances with anyone's life") often share too few words for
 * these tests. A learned matcher (quoteMatcher.ts, features in quotePairFeatures.ts) has the last
 * word on the candidate pairs the tests leave apart between two quotes credited to one named
 * speaker, their vetoes holding (two statements, ideas in another order): it links a pair whose
 * probability reaches its threshold when each quote is the other's likeliest counterpart in its
 * report, and such a link joins two groups only when every two sources across them hold a linked
 * pair or one the matcher finds more likely than not ({@link PLAUSIBLE}).
 */
import type { QuoteGroup } from '../types';
import { type CompareContext, joinNames } from './compareContext';
import { joinAcronyms } from './acronymWords';
import { joinCompounds } from './compoundWords';
import { diffWords } from './diffWords';
import { excerpt } from './findVariants';
import { findEchoes } from './quoteEchoes';
import { namesSpeaker, quoteIdf, quoteItemsOf, sameName, type QuoteItem } from './quoteItems';
import { quoteSimilarity, type QuoteSimilarity } from './quoteSimilarity';
import type { Word } from './readWords';
import { matchDifferentParts } from './splitRemarks';
import { twoStatements } from './twoStatements';
import { areSynonyms, synsetsOf } from './wordnetSynonyms';
import { QUOTE_FEATURE, QUOTE_MATCHER, QUOTE_PAIR_FEATURES, type QuoteMatcher, sameUtteranceProbability } from './quoteMatcher';
import { quotePairFeatures, quoteSettings } from './quotePairFeatures';

/** Least BM25 cosine of two quotes whose ideas also come in roughly the same order. */
const MIN_COSINE = 0.45;
/** Least share of the shorter quote's words found in order in the longer one. */
const MIN_ORDERED = 0.75;
/** Least share of the shorter quote's content weight the longer one holds, with MIN_ORDERED. */
const MIN_CONTAINED = 0.6;
/**
 * Combined evidence (cosine plus ordered times contained) that links two quotes each measure
 * alone leaves just short: same utterances on the fixture sets score 0.77 to 1.4 on it,
 * look-alikes at most 0.85.
 */
export const MIN_COMBINED = 0.95;
/**
 * Word order (longest common subsequence over the shorter quote) a match by cosine alone needs:
 * translations of one remark scored 0.57 to 1 on the fixture sets, a look-alike remark of the same
 * speaker sharing its key words ("leave early", "saves lives") 0.2.
 */
export const MIN_ORDER_OF_IDEAS = 0.35;
/** Share of a shorter quote's content weight that, with the same speaker, makes it part of the longer. */
export const ALL_CONTAINED = 0.9;
/** Content words a shorter quote needs before {@link ALL_CONTAINED} alone may link it. */
const MIN_REORDERED_CONTENT = 3;
/** Cosine from which two quotes are the same words even when credited to different people. */
export const SAME_WORDS = 0.8;
/** A quote with fewer content words is a fragment ("clear", "killed us"): see {@link sameWords}. */
const FRAGMENT_CONTENT = 2;
/** Content stems shared by more quotes than this are not used to find candidates. */
const POSTING_CAP = 200;

/**
 * Speaker types that speak through people: an organisation ("the ministry said") or a place
 * standing for its authorities ("Moscow said", "South Kivu's governor's office").
 */
const INSTITUTIONS = new Set(['ORG', 'PLACE']);

/**
 * Whether two speakers may have said one utterance: the same entity key, or names sharing a word
 * under spelling folding (entity keys may not be linked across sources yet), or one of them unknown
 * (see {@link namesSpeaker}), an organisation or a place; otherwise only nearly identical words.
 */
function speakersCompatible(a: QuoteItem, b: QuoteItem, cosine: number): boolean {
  if (!namesSpeaker(a) || !namesSpeaker(b) || sameName(a, b)) return true;
  if (INSTITUTIONS.has(a.speakerType ?? '') || INSTITUTIONS.has(b.speakerType ?? '')) return true;
  return cosine >= SAME_WORDS;
}

/** True when one quote's words run, in order and without a gap, inside the other's. */
function runsInside(short: Word[], long: Word[]): boolean {
  return ` ${long.map((w) => w.spelling).join(' ')} `.includes(` ${short.map((w) => w.spelling).join(' ')} `);
}

/**
 * Whether two quotes give the same words (see the file comment). A fragment of one content word
 * ("clear", "killed us") matches only when it runs verbatim inside the other quote and both are
 * credited to a named speaker, the same by name: alone, one word could come from anywhere.
 */
function sameWords(a: QuoteItem, b: QuoteItem, likeness: PairLikeness): boolean {
  const [short, long] = a.words.length <= b.words.length ? [a, b] : [b, a];
  if (short.words.filter((w) => w.content).length < FRAGMENT_CONTENT) {
    return runsInside(short.words, long.words) && short.quote.speaker !== null && long.quote.speaker !== null && sameName(a, b);
  }
  if (wordsMatch(a, b, likeness.plain)) return true;
  // Synonyms count only between two quotes credited to one named speaker (see the file comment).
  return sameName(a, b) && wordsMatch(a, b, likeness.near());
}

/** Whether the similarity of two quotes (not fragments) passes one of the tests of the file comment. */
function wordsMatch(a: QuoteItem, b: QuoteItem, sim: QuoteSimilarity): boolean {
  const short = a.words.length <= b.words.length ? a : b;
  const reorderedPart =
    sim.contained >= ALL_CONTAINED && short.words.filter((w) => w.content).length >= MIN_REORDERED_CONTENT && sameName(a, b);
  return (
    (sim.cosine >= MIN_COSINE && sim.ordered >= MIN_ORDER_OF_IDEAS) ||
    (sim.ordered >= MIN_ORDERED && sim.contained >= MIN_CONTAINED) ||
    sim.cosine + sim.ordered * sim.contained >= MIN_COMBINED ||
    reorderedPart
  );
}

/** Notes on how the members of a group differ from its longest member. */
function driftNotes(ctx: CompareContext, items: QuoteItem[]): string[] {
  const reference = items.reduce((best, item) => (item.words.length > best.words.length ? item : best));
  const refName = ctx.names[reference.source];
  const notes: string[] = [];
  for (const item of items) {
    if (item === reference || item.source === reference.source) continue;
    const name = ctx.names[item.source];
    const text = ctx.sources[item.source].analysis.text;
    const refText = ctx.sources[reference.source].analysis.text;
    if ((item.quote.speaker ?? '') !== (reference.quote.speaker ?? '')) {
      const who = (q: QuoteItem): string => q.quote.speaker ?? 'nobody named';
      notes.push(`Credited to ${who(reference)} in ${refName} and to ${who(item)} in ${name}.`);
    }
    if (item.quote.cue && reference.quote.cue && item.quote.cue.toLowerCase() !== reference.quote.cue.toLowerCase()) {
      notes.push(`“${reference.quote.cue}” in ${refName}, “${item.quote.cue}” in ${name}.`);
    }
    const diffs = diffWords(reference.words, item.words).filter((d) => d.type === 'substantive');
    if (item.words.length < 0.7 * reference.words.length) {
      notes.push(`${name} quotes ${item.words.length} of the ${reference.words.length} words ${refName} quotes.`);
      continue;
    }
    const changes = diffs.slice(0, 3).map((d) => {
      const was = refText.slice(d.a.start, d.a.end);
      const now = text.slice(d.b.start, d.b.end);
      if (!now) return `cuts “${excerpt(was, 40)}”`;
      if (!was) return `adds “${excerpt(now, 40)}”`;
      return `has “${excerpt(now, 40)}” for “${excerpt(was, 40)}”`;
    });
    if (changes.length > 0) notes.push(`Against ${refName}, ${name} ${joinNames(changes)}${diffs.length > 3 ? ' and more' : ''}.`);
  }
  return notes;
}

/**
 * The matcher's probability from which two quotes are plausibly one utterance: more likely than
 * not. Two groups the matcher's link would join merge only when every two sources across them hold
 * such a pair: three outlets' translations of one remark are each alike to the others, if less
 * alike than the best-matching two.
 */
const PLAUSIBLE = 0.5;

/** Quotes of fewer words are fragments: they may join one group, never bridge two. */
const FRAGMENT_WORDS = 6;

/**
 * True for a full quote: a remark quoted whole enough to stand for it. A fragment ("a fair deal")
 * and a partial quote (a clause of the remark run into the reporter's sentence: "said the time
 * for looking for culprits would come later") are pieces of a remark, which another translation
 * may word too differently to link them directly.
 */
function isFull(item: QuoteItem): boolean {
  return item.words.length >= FRAGMENT_WORDS && item.quote.kind !== 'partial';
}

/**
 * Whether two groups may become one: their full quotes must include two of different sources, and
 * for every two sources across them, some quote of one must be linked to some quote of the other
 * (a linkage per source pair: one source may print as two quotes what another prints as one), and
 * a piece of a remark (see {@link isFull}) may only join, not bring along, a group: a phrase a
 * speaker repeats must not weld two of their statements together.
 */
function mayMerge(items: QuoteItem[], ga: number[], gb: number[], isLinked: (x: number, y: number) => boolean): boolean {
  const full = (g: number[]): number[] => g.filter((i) => isFull(items[i]));
  const fa = full(ga);
  const fb = full(gb);
  if (fa.length > 0 && fb.length > 0) {
    // For every two sources across the groups, some quote of one must be linked to some of the other.
    let crossing = false;
    for (const sa of new Set(fa.map((i) => items[i].source))) {
      for (const sb of new Set(fb.map((i) => items[i].source))) {
        if (sa === sb) continue;
        crossing = true;
        const fromA = fa.filter((i) => items[i].source === sa);
        const fromB = fb.filter((i) => items[i].source === sb);
        if (!fromA.some((x) => fromB.some((y) => isLinked(x, y)))) return false;
      }
    }
    return crossing;
  }
  // One side holds only fragments: they join when each of them is linked to a quote of the other side.
  const [fragments, other] = fa.length === 0 ? [ga, gb] : [gb, ga];
  return fragments.every((x) => other.some((y) => isLinked(x, y)));
}

/**
 * Whether the full quotes one source has on each side of two groups may share the merged group:
 * two full quotes of one article are one remark only when they are linked to each other (the
 * article repeats the remark: `linkedInSource`) or when they match different parts of another
 * outlet's full quote in the merged group (the article splits the remark in two, see
 * splitRemarks.ts). Otherwise they are two remarks of one speaker on one topic, each alike enough
 * to a third outlet's quote to be linked to it, and at most one of them is that quote.
 */
function sourcesAgree(items: QuoteItem[], ga: number[], gb: number[], linkedInSource: (x: number, y: number) => boolean): boolean {
  const fullB = gb.filter((i) => isFull(items[i]));
  for (const x of ga) {
    if (!isFull(items[x])) continue;
    for (const y of fullB) {
      if (items[x].source !== items[y].source || linkedInSource(x, y)) continue;
      const wholes = [...ga, ...gb].filter((z) => items[z].source !== items[x].source && isFull(items[z]));
      if (!wholes.some((z) => matchDifferentParts(items[x].words, items[y].words, items[z].words))) return false;
    }
  }
  return true;
}

/**
 * Joins each quote an article repeats (a headline's or lead's words of a body quote: see
 * quoteEchoes.ts) to the group of the remark it repeats, when one of the two has found no other
 * source yet: the echo stands for its remark, and a remark another outlet worded beyond reach
 * may be linked through its echo. Two groups that each hold other sources are left as they are.
 * A quote credited to a body the text only describes counts as credited to nobody, as when
 * quotes of different sources are compared (see {@link namesSpeaker}).
 */
function joinEchoes(items: QuoteItem[], groupOf: number[][]): void {
  const echoes = findEchoes(
    items.map((item) => ({ source: item.source, words: item.words, hasSpeaker: namesSpeaker(item) })),
    (i, j) => !namesSpeaker(items[i]) || !namesSpeaker(items[j]) || sameName(items[i], items[j]),
  );
  const alone = (group: number[], source: number): boolean => group.every((i) => items[i].source === source);
  for (const [echo, host] of echoes) {
    const ge = groupOf[echo];
    const gh = groupOf[host];
    if (ge === gh || !(alone(ge, items[echo].source) || alone(gh, items[host].source))) continue;
    const merged = [...ge, ...gh];
    for (const i of merged) groupOf[i] = merged;
  }
}

/** A word of a quote as written (its words' offsets are into the source's text). */
function writtenIn(item: QuoteItem): (w: Word) => string {
  return (w) => item.quote.text.slice(w.start - item.quote.start, w.end - item.quote.start);
}

/**
 * Two quotes with the compounds one writes open and the other solid read as one word on both
 * sides ("coast guard" / "coastguard": see compoundWords.ts), and the names one writes whole and
 * the other by their initials read as the acronym ("the World Trade Organization" / "the WTO":
 * see acronymWords.ts).
 */
function withJoinedSpellings(a: QuoteItem, b: QuoteItem): [QuoteItem, QuoteItem] {
  const [solidA, solidB] = joinCompounds(a.words, b.words);
  const [wordsA, wordsB] = joinAcronyms(solidA, writtenIn(a), solidB, writtenIn(b));
  return [wordsA === a.words ? a : { ...a, words: wordsA }, wordsB === b.words ? b : { ...b, words: wordsB }];
}

/**
 * The strength of the link between two quotes (cosine plus ordered times contained), or null when
 * they are not one utterance: their words do not match ({@link sameWords}), their speakers cannot
 * both have said it ({@link speakersCompatible}), or they are two statements ({@link twoStatements}).
 */
function linkStrength(quoteA: QuoteItem, quoteB: QuoteItem, idf: (stem: string) => number): number | null {
  return strengthOf(pairLikeness(quoteA, quoteB, idf));
}

/**
 * Two quotes read for comparison once ({@link withJoinedSpellings}), with what the tests and the
 * learned matcher's features ask of them computed at most once per pair: the plain similarity, and
 * on first request the similarity with synonyms and whether they are two statements.
 */
interface PairLikeness {
  a: QuoteItem;
  b: QuoteItem;
  plain: QuoteSimilarity;
  near: () => QuoteSimilarity;
  twoStatements: () => boolean;
}

/** The {@link PairLikeness} of two quotes under the weighing `idf`. */
function pairLikeness(quoteA: QuoteItem, quoteB: QuoteItem, idf: (stem: string) => number): PairLikeness {
  const [a, b] = withJoinedSpellings(quoteA, quoteB);
  let near: QuoteSimilarity | undefined;
  let two: boolean | undefined;
  return {
    a,
    b,
    plain: quoteSimilarity(a.words, b.words, idf),
    near: () => (near ??= quoteSimilarity(a.words, b.words, idf, areSynonyms)),
    twoStatements: () => (two ??= twoStatements(a, b)),
  };
}

/** {@link linkStrength} of a pair already read. */
function strengthOf(likeness: PairLikeness): number | null {
  const { a, b, plain } = likeness;
  if (!sameWords(a, b, likeness) || !speakersCompatible(a, b, plain.cosine) || likeness.twoStatements()) return null;
  return plain.cosine + plain.ordered * plain.contained;
}

/** A link between two quotes (indexes into the comparison's quote items) and its strength. */
interface Link {
  a: number;
  b: number;
  strength: number;
  /** True for a link the learned matcher makes where the hand-written tests leave the two apart. */
  rescued?: boolean;
}

/**
 * A candidate pair of quotes (indexes into the comparison's quote items) that the hand-written
 * tests leave apart and the learned matcher weighs: both credited to one named speaker.
 */
export interface QuotePair {
  a: number;
  b: number;
  /** Its features (see quotePairFeatures.ts), the best-counterpart flags included. */
  features: Float64Array;
}

/** A comparison's candidate pairs of quotes: the hand-written tests' links, and the pairs left to the matcher. */
export interface QuotePairs {
  /** The pairs the tests link, strongest first. */
  linked: Link[];
  /** The pairs they leave apart that are credited to one named speaker, with their features. */
  open: QuotePair[];
}

/**
 * The pairs of quotes of different sources reporting one event that are compared: those sharing a
 * content word (a sense), and a quote credited to someone also through its words' WordNet
 * synsets. Stems shared by more than {@link POSTING_CAP} quotes find no candidates. Keys are
 * `a * items.length + b` with a < b.
 */
function candidatePairs(ctx: CompareContext, items: QuoteItem[]): Set<number> {
  const postings = new Map<string, number[]>();
  items.forEach((item, i) => {
    // A quote credited to someone is also found through its words' synsets (see the file comment).
    const content = item.words.filter((w) => w.content);
    const keys = item.quote.speaker === null ? content.map((w) => w.sense) : content.flatMap((w) => [w.sense, ...synsetsOf(w).map((s) => `#${s}`)]);
    for (const sense of new Set(keys)) {
      const list = postings.get(sense);
      if (list) list.push(i);
      else postings.set(sense, [i]);
    }
  });
  const candidates = new Set<number>();
  for (const list of postings.values()) {
    if (list.length > POSTING_CAP) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const sx = items[list[x]].source;
        const sy = items[list[y]].source;
        // Only reports of one event quote one utterance: other stories' quotes are never candidates.
        if (sx !== sy && ctx.peers[sx].has(sy)) candidates.add(list[x] * items.length + list[y]);
      }
    }
  }
  return candidates;
}

/**
 * Every candidate pair of a comparison's quotes (see {@link candidatePairs}) that the hand-written
 * tests link, with its strength, and, with `weigh`, those they leave apart between two quotes
 * credited to one named speaker, with the learned matcher's features: read for the matcher and
 * for its training. The tests' vetoes hold for the matcher too: it never weighs two statements
 * ({@link twoStatements}: opposite meanings, other occasions, other figures) nor two quotes whose
 * ideas, synonyms counted, come in another order ({@link MIN_ORDER_OF_IDEAS}: a look-alike remark
 * reuses its key words in another sentence).
 */
export function quotePairsOf(ctx: CompareContext, weigh = true): QuotePairs {
  const items = quoteItemsOf(ctx);
  const idf = quoteIdf(ctx);
  const settings = weigh ? quoteSettings(ctx, items) : [];
  const linked: Link[] = [];
  const open: QuotePair[] = [];
  const nearStrength: number[] = [];
  for (const key of candidatePairs(ctx, items)) {
    const a = Math.floor(key / items.length);
    const b = key % items.length;
    const likeness = pairLikeness(items[a], items[b], idf);
    const strength = strengthOf(likeness);
    if (strength !== null) {
      linked.push({ a, b, strength });
      continue;
    }
    if (!weigh || !namesSpeaker(items[a]) || !namesSpeaker(items[b]) || !sameName(items[a], items[b])) continue;
    const { a: x, b: y, plain } = likeness;
    const near = likeness.near();
    // The tests' vetoes hold: two statements whatever the words, or ideas in another order.
    if (near.ordered < MIN_ORDER_OF_IDEAS || likeness.twoStatements()) continue;
    open.push({ a, b, features: quotePairFeatures(ctx, x, y, settings[a], settings[b], plain, near, idf, new Float64Array(QUOTE_PAIR_FEATURES.length)) });
    nearStrength.push(near.cosine + near.ordered * near.contained);
  }
  linked.sort((x, y) => y.strength - x.strength);
  // Whether each quote is, of the other's report, the one its likeness is highest with.
  const best = new Map<number, number>();
  const bestKey = (i: number, source: number): number => i * ctx.sources.length + source;
  const raise = (i: number, source: number, s: number): void => {
    if (s > (best.get(bestKey(i, source)) ?? 0)) best.set(bestKey(i, source), s);
  };
  open.forEach((p, k) => {
    raise(p.a, items[p.b].source, nearStrength[k]);
    raise(p.b, items[p.a].source, nearStrength[k]);
  });
  open.forEach((p, k) => {
    p.features[QUOTE_FEATURE.bestForHere] = nearStrength[k] > 0 && nearStrength[k] >= best.get(bestKey(p.a, items[p.b].source))! ? 1 : 0;
    p.features[QUOTE_FEATURE.bestForThere] = nearStrength[k] > 0 && nearStrength[k] >= best.get(bestKey(p.b, items[p.a].source))! ? 1 : 0;
  });
  return { linked, open };
}

/**
 * The links to grow groups from, strongest first, and the pairs plausibly one utterance: two
 * groups a rescued link would join may merge only when every two sources across them hold a
 * linked or plausible pair (see {@link mayMerge}).
 */
interface Links {
  links: Link[];
  plausible: Link[];
}

/**
 * The hand-written tests' links, then the pairs they leave apart that the learned matcher links:
 * its probability reaches the matcher's threshold and each quote is the other's likeliest
 * counterpart in its report, a quote the tests link counting as certain (mutual best: looser
 * evidence does not link one quote to several remarks of one report). The tests' links come
 * first, from the strongest down, then the matcher's, from the likeliest down.
 */
function learnedLinks(ctx: CompareContext, items: QuoteItem[], matcher: QuoteMatcher | null): Links {
  const { linked, open } = quotePairsOf(ctx, matcher !== null);
  if (!matcher) return { links: linked, plausible: [] };
  const probability = open.map((p) => sameUtteranceProbability(matcher, p.features));
  const best = new Map<number, number>();
  const bestKey = (i: number, source: number): number => i * ctx.sources.length + source;
  const raise = (a: number, b: number, p: number): void => {
    for (const [i, other] of [[a, b], [b, a]]) {
      const key = bestKey(i, items[other].source);
      if (p > (best.get(key) ?? 0)) best.set(key, p);
    }
  };
  for (const link of linked) raise(link.a, link.b, 1);
  open.forEach((p, k) => raise(p.a, p.b, probability[k]));
  const rescued: Link[] = [];
  const plausible: Link[] = [];
  open.forEach((p, k) => {
    if (probability[k] >= PLAUSIBLE) plausible.push({ a: p.a, b: p.b, strength: probability[k] });
    const mutual = probability[k] >= best.get(bestKey(p.a, items[p.b].source))! && probability[k] >= best.get(bestKey(p.b, items[p.a].source))!;
    if (probability[k] >= matcher.threshold && mutual) rescued.push({ a: p.a, b: p.b, strength: probability[k], rescued: true });
  });
  rescued.sort((x, y) => y.strength - x.strength);
  return { links: [...linked, ...rescued], plausible };
}

/**
 * Groups the quotes of the set that are the same utterance in different sources, linked by the
 * learned `matcher` (see quoteMatcher.ts), or by the hand-written tests alone when it is null.
 */
export function groupQuotes(ctx: CompareContext, matcher: QuoteMatcher | null = QUOTE_MATCHER): QuoteGroup[] {
  const items = quoteItemsOf(ctx);
  const idf = quoteIdf(ctx);
  const { links, plausible } = learnedLinks(ctx, items, matcher);
  const keyOf = (x: number, y: number): number => Math.min(x, y) * items.length + Math.max(x, y);
  const linked = new Set<number>(links.filter((link) => !link.rescued).map(({ a, b }) => keyOf(a, b)));
  const maybe = new Set<number>(plausible.map(({ a, b }) => keyOf(a, b)));
  const isLinked = (x: number, y: number): boolean => linked.has(keyOf(x, y));
  const isPlausible = (x: number, y: number): boolean => linked.has(keyOf(x, y)) || maybe.has(keyOf(x, y));
  const linkedInSource = (x: number, y: number): boolean => linkStrength(items[x], items[y], idf) !== null;
  const groupOf = items.map((_, i) => [i]);
  for (const { a, b, rescued } of links) {
    const ga = groupOf[a];
    const gb = groupOf[b];
    if (ga === gb || !mayMerge(items, ga, gb, rescued ? isPlausible : isLinked) || !sourcesAgree(items, ga, gb, linkedInSource)) continue;
    const merged = [...ga, ...gb];
    for (const i of merged) groupOf[i] = merged;
  }
  joinEchoes(items, groupOf);
  const byRoot = new Map<number[], QuoteItem[]>();
  for (const group of new Set(groupOf)) byRoot.set(group, group.map((i) => items[i]));
  const groups: QuoteGroup[] = [];
  for (const members of byRoot.values()) {
    if (new Set(members.map((m) => m.source)).size < 2) continue;
    members.sort((x, y) => x.source - y.source || x.quote.start - y.quote.start);
    groups.push({
      kind: 'quote',
      members: members.map((m) => ({
        source: ctx.sources[m.source].id,
        start: m.quote.start,
        end: m.quote.end,
        text: m.quote.text,
        speaker: m.quote.speaker,
        cue: m.quote.cue,
      })),
      drift: driftNotes(ctx, members),
    });
  }
  return groups;
}
