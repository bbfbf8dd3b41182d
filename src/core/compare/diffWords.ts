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

/** A gap of the diff: the words of each side between two matched words, by index. */
interface Gap {
  a: [number, number];
  b: [number, number];
}

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

/** Pairs of indices of matched words, in order, by dynamic programming over the LCS table. */
function matchWords(a: string[], b: string[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  if (n * m > MAX_CELLS) return [];
  const table = scratchTable((n + 1) * (m + 1));
  // The last row and column are the empty suffixes: zero, whatever an earlier diff left there.
  table.fill(0, n * (m + 1), (n + 1) * (m + 1));
  for (let i = 0; i < n; i++) table[i * (m + 1) + m] = 0;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * (m + 1) + j] =
        a[i] === b[j] ? table[(i + 1) * (m + 1) + j + 1] + 1 : Math.max(table[(i + 1) * (m + 1) + j], table[i * (m + 1) + j + 1]);
    }
  }
  const matches: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) matches.push([i++, j++]);
    else if (table[(i + 1) * (m + 1) + j] >= table[i * (m + 1) + j + 1]) i++;
    else j++;
  }
  return matches;
}

/** The span a run of words covers, or an empty span at `at` for an empty run. */
function runSpan(words: Word[], [from, to]: [number, number], at: number): Span {
  return from < to ? { start: words[from].start, end: words[to - 1].end } : { start: at, end: at };
}

/** Where an empty run sits: just after the previous word, or at the unit start. */
function insertionPoint(words: Word[], from: number): number {
  if (from > 0) return words[from - 1].end;
  return words.length > 0 ? words[0].start : 0;
}

/** True when a gap changes nothing a reader would call content. */
function isOrthographic(aKeys: string[], bKeys: string[], gap: Gap): boolean {
  const left = aKeys.slice(gap.a[0], gap.a[1]);
  const right = bKeys.slice(gap.b[0], gap.b[1]);
  if (left.join('') === right.join('')) return true;
  return left.length + right.length > 0 && [...left, ...right].every((k) => ARTICLES.has(k));
}

/** The word-level differences between two units' words. */
export function diffWords(a: Word[], b: Word[]): WordDiff[] {
  const aKeys = a.map((w) => w.spelling);
  const bKeys = b.map((w) => w.spelling);
  const matches = matchWords(aKeys, bKeys);
  const gaps: Gap[] = [];
  let i = 0;
  let j = 0;
  for (const [mi, mj] of [...matches, [a.length, b.length] as [number, number]]) {
    if (mi > i || mj > j) gaps.push({ a: [i, mi], b: [j, mj] });
    i = mi + 1;
    j = mj + 1;
  }
  // Words matched by key but written differently (case aside) are orthographic differences too.
  const diffs: WordDiff[] = [];
  for (const [mi, mj] of matches) {
    if (a[mi].folded !== b[mj].folded) diffs.push({ a: runSpan(a, [mi, mi + 1], 0), b: runSpan(b, [mj, mj + 1], 0), type: 'orthographic' });
  }
  for (const gap of gaps) {
    diffs.push({
      a: runSpan(a, gap.a, insertionPoint(a, gap.a[0])),
      b: runSpan(b, gap.b, insertionPoint(b, gap.b[0])),
      type: isOrthographic(aKeys, bKeys, gap) ? 'orthographic' : 'substantive',
    });
  }
  return diffs.sort((x, y) => x.a.start - y.a.start || x.b.start - y.b.start);
}
