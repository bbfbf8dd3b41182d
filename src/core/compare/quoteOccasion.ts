/**
 * When a quote was said, as far as the paragraph around it tells: the days of the week the
 * reporter names there ("On Wednesday he ordered all ferries to stay in port. 'No boat will
 * leave…'", "the minister, who toured the site on Tuesday, said"). A running story quotes one
 * official day after day, and the remarks of two days are worded alike ("we have confirmed 15
 * dead", then "we have now found 17 dead"); two outlets quoting one remark place it on one day, or
 * one of them names no day at all. So two quotes whose paragraphs name days, and no day in
 * common, were said on different occasions and are not one utterance.
 *
 * Only the reporter's words count: a day inside a quote is what the speaker talked about ("the
 * port reopens on Monday"), not when they spoke. A paragraph ends at a blank line.
 */
import type { Span } from '../types';

const WEEKDAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;
const PARAGRAPH_BREAK = /\n[ \t]*\n/g;

/** The offsets where the paragraphs of `text` start, in order (the first at 0). */
function paragraphStarts(text: string): number[] {
  const starts = [0];
  PARAGRAPH_BREAK.lastIndex = 0;
  for (let m = PARAGRAPH_BREAK.exec(text); m; m = PARAGRAPH_BREAK.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

/**
 * For each of `quotes` (the quotes of `text`), the days of the week the reporter names in its
 * paragraph outside every quote (see the file comment), in lower case.
 */
export function occasionDays(text: string, quotes: readonly Span[]): Array<Set<string>> {
  const starts = paragraphStarts(text);
  // The reporter's days of each paragraph, read once however many quotes it holds.
  const byParagraph = new Map<number, Set<string>>();
  const daysOf = (p: number): Set<string> => {
    let days = byParagraph.get(p);
    if (!days) {
      days = new Set();
      const start = starts[p];
      const slice = text.slice(start, starts[p + 1] ?? text.length);
      WEEKDAY.lastIndex = 0;
      for (let m = WEEKDAY.exec(slice); m; m = WEEKDAY.exec(slice)) {
        const at = start + m.index;
        if (!quotes.some((q) => q.start <= at && at < q.end)) days.add(m[1].toLowerCase());
      }
      byParagraph.set(p, days);
    }
    return days;
  };
  return quotes.map((quote) => {
    let p = 0;
    while (p + 1 < starts.length && starts[p + 1] <= quote.start) p++;
    return daysOf(p);
  });
}

/** True when both quotes' paragraphs name days of the week and none in common (see the file comment). */
export function differentOccasions(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const day of a) if (b.has(day)) return false;
  return true;
}
