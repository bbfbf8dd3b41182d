/**
 * A byline names the reporters who wrote the article, on a line of its own that opens with "By":
 * "By HANNA LINDQVIST in Umeå", "By PETER OKAFOR and MARIA SILVA Associated Press". Wire services
 * write the reporters' names in capitals, where the recogniser's acronym reading would make a firm
 * of them ("HANNA LINDQVIST" looks like "BNP Paribas"). This reads such names as people, and leaves
 * what follows them on the line (the outlet, "in" the place) to the recogniser.
 */
import { lookupName } from './gazetteer';
import { isOrganisationHead, isPlaceHead, isPublicationHead } from './headWords';
import { isInner } from './nameParticles';
import type { NameMention } from './recogniseNames';

/** A byline's opening: "By" (or "BY") at the start of a line, before a word in capitals. */
const BYLINE = /^[ \t*_]*(?:By|BY)[ \t]+(?=\p{Lu}{2})/gmu;
/** A name of two to four words in capitals ("OLENA KOVAL", "JUAN PABLO DE LA CRUZ" reads its first four). */
const NAME_IN_CAPITALS = /^\p{Lu}[\p{Lu}\p{M}'’-]+(?: \p{Lu}[\p{Lu}\p{M}'’.-]*){1,3}(?![\p{L}\p{M}])/u;
/** What parts two reporters' names: "and", "&" or a comma. */
const NAME_SEPARATOR = /^(?:,? and |,? & |, )/;

/** True when a name in capitals is no person's: a known name, or a body's, place's or outlet's head in it ("BBC NEWS"). */
function namesSomethingElse(name: string): boolean {
  const words = name.split(' ');
  return lookupName(name) !== undefined || words.some((w) => isOrganisationHead(w) || isPlaceHead(w) || isPublicationHead(w) || lookupName(w)?.type === 'ORG');
}

/** The spans of the reporters' names written in capitals in the bylines of a text. */
function bylineNames(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(BYLINE)) {
    let at = m.index + m[0].length;
    for (;;) {
      const name = NAME_IN_CAPITALS.exec(text.slice(at, at + 80));
      if (!name || namesSomethingElse(name[0])) break;
      spans.push([at, at + name[0].length]);
      at += name[0].length;
      const separator = NAME_SEPARATOR.exec(text.slice(at, at + 6));
      if (!separator) break;
      at += separator[0].length;
    }
  }
  return spans;
}

/**
 * Reads the reporters' names a byline writes in capitals as people, in place of the mentions the
 * recogniser found there; a mention that runs on past a name keeps what follows it ("MARIA SILVA
 * Associated Press" leaves "Associated Press"). Mentions are returned in reading order.
 */
export function readBylines(text: string, mentions: NameMention[]): NameMention[] {
  const names = bylineNames(text);
  if (!names.length) return mentions;
  const out: NameMention[] = [];
  for (const m of mentions) {
    const name = names.find(([start, end]) => m.start < end && start < m.end);
    if (!name) {
      out.push(m);
      continue;
    }
    // (What follows the name in the same mention is read on its own: the outlet after it.)
    const rest = text.slice(name[1], m.end);
    const restStart = name[1] + rest.length - rest.trimStart().length;
    if (m.end > name[1] && restStart < m.end) {
      const restText = text.slice(restStart, m.end);
      const known = lookupName(restText);
      out.push({ ...m, start: restStart, text: restText, type: known?.type ?? m.type, canonical: known?.canonical ?? null, words: restText.split(' ').filter((w) => !isInner(w)), initial: false });
    }
  }
  for (const [start, end] of names) {
    const name = text.slice(start, end);
    out.push({ start, end, text: name, type: 'PERSON', canonical: null, words: name.split(' '), hint: null, initial: false, weak: false });
  }
  return out.sort((a, b) => a.start - b.start);
}
