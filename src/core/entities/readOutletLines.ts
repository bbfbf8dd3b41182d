/**
 * Newspapers, newsletters and trade journals print their own name in an article's header, on a
 * line of its own that the recogniser reads word by word, like a headline whose capitals prove
 * nothing: right under the byline ("By Ana Ruiz" over "Brazil Herald, Rio de Janeiro", "The
 * Pacific Ledger, Wednesday, August 12, 2026", "Inquirer Southern Luzon"), before the date it
 * dates the issue ("Andes Post English | Friday, 20 November 2026", "Process Industry Review, 12
 * March 2025"), or after the reporter's name ("Jordan Pelletier, Thompson Valley Herald"). Such a
 * line is parted by commas, bars, middle dots or dashes into the outlet, its edition, its section,
 * a place and a date; the outlet is the part that is a name and no date, place or person. This
 * reads it whole as an organisation, without the "The" the masthead gives it and the desk that
 * follows ("The Courier-Sentinel Sports Desk" is the Courier-Sentinel's).
 */
import { isCommonWord, isGivenName, isRoleNoun, lookupName } from './gazetteer';
import { MONTH_PATTERN } from '../values/monthNames';
import { isPublicationHead } from './headWords';
import type { NameMention } from './recogniseNames';
import { replaceMentionsWithSpans, type ReadSpan } from './replaceMentionsWithSpans';

/** How many lines from the top of a text its header may take. */
const HEADER_LINES = 12;
/** The longest line an outlet's header line takes. */
const OUTLET_LINE = 90;
/** A byline: a short line opened by "By" (in emphasis too) before a capitalised name. */
const BYLINE = /^[ \t*_#]*(?:By|BY)[ \t]+\p{Lu}/u;
/** What parts a header line: bars, middle dots, dashes between spaces, commas. */
const SEPARATOR = /\s+[|·—–-]\s+|,\s+/gu;
/**
 * A part of a line that can be a name: capitalised words (hyphens, digits after the first letter),
 * the links of other languages between them ("Diario del Turia", "Le Quotidien de Bruxelles").
 */
const NAME_PART = /^\p{Lu}[\p{L}\p{M}\d'’&.-]*(?: (?:(?:de|del|della|di|du|des|da|do|dos|la|le|el|al|of|the|and|on|for) )?\p{Lu}[\p{L}\p{M}\d'’&.-]*){0,5}$/u;
/** Weekdays and months, and their abbreviations: a part holding one is a date. */
const DATE_WORD = new RegExp(`^(Mon|Tues?|Wed(nes)?|Thu(rs)?|Fri|Sat(ur)?|Sun)(day)?\\.?,?$|^(?:${MONTH_PATTERN})\\.?,?$`);
/** The sections a newspaper files its articles under, which a dated header line may name alone ("Science | 12.06.2027"). */
const SECTION = /^(News|Newsroom|Sports?|Science|Business|Economy|Markets|Money|Opinion|Comment|Editorial|Obituary|Obituaries|World|Politics|Culture|Arts|Travel|Health|Technology|Tech|Environment|Climate|Lifestyle|Entertainment|Local|National|International|Education|Weather|Features?|Analysis|Letters|Media|Finance)$/;
/** A section's desk closing a masthead line: "Sports Desk", "Foreign Desk", "News Desk". */
const DESK = / \p{Lu}\p{Ll}+ Desk$/u;

/** The lines of a text's header, with where each starts. */
function headerLines(text: string): { start: number; line: string }[] {
  const lines: { start: number; line: string }[] = [];
  let start = 0;
  while (lines.length < HEADER_LINES && start < text.length) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end);
    lines.push({ start, line });
    if (end < 0) break;
    start = end + 1;
  }
  return lines;
}

/** The parts of a line between its separators, with where each starts in the line. */
function partsOf(line: string): { at: number; part: string }[] {
  const parts: { at: number; part: string }[] = [];
  let at = 0;
  for (const sep of line.matchAll(SEPARATOR)) {
    parts.push({ at, part: line.slice(at, sep.index) });
    at = sep.index + sep[0].length;
  }
  parts.push({ at, part: line.slice(at) });
  return parts;
}

/** True when a part of a header line is a date or holds one ("Friday", "12 March 2025", "Oct. 6"). */
function isDatePart(part: string): boolean {
  return /\d/.test(part) || part.split(' ').some((w) => DATE_WORD.test(w));
}

/**
 * True when a part of a header line can be an outlet's name: a name, no date, no byline, no place the
 * gazetteer knows, no person (a given name and a surname), no section's common word ("Obituary |
 * Science desk | 27.05.2026", "Newsroom | 21.11.2026") and no reporter's role ("Staff Writer"; a
 * newspaper's head that is also one stays a name: "Courier", "Herald").
 */
function isOutletName(part: string): boolean {
  if (!NAME_PART.test(part) || isDatePart(part) || /^By /.test(part)) return false;
  const words = part.replace(/^The /, '').split(' ');
  const person = words.length <= 3 && isGivenName(words[0]) && lookupName(words[0]) === undefined;
  const last = words[words.length - 1];
  const section = words.length === 1 && (isCommonWord(last) || SECTION.test(last));
  return lookupName(part)?.type !== 'PLACE' && !person && !section && (!isRoleNoun(last) || isPublicationHead(last));
}

/** True when a part of a line is a person's name: two or three capitalised words opened by a given name. */
function isPersonName(part: string): boolean {
  const words = part.split(' ');
  return NAME_PART.test(part) && words.length >= 2 && words.length <= 3 && isGivenName(words[0]);
}

/** The span of an outlet's name written as `part` at `start`, without its "The" and its desk. */
function outletSpan(start: number, part: string): ReadSpan {
  const name = part.replace(DESK, '');
  const the = /^The (?=\p{Lu})/u.exec(name)?.[0].length ?? 0;
  return { start: start + the, end: start + name.length, type: 'ORG' };
}

/**
 * The outlet's name a header line gives: the first part that is an outlet's name, on the line
 * right under a byline or on a line that dates the issue; the part after a reporter's name when
 * it ends with a newspaper's head ("Thompson Valley Herald").
 */
function outletOfLine(start: number, line: string, underByline: boolean): ReadSpan | undefined {
  if (line.length > OUTLET_LINE || /[.!?:;]$/.test(line.trim()) || BYLINE.test(line)) return undefined;
  const parts = partsOf(line.replace(/[*_]+/g, (marks) => ' '.repeat(marks.length)).trimEnd());
  const named = parts.filter(({ part }) => part.trim() !== '').map(({ at, part }) => ({ at: at + part.length - part.trimStart().length, part: part.trim() }));
  const dated = named.some(({ part }) => isDatePart(part));
  if (underByline || (dated && named.length >= 2)) {
    const outlet = named.find(({ part }) => isOutletName(part));
    return outlet ? outletSpan(start + outlet.at, outlet.part) : undefined;
  }
  const [reporter, outlet] = named;
  if (named.length === 2 && isPersonName(reporter.part) && isOutletName(outlet.part) && isPublicationHead(outlet.part.split(' ').pop() ?? '')) return outletSpan(start + outlet.at, outlet.part);
  return undefined;
}

/** The outlets' names a text's header lines give. */
function outletSpans(text: string): ReadSpan[] {
  const spans: ReadSpan[] = [];
  let underByline = false;
  for (const { start, line } of headerLines(text)) {
    if (line.trim() === '') continue;
    const span = outletOfLine(start, line, underByline);
    if (span && span.end > span.start) spans.push(span);
    underByline = BYLINE.test(line) && line.length <= OUTLET_LINE + 20;
  }
  return spans;
}

/**
 * Reads the outlet a header line names (under the byline, before the date, after the
 * reporter) as one organisation, in place of the mentions the recogniser found there. Mentions
 * are returned in reading order.
 */
export function readOutletLines(text: string, mentions: NameMention[]): NameMention[] {
  return replaceMentionsWithSpans(text, mentions, outletSpans(text));
}
