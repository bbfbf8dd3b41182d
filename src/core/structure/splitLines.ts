/**
 * Lines of a text with their offsets, whatever the line breaks (LF, CRLF, CR, Unicode line and
 * paragraph separators) and whether or not the text ends with one.
 */
import type { Span } from '../types';

/** One line: its span excludes the line break; `blankBefore` tells a blank line preceded it. */
export interface Line extends Span {
  /** The line's text with surrounding white space trimmed. */
  text: string;
  /** Offset of the trimmed text's start and end (the span without leading/trailing spaces). */
  trimmed: Span;
  /** True when at least one empty line stands between this line and the previous non-empty one. */
  blankBefore: boolean;
}

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085]/g;

/**
 * Splits a text into its non-empty lines (empty or white-space-only lines are dropped, but
 * remembered through `blankBefore` on the next line). Linear in the text's length.
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let sawBlank = false;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body.length === 0) {
      sawBlank = lines.length > 0;
      return;
    }
    const s = start + lead;
    lines.push({ start, end, text: body, trimmed: { start: s, end: s + body.length }, blankBefore: sawBlank });
    sawBlank = false;
  };
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(text.length);
  return lines;
}
