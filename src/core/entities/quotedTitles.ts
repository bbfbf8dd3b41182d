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

/**
 * True when the text from `start` to `end` sits inside a quotation on one line whose words are in
 * title case: at least three capitalised words and no lower-case word but the short ones titles
 * keep in lower case ("of", "and", "the", "from").
 */
export function insideQuotedTitle(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - REACH), start);
  let open = -1;
  for (let k = before.length - 1; k >= 0; k--) {
    const c = before[k];
    if (c === '\n') return false;
    if (c in CLOSERS && (k === 0 || /[\s(]/.test(before[k - 1]))) {
      open = k;
      break;
    }
  }
  if (open < 0) return false;
  const closers = CLOSERS[before[open]];
  const after = text.slice(end, end + REACH);
  let close = -1;
  for (let k = 0; k < after.length; k++) {
    if (after[k] === '\n') return false;
    // (An apostrophe inside a word is no closing mark: "Farmers' Union", "Europe's".)
    if (closers.includes(after[k]) && !/\p{L}/u.test(after[k + 1] ?? '')) {
      close = k;
      break;
    }
  }
  if (close < 0) return false;
  const quoted = before.slice(open + 1) + text.slice(start, end) + after.slice(0, close);
  const words = quoted.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const capitalised = words.filter(startsUpperCase).length;
  return capitalised >= 3 && words.every((w) => startsUpperCase(w) || LOWER_IN_TITLES.has(w));
}
