/**
 * Singular readings: what only one source reports. Two cases, both judged against the source's
 * peers (the other sources about the same event):
 *
 * - a unit (sentence or clause) with no counterpart in any peer. Counterparts are the units aligned
 *   with it, the neighbouring sentences of a peer that together cover most of its words (facts move
 *   between sentences: {@link findCoveringPassages}), the units where a peer gives one of its
 *   figures differently (the numeric finding says so; the figure is covered too) and those where a
 *   peer gives one of its figures in other units or digits ({@link findRestatedFigures});
 * - inside an aligned unit, a run of words the counterparts do not have and whose content words are
 *   mostly absent from the peers altogether ("… without the involvement of Western nations"), words
 *   matched by sense (a light synonym lexicon, number words, currency names). A counterpart also
 *   has a word it says in other words ("rescue teams" / "rescuers", "carry on" / "continue": the
 *   paraphrase lexicon, {@link senseWords}) unless a new word modifies it ("Western nations" are
 *   not "regional countries"); whether the peers use a word at all is judged by its own sense
 *   only, so the lexicon's wider classes never make a new word known. A figure no peer
 *   gives is new with its scale and unit ("600 million crowns"). Words
 *   the counterparts share, function words and short gaps of one or two shared words do not break a
 *   run; a run needs at least `MIN_RUN_CONTENT` content words and `MIN_NOVELTY` of its IDF weight in
 *   words no peer uses. When the counterparts lack most of the unit, each clause holding a run is
 *   flagged whole (a clause they do report is left alone).
 *
 * Units in bylines, credits and datelines, and units of fewer than `MIN_UNIT_CONTENT` content words
 * are never flagged; headlines, standfirsts and crossheads without a counterpart only when most of
 * their words are new to the peers; nor are quotes another source also quotes (they are the same
 * utterance, however translated), nor quotes of a speaker another source quotes saying much the
 * same, though in words too far apart to link them as one utterance (quotesReportedElsewhere.ts),
 * nor the reporting words such a quote leaves alone ("he said, speaking in French"), nor words
 * inside quotation marks in a sentence other sources report (a quote there is most likely the same
 * remark in another translation). Adjacent flagged spans separated only by spaces or punctuation
 * are merged.
 */
import type { Finding, Span } from '../types';
import { countBefore } from '../speakers/readingContext';
import { idfOf, sourceIndexes, type CompareContext, joinNames } from './compareContext';
import { diffWords } from './diffWords';
import { findCoveringPassages } from './findCoveringPassages';
import { findRestatedFigures } from './findRestatedFigures';
import { quotesReportedElsewhere } from './quotesReportedElsewhere';
import { makeFinding } from './makeFinding';
import { readWords, type Word } from './readWords';
import { senseNumbers, SenseSet } from './senseNumbers';
import { senseWords } from './senseWords';
import type { TextUnit } from './splitIntoUnits';
import { scaleWord } from '../values/numberWords';
import { UNIT_WORDS } from '../values/units';
import { uniqueUnitFeatures } from './uniqueUnitFeatures';
import { UNIQUE_UNIT_MODEL, uniqueProbability, type UniqueUnitModel } from './uniqueUnitModel';

const MIN_UNIT_CONTENT = 3;
const MIN_RUN_CONTENT = 3;
const MIN_NOVELTY = 0.5;
/** Share of a unit's content weight its counterparts lack from which each clause holding an added run is flagged whole. */
const WHOLE_UNIT = 0.8;
/** Covered words a run may bridge. */
const BRIDGE = 2;

/**
 * The content senses of the peers of the source being judged, and those of the counterparts of the
 * unit being judged: two sets emptied and filled again for each source and each unit.
 */
const PEER_SENSES = new SenseSet();
const COUNTERPART_SENSES = new SenseSet();

const SKIPPED_BLOCKS = new Set(['byline', 'credit', 'dateline']);
/** Blocks that sum up the article in few words: they rarely align, and are judged by their words. */
const SUMMARY_BLOCKS = new Set(['headline', 'standfirst', 'crosshead']);

/**
 * True when most of a unit's content weight is in words no peer uses. A headline ("Storm kills at
 * least 12 in northern Vietnam") is too short to align with another outlet's lede, but its words
 * tell whether its story is told elsewhere.
 */
function isNovel(ctx: CompareContext, unit: TextUnit, peerSenses: SenseSet): boolean {
  const senses = senseNumbers(ctx);
  let total = 0;
  let fresh = 0;
  unit.words.forEach((w, k) => {
    if (!w.content) return;
    total += idfOf(ctx, w.stem);
    if (!peerSenses.has(senses.ofWord(unit.id, k))) fresh += idfOf(ctx, w.stem);
  });
  return total > 0 && fresh / total >= MIN_NOVELTY;
}

/** True for a word that scales or measures a number ("million", "bn", "crowns", "tonnes", "per cent"). */
function isScaleOrUnit(word: Word): boolean {
  return scaleWord(word.folded) !== undefined || word.sense === '~currency' || word.folded in UNIT_WORDS;
}

/**
 * Spans of `unit` that its aligned counterparts lack and no peer reports anywhere. A run grows
 * from novel words (content words neither the counterparts nor any peer use), bridging at most
 * `BRIDGE` content words the peers do use, then widens over neighbouring function words and
 * words the counterparts lack ("since the October 7 attack by … Hamas on Israel").
 */
function addedRuns(ctx: CompareContext, unit: TextUnit, counterparts: TextUnit[], peerSenses: SenseSet, quotes: Span[], reported: Span[], singular: boolean): Span[] {
  const words = unit.words;
  const senses = senseNumbers(ctx);
  const senseOf = (i: number): number => senses.ofWord(unit.id, i);
  // A figure other sources give differently (the numeric finding says so) or in other words is
  // reported there.
  // Only spans reaching into the unit can hold one of its words: the source's other quotes are
  // never looked at word by word.
  const unitReported = spansInside(reported, unit);
  const given = (w: Span): boolean => unitReported.some((f) => f.start <= w.start && w.end <= f.end);
  // Filled word by word: a unit of a large story has many counterparts, and arrays of their words
  // made only to be read into the set were a tenth of a large comparison's time.
  const counterpartSenses = COUNTERPART_SENSES;
  counterpartSenses.clear();
  for (const c of counterparts) {
    for (let k = 0; k < c.words.length; k++) counterpartSenses.add(senses.ofWord(c.id, k));
    const reworded = senses.rewordedOf(c);
    if (reworded) for (const sense of reworded) counterpartSenses.add(sense);
  }
  const unitQuotes = spansInside(quotes, unit);
  const quoted = (w: Span): boolean => unitQuotes.some((q) => q.start <= w.start && w.end <= q.end);
  const covered = words.map((w, i) => !w.content || counterpartSenses.has(senseOf(i)) || quoted(w) || given(w));
  // The counterparts also have what they say in other words ("rescue teams" / "rescuers", "will
  // continue" / "will carry on"): a phrase of the paraphrase lexicon covers each of its words,
  // unless a new word stands right before it. A new modifier makes a new referent: "Western
  // nations" are not the "regional countries" of the counterpart.
  const reworded = senses.rewordedOf(unit);
  const echoed = senseWords(ctx, unit).filter((w, k) => w.content && counterpartSenses.has(reworded ? reworded[k] : senseOf(k)));
  const newBefore = (i: number): boolean => i > 0 && words[i - 1].content && !covered[i - 1] && !peerSenses.has(senseOf(i - 1));
  words.forEach((w, i) => {
    if (!covered[i] && !newBefore(i) && echoed.some((e) => e.start <= w.start && w.end <= e.end)) covered[i] = true;
  });
  // A counterpart's orthographic diffs only cover words: once every word is covered, the diffs
  // of the other counterparts (a table of word pairs each) can change nothing.
  for (const counterpart of counterparts) {
    if (!covered.includes(false)) break;
    for (const diff of diffWords(words, counterpart.words)) {
      if (diff.type !== 'orthographic') continue;
      // Words are in text order: walk only those starting within the diff.
      for (let i = countBefore(words, diff.a.start, (w) => w.start); i < words.length && words[i].start < diff.a.end; i++) {
        if (words[i].end <= diff.a.end) covered[i] = true;
      }
    }
  }
  // In a unit judged singular, words its counterparts lack are new, though a peer uses them elsewhere.
  const novel = words.map((w, i) => w.content && !covered[i] && (singular || !peerSenses.has(senseOf(i))));
  // A figure no peer gives is new with its scale and unit ("600 million crowns"), though the peers
  // use "million" and "crowns" for other figures.
  for (let i = 0; i + 1 < words.length; i++) {
    if (novel[i] && /^\d/.test(words[i].folded) && isScaleOrUnit(words[i + 1])) {
      covered[i + 1] = false;
      novel[i + 1] = true;
    }
  }
  const weightOf = (from: number, to: number, keep: (i: number) => boolean): number => {
    let sum = 0;
    for (let i = from; i <= to; i++) if (words[i].content && keep(i)) sum += idfOf(ctx, words[i].stem);
    return sum;
  };
  const total = weightOf(0, words.length - 1, () => true);
  const runs: Span[] = [];
  let i = 0;
  while (i < words.length) {
    if (!novel[i]) {
      i++;
      continue;
    }
    let last = i;
    let bridged = 0;
    for (let j = i + 1; j < words.length; j++) {
      if (novel[j]) {
        last = j;
        bridged = 0;
      } else if (words[j].content && ++bridged > BRIDGE) break;
    }
    let first = i;
    while (first > 0 && !(words[first - 1].content && covered[first - 1])) first--;
    while (last + 1 < words.length && !(words[last + 1].content && covered[last + 1])) last++;
    const uncovered = weightOf(first, last, (k) => !covered[k]);
    const fresh = weightOf(first, last, (k) => novel[k]);
    const count = words.slice(first, last + 1).filter((w, k) => w.content && !covered[first + k]).length;
    if (count >= MIN_RUN_CONTENT && uncovered > 0 && fresh / uncovered >= MIN_NOVELTY) {
      runs.push({ start: words[first].start, end: words[last].end });
    }
    i = last + 1;
  }
  // A unit whose counterparts cover little of it is mostly new: flag its new clauses whole, not in pieces.
  const uncoveredShare = total > 0 ? weightOf(0, words.length - 1, (k) => !covered[k]) / total : 0;
  const text = ctx.sources[unit.source].analysis.text;
  // The new clauses of a unit judged singular are flagged without their quotes: a quote in a
  // sentence other sources report is most likely the same remark in another translation.
  if (runs.length > 0 && singular) return clausesHolding(text, unit, runs).flatMap((clause) => subtractSpans(clause, unitQuotes));
  if (runs.length > 0 && uncoveredShare >= WHOLE_UNIT) return clausesHolding(text, unit, runs);
  return runs;
}

/** The spans of `spans` overlapping the words of `unit` (the only ones that may hold one of them). */
function spansInside(spans: Span[], unit: TextUnit): Span[] {
  const words = unit.words;
  if (words.length === 0) return [];
  const start = words[0].start;
  const end = words[words.length - 1].end;
  return spans.filter((s) => s.start < end && s.end > start);
}

/** Punctuation that closes a clause: a comma, semicolon, colon or dash followed by a space, or a bracket. */
const CLAUSE_END = /[,;:\u2013\u2014](?=\s)|[()]/g;

/**
 * The clauses of `unit` that hold one of `runs`, each whole: a sentence whose counterparts lack
 * most of it is new clause by clause ("Crews were called at 2am, and the blaze gutted a warehouse
 * that had stood empty for years": the call is reported elsewhere, the warehouse is not).
 */
function clausesHolding(text: string, unit: TextUnit, runs: Span[]): Span[] {
  const bounds = [unit.start];
  const inner = text.slice(unit.start, unit.end);
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(inner); m; m = CLAUSE_END.exec(inner)) bounds.push(unit.start + m.index + 1);
  bounds.push(unit.end);
  const clauses: Span[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const clause = { start: bounds[k], end: bounds[k + 1] };
    if (runs.some((r) => r.start < clause.end && r.end > clause.start)) clauses.push(clause);
  }
  return clauses;
}

/**
 * The peer units that give a figure of `unit` differently: a numeric finding says that they
 * report the same fact ("The shares closed 7.2 per cent lower" / "shares were down 9.6%"), so
 * its sentence is no singular reading, only its figure is.
 */
function numericCounterparts(ctx: CompareContext, unit: TextUnit, numeric: Finding[]): TextUnit[] {
  const found: TextUnit[] = [];
  const indexOf = sourceIndexes(ctx);
  for (const finding of numeric) {
    if (finding.start < unit.start || finding.end > unit.end) continue;
    for (const ref of finding.related) {
      const source = indexOf.get(ref.source) ?? -1;
      const there = ctx.unitsBySource[source]?.find((u) => u.start <= ref.start && ref.start < u.end);
      if (there) found.push(there);
    }
  }
  return found;
}

/** Removes the protected spans (shared quotes) from a span, giving what is left of it. */
function subtractSpans(span: Span, protectedSpans: Span[]): Span[] {
  let pieces: Span[] = [span];
  for (const p of protectedSpans) {
    pieces = pieces.flatMap((s) => {
      if (p.end <= s.start || p.start >= s.end) return [s];
      return [
        { start: s.start, end: Math.max(s.start, p.start) },
        { start: Math.min(s.end, p.end), end: s.end },
      ];
    });
  }
  return pieces;
}

/**
 * What is left of a span once the quotes reported elsewhere are taken out of it: the pieces
 * ({@link subtractSpans}), of which those a quote cut that hold fewer than `MIN_UNIT_CONTENT`
 * content words are the quote's reporting words alone ("he said, speaking in French") and go.
 */
function leftOf(text: string, span: Span, protectedSpans: Span[]): Span[] {
  const pieces = subtractSpans(span, protectedSpans);
  if (pieces.length === 1 && pieces[0].start === span.start && pieces[0].end === span.end) return pieces;
  return pieces.filter((piece) => readWords(text, piece).filter((w) => w.content).length >= MIN_UNIT_CONTENT);
}

/** Merges spans (sorted by start) separated only by spaces and punctuation. */
function mergeAdjacent(text: string, spans: Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of [...spans].sort((x, y) => x.start - y.start)) {
    const last = merged[merged.length - 1];
    if (last && span.start >= last.end && !/[\p{L}\p{N}]/u.test(text.slice(last.end, span.start))) last.end = Math.max(last.end, span.end);
    else if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** A quotation mark. */
const QUOTE_MARK = /["“”‘’'«»„]/;

/**
 * Trims spaces and dangling punctuation from a span's edges: a closing mark stays at its end, but
 * a quotation mark left at its start by a quote taken out ("' he said, speaking in French") and
 * an opening mark left at its end ("the minister said: '") go.
 */
function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  const dangling = (k: number, side: 1 | -1): boolean => QUOTE_MARK.test(text[k]) && (k + side < start || k + side >= end || /[\s,;:.]/.test(text[k + side]));
  while (start < end && (/[\s,;:.\-–—(]/.test(text[start]) || dangling(start, 1))) start++;
  while (end > start && (/[\s,;:\-–—(]/.test(text[end - 1]) || (dangling(end - 1, -1) && /\s/.test(text[end - 2] ?? ' ')))) end--;
  return { start, end };
}

/** A unit judged for singular readings: what was found to report it elsewhere, and its features. */
export interface JudgedUnit {
  unit: TextUnit;
  /** Aligned units, covering passages and units giving its figures, in peers. */
  counterparts: TextUnit[];
  /** Spans of its figures that peers give in other units or words. */
  restated: Span[];
  /** Its features for the unique-unit model (uniqueUnitFeatures.ts). */
  features: Float64Array;
}

/**
 * The units of source `s` judged for singular readings (neither in a byline, credit or dateline
 * nor shorter than `MIN_UNIT_CONTENT` content words; a headline, standfirst or crosshead without
 * counterpart only when its words are new to the peers), each with its counterparts and features.
 */
export function judgedUnits(ctx: CompareContext, s: number, numeric: Finding[], peerSenses: SenseSet): JudgedUnit[] {
  const peers = ctx.related[s];
  const quotes = ctx.sources[s].analysis.quotes.filter((q) => q.kind !== 'scare' && q.kind !== 'title');
  const judged: JudgedUnit[] = [];
  for (const unit of ctx.unitsBySource[s]) {
    if (unit.block && SKIPPED_BLOCKS.has(unit.block)) continue;
    if (unit.words.filter((w) => w.content).length < MIN_UNIT_CONTENT) continue;
    const aligned = ctx.partners.of(unit.id).map((id) => ctx.units[id]).filter((u) => peers.has(u.source));
    const restated = findRestatedFigures(ctx, s, unit, peers);
    const covering = findCoveringPassages(ctx, unit, peers);
    const counterparts = [...new Set([...aligned, ...covering, ...numericCounterparts(ctx, unit, numeric), ...restated.counterparts])];
    const summary = SUMMARY_BLOCKS.has(unit.block ?? '');
    if (counterparts.length === 0 && summary && !isNovel(ctx, unit, peerSenses)) continue;
    const evidence = { aligned, counterparts, covering: covering.length > 0, peerSenses, peerCount: peers.size, quotes, summary };
    judged.push({ unit, counterparts, restated: restated.spans, features: uniqueUnitFeatures(ctx, unit, evidence) });
  }
  return judged;
}

/** The content senses of the peers of source `s`, in the reused set. */
function peerSensesOf(ctx: CompareContext, s: number): SenseSet {
  const peerSenses = PEER_SENSES;
  peerSenses.clear();
  for (const p of ctx.related[s]) for (const sense of senseNumbers(ctx).contentOf(p)) peerSenses.add(sense);
  return peerSenses;
}

/**
 * The unique findings of source `s`: content none of its peers reports. `protectedSpans` are
 * spans never to flag (quotes shared with another source). `model` decides which units are
 * singular whole ({@link UNIQUE_UNIT_MODEL}; null: the hand-written thresholds alone, as before it).
 */
export function findUnique(ctx: CompareContext, s: number, protectedSpans: Span[], numeric: Finding[], model: UniqueUnitModel | null = UNIQUE_UNIT_MODEL): Finding[] {
  // Content another report of the story gives is not singular, even in a report of another event.
  const peers = ctx.related[s];
  if (peers.size === 0) return [];
  const text = ctx.sources[s].analysis.text;
  const peerSenses = peerSensesOf(ctx, s);
  const quotes = ctx.sources[s].analysis.quotes.filter((q) => q.kind !== 'scare' && q.kind !== 'title');
  const spans: Span[] = [];
  // Where units start that have no counterpart at all, and units whose counterparts share little.
  const unmatched = new Set<number>();
  const mostlyNew = new Set<number>();
  for (const { unit, counterparts, restated, features } of judgedUnits(ctx, s, numeric, peerSenses)) {
    const whole = [{ start: unit.start, end: unit.end }];
    let found: Span[];
    const singular = model !== null && uniqueProbability(model, features) >= model.threshold;
    if (counterparts.length === 0) found = singular || !model ? whole : [];
    else found = addedRuns(ctx, unit, counterparts, peerSenses, quotes, [...numeric, ...restated], singular);
    if (found.length === 0) continue;
    if (counterparts.length === 0) unmatched.add(unit.start);
    else if (found.length === 1 && found[0].start === unit.start && found[0].end === unit.end) mostlyNew.add(unit.start);
    spans.push(...found);
  }
  // A quote another source reports in other words is no singular reading, linked to it or not.
  const reported = [...protectedSpans, ...quotesReportedElsewhere(ctx, s)];
  const pieces = mergeAdjacent(text, spans.flatMap((span) => leftOf(text, span, reported)))
    .map((span) => trimSpan(text, span))
    .filter((span) => /\p{L}{3}/u.test(text.slice(span.start, span.end)));
  // Three messages per source, each string shared by the findings that say it.
  const others = [...peers].map((p) => ctx.names[p]);
  const count = others.length === 1 ? `in ${others[0]}` : `in ${others.length} other sources`;
  const noCounterpart = `Only this source reports this (no counterpart ${count}).`;
  const littleShared = `Only this source reports most of this; the closest passages ${count} share little of it.`;
  const added = `Only this source adds this; ${joinNames(others)} report${others.length === 1 ? 's' : ''} the rest without it.`;
  return pieces.map((span) => {
    const message = unmatched.has(span.start) ? noCounterpart : mostlyNew.has(span.start) ? littleShared : added;
    return makeFinding(ctx.sources[s].id, text, 'unique', span, message, []);
  });
}
