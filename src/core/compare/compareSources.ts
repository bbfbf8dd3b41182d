/**
 * Compares a set of analysed sources about (presumably) one event: what each adds, leaves out,
 * words differently or counts differently. The steps, each in its own file:
 *
 * 1. {@link splitIntoUnits}: sentences, and the clauses of long ones, as word lists;
 * 2. {@link buildTermIndex}: BM25 vectors over the whole set, with entity keys as terms;
 * 3. {@link alignUnits}: candidate pairs from the inverted index and winnowing, exact cosine;
 * 4. {@link findPeers}: which sources report the same event (the others are `sameEvent: false`),
 *    never joining articles whose header dates lie months apart;
 * 5. findings per source: quotes shared across sources ({@link groupQuotes}), unique content
 *    ({@link findUnique}), variant wording ({@link findVariants}), numbers given differently
 *    ({@link findNumericDiscrepancies}); then omissions ({@link findOmissions}) and entity coverage.
 */
import type { Alignment, Comparison, Finding, QuoteGroup, SourceInput, SourceRef, SourceSummary, Span } from '../types';
import { alignedAt, alignUnits, bestCounterparts, type UnitAlignment, type UnitPairs } from './alignUnits';
import { buildTermIndex, type TermIndex } from './buildTermIndex';
import { type CompareContext, displayName, sourceIndexes, UnitPartners } from './compareContext';
import { findPeers } from './detectSameEvent';
import { headerDays } from './headerDate';
import { diffWords } from './diffWords';
import { entityCoverage } from './entityCoverage';
import { findNumericDiscrepancies } from './findNumericDiscrepancies';
import { findOmissions } from './findOmissions';
import { findUnique } from './findUnique';
import { findVariants } from './findVariants';
import { groupQuotes } from './groupQuotes';
import { namedKeysByUnit } from './namedKeysByUnit';
import { dedupeIds, sourceRef } from './makeFinding';
import type { Word } from './readWords';
import { splitIntoUnits, type TextUnit } from './splitIntoUnits';

/** Settings of a comparison; every field has a default. */
export interface CompareOptions {
  /** BM25 cosine from which two units are aligned (default 0.2: F1 0.79 on hand-aligned seed pairs). */
  alignThreshold?: number;
  /**
   * BM25 cosine from which a unit counts as reported elsewhere, so that it is not flagged unique
   * (default 0.15: a looser bar than alignment, since a paraphrase of a fact is still the fact).
   */
  counterpartThreshold?: number;
  /**
   * Longest posting list walked for candidates (default 50). Fixed, so that the cost stays close
   * to linear in the number of articles: a term in more units than this is too common to say that
   * two sentences report the same thing, though it still counts in their score.
   */
  postingCap?: number;
}

/**
 * Drops variants that overlap a unique or numeric finding (a number given differently is said
 * better by the numeric finding); unique and numeric findings may overlap, each says its own thing.
 */
function withoutOverlaps(findings: Finding[]): Finding[] {
  const strong = findings.filter((f) => f.kind !== 'variant');
  const variants = findings.filter((f) => f.kind === 'variant' && !strong.some((k) => k.start < f.end && f.start < k.end));
  return [...strong, ...variants].sort((x, y) => x.start - y.start || x.end - y.end);
}

/** Every pair each unit takes part in at `threshold`, by unit id, in the order of `pairs`. */
function partnersOf(units: TextUnit[], pairs: UnitPairs, threshold: number): UnitPartners {
  const starts = new Int32Array(units.length + 1);
  for (let p = 0; p < pairs.length; p++) {
    if (!alignedAt(pairs, p, threshold)) continue;
    starts[pairs.a(p) + 1]++;
    starts[pairs.b(p) + 1]++;
  }
  for (let u = 0; u < units.length; u++) starts[u + 1] += starts[u];
  const filled = starts.slice(0, units.length);
  const pairIndexes = new Int32Array(starts[units.length]);
  for (let p = 0; p < pairs.length; p++) {
    if (!alignedAt(pairs, p, threshold)) continue;
    pairIndexes[filled[pairs.a(p)]++] = p;
    pairIndexes[filled[pairs.b(p)]++] = p;
  }
  return new UnitPartners(pairs, starts, pairIndexes);
}

/**
 * The term index of the units, with the named entities each mentions as terms of its own; the
 * entity keys of every unit are dropped once it is built.
 */
function indexUnits(sources: SourceInput[], units: TextUnit[]): TermIndex {
  const namedKeys = namedKeysByUnit(sources, units);
  return buildTermIndex(units, (unit) => namedKeys[unit.id]);
}

/** What the alignments of a comparison are built from, once its findings are made. */
interface Collated {
  /** The aligned pairs whose alignments are reported, in the alignment's order (see {@link reportedPairs}). */
  reported: UnitPairs;
  groups: QuoteGroup[];
  summaries: SourceSummary[];
}

/** The units of every source, numbered across the set, and each source's own. */
export function unitsOfSources(sources: SourceInput[]): { units: TextUnit[]; unitsBySource: TextUnit[][] } {
  const units: TextUnit[] = [];
  const unitsBySource = sources.map((source, s) => {
    const own = splitIntoUnits(source.analysis, s, units.length);
    units.push(...own);
    return own;
  });
  return { units, unitsBySource };
}

/**
 * The context every step of a comparison shares: the units aligned (alignment at
 * `options.alignThreshold`, 0.2, counterparts at `options.counterpartThreshold`, 0.15, posting
 * lists capped at `options.postingCap`, 50), each unit's partners and each source's peers.
 */
export function compareContextOf(sources: SourceInput[], units: TextUnit[], unitsBySource: TextUnit[][], options: CompareOptions = {}): CompareContext {
  const index = indexUnits(sources, units);
  const alignThreshold = options.alignThreshold ?? 0.2;
  const counterpartThreshold = options.counterpartThreshold ?? 0.15;
  const pairs = alignUnits(units, index, {
    threshold: Math.min(alignThreshold, counterpartThreshold),
    postingCap: options.postingCap ?? 50,
  });
  const { sameEvent: peers, related } = findPeers(unitsBySource, pairs, units, index, headerDays(sources.map((s) => s.analysis.text)));
  return {
    sources,
    names: sources.map((s) => displayName(s.id)),
    units,
    unitsBySource,
    index,
    alignment: bestCounterparts(units, pairs, alignThreshold),
    partners: partnersOf(units, pairs, counterpartThreshold),
    peers,
    related,
    sameEvent: peers.map((p) => p.size > 0 || sources.length === 1),
  };
}

/**
 * Aligns the units of the sources and makes every finding. The context every step shares (the
 * term index, every pair but the reported ones, each step's caches keyed by the context) is no
 * longer reachable once this returns: a thousand articles' alignments are built without it.
 */
function collate(sources: SourceInput[], units: TextUnit[], unitsBySource: TextUnit[][], options: CompareOptions): Collated {
  const ctx = compareContextOf(sources, units, unitsBySource, options);
  const { alignment, peers } = ctx;
  const groups = groupQuotes(ctx);
  const sharedQuotes: Span[][] = sources.map(() => []);
  const sourceIndex = sourceIndexes(ctx);
  for (const group of groups) {
    if (new Set(group.members.map((m) => m.source)).size < 2) continue;
    for (const m of group.members) sharedQuotes[sourceIndex.get(m.source) as number].push(m);
  }
  const numeric = findNumericDiscrepancies(ctx);
  const omissions = findOmissions(ctx);
  const summaries = sources.map((source, s) => {
    const aligned = unitsBySource[s].filter((u) => alignment.best.count(u.id) > 0).length;
    const findings = withoutOverlaps([...findUnique(ctx, s, sharedQuotes[s], numeric[s]), ...numeric[s], ...findVariants(ctx, s)]);
    return {
      id: source.id,
      sameEvent: ctx.sameEvent[s],
      shared: unitsBySource[s].length > 0 ? aligned / unitsBySource[s].length : 0,
      findings: dedupeIds(findings),
      omissions: omissions[s],
    };
  });
  return { reported: reportedPairs(units, alignment, peers), groups, summaries };
}

/**
 * The aligned pairs whose alignments a comparison reports: each pair that is the best counterpart
 * of one of its units in the other's source, between reports of one event (passages of reports of
 * different events are not collated). Only these outlive the findings: every other pair and the
 * best-counterpart index are let go before the alignments' word diffs are built.
 */
function reportedPairs(units: TextUnit[], alignment: UnitAlignment, peers: Array<Set<number>>): UnitPairs {
  return alignment.pairs.filter((p) => {
    const a = units[alignment.pairs.a(p)];
    const b = units[alignment.pairs.b(p)];
    if (alignment.best.from(a.id, b.source) !== p && alignment.best.from(b.id, a.source) !== p) return false;
    return peers[a.source].has(b.source);
  });
}

/** What a unit's words are replaced by once no alignment left to build diffs them. */
const NO_WORDS: Word[] = [];

/**
 * The index of the last reported pair each unit takes part in, by unit id (-1 for none). The units
 * are the comparison's own, made for it and never handed out, and their words (a million Word
 * objects and their lists for a thousand articles, some 40 MB) are needed after the findings only
 * to diff the reported pairs: each unit lets its words go once its last pair is diffed, so that
 * the alignments grow as the words shrink.
 */
function lastAlignmentOf(units: TextUnit[], reported: UnitPairs): Int32Array {
  const last = new Int32Array(units.length).fill(-1);
  for (let k = 0; k < reported.length; k++) {
    last[reported.a(k)] = k;
    last[reported.b(k)] = k;
  }
  return last;
}

/** Compares analysed sources about (presumably) one event. */
export function compareSources(sources: SourceInput[], options: CompareOptions = {}): Comparison {
  const { units, unitsBySource } = unitsOfSources(sources);
  const { reported, groups, summaries } = collate(sources, units, unitsBySource, options);
  const alignments: Alignment[] = new Array(reported.length);
  // A unit aligned with several others is referred to by one object: a thousand articles give
  // hundreds of thousands of alignments over a fraction as many units.
  const refs: SourceRef[] = new Array(units.length);
  const refOf = (unit: TextUnit): SourceRef => (refs[unit.id] ??= sourceRef(sources[unit.source].id, sources[unit.source].analysis.text, unit));
  const lastUse = lastAlignmentOf(units, reported);
  for (const unit of units) if (lastUse[unit.id] < 0) unit.words = NO_WORDS;
  for (let k = 0; k < reported.length; k++) {
    const a = units[reported.a(k)];
    const b = units[reported.b(k)];
    alignments[k] = {
      a: refOf(a),
      b: refOf(b),
      score: Math.min(1, reported.score(k)),
      diffs: diffWords(a.words, b.words),
    };
    if (lastUse[a.id] === k) a.words = NO_WORDS;
    if (lastUse[b.id] === k) b.words = NO_WORDS;
  }
  return { sources: summaries, groups, alignments, coverage: entityCoverage(sources) };
}
