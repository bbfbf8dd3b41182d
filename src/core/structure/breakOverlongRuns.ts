/**
 * wink's tokenizer takes time in the square of a token's length: one megabyte without a space
 * would take minutes. No word of news prose is a hundred characters long, so before the text is
 * read, every run of 100 or more non-space characters gets a space in place of every hundredth
 * character. The length and every other character stay the same, so all offsets still index the
 * original text.
 */

/** A run of 100 or more non-space characters, matched from its start only (a match is tried once per word, not once per character). */
const OVERLONG_RUN = /(?<!\S)\S{100,}/g;
/** One white-space character, as `\s` reads it (asked only of characters beyond ASCII). */
const WHITE_SPACE = /\s/;

/**
 * True when a text holds a run of 100 or more non-space characters (what OVERLONG_RUN matches),
 * found by counting characters: almost no text does, and counting costs less than the pattern's
 * scan. ASCII white space is told by its code, any other character by `\s`.
 */
function holdsOverlongRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || (c > 127 && WHITE_SPACE.test(text[i]))) run = 0;
    else if (++run >= 100) return true;
  }
  return false;
}

/** The text to give the tokenizer: the same length, overlong runs broken every 100 characters. */
export function breakOverlongRuns(text: string): string {
  if (!holdsOverlongRun(text)) return text;
  return text.replace(OVERLONG_RUN, (run) => run.replace(/([^]{99})[^]/g, '$1 '));
}
