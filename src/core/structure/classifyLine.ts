/**
 * What a single line of a news page is when its text alone tells: a photo credit, a caption or a
 * link line ("Read more: …"), a byline, or prose. These are the furniture every outlet prints
 * around the story (AP, Reuters, BBC, Guardian, TASS, Al Jazeera, agency wires); none of it is the
 * reporter's or a source's assertion.
 */

/** Lines that credit an image or its source: "© Johannes Simon / Getty Images", "Photo: AP". */
const CREDIT_START = /^(?:©|\(c\)\s|copyright\b|photo(?:graph)?s?\s*(?:credit)?\s*[:/]|pictures?\s*:|image(?:s)?\s*(?:credit|source)?\s*:|credit\s*:|source\s*:\s*\S+\s*$|file photo\b)/i;
/** An agency credit standing alone in brackets: "(Reuters/John Smith)", "(AP Photo/Evan Vucci)". */
const BRACKETED_CREDIT = /^\(\s*[\p{Lu}][\p{L}.&' ]{1,40}(?:\s*Photo)?\s*\/\s*[\p{L}.' -]{2,60}\)$/u;
/** A caption that ends with its credit: "… in Tehran. Photograph: Atta Kenare/AFP/Getty Images". */
const TRAILING_CREDIT = /(?:photograph|photo|picture|image|credit)\s*:\s*[^.!?]{2,80}$|\((?:AP|AFP|Reuters|EPA|Getty)[^)]{0,60}\/[^)]{2,60}\)$|\/\s*(?:Getty Images|AFP|Reuters|AP|EPA|Shutterstock|Alamy)(?:\s+via\s+[^.]{2,40})?$/i;
/** Caption labels (BBC and others) and the link lines pages interleave with the story. */
const CAPTION_START = /^(?:image|media|video|photo|picture)\s+(?:caption|source)\b|^caption\s*:/i;
const LINK_LINE = /^(?:read\s+(?:more|next|also)|also\s+read|see\s+also|related(?:\s+(?:stories|articles|content|coverage|news))?|more\s+on\s+this(?:\s+story)?|recommended(?:\s+stories)?|trending|watch|listen|sign\s+up\b[^:]{0,40}|subscribe\b[^:]{0,40}|you\s+may\s+also\s+like|most\s+read|further\s+reading|read)\s*(?::|\||\s[-–—]\s)|^(?:advertisement|advertising|story continues below(?: advertisement)?|skip advertisement|share this article|listen to this article)$/i;
/** "By Jane Doe", "By Jane Doe and John Roe, Reuters", "By JANE DOE in Kyiv". */
const BY_LINE = /^[Bb][Yy]\s+(\p{Lu}[\p{L}.'’-]*)(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|in|for|of|&|de|da|van|von|al|el|bin))*(?:\s*[,|/]\s*(?:\p{Lu}[\p{L}.'’&-]*)(?:\s+(?:\p{Lu}[\p{L}.'’&-]*|and|in|for|of|&))*)*\.?$/u;
/** "Jane Doe | Reuters", "Jane Doe - BBC News", "Jane Doe, Al Jazeera" (names only). */
const NAME_PIPE_OUTLET = /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}\s*(?:\||[–—-]|,)\s*\p{Lu}[\p{L}.&'’ ]{1,40}$/u;
/** Publication stamps: "Published 23 October 2023", "Updated: 10:32 GMT", "23 Oct 2023, 10:04". */
const STAMP = /^(?:(?:additional\s+)?(?:reporting|writing|editing|compiled|written|edited)\s+by\b[^.]{0,200}\.?$)|^(?:published|updated|posted|last\s+updated|first\s+published|modified)\b[^.]{0,80}$|^\d{1,2}\s+\p{L}{3,9}\s+\d{4}(?:,?\s+\d{1,2}:\d{2}(?:\s*(?:am|pm|gmt|utc|[A-Z]{2,4}))?)?$|^\p{L}{3,9}\.?\s+\d{1,2},\s+\d{4}(?:\s*,?\s*\d{1,2}:\d{2}\s*(?:am|pm)?(?:\s*[A-Z]{2,4})?)?$|^\d{1,2}:\d{2}\s*(?:am|pm)?\s*(?:gmt|utc|[A-Z]{2,4})?$/iu;

/** What a line is by its own text. */
export type LineRole = 'credit' | 'caption' | 'byline' | 'prose';

/** True when a line ends as a sentence does (final punctuation, possibly inside a closing quote or bracket). */
export function endsLikeSentence(line: string): boolean {
  return /[.!?…:;,]["'”’»)\]]*$/.test(line) || /["”»]$/.test(line);
}

/** Number of words (white-space separated) in a line. */
export function wordCount(line: string): number {
  const trimmed = line.trim();
  return trimmed.length === 0 ? 0 : trimmed.split(/\s+/).length;
}

/**
 * Classifies one trimmed line by its own text: a photo credit, a caption or link line, a byline
 * (or publication stamp), or prose (anything else, headlines included).
 */
export function classifyLine(line: string): LineRole {
  if (line.length > 400) return 'prose';
  if (CREDIT_START.test(line) || BRACKETED_CREDIT.test(line)) return 'credit';
  if (CAPTION_START.test(line) || LINK_LINE.test(line)) return 'caption';
  if (line.length < 240 && TRAILING_CREDIT.test(line)) return 'caption';
  if (line.length < 120 && (BY_LINE.test(line) || STAMP.test(line))) return 'byline';
  if (line.length < 80 && !endsLikeSentence(line) && NAME_PIPE_OUTLET.test(line) && /[|–—]/.test(line)) return 'byline';
  return 'prose';
}
