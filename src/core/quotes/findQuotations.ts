/**
 * Finds the spans that stand inside quotation marks, with a single left-to-right scan of the raw
 * characters (wink's tokens cannot tell an apostrophe from a closing single quote).
 *
 * How marks are paired:
 * - Openers: “ „ « ‹ ‘ ‚ and straight " ' where the context opens (start of a block or after a
 *   space, a bracket, a dash, a slash or another opener, and followed by a non-space). A ” that
 *   stands where an opener would stand and no double quotation is open also opens (some outlets and
 *   converters use it both ways).
 * - Closers: ” “ » › ’ ‘ and straight " ' where the context closes (after a non-space). A closer
 *   closes the innermost open quotation of its family (double or single), whatever the opener's
 *   style, so a curly opener closed by a straight mark pairs, and „…“ (German style) pairs too.
 * - Apostrophes are never marks: a ’ or ' between two letters (don't, Lavrov’s), before a decade
 *   ('90s, ’60s) or in rock ’n’ roll; a ’ after a word ending in s when no single quotation is open
 *   is a plural possessive (States’, the players’ union).
 * - Nesting: single inside double (or the reverse) is tracked on a small stack; only the outermost
 *   quotation is reported, because the inner one is part of the quoted speaker's words (the gold
 *   annotation counts spans at top level).
 * - Paragraphs: a quotation never runs past the end of its block. A double quotation still open
 *   there ends with the block (`close` null); when the next text block opens with a double mark, it
 *   is the next part of a multi-paragraph quotation (`continues` / `continued`). A single quotation
 *   still open at the end of a block is dropped: it was an apostrophe, not a quote.
 * Every character is looked at once and the stack is bounded, so the scan is linear.
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
const MAX_DEPTH = 4;

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const isLetter = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** Characters after which a straight mark opens a quotation. */
const isOpeningContext = (c: string | undefined): boolean => c === undefined || /[\s([{\u2014\u2013\-/:“„«‘‚‹"']/.test(c);

/** True when a ’ or ' at i is an apostrophe, not a quotation mark. */
function isApostrophe(text: string, i: number, singleOpen: boolean): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  if (isLetter(before) && isLetter(after)) return true;
  if (/^\d0s\b/.test(text.slice(i + 1, i + 5)) && !isLetter(before)) return true;
  if (/^['’]n['’]$/.test(text.slice(i, i + 3)) || /^['’]n['’]$/.test(text.slice(i - 2, i + 1))) return true;
  if (!singleOpen && (before === 's' || before === 'S') && (isSpace(after) || /[,.;:!?)]/.test(after ?? ''))) return true;
  return false;
}

/**
 * Scans the text blocks for quotations (see the file comment). `blocks` must be sorted; every
 * block is scanned (captions and link lines hold scare quotes too). Returns the outermost
 * quotations, sorted by start. Linear in the length of the text.
 */
export function findQuotations(text: string, blocks: Block[]): Quotation[] {
  const found: Quotation[] = [];
  let carry = false;
  blocks.forEach((block, b) => {
    const stack: Open[] = [];
    let partContinued = false;
    for (let i = block.start; i < block.end; i++) {
      const c = text[i];
      const isDoubleMark = DOUBLE_OPENERS.includes(c) || DOUBLE_CLOSERS.includes(c);
      const isSingleMark = SINGLE_OPENERS.includes(c) || SINGLE_CLOSERS.includes(c);
      if (!isDoubleMark && !isSingleMark) continue;
      const family: Family = isDoubleMark ? 'double' : 'single';
      const top = stack[stack.length - 1];
      const openOfFamily = findOpen(stack, family);
      if (family === 'single' && isApostrophe(text, i, openOfFamily >= 0)) continue;

      // Guillemets are spaced inside in French typography and are never anything but marks.
      const guillemet = c === '«' || c === '»' || c === '‹' || c === '›';
      const canClose = DOUBLE_CLOSERS.includes(c) || SINGLE_CLOSERS.includes(c) ? guillemet || !isSpace(text[i - 1]) || i === block.start : false;
      const canOpen = (DOUBLE_OPENERS.includes(c) || SINGLE_OPENERS.includes(c) || (c === '”' && openOfFamily < 0)) && (guillemet || (isOpeningContext(text[i - 1]) && !isSpace(text[i + 1])));
      const curlyOpener = c === '“' || c === '„' || c === '‘' || c === '‚' || c === '«' || c === '‹';
      // “ is a German closer only when a „ is open; otherwise a curly opener always opens.
      const germanClose = c === '“' && openOfFamily >= 0 && text[stack[openOfFamily].at] === '„';

      if (openOfFamily >= 0 && (germanClose || (!curlyOpener && canClose && !(canOpen && c === '"' && top?.family !== family)))) {
        const opened = stack[openOfFamily];
        stack.length = openOfFamily;
        if (stack.length === 0) {
          found.push({ start: opened.at + 1, end: i, open: { start: opened.at, end: opened.at + 1 }, close: { start: i, end: i + 1 }, block: b, continued: partContinued, continues: false });
          partContinued = false;
        }
        continue;
      }
      if (canOpen && stack.length < MAX_DEPTH) {
        if (stack.length === 0) partContinued = carry && i === block.start && family === 'double';
        stack.push({ family, at: i });
      }
    }
    carry = false;
    // What is still open at the end of the block: the outermost double quotation survives.
    const outer = stack[0];
    if (outer && outer.family === 'double') {
      const nextText = blocks[b + 1];
      const continues = nextText !== undefined && DOUBLE_OPENERS.includes(text[nextText.start]);
      found.push({ start: outer.at + 1, end: block.end, open: { start: outer.at, end: outer.at + 1 }, close: null, block: b, continued: partContinued, continues });
      carry = continues;
    }
  });
  return found;
}

/** Index in the stack of the innermost open quotation of a family, or -1. */
function findOpen(stack: Open[], family: Family): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k].family === family) return k;
  return -1;
}
