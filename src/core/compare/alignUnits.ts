/**
 * Aligns units across sources without comparing all pairs. The story of the algorithm:
 *
 * 1. Candidates come from the inverted index: for each unit, walk the postings of its terms and
 *    accumulate partial dot products with units of other sources. Terms found in very many units
 *    (more than `postingCap`) are skipped here — they are the words every article of a large set
 *    shares and would make the walk quadratic — but they still count in the exact score below.
 * 2. Units sharing a winnowing fingerprint (a verbatim run of eight or more words) are candidates
 *    too, however common their words.
 * 3. Each candidate pair gets its exact BM25 cosine; pairs at or above the threshold that share
 *    at least two word stems are aligned,
 *    and so are verbatim pairs at half of it. {@link bestCounterparts} then keeps, for each unit,
 *    its best counterpart in each other source.
 *
 * The cost is the sum of squared capped posting lengths plus the candidates scored: close to linear
 * in the number of articles when they tell different stories, as any large set does.
 */
import { cosine, sharedWords, type TermIndex } from './buildTermIndex';
import type { TextUnit } from './splitIntoUnits';
import { winnowFingerprints } from './winnowFingerprints';

/** Two units of different sources judged to report the same thing. */
export interface UnitPair {
  a: number;
  b: number;
  score: number;
  /** True when they share a verbatim run of eight or more words. */
  verbatim: boolean;
}

/** Alignment settings. */
export interface AlignSettings {
  /** Cosine from which two units count as reporting the same thing. */
  threshold: number;
  /** Longest posting list walked for candidates. */
  postingCap: number;
}

/** Every aligned pair, and each unit's best counterpart per other source. */
export interface UnitAlignment {
  pairs: UnitPair[];
  /** Unit id → (source index → best aligned pair from that source). */
  best: Array<Map<number, UnitPair>>;
}

/**
 * Word stems two units must share to be aligned: one name in common ("He would not criticise
 * Reid" / "Reid sees red") is a shared actor, not a shared fact.
 */
const MIN_SHARED_WORDS = 2;

/** Smallest partial dot product over capped terms that makes a pair worth scoring exactly. */
const MIN_PARTIAL = 0.08;

/** Unit id pairs (lower id first, different sources) sharing a winnowing fingerprint. */
function verbatimCandidates(units: TextUnit[], postingCap: number): Set<number> {
  const byPrint = new Map<number, number[]>();
  for (const unit of units) {
    for (const print of winnowFingerprints(unit.words.map((w) => w.folded))) {
      const list = byPrint.get(print);
      if (list) list.push(unit.id);
      else byPrint.set(print, [unit.id]);
    }
  }
  const pairs = new Set<number>();
  for (const list of byPrint.values()) {
    if (list.length < 2 || list.length > postingCap) continue;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        if (units[list[i]].source !== units[list[j]].source) pairs.add(pairKey(list[i], list[j], units.length));
      }
    }
  }
  return pairs;
}

/** One number for an unordered pair of unit ids. */
function pairKey(x: number, y: number, n: number): number {
  return x < y ? x * n + y : y * n + x;
}

/** Every pair of units of different sources scoring at least the threshold (unit ids must equal their index in `units`). */
export function alignUnits(units: TextUnit[], index: TermIndex, settings: AlignSettings): UnitPair[] {
  const n = units.length;
  const verbatim = verbatimCandidates(units, settings.postingCap);
  const partial = new Float64Array(n);
  const touched: number[] = [];
  const pairs: UnitPair[] = [];
  // Each posting's weight in its unit, laid out beside the postings, so the walk never searches.
  const postingWeights = index.postings.map((posting) => new Float64Array(posting.length));
  const filled = new Int32Array(index.postings.length);
  for (const unit of units) {
    const v = index.vectors[unit.id];
    for (let i = 0; i < v.terms.length; i++) postingWeights[v.terms[i]][filled[v.terms[i]]++] = v.weights[i];
  }
  const accept = (pair: UnitPair): void => {
    pairs.push(pair);
  };
  for (const unit of units) {
    const vector = index.vectors[unit.id];
    for (let i = 0; i < vector.terms.length; i++) {
      const posting = index.postings[vector.terms[i]];
      if (posting.length > settings.postingCap) continue;
      const weights = postingWeights[vector.terms[i]];
      for (let k = 0; k < posting.length; k++) {
        const other = posting[k];
        if (other <= unit.id || units[other].source === unit.source) continue;
        if (partial[other] === 0) touched.push(other);
        partial[other] += vector.weights[i] * weights[k];
      }
    }
    for (const other of touched) {
      if (partial[other] >= MIN_PARTIAL && !verbatim.has(pairKey(unit.id, other, n))) {
        const score = cosine(vector, index.vectors[other]);
        if (score >= settings.threshold && sharedWords(vector, index.vectors[other], index) >= MIN_SHARED_WORDS) {
          accept({ a: unit.id, b: other, score, verbatim: false });
        }
      }
      partial[other] = 0;
    }
    touched.length = 0;
  }
  for (const key of verbatim) {
    const a = Math.floor(key / n);
    const b = key % n;
    const score = cosine(index.vectors[a], index.vectors[b]);
    if (score >= settings.threshold / 2) accept({ a, b, score, verbatim: true });
  }
  return pairs;
}

/** True when a pair is aligned at `threshold` (a verbatim pair at half of it). */
export function alignedAt(pair: UnitPair, threshold: number): boolean {
  return pair.score >= threshold || (pair.verbatim && pair.score >= threshold / 2);
}

/** Keeps the pairs scoring at least `threshold`, with each unit's best counterpart per other source. */
export function bestCounterparts(units: TextUnit[], pairs: UnitPair[], threshold: number): UnitAlignment {
  const kept = pairs.filter((p) => alignedAt(p, threshold));
  const best: Array<Map<number, UnitPair>> = units.map(() => new Map());
  for (const pair of kept) {
    for (const [self, other] of [[pair.a, pair.b], [pair.b, pair.a]]) {
      const source = units[other].source;
      const held = best[self].get(source);
      if (!held || held.score < pair.score) best[self].set(source, pair);
    }
  }
  return { pairs: kept, best };
}
