/**
 * The inverted index over every unit of the compared set, with BM25 weights. Each unit becomes a
 * sparse vector over its terms: the stems of its content words plus the keys of the named entities
 * it mentions (so "Sergei Lavrov" and "Lavrov" meet on one term). Weights are BM25 term-frequency
 * saturation times inverse document frequency computed over the units of the whole set, then
 * normalised to unit length, so that the dot product of two vectors is their cosine.
 */
import type { TextUnit } from './splitIntoUnits';

/** A unit's sparse, length-normalised BM25 vector: term ids ascending, with their weights. */
export interface UnitVector {
  terms: Int32Array;
  weights: Float64Array;
}

/** The index: vectors per unit (by unit id), postings per term, document frequencies. */
export interface TermIndex {
  vectors: UnitVector[];
  /** Term id → ids of the units that contain it, ascending. */
  postings: number[][];
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
 * they are prefixed so that they never collide with a word stem.
 */
export function buildTermIndex(units: TextUnit[], extraTerms: (unit: TextUnit) => string[]): TermIndex {
  const termIds = new Map<string, number>();
  const postings: number[][] = [];
  // Every unit's distinct term ids (ascending) and how often each occurs, one unit after another
  // in two flat lists (unit k's from starts[k]): a thousand articles make tens of thousands of
  // units, and two small arrays each weighed more than their contents.
  const allTerms: number[] = [];
  const allFrequencies: number[] = [];
  const starts = new Int32Array(units.length + 1);
  const idOf = (term: string): number => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = postings.length;
      termIds.set(term, id);
      postings.push([]);
    }
    return id;
  };
  units.forEach((unit, k) => {
    const ids: number[] = [];
    for (const w of unit.words) if (w.content) ids.push(idOf(w.stem));
    for (const key of extraTerms(unit)) ids.push(idOf(`@${key}`));
    ids.sort((x, y) => x - y);
    for (let i = 0; i < ids.length; i++) {
      if (i > 0 && ids[i - 1] === ids[i]) allFrequencies[allFrequencies.length - 1]++;
      else {
        allTerms.push(ids[i]);
        allFrequencies.push(1);
        postings[ids[i]].push(unit.id);
      }
    }
    starts[k + 1] = allTerms.length;
  });
  const n = units.length;
  const averageLength = n > 0 ? allTerms.length / n : 1;
  // A small set says little about how common a word is: two one-sentence reports share every
  // word they have in common, which plain IDF would then count as common. Background units that
  // contain none of the set's words bring the collection up to MIN_COLLECTION.
  const collection = Math.max(n, MIN_COLLECTION);
  const idf = new Float64Array(postings.length);
  for (let t = 0; t < postings.length; t++) {
    const df = postings[t].length;
    idf[t] = Math.log(1 + (collection - df + 0.5) / (df + 0.5));
  }
  // The vectors are views into two arrays shared by all units.
  const terms = Int32Array.from(allTerms);
  const weights = new Float64Array(allTerms.length);
  const vectors: UnitVector[] = [];
  units.forEach((unit, k) => {
    const from = starts[k];
    const to = starts[k + 1];
    const lengthNorm = 1 - B + (B * (to - from)) / averageLength;
    let norm = 0;
    for (let i = from; i < to; i++) {
      const f = allFrequencies[i];
      weights[i] = (idf[terms[i]] * (f * (K1 + 1))) / (f + K1 * lengthNorm);
      norm += weights[i] * weights[i];
    }
    norm = Math.sqrt(norm) || 1;
    for (let i = from; i < to; i++) weights[i] /= norm;
    vectors[unit.id] = { terms: terms.subarray(from, to), weights: weights.subarray(from, to) };
  });
  const isEntity = new Uint8Array(postings.length);
  const isAnchor = new Uint8Array(postings.length);
  for (const [term, id] of termIds) {
    if (term.startsWith('@')) isEntity[id] = 1;
    if (term.startsWith('@') || /^\d/.test(term)) isAnchor[id] = 1;
  }
  return { vectors, postings, idf, termIds, isEntity, isAnchor };
}

/** How many word stems (not entity keys) two units share. */
export function sharedWords(a: UnitVector, b: UnitVector, index: TermIndex): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.terms.length && j < b.terms.length) {
    if (a.terms[i] === b.terms[j]) {
      if (!index.isEntity[a.terms[i]]) shared++;
      i++;
      j++;
    } else if (a.terms[i] < b.terms[j]) i++;
    else j++;
  }
  return shared;
}

/** True when two units share an anchor term: an entity key or a number. */
export function sharesAnchor(a: UnitVector, b: UnitVector, index: TermIndex): boolean {
  let i = 0;
  let j = 0;
  while (i < a.terms.length && j < b.terms.length) {
    if (a.terms[i] === b.terms[j]) {
      if (index.isAnchor[a.terms[i]]) return true;
      i++;
      j++;
    } else if (a.terms[i] < b.terms[j]) i++;
    else j++;
  }
  return false;
}

/** The cosine of two normalised sparse vectors (a merge over their sorted term ids). */
export function cosine(a: UnitVector, b: UnitVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.terms.length && j < b.terms.length) {
    if (a.terms[i] === b.terms[j]) dot += a.weights[i++] * b.weights[j++];
    else if (a.terms[i] < b.terms[j]) i++;
    else j++;
  }
  return dot;
}
