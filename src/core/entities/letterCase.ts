/**
 * The case of a word's letters, as the recogniser asks about it on every word: capitalised, lower
 * case, or a plain capitalised word ("Denman"). ASCII is answered by character code; Unicode
 * classes are tested with regular expressions made once (a bundle for Node turns a literal into a
 * `new RegExp` at each evaluation).
 */

const STARTS_UPPER = /^\p{Lu}/u;
const STARTS_LOWER = /^\p{Ll}/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
const DOTTED_INITIALS = /^(\p{Lu}\.){2,3}$/u;

/** True when a word starts with a capital (ASCII answered without a regular expression). */
export function startsUpperCase(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  return c > 127 && STARTS_UPPER.test(word);
}

/** True when a word starts with a lower-case letter (ASCII checked without a regular expression). */
export function startsLowerCase(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 97 && c <= 122) return true;
  return c > 127 && STARTS_LOWER.test(word);
}

/** True for a capitalised word of letters only, the rest in lower case ("Denman", "Öresund"). */
export function isCapitalisedWord(word: string): boolean {
  return CAPITALISED_WORD.test(word);
}

/** True for two or three capitals each with its full stop, as a state's or province's initials are written ("B.C.", "N.Y."). */
export function isDottedInitials(word: string): boolean {
  return DOTTED_INITIALS.test(word);
}
