/**
 * Turns a file's bytes into the text every offset refers to: UTF-8, a leading BOM removed.
 * Refuses bytes that do not look like text, so a binary file is never analysed.
 */

/** The decoded text, or why the bytes were not treated as an article. */
export type DecodedArticle = { ok: true; text: string } | { ok: false; reason: string };

/** How many leading bytes are inspected to decide whether a file is binary. */
const SNIFF_BYTES = 8192;

/**
 * True when the bytes look binary: a NUL byte, or more than 10% control characters other than
 * tab, line feed, form feed and carriage return, within the first 8 KiB.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** Removes one leading byte-order mark (U+FEFF), as the offsets contract requires. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Decodes an article's bytes as UTF-8 (invalid sequences become U+FFFD) without a BOM. */
export function decodeArticle(bytes: Uint8Array): DecodedArticle {
  if (looksBinary(bytes)) return { ok: false, reason: 'looks like a binary file, not text' };
  return { ok: true, text: stripBom(new TextDecoder('utf-8').decode(bytes)) };
}
