/**
 * Finds the spans that stand inside quotation marks, with a single left-to-right scan of the raw
 * characters (wink's tokens cannot tell an apostrophe from a closing single quote).
 *
 * How marks are paired:
 * - Openers: “ „ « ‹ ‘ ‚ and straight " ' where the context opens (start of a block or after a
 *   space, a bracket, a dash, a slash or another opener, and followed by a non-space). A ” that
 *   stands where an opener would stand and no double quotation is open also opens (some outlets and
 *   converters use it both ways).
 * - Inward guillemets (German, Danish, Polish: »Zitat«, ›Wort‹): a » or › before a word that closes
 *   no « or ‹ opens, and the « or ‹ after it closes; the French « … » pair as before.
 * - Closers: ” “ » › ’ ‘ and straight " ' where the context closes (after a non-space). A closer
 *   closes the innermost open quotation of its family (double or single), whatever the opener's
 *   style, so a curly opener closed by a straight mark pairs, and „…“ and ‚…‘ (German style) pair too.
 * - Apostrophes are never marks: a ’ or ' between two letters (don't, Lavrov’s), before a decade
 *   ('90s, ’60s) or in rock ’n’ roll; a ’ after a word ending in s when no single quotation is open
 *   is a plural possessive (States’, the players’ union).
 * - Nesting: single inside double (or the reverse) is tracked on a small stack; an inner quotation
 *   is reported too, flagged `nested`, after its host (a quote within a quote is a quote of its
 *   own, though its speaker is rarely the host's).
 * - Paragraphs: a quotation never runs past the end of its block. A double quotation still open
 *   there ends with the block (`close` null); when the next block opens with a mark of the same
 *   family, it is the next part of a multi-paragraph quotation (`continues` / `continued`). A
 *   single quotation still open at the end of a block that the next does not continue is dropped:
 *   it was an apostrophe, not a quote.
 * One regular-expression pass finds the marks; only they are looked at, each once, and the stack is
 * bounded, so the scan is linear.
 */
import type { Block, Span } from '../types';

/** A quoted span found by the scanner, before it is classified or attributed. */
export interface Quotation extends Span {
  open: Span;
  close: Span | null;
  /** Index of the block the quotation sits in. */
  block: number;
  /** True when this part continues a quotation left open at the end of the previous paragraph. */
  continued: boolean;
  /** True when the quotation is left open at the end of its paragraph and the next one continues it. */
  continues: boolean;
  /** True for a quotation inside another one (a quote within a quote). */
  nested: boolean;
}

type Family = 'double' | 'single';

interface Open {
  family: Family;
  at: number;
}

const DOUBLE_OPENERS = '“„«"';
const DOUBLE_CLOSERS = '”“»"';
const SINGLE_OPENERS = '‘‚‹\'';
const SINGLE_CLOSERS = '’‘›\'';
/** The guillemet each inward-pointing one pairs with: » opens what « closes, › what ‹ closes. */
const INWARD_PAIR: Record<string, string> = { '»': '«', '›': '‹', '«': '»', '‹': '›' };
const MAX_DEPTH = 4;
/**
 * A word that follows a closing mark rather than a possessive ("‘a waste of resources’ and said …").
 * Not the comparison's stop words: articles, possessives and "own" follow a plural possessive
 * ("the parents’ own homes"), and times such as "yesterday" follow a quotation.
 */
const FUNCTION_WORD_AHEAD = /^ (?:and|or|but|as|to|in|on|at|for|with|from|by|of|he|she|they|it|we|said|says|is|was|were|are|has|have|had|after|before|when|while|because|that|which|who|if|than|rather|instead|nor|then|so|since|until|unless|although|though|whereas|during|despite|into|onto|over|under|about|against|without|within|across|through|amid|among|last|this|yesterday|today|tonight|earlier|later|again|too|also|not|would|will|could|should|can|may|might|must)\b/;

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const isLetter = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** Characters after which a straight mark opens a quotation. */
const isOpeningContext = (c: string | undefined): boolean => c === undefined || /[\s([{\u2014\u2013\-/:“„«‘‚‹"']/.test(c);

/** Endings of words that end in s without being plurals (adjectives in -ous, nouns in -ss, -us, -is). */
const NOT_PLURAL_ENDING = /\p{L}(?:ous|ss|us|is)$/iu;

/**
 * True when a ’ or ' at i is an apostrophe, not a quotation mark. `singleOpenedAt` is the offset of
 * the open single quotation's opening mark (-1 when none is open); `laterCloser` tells whether
 * another mark that could close a single quotation follows in the block: then "parents’ lives"
 * inside an open single quotation is a possessive, not its end.
 */
function isApostrophe(text: string, i: number, singleOpenedAt: number, laterCloser: boolean): boolean {
  const singleOpen = singleOpenedAt >= 0;
  const before = text[i - 1];
  const after = text[i + 1];
  if (isLetter(before) && isLetter(after)) return true;
  if (/^\d0s\b/.test(text.slice(i + 1, i + 5)) && !isLetter(before)) return true;
  if (/^['’]n['’]$/.test(text.slice(i, i + 3)) || /^['’]n['’]$/.test(text.slice(i - 2, i + 1))) return true;
  if ((before === 's' || before === 'S') && (isSpace(after) || /[,.;:!?)]/.test(after ?? ''))) {
    if (!singleOpen) return true;
    // 'callous', 'famous', 'crisis': a word ending so is no plural, and no plural possessive either.
    if (NOT_PLURAL_ENDING.test(text.slice(Math.max(singleOpenedAt + 1, i - 12), i))) return false;
    // A one-word quotation ('sundries') ends here; inside a longer one, "parents’ lives" is a possessive.
    if (laterCloser && / \p{Ll}/u.test(text.slice(i + 1, i + 3)) && !FUNCTION_WORD_AHEAD.test(text.slice(i + 1, i + 12))) {
      // Inside a longer quotation "parents’ lives" is a possessive; right after the opener, only
      // when a closing mark follows within a few words ('students’ union'), not a new opener ('sundries' and 'outings').
      if (/\s/.test(text.slice(singleOpenedAt + 1, i))) return true;
      const ahead = /^[^'’‘\n]{1,30}['’]/.exec(text.slice(i + 1, i + 33));
      if (ahead && !isSpace(text[i + ahead[0].length - 1])) return true;
    }
  }
  return false;
}

/**
 * Scans the text blocks for quotations (see the file comment). `blocks` must be sorted; every
 * block is scanned (captions and link lines hold scare quotes too). Returns the quotations sorted
 * by start, a host before the quotations nested in it. Linear in the length of the text (plus
 * the sort of what it found).
 */
export function findQuotations(text: string, blocks: Block[]): Quotation[] {
  const found: Quotation[] = [];
  const marks = markOffsets(text);
  let firstMark = 0;
  let carry = false;
  // The next block with text of its own (a Markdown block quote has ">" lines between paragraphs).
  const nextWithText = (b: number): Block | undefined => {
    for (let n = b + 1; n < blocks.length && n - b <= 3; n++) if (contentStart(text, blocks[n]) < blocks[n].end) return blocks[n];
    return undefined;
  };
  blocks.forEach((block, b) => {
    if (contentStart(text, block) === block.end) return;
    const stack: Open[] = [];
    let partContinued = false;
    // Past the last possible closer, "s’ lives" is still a possessive when the next paragraph
    // continues a single quotation (its closer is there).
    const following = nextWithText(b);
    const nextStart = following ? text[contentStart(text, following)] : '';
    while (firstMark < marks.length && marks[firstMark] < block.start) firstMark++;
    let endMark = firstMark;
    while (endMark < marks.length && marks[endMark] < block.end) endMark++;
    const lastSingleCloser = nextStart === '‘' || nextStart === "'" ? block.end : lastSingleCloserIn(text, marks, firstMark, endMark);
    for (let m = firstMark; m < endMark; m++) {
      const i = marks[m];
      const c = text[i];
      const family: Family = DOUBLE_OPENERS.includes(c) || DOUBLE_CLOSERS.includes(c) ? 'double' : 'single';
      const top = stack[stack.length - 1];
      const openOfFamily = findOpen(stack, family);
      if (family === 'single' && isApostrophe(text, i, openOfFamily >= 0 ? stack[openOfFamily].at : -1, i < lastSingleCloser)) continue;

      // Guillemets are spaced inside in French typography and are never anything but marks.
      const guillemet = c === '«' || c === '»' || c === '‹' || c === '›';
      const openedWith = openOfFamily >= 0 ? text[stack[openOfFamily].at] : '';
      // German, Danish and Polish typography points guillemets inwards (»Zitat«, ›Wort‹): a » or ›
      // that closes no « or ‹ and stands before a word opens, and a « or ‹ closes what it opened.
      const inwardOpener = (c === '»' || c === '›') && openedWith !== INWARD_PAIR[c] && !isSpace(text[i + 1]);
      const inwardClose = (c === '«' || c === '‹') && openedWith === INWARD_PAIR[c];
      const canClose = DOUBLE_CLOSERS.includes(c) || SINGLE_CLOSERS.includes(c) ? guillemet || !isSpace(text[i - 1]) || i === block.start : false;
      const canOpen = inwardOpener || ((DOUBLE_OPENERS.includes(c) || SINGLE_OPENERS.includes(c) || (c === '”' && openOfFamily < 0)) && (guillemet || (isOpeningContext(text[i - 1]) && !isSpace(text[i + 1]))));
      const curlyOpener = c === '“' || c === '„' || c === '‘' || c === '‚' || c === '«' || c === '‹' || inwardOpener;
      // “ and ‘ are German closers only when a „ or a ‚ is open; otherwise a curly opener always opens.
      const lowOpener = c === '“' ? '„' : c === '‘' ? '‚' : '';
      const germanClose = inwardClose || (lowOpener !== '' && openedWith === lowOpener);

      if (openOfFamily >= 0 && (germanClose || (!curlyOpener && canClose && !(canOpen && c === '"' && top?.family !== family)))) {
        const opened = stack[openOfFamily];
        stack.length = openOfFamily;
        const nested = stack.length > 0;
        found.push({ start: opened.at + 1, end: i, open: { start: opened.at, end: opened.at + 1 }, close: { start: i, end: i + 1 }, block: b, continued: !nested && partContinued, continues: false, nested });
        if (!nested) partContinued = false;
        continue;
      }
      if (canOpen && stack.length < MAX_DEPTH) {
        if (stack.length === 0) partContinued = carry && i === contentStart(text, block);
        stack.push({ family, at: i });
      }
    }
    carry = false;
    // What is still open at the end of the block: the outermost quotation ends with the block when
    // it is a double one, or a single one that the next paragraph continues (British style); a
    // single mark left open otherwise was an apostrophe.
    const outer = stack[0];
    if (outer) {
      const opener = nextStart;
      const continues = outer.family === 'double' ? DOUBLE_OPENERS.includes(opener) || opener === '»' : SINGLE_OPENERS.includes(opener) && opener !== '';
      if (outer.family === 'double' || continues) {
        found.push({ start: outer.at + 1, end: block.end, open: { start: outer.at, end: outer.at + 1 }, close: null, block: b, continued: partContinued, continues, nested: false });
        carry = continues;
      }
    }
  });
  found.sort((x, y) => x.start - y.start || y.end - x.end);
  return found;
}

/** Where a block's own text starts, after the "> " marks of a Markdown block quote. */
function contentStart(text: string, block: Block): number {
  let i = block.start;
  while (i < block.end && i - block.start < 8 && (text[i] === '>' || text[i] === ' ')) i++;
  return i;
}

/** Every quotation mark of either family. */
const MARK = /[“„«"”»‘‚‹'’›]/g;

/** Offsets of every character that may be a quotation mark, in order: what the scan looks at. */
function markOffsets(text: string): number[] {
  const offsets: number[] = [];
  MARK.lastIndex = 0;
  for (let m = MARK.exec(text); m; m = MARK.exec(text)) offsets.push(m.index);
  return offsets;
}

/**
 * Offset of the last ’ or ' among a block's marks (`marks[from]` up to `marks[to]`, excluded) that
 * could close a quotation (a non-space before, no letter after), or -1.
 */
function lastSingleCloserIn(text: string, marks: number[], from: number, to: number): number {
  for (let m = to - 1; m >= from; m--) {
    const i = marks[m];
    if ((text[i] === '’' || text[i] === "'") && !isSpace(text[i - 1]) && !isLetter(text[i + 1])) return i;
  }
  return -1;
}

/** Index in the stack of the innermost open quotation of a family, or -1. */
function findOpen(stack: Open[], family: Family): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k].family === family) return k;
  return -1;
}
