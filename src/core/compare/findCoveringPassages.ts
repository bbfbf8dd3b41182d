/**
 * Passages of other sources that report a unit's facts even though no single sentence of theirs
 * aligns with it. Facts move between sentences: one outlet writes "It struck shortly before 5 a.m.,
 * when most residents were asleep in houses built of mud brick", another spreads the time, the
 * sleeping families and the adobe over two sentences in other words. Alignment compares sentence
 * with sentence and misses that; here a unit is compared with windows of consecutive units.
 *
 * The story: candidate windows are found through the inverted index (units sharing one of the
 * unit's stems, each with its neighbours before and after); a window's coverage of the unit is
 * the share of the unit's content weight (IDF of each distinct word) whose sense the window also
 * has — the same stem, a synonym of the light news lexicon ("died" / "killed") or the same number.
 * Per peer, the best window covering at least `MIN_COVERAGE` is kept.
 */
import { type CompareContext, idfOf } from './compareContext';
import { postingCount, postingsOf } from './buildTermIndex';
import { senseWords } from './senseWords';
import type { TextUnit } from './splitIntoUnits';

/** Share of a unit's content weight a window must also have for the unit's facts to count as reported there. */
export const MIN_COVERAGE = 0.45;
/**
 * Content words (distinct senses) a unit needs to be judged by coverage: a short sentence ("Its
 * problem is not demand but execution") has all its words somewhere in a few sentences by chance.
 */
const MIN_SENSES = 5;
/** Units on each side of a candidate unit that a window takes in. */
const REACH = 1;
/** Stems in more units than this are too common to find candidates by (they still count in coverage). */
const CANDIDATE_CAP = 50;

/** The content weight of a unit by sense: the highest IDF among its words of each sense. */
function weightsBySense(ctx: CompareContext, unit: TextUnit): Map<string, number> {
  const weights = new Map<string, number>();
  for (const w of senseWords(ctx, unit)) {
    if (!w.content) continue;
    weights.set(w.sense, Math.max(weights.get(w.sense) ?? 0, idfOf(ctx, w.stem)));
  }
  return weights;
}

/** The share of `weights` whose senses the units have (a scan, not a set: it runs for every candidate). */
function coverage(ctx: CompareContext, weights: Map<string, number>, total: number, units: TextUnit[]): number {
  const words = units.map((unit) => senseWords(ctx, unit));
  let covered = 0;
  for (const [sense, weight] of weights) {
    if (words.some((own) => own.some((w) => w.content && w.sense === sense))) covered += weight;
  }
  return covered / total;
}

/**
 * The units of the windows that cover most of `unit`'s content, at most one window per peer, each
 * covering at least `MIN_COVERAGE`; empty when no peer reports its facts in any nearby sentences.
 */
export function findCoveringPassages(ctx: CompareContext, unit: TextUnit, peers: Set<number>): TextUnit[] {
  const weights = weightsBySense(ctx, unit);
  if (weights.size < MIN_SENSES) return [];
  let total = 0;
  for (const weight of weights.values()) total += weight;
  if (total === 0) return [];
  const candidates = new Set<number>();
  for (const w of unit.words) {
    const id = w.content ? ctx.index.termIds.get(w.stem) : undefined;
    if (id === undefined || postingCount(ctx.index, id) > CANDIDATE_CAP) continue;
    for (const other of postingsOf(ctx.index, id)) if (peers.has(ctx.units[other].source)) candidates.add(other);
  }
  const best = new Map<number, { score: number; units: TextUnit[] }>();
  for (const id of candidates) {
    const candidate = ctx.units[id];
    const own = ctx.unitsBySource[candidate.source];
    const at = id - own[0].id;
    const window = own.slice(Math.max(0, at - REACH), at + REACH + 1);
    const score = coverage(ctx, weights, total, window);
    const held = best.get(candidate.source);
    if (score >= MIN_COVERAGE && (!held || held.score < score)) best.set(candidate.source, { score, units: window });
  }
  return [...best.values()].flatMap((b) => b.units);
}
