/**
 * Makes article text safe to place inline in Markdown (a table cell or a list item): the text
 * shows exactly as written and can never become a link, an HTML tag, emphasis or a table border.
 */

/** ASCII punctuation that Markdown (CommonMark, GitHub tables) could read as markup. */
const MARKUP = /[\\`*_[\]<>|~&!#]/g;

/**
 * Escapes Markdown markup with backslashes (CommonMark lets any ASCII punctuation be escaped)
 * and folds every run of white space, line breaks included, into one space so the text stays on
 * its line or in its table cell. Characters Markdown cannot show (NUL, other C0 controls) become
 * U+FFFD.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/(?![\t\n\r\f\v])\p{Cc}/gu, '\ufffd')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(MARKUP, (c) => `\\${c}`);
}
