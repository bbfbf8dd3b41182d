/**
 * The inverted index over every unit of the compared set, with BM25 weights. Each unit becomes a
 * sparse vector over its terms: the stems of its content words plus the keys of the named entities
 * it mentions (so "Sergei Lavrov" and "Lavrov" meet on one term). Weights are BM25 term-frequency
 * saturation times inverse document frequency computed over the units of the whole set, then
 * normalised to unit length, so that the dot product of two vectors is their cosine.
 */
import type { TextUnit } from './splitIntoUnits';

/**
 * The index: every unit's vector and every term's postings, each laid out one after another in
 * flat typed arrays (a thousand articles make some 75,000 units and 30,000 terms, whose small
 * arrays and typed-array views each weighed more than their contents), and document frequencies.
 */
export interface TermIndex {
  /**
   * Unit id → where its vector starts in `terms` and `weights`; it ends where the next unit's
   * starts. A vector is sparse and length-normalised: term ids ascending, with their BM25 weights.
   */
  vectorStarts: Int32Array;
  terms: Int32Array;
  weights: Float64Array;
  /** Term id → where the ids of the units containing it (ascending) start in `postingUnits`. */
  postingStarts: Int32Array;
  postingUnits: Int32Array;
  /** Term id → inverse document frequency. */
  idf: Float64Array;
  /** Term text → term id. */
  termIds: Map<string, number>;
  /** Term id → 1 for an entity key, 0 for a word stem. */
  isEntity: Uint8Array;
  /** Term id → 1 for a term that pins a report to one event: an entity key or a number. */
  isAnchor: Uint8Array;
}

const K1 = 1.2;
/** Smallest collection size assumed for IDF (see {@link buildTermIndex}). */
const MIN_COLLECTION = 100;
const B = 0.75;

/**
 * Builds the index. `extraTerms(unit)` gives terms beyond the unit's content stems (entity keys);
 * they are prefixed so that they never collide with a word stem. Unit ids must equal their index
 * in `units`.
 */
export function buildTermIndex(units: TextUnit[], extraTerms: (unit: TextUnit) => string[]): TermIndex {
  const termIds = new Map<string, number>();
  const keys = units.map((unit) => extraTerms(unit));
  // Every unit's distinct term ids (ascending) and how often each occurs, one unit after another,
  // in arrays as long as all units' terms together, which they cannot exceed: lists grown a term
  // at a time left a thousand articles' comparison some 30 MB of copies to collect.
  let most = 0;
  units.forEach((unit, k) => {
    for (const w of unit.words) if (w.content) most++;
    most += keys[k].length;
  });
  const allTerms = new Int32Array(most);
  const allFrequencies = new Int32Array(most);
  let filledTerms = 0;
  const documentFrequency: number[] = [];
  const vectorStarts = new Int32Array(units.length + 1);
  const idOf = (term: string): number => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = documentFrequency.length;
      termIds.set(term, id);
      documentFrequency.push(0);
    }
    return id;
  };
  units.forEach((unit, k) => {
    const ids: number[] = [];
    for (const w of unit.words) if (w.content) ids.push(idOf(w.stem));
    for (const key of keys[k]) ids.push(idOf(`@${key}`));
    ids.sort((x, y) => x - y);
    for (let i = 0; i < ids.length; i++) {
      if (i > 0 && ids[i - 1] === ids[i]) allFrequencies[filledTerms - 1]++;
      else {
        allTerms[filledTerms] = ids[i];
        allFrequencies[filledTerms++] = 1;
        documentFrequency[ids[i]]++;
      }
    }
    vectorStarts[k + 1] = filledTerms;
  });
  const termCount = documentFrequency.length;
  const terms = allTerms.slice(0, filledTerms);
  // Postings: units are walked in id order, so each term's list comes out ascending.
  const postingStarts = new Int32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) postingStarts[t + 1] = postingStarts[t] + documentFrequency[t];
  const postingUnits = new Int32Array(terms.length);
  const filled = postingStarts.slice(0, termCount);
  for (let u = 0; u < units.length; u++) for (let i = vectorStarts[u]; i < vectorStarts[u + 1]; i++) postingUnits[filled[terms[i]]++] = u;
  const n = units.length;
  const averageLength = n > 0 ? terms.length / n : 1;
  // A small set says little about how common a word is: two one-sentence reports share every
  // word they have in common, which plain IDF would then count as common. Background units that
  // contain none of the set's words bring the collection up to MIN_COLLECTION.
  const collection = Math.max(n, MIN_COLLECTION);
  const idf = new Float64Array(termCount);
  for (let t = 0; t < termCount; t++) {
    const df = documentFrequency[t];
    idf[t] = Math.log(1 + (collection - df + 0.5) / (df + 0.5));
  }
  const weights = new Float64Array(terms.length);
  for (let u = 0; u < n; u++) {
    const from = vectorStarts[u];
    const to = vectorStarts[u + 1];
    const lengthNorm = 1 - B + (B * (to - from)) / averageLength;
    let norm = 0;
    for (let i = from; i < to; i++) {
      const f = allFrequencies[i];
      weights[i] = (idf[terms[i]] * (f * (K1 + 1))) / (f + K1 * lengthNorm);
      norm += weights[i] * weights[i];
    }
    norm = Math.sqrt(norm) || 1;
    for (let i = from; i < to; i++) weights[i] /= norm;
  }
  const isEntity = new Uint8Array(termCount);
  const isAnchor = new Uint8Array(termCount);
  for (const [term, id] of termIds) {
    if (term.startsWith('@')) isEntity[id] = 1;
    if (term.startsWith('@') || /^\d/.test(term)) isAnchor[id] = 1;
  }
  return { vectorStarts, terms, weights, postingStarts, postingUnits, idf, termIds, isEntity, isAnchor };
}

/** The term ids of unit `u`'s vector, ascending (a view into the index). */
export function termsOf(index: TermIndex, u: number): Int32Array {
  return index.terms.subarray(index.vectorStarts[u], index.vectorStarts[u + 1]);
}

/** How many units contain term `t`. */
export function postingCount(index: TermIndex, t: number): number {
  return index.postingStarts[t + 1] - index.postingStarts[t];
}

/** The ids of the units containing term `t`, ascending (a view into the index). */
export function postingsOf(index: TermIndex, t: number): Int32Array {
  return index.postingUnits.subarray(index.postingStarts[t], index.postingStarts[t + 1]);
}

/**
 * How many terms units `a` and `b` share whose flag in `flags` is `value`, counting no further
 * than `most` (a merge over their sorted term ids).
 */
function sharedTermsFlagged(index: TermIndex, a: number, b: number, flags: Uint8Array, value: number, most: number): number {
  const { terms, vectorStarts } = index;
  let i = vectorStarts[a];
  let j = vectorStarts[b];
  const endA = vectorStarts[a + 1];
  const endB = vectorStarts[b + 1];
  let shared = 0;
  while (i < endA && j < endB && shared < most) {
    if (terms[i] === terms[j]) {
      if (flags[terms[i]] === value) shared++;
      i++;
      j++;
    } else if (terms[i] < terms[j]) i++;
    else j++;
  }
  return shared;
}

/** How many word stems (not entity keys) units `a` and `b` share. */
export function sharedWords(index: TermIndex, a: number, b: number): number {
  return sharedTermsFlagged(index, a, b, index.isEntity, 0, Infinity);
}

/** True when units `a` and `b` share an anchor term: an entity key or a number. */
export function sharesAnchor(index: TermIndex, a: number, b: number): boolean {
  return sharedTermsFlagged(index, a, b, index.isAnchor, 1, 1) > 0;
}

/** The cosine of units `a` and `b` (a merge over their sorted term ids; vectors are normalised). */
export function cosine(index: TermIndex, a: number, b: number): number {
  const { terms, weights, vectorStarts } = index;
  let i = vectorStarts[a];
  let j = vectorStarts[b];
  const endA = vectorStarts[a + 1];
  const endB = vectorStarts[b + 1];
  let dot = 0;
  while (i < endA && j < endB) {
    if (terms[i] === terms[j]) dot += weights[i++] * weights[j++];
    else if (terms[i] < terms[j]) i++;
    else j++;
  }
  return dot;
}
