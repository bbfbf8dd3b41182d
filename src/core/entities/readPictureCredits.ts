/**
 * A picture credit names who took the picture and for whom, parted by a slash: "Photo: Dana
 * Whitaker/The Millbrook Courier", "© Clément Roussel / Ciric", "(Julien Tremblay/CBC)", "(AP
 * Photo/Evan Vucci)", "Picture: Hellwig AG/dpa". Each part is one name, whatever its words look
 * like: a photographer, an agency, an outlet or the firm that handed the picture out. The recogniser
 * reads them word by word and misses the agency written in lower case ("dpa"), a local outlet
 * named like a person ("Hallam Star"), the name after the slash; this reads the credit whole.
 */
import { isCommonWord, isGivenName, lookupName } from './gazetteer';
import { isOrganisationHead, isPlaceHead, isPublicationHead } from './headWords';
import { PARTICLES } from './nameParticles';
import type { NameMention } from './recogniseNames';
import { replaceMentionsWithSpans, type ReadSpan } from './replaceMentionsWithSpans';

/**
 * Where a credit opens: a picture word and a colon ("Photo:", "Photograph:", "Photos:", "Picture:",
 * "Image:", "Photo credit:", "Supplied:"), "Photo by", "courtesy of", a copyright sign, or the
 * agency's "Photo/" ("AP Photo/"). What follows runs to the end of the line or a closing bracket,
 * asterisk, quotation mark or link (CREDIT_BODY).
 */
const CREDIT_OPENING = /\b(?:(?:photo(?:graph)?s?|pictures?|images?)(?:\s+credit)?:\s*(?:credit\s+)?|credit:\s*|supplied:\s*|(?:photo(?:graph)?s?|pictures?)\s+(?:by|courtesy\s+of)\s+|courtesy\s+of\s+)|©\s*|\bPhoto\//giu;
/**
 * A word or sign every credit's opening holds, tested first: the opening's pattern is slow to run
 * over a whole text, and most texts have no credit. Case is folded as the opening's pattern folds it.
 */
const CREDIT_MARKER = /photo|pictur|image|credit|supplied|courtesy|©/iu;
const CREDIT_BODY = /^["“]?([^\n)*”"\]]+)/u;

/** A photographer's and an agency's names in brackets closing a caption: "(Travis Oakes/Wexley County Gazette)". */
const BRACKETED_CREDIT = /\(([^()\n/]+\/[^()\n]+)\)[ \t]*(?=\n|$)/gu;

/** A credit's part: a name of at most five words, each a capitalised word, an acronym, a particle or a lower-case agency's name. */
const PART = /^[\p{L}\p{M}][\p{L}\p{M}.'’&-]*(?: [\p{L}\p{M}][\p{L}\p{M}.'’&-]*| &){0,4}$/u;

/**
 * True when a credit's part reads as a photographer's name: two to four capitalised name words
 * (particles between), a given name first or no common word among them, and no head word of a
 * body, place or outlet ("Mark Tolley", "Ingrid van Houten"; not "Hallam Star", "Getty Images",
 * "Team Makalu West").
 */
function isPhotographer(words: string[]): boolean {
  const names = words.filter((w) => !PARTICLES.has(w));
  if (names.length < 2 || names.length > 4 || words[0] === 'The' || words.includes('&')) return false;
  if (!names.every((w) => /^\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)*$/u.test(w) || /^(Mac|Mc|O['’]|D['’])\p{Lu}\p{Ll}+$/u.test(w))) return false;
  if (names.some((w) => isOrganisationHead(w) || isPlaceHead(w) || isPublicationHead(w)) || lookupName(words.join(' '))) return false;
  return isGivenName(names[0]) || !names.some((w) => isCommonWord(w));
}

/** The parts of the credit text `body` standing at `offset`, or none when a part is no name (a caption's sentence). */
function partsOf(body: string, offset: number, slashed: boolean): ReadSpan[] {
  const parts: ReadSpan[] = [];
  let from = 0;
  // "Photographs by Ana Ruiz for The Courier": "for" parts the photographer from the outlet as a slash does.
  for (const piece of body.replace(/ for /g, '  /  ').split('/')) {
    const lead = piece.length - piece.trimStart().length;
    const name = piece.trim().replace(/[.,;:]+$/, '');
    const start = offset + from + lead;
    from += piece.length + 1;
    if (!PART.test(name)) return [];
    const words = name.split(' ');
    // (A part in lower case is an agency that writes its name so, "dpa"; not a word such as "file".)
    if (!/^\p{Lu}/u.test(name) && (words.length > 1 || isCommonWord(name))) return [];
    // (Inside a name a word in lower case is a particle or a brand's word, "ATG medialab"; a common one makes a sentence.)
    if (words.some((w) => /^\p{Ll}/u.test(w) && !PARTICLES.has(w) && isCommonWord(w))) return [];
    parts.push({ start, end: start + name.length, type: isPhotographer(words) ? 'PERSON' : 'ORG' });
  }
  // Without a slash only a credit "by" or "courtesy of" someone names one photographer or agency.
  return slashed || parts.length === 1 ? parts : [];
}

/** Every credit part of a text: after a credit's opening, and photographer-and-agency brackets closing a line. */
function creditParts(text: string): ReadSpan[] {
  const parts: ReadSpan[] = [];
  for (const m of CREDIT_MARKER.test(text) ? text.matchAll(CREDIT_OPENING) : []) {
    const after = m.index + m[0].length;
    const body = CREDIT_BODY.exec(text.slice(after, after + 200));
    if (!body) continue;
    const slashed = body[1].includes('/') || m[0].endsWith('/') || (/by\s+$/i.test(m[0]) && body[1].includes(' for '));
    // (A colon's credit without a slash is read by the recogniser: "Picture: Niamh Guerin", "Photo: Photosport".)
    if (!slashed && !/(by|of)\s+$/i.test(m[0])) continue;
    parts.push(...partsOf(body[1].replace(/\s+$/, ''), after + body[0].length - body[1].length, slashed));
  }
  for (const m of text.matchAll(BRACKETED_CREDIT)) {
    const found = partsOf(m[1], m.index + 1, true);
    // (A bracket is a credit only when a photographer's name opens it, and no credit's opening read it.)
    if (found[0]?.type === 'PERSON' && !parts.some((p) => p.start === found[0].start)) parts.push(...found);
  }
  return parts;
}

/**
 * Reads every picture credit of a text whole: each part of a credit becomes one mention, a
 * photographer (PERSON) or an agency, outlet or firm (ORG), in place of the mentions the recogniser
 * found inside it. Mentions are returned in reading order.
 */
export function readPictureCredits(text: string, mentions: NameMention[]): NameMention[] {
  return replaceMentionsWithSpans(text, mentions, creditParts(text));
}
