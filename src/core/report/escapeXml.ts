/**
 * Makes article text safe as XML character data or an attribute value: the five special
 * characters become entity references, and characters XML 1.0 forbids (NUL and the other
 * control characters but tab, line feed and carriage return; unpaired surrogates; U+FFFE and
 * U+FFFF) become U+FFFD, so the document stays well-formed whatever the article holds.
 */

/** Characters that may not appear in an XML 1.0 document at all, even escaped. */
const NOT_XML = /(?![\t\n\r])\p{Cc}|\p{Cs}|[\uFFFE\uFFFF]/gu;

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for XML content or a quoted attribute value. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '\ufffd').replace(/[&<>"']/g, (c) => ENTITY[c]);
}
