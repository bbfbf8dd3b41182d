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

/** What a word is, whatever its place: shared by every occurrence of one written form. */
interface Lexeme {
  /** Length of the written form (UTF-16 code units). */
  length: number;
  folded: string;
  stem: string;
  spelling: string;
  sense: string;
  content: boolean;
}

/**
 * One word of a source, as the comparison sees it: its start and its shared {@link Lexeme}. A
 * thousand articles hold close to a million words, so a word is two fields: its end and its keys
 * are read through the lexeme.
 */
export class Word implements Span {
  constructor(
    readonly start: number,
    private readonly lexeme: Lexeme,
  ) {}

  /** Offset just after the word. */
  get end(): number {
    return this.start + this.lexeme.length;
  }

  /** Lower case, accents folded, a trailing possessive removed. */
  get folded(): string {
    return this.lexeme.folded;
  }

  /** Matching key (see {@link stemWord}). */
  get stem(): string {
    return this.lexeme.stem;
  }

  /** Key under which spelling variants coincide (see {@link spellingKey}). */
  get spelling(): string {
    return this.lexeme.spelling;
  }

  /** Key under which words of one meaning coincide ("died" / "killed"; see {@link senseOf}). */
  get sense(): string {
    return this.lexeme.sense;
  }

  /** False for function words and reporting verbs. */
  get content(): boolean {
    return this.lexeme.content;
  }
}

/** Letters or digits, with inner apostrophes ("don't", "Russia’s") and number punctuation ("2.4", "1,240"). */
const WORD = /\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:['’][\p{L}]+)*|\d+/gu;

/** Lower case with diacritics removed ("Huamaní" → "huamani"). */
export function foldWord(raw: string): string {
  return raw.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** The lexeme of each written form already seen (cleared when it grows large). */
const LEXEMES = new Map<string, Lexeme>();
const MAX_CACHED = 200_000;

/** The shared lexeme of a written form, computed once per distinct form. */
function lexemeOf(written: string): Lexeme {
  let lexeme = LEXEMES.get(written);
  if (!lexeme) {
    if (LEXEMES.size >= MAX_CACHED) LEXEMES.clear();
    const folded = foldWord(written).replace(/['’]s$/, '').replace(/’/g, "'");
    const stem = stemWord(folded);
    lexeme = { length: written.length, folded, stem, spelling: spellingKey(folded), sense: senseOf(folded, stem), content: !isStopWord(folded) };
    LEXEMES.set(written, lexeme);
  }
  return lexeme;
}

/**
 * A content word standing for a phrase or a word of a wider meaning (see speechParaphrases.ts):
 * its spelling and sense are `sense`, so that two wordings of one idea match in order and in
 * weight, and its stem is that of `head`, whose rarity in the set weighs it.
 */
export function senseWord(start: number, end: number, folded: string, head: string, sense: string): Word {
  return new Word(start, { length: end - start, folded, stem: stemWord(head), spelling: sense, sense, content: true });
}

/**
 * The words of `text` inside `span` (default: all of it), with offsets into `text`. The list is
 * returned as a copy of its own length: a thousand articles keep some 75,000 units' word lists for
 * the whole comparison, and a list grown by pushing keeps up to half as much room again.
 */
export function readWords(text: string, span: Span = { start: 0, end: text.length }): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = 0;
  const slice = text.slice(span.start, span.end);
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    words.push(new Word(span.start + m.index, lexemeOf(m[0])));
  }
  return words.slice();
}
