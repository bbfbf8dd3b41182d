/**
 * Titles of works quoted in running text: "a paper titled « Simpler Rules, Stronger Farms »", the
 * report "Joint Statement on Maritime Cooperation and the Safety of Fishers". News English writes
 * such a title in title case, every content word capitalised, which makes its common words look
 * like names ("Stronger Farms", "Maritime Cooperation"); spoken words in quotation marks are
 * written in sentence case. So a quotation in title case is a title, and a name guessed from its
 * capitals alone is no name.
 */
import { startsUpperCase } from './letterCase';

/** Quotation marks that open a quotation, and the marks that may close each. */
const CLOSERS: Record<string, string> = { '"': '"', '“': '”', '«': '»', '‘': '’', "'": "'", '„': '“”' };
/** How far a title may stretch around a name, in characters. */
const REACH = 160;
/** Short words a title leaves in lower case ("Protecting Children from Harmful Content"). */
const LOWER_IN_TITLES = new Set(['a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'on', 'in', 'at', 'to', 'for', 'from', 'by', 'with', 'as', 'vs', 'via', 'into', 'over', 'per']);

/** The character codes of the opening marks (CLOSERS' keys), tested code by code while scanning. */
const OPENER_CODES = new Set(Object.keys(CLOSERS).map((mark) => mark.charCodeAt(0)));

/**
 * True when the text from `start` to `end` sits inside a quotation on one line whose words are in
 * title case: at least three capitalised words and no lower-case word but the short ones titles
 * keep in lower case ("of", "and", "the", "from"). The opening mark is looked for up to REACH
 * characters back and the closing one up to REACH characters on, character code by character
 * code, with no copy of the text around the name.
 */
export function insideQuotedTitle(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - REACH);
  let open = -1;
  for (let k = start - 1; k >= from; k--) {
    const c = text.charCodeAt(k);
    if (c === 10) return false;
    // (An opening mark follows a blank or a bracket, or stands first in the stretch looked at.)
    if (OPENER_CODES.has(c) && (k === from || /[\s(]/.test(text[k - 1]))) {
      open = k;
      break;
    }
  }
  if (open < 0) return false;
  const closers = CLOSERS[text[open]];
  const limit = Math.min(text.length, end + REACH);
  let close = -1;
  for (let k = end; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) return false;
    // (An apostrophe inside a word is no closing mark: "Farmers' Union", "Europe's".)
    if ((c === closers.charCodeAt(0) || c === closers.charCodeAt(1)) && !(k + 1 < limit && /\p{L}/u.test(text[k + 1]))) {
      close = k;
      break;
    }
  }
  if (close < 0) return false;
  const words = text.slice(open + 1, close).match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const capitalised = words.filter(startsUpperCase).length;
  return capitalised >= 3 && words.every((w) => startsUpperCase(w) || LOWER_IN_TITLES.has(w));
}
