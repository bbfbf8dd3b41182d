/**
 * wink's tokenizer takes time in the square of a token's length: one megabyte without a space
 * would take minutes. No word of news prose is a hundred characters long, so before the text is
 * read, every run of 100 or more non-space characters gets a space in place of every hundredth
 * character. The length and every other character stay the same, so all offsets still index the
 * original text.
 */

/** A run of 100 or more non-space characters, matched from its start only (a match is tried once per word, not once per character). */
const OVERLONG_RUN = /(?<!\S)\S{100,}/g;

/** The text to give the tokenizer: the same length, overlong runs broken every 100 characters. */
export function breakOverlongRuns(text: string): string {
  return text.replace(OVERLONG_RUN, (run) => run.replace(/([^]{99})[^]/g, '$1 '));
}
