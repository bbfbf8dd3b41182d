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

/**
 * Pairs of units of different sources judged to report the same thing, pair `p` read through the
 * accessors: its units' ids, its score, and whether they share a verbatim run of eight or more
 * words. The fields lie in typed arrays, not in an object per pair: a thousand articles give some
 * 390,000 pairs, which objects held in about 28 MB.
 */
export class UnitPairs {
  constructor(
    /** How many pairs there are. */
    readonly length: number,
    private readonly as: Int32Array,
    private readonly bs: Int32Array,
    private readonly scores: Float64Array,
    private readonly verbatims: Uint8Array,
  ) {}

  /** The lower unit id of pair `p`. */
  a(p: number): number {
    return this.as[p];
  }

  /** The higher unit id of pair `p`. */
  b(p: number): number {
    return this.bs[p];
  }

  /** The BM25 cosine of pair `p`. */
  score(p: number): number {
    return this.scores[p];
  }

  /** True when the units of pair `p` share a verbatim run of eight or more words. */
  verbatim(p: number): boolean {
    return this.verbatims[p] === 1;
  }

  /** The unit of pair `p` that is not `unit`. */
  other(p: number, unit: number): number {
    return this.as[p] === unit ? this.bs[p] : this.as[p];
  }

  /** The pairs for which `keep` holds, in their order, as pairs of their own (numbered from 0). */
  filter(keep: (p: number) => boolean): UnitPairs {
    const chosen = new FoundPairs();
    for (let p = 0; p < this.length; p++) if (keep(p)) chosen.add(this.as[p], this.bs[p], this.scores[p], this.verbatims[p] === 1);
    return chosen.pairs();
  }
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
  pairs: UnitPairs;
  /** Each unit's best aligned pair from each other source. */
  best: BestCounterparts;
}

/**
 * Word stems two units must share to be aligned: one name in common ("He would not criticise
 * Reid" / "Reid sees red") is a shared actor, not a shared fact.
 */
const MIN_SHARED_WORDS = 2;

/** Smallest partial dot product over capped terms that makes a pair worth scoring exactly. */
const MIN_PARTIAL = 0.08;

/** Unit ids fit in this many bits of a fingerprint entry (two million units). */
const UNIT_BITS = 2 ** 21;

/**
 * Unit id pairs sharing a winnowing fingerprint, as pair keys (see {@link pairKey}): `inOrder`
 * lists each once, in the order the fingerprints first show it; `sorted` holds the same keys
 * ascending, for {@link hasPair}. Both are typed arrays: a thousand articles give hundreds of
 * thousands of pairs, which a Set would hold in tens of megabytes and rebuild as it grows.
 */
interface PairKeys {
  inOrder: Float64Array;
  sorted: Float64Array;
}

/**
 * Unit id pairs (lower id first, different sources) sharing a winnowing fingerprint. Every
 * (fingerprint, unit) entry is one number in a sorted typed array, so that a thousand articles'
 * fingerprints cost a few megabytes rather than a map of arrays; the array is made as long as
 * the entries can be (a unit has fewer fingerprints than words), not grown entry by entry.
 */
function verbatimCandidates(units: TextUnit[], postingCap: number): PairKeys {
  let words = 0;
  for (const unit of units) words += unit.words.length;
  const entries = new Float64Array(words);
  let entryCount = 0;
  for (const unit of units) {
    for (const print of winnowFingerprints(unit.words.map((w) => w.folded))) entries[entryCount++] = print * UNIT_BITS + unit.id;
  }
  const sorted = entries.subarray(0, entryCount).sort();
  // Every key as found, repeats included (two units sharing a run share several fingerprints).
  let found = new Float64Array(1024);
  let count = 0;
  for (let first = 0; first < sorted.length; ) {
    const print = Math.floor(sorted[first] / UNIT_BITS);
    let last = first + 1;
    while (last < sorted.length && Math.floor(sorted[last] / UNIT_BITS) === print) last++;
    if (last - first >= 2 && last - first <= postingCap) {
      for (let i = first; i < last; i++) {
        const a = sorted[i] % UNIT_BITS;
        for (let j = i + 1; j < last; j++) {
          const b = sorted[j] % UNIT_BITS;
          if (units[a].source === units[b].source) continue;
          if (count === found.length) {
            const grown = new Float64Array(found.length * 2);
            grown.set(found);
            found = grown;
          }
          found[count++] = pairKey(a, b, units.length);
        }
      }
    }
    first = last;
  }
  return uniqueInOrder(found.subarray(0, count));
}

/**
 * The distinct keys of `keys`, each at its first place, and the same ascending. Both are views:
 * the ascending keys over the one sorted copy, the first places over `keys` itself, which they
 * overwrite (each key is read before a first place at or before its own is written).
 */
function uniqueInOrder(keys: Float64Array): PairKeys {
  const ascending = Float64Array.from(keys).sort();
  let distinct = 0;
  for (let i = 0; i < ascending.length; i++) if (i === 0 || ascending[i] !== ascending[distinct - 1]) ascending[distinct++] = ascending[i];
  const sorted = ascending.subarray(0, distinct);
  const taken = new Uint8Array(distinct);
  let placed = 0;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    const at = indexOfKey(sorted, key);
    if (taken[at] === 0) {
      taken[at] = 1;
      keys[placed++] = key;
    }
  }
  return { inOrder: keys.subarray(0, placed), sorted };
}

/** Index of `key` in the ascending `sorted`, or -1 (binary search). */
function indexOfKey(sorted: Float64Array, key: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid] < key) low = mid + 1;
    else if (sorted[mid] > key) high = mid - 1;
    else return mid;
  }
  return -1;
}

/** True when `keys` holds the pair of unit ids `x` and `y`. */
function hasPair(keys: PairKeys, x: number, y: number, n: number): boolean {
  return indexOfKey(keys.sorted, pairKey(x, y, n)) >= 0;
}

/** One number for an unordered pair of unit ids. */
function pairKey(x: number, y: number, n: number): number {
  return x < y ? x * n + y : y * n + x;
}

/** A typed array twice as long as `array`, beginning with its values. */
function doubled<T extends Int32Array | Float64Array | Uint8Array>(array: T): T {
  const grown = new (array.constructor as new (length: number) => T)(array.length * 2);
  grown.set(array);
  return grown;
}

/**
 * The pairs found, in typed arrays doubled as they fill and copied at their final length at the
 * end (the outgrown arrays are buffers outside the heap, let go at once).
 */
class FoundPairs {
  private as = new Int32Array(1024);
  private bs = new Int32Array(1024);
  private scores = new Float64Array(1024);
  private verbatims = new Uint8Array(1024);
  private count = 0;

  /** Adds a pair. */
  add(a: number, b: number, score: number, verbatim: boolean): void {
    if (this.count === this.as.length) this.grow();
    this.as[this.count] = a;
    this.bs[this.count] = b;
    this.scores[this.count] = score;
    this.verbatims[this.count] = verbatim ? 1 : 0;
    this.count++;
  }

  /** Doubles the room of every field. */
  private grow(): void {
    this.as = doubled(this.as);
    this.bs = doubled(this.bs);
    this.scores = doubled(this.scores);
    this.verbatims = doubled(this.verbatims);
  }

  /** Every pair added, in the order added. */
  pairs(): UnitPairs {
    const n = this.count;
    return new UnitPairs(n, this.as.slice(0, n), this.bs.slice(0, n), this.scores.slice(0, n), this.verbatims.slice(0, n));
  }
}

/** Every pair of units of different sources scoring at least the threshold (unit ids must equal their index in `units`). */
export function alignUnits(units: TextUnit[], index: TermIndex, settings: AlignSettings): UnitPairs {
  const n = units.length;
  const verbatim = verbatimCandidates(units, settings.postingCap);
  const partial = new Float64Array(n);
  const touched: number[] = [];
  const found = new FoundPairs();
  const { terms, weights, vectorStarts, postingStarts, postingUnits } = index;
  // Each posting's weight in its unit, laid out beside the postings, so the walk never searches.
  const postingWeights = new Float64Array(postingUnits.length);
  const filled = postingStarts.slice(0, postingStarts.length - 1);
  for (let u = 0; u < n; u++) for (let i = vectorStarts[u]; i < vectorStarts[u + 1]; i++) postingWeights[filled[terms[i]]++] = weights[i];
  for (const unit of units) {
    for (let i = vectorStarts[unit.id]; i < vectorStarts[unit.id + 1]; i++) {
      const from = postingStarts[terms[i]];
      const to = postingStarts[terms[i] + 1];
      if (to - from > settings.postingCap) continue;
      for (let k = from; k < to; k++) {
        const other = postingUnits[k];
        if (other <= unit.id || units[other].source === unit.source) continue;
        if (partial[other] === 0) touched.push(other);
        partial[other] += weights[i] * postingWeights[k];
      }
    }
    for (const other of touched) {
      if (partial[other] >= MIN_PARTIAL && !hasPair(verbatim, unit.id, other, n)) {
        const score = cosine(index, unit.id, other);
        if (score >= settings.threshold && sharedWords(index, unit.id, other) >= MIN_SHARED_WORDS) {
          found.add(unit.id, other, score, false);
        }
      }
      partial[other] = 0;
    }
    touched.length = 0;
  }
  for (const key of verbatim.inOrder) {
    const a = Math.floor(key / n);
    const b = key % n;
    const score = cosine(index, a, b);
    if (score >= settings.threshold / 2) found.add(a, b, score, true);
  }
  return found.pairs();
}

/** True when pair `p` of `pairs` is aligned at `threshold` (a verbatim pair at half of it). */
export function alignedAt(pairs: UnitPairs, p: number, threshold: number): boolean {
  const score = pairs.score(p);
  return score >= threshold || (pairs.verbatim(p) && score >= threshold / 2);
}

/**
 * Each unit's best aligned pair from each other source, in the order the sources were first met
 * among its pairs. The entries of all units lie one unit after another in two typed arrays (unit
 * u's from `starts[u]`, `counts[u]` of them): a thousand articles have tens of thousands of units
 * with a handful of counterparts each, which a Map per unit held in some 25 MB.
 */
export class BestCounterparts {
  private readonly starts: Int32Array;
  private readonly counts: Int32Array;
  private readonly sources: Int32Array;
  private readonly pairIndexes: Int32Array;

  /** Offers every pair of `pairs` to both its units (unit ids must equal their index in `units`). */
  constructor(
    units: readonly TextUnit[],
    private readonly pairs: UnitPairs,
  ) {
    // A unit has at most as many entries as pairs it takes part in.
    this.starts = new Int32Array(units.length + 1);
    for (let p = 0; p < pairs.length; p++) {
      this.starts[pairs.a(p) + 1]++;
      this.starts[pairs.b(p) + 1]++;
    }
    for (let u = 0; u < units.length; u++) this.starts[u + 1] += this.starts[u];
    this.counts = new Int32Array(units.length);
    this.sources = new Int32Array(this.starts[units.length]);
    this.pairIndexes = new Int32Array(this.starts[units.length]);
    for (let p = 0; p < pairs.length; p++) {
      this.offer(pairs.a(p), units[pairs.b(p)].source, p);
      this.offer(pairs.b(p), units[pairs.a(p)].source, p);
    }
  }

  /** Keeps pair `p` as `unit`'s counterpart from `source` unless a pair scoring at least as high is kept. */
  private offer(unit: number, source: number, p: number): void {
    const k = this.slotOf(unit, source);
    if (k < 0) {
      const slot = this.starts[unit] + this.counts[unit]++;
      this.sources[slot] = source;
      this.pairIndexes[slot] = p;
    } else if (this.pairs.score(this.pairIndexes[k]) < this.pairs.score(p)) this.pairIndexes[k] = p;
  }

  /** The slot of `unit`'s entry for `source`, or -1. */
  private slotOf(unit: number, source: number): number {
    const from = this.starts[unit];
    for (let k = from; k < from + this.counts[unit]; k++) if (this.sources[k] === source) return k;
    return -1;
  }

  /** How many other sources hold a counterpart of `unit`. */
  count(unit: number): number {
    return this.counts[unit];
  }

  /** The index (in the alignment's pairs) of `unit`'s best counterpart from `source`, or -1. */
  from(unit: number, source: number): number {
    const k = this.slotOf(unit, source);
    return k < 0 ? -1 : this.pairIndexes[k];
  }

  /** `unit`'s counterparts as [source index, index of the best pair from it in the alignment's pairs]. */
  *of(unit: number): IterableIterator<[number, number]> {
    const from = this.starts[unit];
    for (let k = from; k < from + this.counts[unit]; k++) yield [this.sources[k], this.pairIndexes[k]];
  }
}

/** Keeps the pairs aligned at `threshold` (see {@link alignedAt}), with each unit's best counterpart per other source. */
export function bestCounterparts(units: TextUnit[], pairs: UnitPairs, threshold: number): UnitAlignment {
  const kept = pairs.filter((p) => alignedAt(pairs, p, threshold));
  return { pairs: kept, best: new BestCounterparts(units, kept) };
}
