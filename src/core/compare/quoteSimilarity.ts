/**
 * How alike two quotations are, measured three ways that fail differently:
 *
 * - `cosine`: BM25 cosine of their content stems (IDF from the whole set). Same utterance in two
 *   translations scored 0.59-0.87 on the seeds, different statements at most 0.14.
 * - `ordered`: the longest common subsequence of their words (by spelling key or sense) over the
 *   length of the shorter quote. It rewards a quote trimmed from another ("abused the trust" inside a long
 *   judge's remark) and translations that keep word order, which paraphrases do not.
 * - `contained`: the IDF-weighted share of the shorter quote's content stems found in the longer.
 */
import type { Word } from './readWords';

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

/** Length of the longest common subsequence of two word sequences (see {@link sameWord}). */
function lcsLength(a: Word[], b: Word[]): number {
  let previous = new Uint16Array(b.length + 1);
  let current = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = sameWord(a[i - 1], b[j - 1]) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
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

/** The similarity of two quotations' words; `idf` weighs a stem. */
export function quoteSimilarity(a: Word[], b: Word[], idf: (stem: string) => number): QuoteSimilarity {
  const va = weigh(a, idf);
  const vb = weigh(b, idf);
  let cosine = 0;
  for (const [sense, weight] of va) cosine += weight * (vb.get(sense) ?? 0);
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const ordered = short.length > 0 ? lcsLength(short, long) / short.length : 0;
  const longSenses = new Set(long.map((w) => w.sense));
  let total = 0;
  let found = 0;
  for (const w of short) {
    if (!w.content) continue;
    total += idf(w.stem);
    if (longSenses.has(w.sense)) found += idf(w.stem);
  }
  return { cosine, ordered, contained: total > 0 ? found / total : 0 };
}
