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
const LINK_LINE = /^(?:read\s+(?:more|next|also)|also\s+read|see\s+also|related(?:\s+(?:stories|articles|content|coverage|news))?|more\s+on\s+this(?:\s+story)?|recommended(?:\s+stories)?|trending|watch|listen|sign\s+up\b[^:]{0,40}|subscribe\b[^:]{0,40}|you\s+may\s+also\s+like|most\s+read|further\s+reading|read)\s*(?::|\||\s[-–—]\s)|^(?:advertisement|advertising|story continues below(?: advertisement)?|skip advertisement|share|share this|share this article|share on \w+|listen to this article|related topics|related stories|more on this story|top stories|comments|print|save|follow|copy link)$/i;
/**
 * "By Jane Doe", "By Jane Doe and John Roe, Reuters", "By Camille Roussel, Brussels correspondent",
 * "By Jonas Kellermann | Berlin | 12.03.2026": capitalised names after "By", then roles, places
 * and dates after a comma, a bar or a dot; never a clause ("By Monday, officials expect …").
 */
const BY_LINE = /^[Bb][Yy]\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|da|van|von|al|el|bin|in))*(?:\s*[,|/·•–—-]\s*(?:[\p{Lu}\d][\p{L}\d.:/'’&-]*|and|in|for|of|at|the|min|read|senior|chief|staff|correspondent|reporter|editor|writer|columnist|contributor|producer|analyst)(?:\s+(?:[\p{Lu}\d][\p{L}\d.:/'’&-]*|and|in|for|of|at|the|min|read|senior|chief|staff|correspondent|reporter|editor|writer|columnist|contributor|producer|analyst))*)*\.?$/u;
/** A role line under a byline: "Science Correspondent", "Staff Writer", "Senior Political Editor". */
const ROLE_LINE = /^\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,3}\s+(?:[Cc]orrespondent|[Ww]riter|[Rr]eporter|[Ee]ditor|[Cc]olumnist|[Cc]ontributor|[Pp]roducer|[Ss]taff)$|^(?:Correspondent|Writer|Reporter|Editor|Columnist|Contributor|Producer|Staff)$/u;
/** An agency or service line: "Express News Service", "Agencies", "AFP", "Reuters". */
const AGENCY_LINE = /^(?:(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:News Service|News Agency|News Desk|Bureau|Desk|Staff|Agencies)|Agencies|AFP|AP|Reuters|PTI|IANS|ANI|TASS|Xinhua|Associated Press|Agence France-Presse|Al Jazeera(?: and news agencies)?|Al Jazeera Staff)$/u;
/** "Jane Doe | Reuters", "Jane Doe - BBC News", "Jane Doe, Al Jazeera" (names only). */
const NAME_PIPE_OUTLET = /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}\s*(?:\||[–—-]|,)\s*\p{Lu}[\p{L}.&'’ ]{1,40}$/u;
/** Publication stamps: "Published 23 October 2023", "Updated: 10:32 GMT", "23 Oct 2023, 10:04". */
const DATE_STAMP = /^\d{1,2}\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago$|^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\p{L}*,?\s+)?\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}(?:,?\s+\d{1,2}[.:]\d{2}\s*(?:am|pm|AM|PM)?\s*(?:[A-Z]{2,4})?)?$|^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/u;
const STAMP = /^(?:(?:additional\s+)?(?:reporting|writing|editing|compiled|written|edited)\s+by\b[^.]{0,200}\.?$)|^(?:published|updated|posted|last\s+updated|first\s+published|modified)\b[^.]{0,80}$|^\d{1,2}\s+\p{L}{3,9}\s+\d{4}(?:,?\s+\d{1,2}:\d{2}(?:\s*(?:am|pm|gmt|utc|[A-Z]{2,4}))?)?$|^\p{L}{3,9}\.?\s+\d{1,2},\s+\d{4}(?:\s*,?\s*\d{1,2}:\d{2}\s*(?:am|pm)?(?:\s*[A-Z]{2,4})?)?$|^\d{1,2}:\d{2}\s*(?:am|pm)?\s*(?:gmt|utc|[A-Z]{2,4})?$/iu;

/**
 * A line without its Markdown dressing: heading marks ("## "), block-quote marks ("> ") and
 * emphasis around the whole line ("*…*", "**By Priya Raman** · 6 min read").
 */
export function withoutMarkup(line: string): string {
  // (Most lines wear none: each pattern is run only on a line holding its mark.)
  let bare = line;
  if (bare.startsWith('#') || bare.startsWith('>')) bare = bare.replace(/^(?:#{1,6}|>)(?:\s*>)*\s+/, '');
  if (bare.includes('**') || bare.includes('__')) bare = bare.replace(/\*\*|__/g, '');
  if (bare.startsWith('*') || bare.startsWith('_')) bare = bare.replace(/^[*_](.*)[*_]$/, '$1');
  return bare.trim();
}

/** What a line is by its own text. */
export type LineRole = 'credit' | 'caption' | 'byline' | 'prose';

/** Marks that may follow a sentence's final punctuation: closing quotes and brackets. */
const CLOSERS_AFTER_STOP = '"\'”’»)]';

/**
 * True when a line ends as a sentence does: final punctuation (. ! ? … : ; ,), possibly inside
 * closing quotes or brackets, or a closing double quotation mark. Read backwards from the end, so
 * a long paragraph costs no more than a short one.
 */
export function endsLikeSentence(line: string): boolean {
  const last = line[line.length - 1];
  if (last === '"' || last === '”' || last === '»') return true;
  let i = line.length - 1;
  while (i >= 0 && CLOSERS_AFTER_STOP.includes(line[i])) i--;
  return i >= 0 && '.!?…:;,'.includes(line[i]);
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
export function classifyLine(raw: string): LineRole {
  if (raw.length > 400) return 'prose';
  const line = withoutMarkup(raw);
  if (CREDIT_START.test(line) || BRACKETED_CREDIT.test(line)) return 'credit';
  if (CAPTION_START.test(line) || LINK_LINE.test(line)) return 'caption';
  // (Every trailing credit holds a colon or a slash: lines with neither are not scanned for one.)
  if (line.length < 240 && (line.includes(':') || line.includes('/')) && TRAILING_CREDIT.test(line)) return 'caption';
  if (line.length < 160 && (BY_LINE.test(line) || STAMP.test(line) || DATE_STAMP.test(line))) return 'byline';
  if (line.length < 60 && (ROLE_LINE.test(line) || AGENCY_LINE.test(line))) return 'byline';
  if (line.length < 80 && !endsLikeSentence(line) && NAME_PIPE_OUTLET.test(line) && /[|–—]/.test(line)) return 'byline';
  return 'prose';
}
