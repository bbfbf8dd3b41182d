/**
 * Word-level differences inside an aligned pair of units: a longest-common-subsequence diff over
 * their words (compared by spelling key), whose gaps are typed. A gap is orthographic when both
 * sides spell the same words (case, accents, punctuation, British/American spelling,
 * transliteration, "U.S."/"US", "seven"/"7") or when it only adds or drops an article; everything
 * else ("must"/"have to", "collective"/"joint", a clause cut) is substantive.
 */
import type { Span, WordDiff } from '../types';
import type { Word } from './readWords';

/** Articles whose presence alone never changes what is reported. */
const ARTICLES = new Set(['the', 'a', 'an']);

/** Beyond this many word-by-word cells the diff would be slow; such pairs are compared as wholes. */
const MAX_CELLS = 400_000;

/**
 * One table reused by every diff (grown when a pair needs more): a comparison of a thousand
 * articles diffs tens of thousands of pairs, and a fresh table each would churn memory.
 */
let scratch = new Uint16Array(4096);

/** A table of at least `cells` cells, its contents undefined. */
function scratchTable(cells: number): Uint16Array {
  if (scratch.length < cells) scratch = new Uint16Array(Math.max(cells, 2 * scratch.length));
  return scratch;
}

/** Where matched words are written (grown when a pair needs more), like the table. */
let matchedA = new Int32Array(256);
let matchedB = new Int32Array(256);

/**
 * A number for each spelling key met (cleared when it grows large), and the numbers of the two
 * units' words being diffed: the table compares numbers, not strings read through each word.
 */
const SPELLING_IDS = new Map<string, number>();
const MAX_SPELLING_IDS = 200_000;
let idsA: Int32Array = new Int32Array(256);
let idsB: Int32Array = new Int32Array(256);

/** Writes the spelling numbers of `words` from `from` on into `ids` (grown if need be) and returns it. */
function spellingIds(words: Word[], from: number, ids: Int32Array): Int32Array {
  const out = ids.length >= words.length ? ids : new Int32Array(2 * words.length);
  for (let k = from; k < words.length; k++) {
    const key = words[k].spelling;
    let id = SPELLING_IDS.get(key);
    if (id === undefined) {
      id = SPELLING_IDS.size;
      SPELLING_IDS.set(key, id);
    }
    out[k] = id;
  }
  return out;
}

/**
 * Matches the words of an LCS of `a` and `b` by spelling key, in order, and returns how many:
 * `a[matchedA[k]]` matches `b[matchedB[k]]`. Dynamic programming over the table of the suffixes'
 * LCS lengths, then a walk from the start that takes a match where the words meet and otherwise
 * skips a word of `a` when that loses nothing. The walk takes the words the two units open with
 * alike without reading the table, so the table is filled only past them: a unit copied word for
 * word (agency copy, a quote given whole) costs a walk, not a table.
 */
function matchWords(a: Word[], b: Word[]): number {
  const n = a.length;
  const m = b.length;
  if (n * m > MAX_CELLS) return 0;
  if (matchedA.length < Math.min(n, m)) {
    matchedA = new Int32Array(2 * Math.min(n, m));
    matchedB = new Int32Array(2 * Math.min(n, m));
  }
  let count = 0;
  while (count < n && count < m && a[count].spelling === b[count].spelling) {
    matchedA[count] = count;
    matchedB[count] = count;
    count++;
  }
  if (count === n || count === m) return count;
  if (SPELLING_IDS.size > MAX_SPELLING_IDS) SPELLING_IDS.clear();
  idsA = spellingIds(a, count, idsA);
  idsB = spellingIds(b, count, idsB);
  const width = m + 1;
  const table = scratchTable((n + 1) * width);
  // The last row and column are the empty suffixes: zero, whatever an earlier diff left there.
  table.fill(0, n * width + count, (n + 1) * width);
  for (let i = count; i < n; i++) table[i * width + m] = 0;
  for (let i = n - 1; i >= count; i--) {
    const key = idsA[i];
    const row = i * width;
    const below = row + width;
    for (let j = m - 1; j >= count; j--) {
      table[row + j] = key === idsB[j] ? table[below + j + 1] + 1 : Math.max(table[below + j], table[row + j + 1]);
    }
  }
  let i = count;
  let j = count;
  while (i < n && j < m) {
    if (idsA[i] === idsB[j]) {
      matchedA[count] = i++;
      matchedB[count++] = j++;
    } else if (table[(i + 1) * width + j] >= table[i * width + j + 1]) i++;
    else j++;
  }
  return count;
}

/** The span a run of words covers, or an empty span at `at` for an empty run. */
function runSpan(words: Word[], from: number, to: number, at: number): Span {
  return from < to ? { start: words[from].start, end: words[to - 1].end } : { start: at, end: at };
}

/** Where an empty run sits: just after the previous word, or at the unit start. */
function insertionPoint(words: Word[], from: number): number {
  if (from > 0) return words[from - 1].end;
  return words.length > 0 ? words[0].start : 0;
}

/** The spelling keys of a run of words, written together. */
function spellingOf(words: Word[], from: number, to: number): string {
  let joined = '';
  for (let k = from; k < to; k++) joined += words[k].spelling;
  return joined;
}

/** True when every word of a run is an article. */
function allArticles(words: Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!ARTICLES.has(words[k].spelling)) return false;
  return true;
}

/**
 * True when a gap of the diff (the words `a[i..mi)` and `b[j..mj)` between two matched words)
 * changes nothing a reader would call content.
 */
function isOrthographic(a: Word[], i: number, mi: number, b: Word[], j: number, mj: number): boolean {
  if (spellingOf(a, i, mi) === spellingOf(b, j, mj)) return true;
  return mi - i + mj - j > 0 && allArticles(a, i, mi) && allArticles(b, j, mj);
}

/**
 * The word-level differences between two units' words. Each list is made at its final length (the
 * matched words are counted first): a thousand articles' alignments keep some 150,000 diffs, and
 * lists grown by pushing kept room for sixteen more in each.
 */
export function diffWords(a: Word[], b: Word[]): WordDiff[] {
  const count = matchWords(a, b);
  let respeltCount = 0;
  let gapCount = 0;
  for (let k = 0, i = 0, j = 0; k <= count; k++) {
    const mi = k < count ? matchedA[k] : a.length;
    const mj = k < count ? matchedB[k] : b.length;
    if (k < count && a[mi].folded !== b[mj].folded) respeltCount++;
    if (mi > i || mj > j) gapCount++;
    i = mi + 1;
    j = mj + 1;
  }
  // Words matched by key but written differently (case aside) are orthographic differences too.
  const respelt: WordDiff[] = new Array(respeltCount);
  const diffs: WordDiff[] = new Array(gapCount);
  let r = 0;
  let g = 0;
  for (let k = 0, i = 0, j = 0; k <= count; k++) {
    const mi = k < count ? matchedA[k] : a.length;
    const mj = k < count ? matchedB[k] : b.length;
    if (k < count && a[mi].folded !== b[mj].folded) respelt[r++] = { a: runSpan(a, mi, mi + 1, 0), b: runSpan(b, mj, mj + 1, 0), type: 'orthographic' };
    if (mi > i || mj > j) {
      diffs[g++] = {
        a: runSpan(a, i, mi, insertionPoint(a, i)),
        b: runSpan(b, j, mj, insertionPoint(b, j)),
        type: isOrthographic(a, i, mi, b, j, mj) ? 'orthographic' : 'substantive',
      };
    }
    i = mi + 1;
    j = mj + 1;
  }
  return respeltCount === 0 ? diffs : mergeInTextOrder(respelt, diffs);
}

/**
 * The diffs of `first` and `second` in text order (by start in the first unit, then in the
 * second), `first`'s before `second`'s where they start together. Both lists are in that order
 * already (matched words and the runs between them advance strictly through the first unit), so a
 * merge gives what a stable sort of the two would, without sorting every unit pair's diffs.
 */
function mergeInTextOrder(first: WordDiff[], second: WordDiff[]): WordDiff[] {
  const merged: WordDiff[] = new Array(first.length + second.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < first.length && j < second.length) {
    const x = first[i];
    const y = second[j];
    if ((x.a.start - y.a.start || x.b.start - y.b.start) <= 0) {
      merged[k++] = x;
      i++;
    } else {
      merged[k++] = y;
      j++;
    }
  }
  while (i < first.length) merged[k++] = first[i++];
  while (j < second.length) merged[k++] = second[j++];
  return merged;
}
