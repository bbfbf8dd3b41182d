/**
 * Cuts a source into the units the comparison aligns: its sentences, and the clauses of long
 * sentences. News sentences often join two facts ("X happened; Y said Z", "…, and Y …"), and one
 * source may report only one of them: aligning whole sentences would hide the clause that is new.
 */
import type { ArticleAnalysis, Block, BlockKind, Span } from '../types';
import { spanIndexAt } from '../speakers/readingContext';
import { readWords, type Word } from './readWords';

/** A sentence or clause of one source. */
export interface TextUnit extends Span {
  /** Index of the source in the compared set. */
  source: number;
  /** Index of the unit in the whole set. */
  id: number;
  words: Word[];
  /** The kind of block the unit stands in, or null when the analysis gave no blocks. */
  block: BlockKind | null;
}

/** A sentence is split into clauses only beyond this many words, and each clause keeps at least `MIN_CLAUSE_WORDS`. */
const LONG_SENTENCE_WORDS = 28;
const MIN_CLAUSE_WORDS = 7;

/** Where a clause may start: after a semicolon, a colon opening a quote, or a comma and a conjunction. */
const CLAUSE_BREAK = /;\s+|:\s+(?=["“‘'])|,\s+(?=(?:and|but|while|whereas|although|though|yet)\s)/g;

/** The sentences of an analysis, or its non-empty lines when it gives none. */
function sentenceSpans(analysis: ArticleAnalysis): Span[] {
  if (analysis.sentences.length > 0) return analysis.sentences;
  const spans: Span[] = [];
  const line = /[^\r\n]+/g;
  for (let m = line.exec(analysis.text); m; m = line.exec(analysis.text)) {
    if (m[0].trim()) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/** Splits one long sentence at clause breaks, keeping every piece at least `MIN_CLAUSE_WORDS` long. */
function splitClauses(text: string, sentence: Span, words: Word[]): Array<{ span: Span; words: Word[] }> {
  if (words.length <= LONG_SENTENCE_WORDS) return [{ span: sentence, words }];
  const slice = text.slice(sentence.start, sentence.end);
  const pieces: Array<{ span: Span; words: Word[] }> = [];
  let start = sentence.start;
  let first = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(slice); m; m = CLAUSE_BREAK.exec(slice)) {
    const cut = sentence.start + m.index + m[0].length;
    let next = first;
    while (next < words.length && words[next].start < cut) next++;
    if (next - first >= MIN_CLAUSE_WORDS && words.length - next >= MIN_CLAUSE_WORDS) {
      pieces.push({ span: { start, end: sentence.start + m.index }, words: words.slice(first, next) });
      start = cut;
      first = next;
    }
  }
  pieces.push({ span: { start, end: sentence.end }, words: words.slice(first) });
  return pieces;
}

/**
 * The block kind covering an offset, or null. Blocks come in text order without overlapping (as
 * detectBlocks gives them), so a binary search finds the one holding the offset. A source of
 * 40,000 paragraphs has as many units, and a scan per unit made splitting it quadratic.
 */
function blockAt(blocks: Block[], offset: number): BlockKind | null {
  const k = spanIndexAt(blocks, offset);
  return k >= 0 ? blocks[k].kind : null;
}

/**
 * Splits a source into units (sentences, and the clauses of long sentences), numbering them from
 * `firstId`. Units without any word are left out.
 */
export function splitIntoUnits(analysis: ArticleAnalysis, source: number, firstId: number): TextUnit[] {
  const units: TextUnit[] = [];
  for (const sentence of sentenceSpans(analysis)) {
    const words = readWords(analysis.text, sentence);
    if (words.length === 0) continue;
    for (const piece of splitClauses(analysis.text, sentence, words)) {
      const start = piece.words[0].start;
      units.push({ start, end: trimEnd(analysis.text, piece.span.end), source, id: firstId + units.length, words: piece.words, block: blockAt(analysis.blocks, start) });
    }
  }
  return units;
}

/** Moves an end offset back over trailing white space. */
function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  return e;
}
