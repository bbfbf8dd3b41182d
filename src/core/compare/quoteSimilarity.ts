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
 * The two rows {@link lcsLength} fills, one after the other: kept from call to call (grown for a
 * longer quote) rather than made for every pair of quotes compared.
 */
let lcsRows = new Float32Array(128);

/**
 * Length of the longest common subsequence of two word sequences (see {@link sameWord}); with
 * `near`, a pair of near content words counts {@link NEAR_WEIGHT}.
 */
function lcsLength(a: Word[], b: Word[], near?: NearWords): number {
  const width = b.length + 1;
  if (lcsRows.length < 2 * width) lcsRows = new Float32Array(2 * width);
  const rows = lcsRows;
  rows.fill(0, 0, 2 * width);
  // Offsets of the previous and the current row in `rows`.
  let previous = 0;
  let current = width;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const x = a[i - 1];
      const y = b[j - 1];
      const step = sameWord(x, y) ? 1 : near?.(x, y) ? NEAR_WEIGHT : 0;
      rows[current + j] = Math.max(rows[previous + j - 1] + step, rows[previous + j], rows[current + j - 1]);
    }
    const filled = current;
    current = previous;
    previous = filled;
  }
  return rows[previous + b.length];
}

/**
 * What {@link quoteSimilarity} reads of one word list, whatever the list it is set against, in
 * plain arrays: a quote has a handful of senses, which a scan finds as fast as a map would, and a
 * thousand articles' quotes are kept weighed at once (see {@link WEIGHED}).
 */
interface Weighed {
  /** The list's content senses, in the order of {@link weigh}'s vector. */
  contentSenses: string[];
  /** Their BM25-like weights, normalised to unit length. */
  weights: number[];
  /** Every distinct sense of the list, function words' too. */
  senses: string[];
}

/**
 * Each word list's {@link Weighed}, under the weighing of stems it was weighed with. The quote
 * groups set every quote against each of its candidates with one weighing, so a list is weighed
 * once rather than once per pair: building its maps afresh for every pair was a fifth of the memory
 * a large comparison allocated. Keyed weakly, the entries go when the lists and the weighing do;
 * a list must not change once weighed.
 */
const WEIGHED = new WeakMap<(stem: string) => number, WeakMap<readonly Word[], Weighed>>();

/** The {@link Weighed} of a word list under `idf`, computed on first request. */
function weighedOf(words: readonly Word[], idf: (stem: string) => number): Weighed {
  let byList = WEIGHED.get(idf);
  if (!byList) {
    byList = new WeakMap();
    WEIGHED.set(idf, byList);
  }
  let weighed = byList.get(words);
  if (!weighed) {
    const vector = weigh(words, idf);
    weighed = { contentSenses: [...vector.keys()], weights: [...vector.values()], senses: [...new Set(words.map((w) => w.sense))] };
    byList.set(words, weighed);
  }
  return weighed;
}

/** The weight of `sense` in a weighed list (0 when it is none of its content senses). */
function weightOf(weighed: Weighed, sense: string): number {
  const k = weighed.contentSenses.indexOf(sense);
  return k < 0 ? 0 : weighed.weights[k];
}

/** BM25-like weights of a word list's content senses, normalised to unit length. */
function weigh(words: readonly Word[], idf: (stem: string) => number): Map<string, number> {
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
 * (`near`) whose sense `a` lacks, one to one; `inA` and `inB` are the senses of each (see {@link Weighed}).
 */
function nearPairs(a: Word[], b: Word[], inA: readonly string[], inB: readonly string[], near: NearWords): Array<[Word, Word]> {
  const free = b.filter((w) => w.content && !inA.includes(w.sense));
  const pairs: Array<[Word, Word]> = [];
  const taken = new Set<string>();
  for (const x of a) {
    if (!x.content || inB.includes(x.sense) || taken.has(x.sense)) continue;
    const y = free.find((w) => !taken.has(w.sense) && near(x, w));
    if (!y) continue;
    pairs.push([x, y]);
    taken.add(x.sense).add(y.sense);
  }
  return pairs;
}

/**
 * The similarity of two quotations' words; `idf` weighs a stem, and `near`, when given, counts
 * synonyms at {@link NEAR_WEIGHT} (see the file comment). Each list is weighed once per `idf`
 * (see {@link WEIGHED}): pass one function for one weighing, and lists that no longer change.
 */
export function quoteSimilarity(a: Word[], b: Word[], idf: (stem: string) => number, near?: NearWords): QuoteSimilarity {
  const weighedA = weighedOf(a, idf);
  const weighedB = weighedOf(b, idf);
  const { contentSenses, weights } = weighedA;
  let cosine = 0;
  for (let k = 0; k < contentSenses.length; k++) cosine += weights[k] * weightOf(weighedB, contentSenses[k]);
  const aIsShort = a.length <= b.length;
  const [short, long] = aIsShort ? [a, b] : [b, a];
  const [weighedShort, weighedLong] = aIsShort ? [weighedA, weighedB] : [weighedB, weighedA];
  const ordered = short.length > 0 ? lcsLength(short, long, near) / short.length : 0;
  let total = 0;
  let found = 0;
  for (const w of short) {
    if (!w.content) continue;
    total += idf(w.stem);
    if (weighedLong.senses.includes(w.sense)) found += idf(w.stem);
  }
  if (near) {
    for (const [x, y] of nearPairs(a, b, weighedA.senses, weighedB.senses, near)) cosine += NEAR_WEIGHT * weightOf(weighedA, x.sense) * weightOf(weighedB, y.sense);
    for (const [x] of nearPairs(short, long, weighedShort.senses, weighedLong.senses, near)) found += NEAR_WEIGHT * idf(x.stem);
  }
  return { cosine, ordered, contained: total > 0 ? found / total : 0 };
}
