/**
 * How alike two quotations are, measured three ways that fail differently:
 *
 * - `cosine`: BM25 cosine of their content stems (IDF from the whole set). Same utterance in two
 *   translations scored 0.59-0.87 on the seeds, different statements at most 0.14.
 * - `ordered`: the longest common subsequence of their words (by spelling key or sense) over the
 *   length of the shorter quote. It rewards a quote trimmed from another ("abused the trust" inside a long
 *   judge's remark) and translations that keep word order, which paraphrases do not.
 * - `contained`: the IDF-weighted share of the shorter quote's content stems found in the longer.
 *
 * Given a test of near words (`near`: WordNet synonyms, see wordnetSynonyms.ts), a word of one quote
 * that the other does not hold but whose synonym it does counts in each measure as
 * {@link NEAR_WEIGHT} of a word met: "a catastrophe that could have been avoided" and "a tragedy
 * that was avoidable" share the idea of "catastrophe", but less surely than the same word.
 */
import type { Word } from './readWords';

/** What a synonym counts for, against 1 for the same word or sense. */
export const NEAR_WEIGHT = 0.7;

/** True when two words of different senses are near in meaning (synonyms). */
export type NearWords = (a: Word, b: Word) => boolean;

/** The three measures, each in [0, 1]. */
export interface QuoteSimilarity {
  cosine: number;
  ordered: number;
  contained: number;
}

/**
 * True when two words say the same in a wording: one spelling ("Sergey" / "Sergei", "defence" /
 * "defense") or one sense ("borders" / "border", "warned" / "cautioned").
 */
function sameWord(a: Word, b: Word): boolean {
  return a.spelling === b.spelling || a.sense === b.sense;
}

/**
 * Length of the longest common subsequence of two word sequences (see {@link sameWord}); with
 * `near`, a pair of near content words counts {@link NEAR_WEIGHT}.
 */
function lcsLength(a: Word[], b: Word[], near?: NearWords): number {
  let previous = new Float32Array(b.length + 1);
  let current = new Float32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const x = a[i - 1];
      const y = b[j - 1];
      const step = sameWord(x, y) ? 1 : near?.(x, y) ? NEAR_WEIGHT : 0;
      current[j] = Math.max(previous[j - 1] + step, previous[j], current[j - 1]);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

/** BM25-like weights of a word list's content senses, normalised to unit length. */
function weigh(words: Word[], idf: (stem: string) => number): Map<string, number> {
  // Counted by sense (a translation's "toll" for another's "figure" of the dead, "rise" / "go up"),
  // weighed by the rarest stem of each sense.
  const tf = new Map<string, number>();
  const rarity = new Map<string, number>();
  for (const w of words) {
    if (!w.content) continue;
    tf.set(w.sense, (tf.get(w.sense) ?? 0) + 1);
    rarity.set(w.sense, Math.max(rarity.get(w.sense) ?? 0, idf(w.stem)));
  }
  const vector = new Map<string, number>();
  let norm = 0;
  for (const [sense, f] of tf) {
    const weight = ((rarity.get(sense) ?? 0) * f * 2.2) / (f + 1.2);
    vector.set(sense, weight);
    norm += weight * weight;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [stem, weight] of vector) vector.set(stem, weight / norm);
  return vector;
}

/**
 * The content words of `a` whose sense `b` lacks, each paired with the first word of `b` near it
 * (`near`) whose sense `a` lacks, one to one.
 */
function nearPairs(a: Word[], b: Word[], near: NearWords): Array<[Word, Word]> {
  const senses = (words: Word[]): Set<string> => new Set(words.map((w) => w.sense));
  const inA = senses(a);
  const inB = senses(b);
  const free = b.filter((w) => w.content && !inA.has(w.sense));
  const pairs: Array<[Word, Word]> = [];
  const taken = new Set<string>();
  for (const x of a) {
    if (!x.content || inB.has(x.sense) || taken.has(x.sense)) continue;
    const y = free.find((w) => !taken.has(w.sense) && near(x, w));
    if (!y) continue;
    pairs.push([x, y]);
    taken.add(x.sense).add(y.sense);
  }
  return pairs;
}

/**
 * The similarity of two quotations' words; `idf` weighs a stem, and `near`, when given, counts
 * synonyms at {@link NEAR_WEIGHT} (see the file comment).
 */
export function quoteSimilarity(a: Word[], b: Word[], idf: (stem: string) => number, near?: NearWords): QuoteSimilarity {
  const va = weigh(a, idf);
  const vb = weigh(b, idf);
  let cosine = 0;
  for (const [sense, weight] of va) cosine += weight * (vb.get(sense) ?? 0);
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const ordered = short.length > 0 ? lcsLength(short, long, near) / short.length : 0;
  const longSenses = new Set(long.map((w) => w.sense));
  let total = 0;
  let found = 0;
  for (const w of short) {
    if (!w.content) continue;
    total += idf(w.stem);
    if (longSenses.has(w.sense)) found += idf(w.stem);
  }
  if (near) {
    for (const [x, y] of nearPairs(a, b, near)) cosine += NEAR_WEIGHT * (va.get(x.sense) ?? 0) * (vb.get(y.sense) ?? 0);
    for (const [x] of nearPairs(short, long, near)) found += NEAR_WEIGHT * idf(x.stem);
  }
  return { cosine, ordered, contained: total > 0 ? found / total : 0 };
}
