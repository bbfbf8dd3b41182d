/**
 * Reads the words of a stretch of text for comparison: each word with its offsets, a folded form
 * (lower case, accents removed, possessive dropped), a stem for matching and whether it carries
 * content. Punctuation is skipped: it never decides whether two sources report the same thing.
 * A plain scanner rather than wink keeps the comparison linear and cheap on a thousand articles.
 */
import type { Span } from '../types';
import { senseOf } from './conceptClasses';
import { isStopWord } from './stopWords';
import { spellingKey } from './spellingKey';
import { stemWord } from './stemWord';

/** One word of a source, as the comparison sees it. */
export interface Word extends Span {
  /** Lower case, accents folded, a trailing possessive removed. */
  folded: string;
  /** Matching key (see {@link stemWord}). */
  stem: string;
  /** Key under which words of one meaning coincide ("died" / "killed"; see {@link senseOf}). */
  sense: string;
  /** Key under which spelling variants coincide (see {@link spellingKey}). */
  spelling: string;
  /** False for function words and reporting verbs. */
  content: boolean;
}

/** Letters or digits, with inner apostrophes ("don't", "Russia’s") and number punctuation ("2.4", "1,240"). */
const WORD = /\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:['’][\p{L}]+)*|\d+/gu;

/** Lower case with diacritics removed ("Huamaní" → "huamani"). */
export function foldWord(raw: string): string {
  return raw.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Stems, spelling keys and senses of folded words already seen (cleared when it grows large). */
const KEYS = new Map<string, [string, string, string]>();
const MAX_CACHED = 200_000;

/** The stem, spelling key and sense of a folded word, computed once per distinct word. */
function keysOf(folded: string): [string, string, string] {
  let keys = KEYS.get(folded);
  if (!keys) {
    if (KEYS.size >= MAX_CACHED) KEYS.clear();
    const stem = stemWord(folded);
    keys = [stem, spellingKey(folded), senseOf(folded, stem)];
    KEYS.set(folded, keys);
  }
  return keys;
}

/** The words of `text` inside `span` (default: all of it), with offsets into `text`. */
export function readWords(text: string, span: Span = { start: 0, end: text.length }): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = 0;
  const slice = text.slice(span.start, span.end);
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    const folded = foldWord(m[0]).replace(/['’]s$/, '').replace(/’/g, "'");
    const start = span.start + m.index;
    const [stem, spelling, sense] = keysOf(folded);
    words.push({ start, end: start + m[0].length, folded, stem, spelling, sense, content: !isStopWord(folded) });
  }
  return words;
}
