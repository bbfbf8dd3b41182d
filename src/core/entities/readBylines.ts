/**
 * A byline names the reporters who wrote the article, on a line of its own that opens with "By":
 * "By HANNA LINDQVIST in Umeå", "By PETER OKAFOR and MARIA SILVA Associated Press". Wire services
 * write the reporters' names in capitals, where the recogniser's acronym reading would make a firm
 * of them ("HANNA LINDQVIST" looks like "BNP Paribas"); newsletters set them in bold on a short
 * line ("**By Marit Lind** | Harbour Weekly"), which reads like a headline, whose capitals prove
 * nothing. A wire's sign-off names them again, with
 * the editors, after labels the recogniser takes for names ("(Reporting by Ana Ruiz in Lima;
 * Additional reporting by Tom Hale; Editing by Jan Hill)"). This reads such names as people, drops
 * the labels, and leaves what follows the names (the outlet, "in" the place) to the recogniser.
 */
import { isGivenName, isRoleNoun, lookupName } from './gazetteer';
import { isOrganisationHead, isPlaceHead, isPublicationHead } from './headWords';
import { isInner } from './nameParticles';
import type { NameMention } from './recogniseNames';
import { replaceMentionsWithSpans, type ReadSpan } from './replaceMentionsWithSpans';

/** A byline's opening: "By" (or "BY") at the start of a line, before a word in capitals. */
const BYLINE = /^[ \t*_]*(?:By|BY)[ \t]+(?=\p{Lu}{2})/gmu;
/** A byline's opening before a name written in ordinary case: "By Marit Oosterhuis", "**By Ana Ruiz**". */
const BYLINE_IN_WORDS = /^[ \t*_]*By[ \t]+(?=\p{Lu}\p{Ll})/gmu;
/** The longest line a byline in ordinary case takes: the names, an outlet, a date ("By Ana Ruiz | The Harbour Weekly | 20 November 2026"). */
const BYLINE_LINE = 100;
/** A name of two to four words in capitals ("OLENA KOVAL", "JUAN PABLO DE LA CRUZ" reads its first four). */
const NAME_IN_CAPITALS = /^\p{Lu}[\p{Lu}\p{M}'’-]+(?: \p{Lu}[\p{Lu}\p{M}'’.-]*){1,3}(?![\p{L}\p{M}])/u;
/**
 * A sign-off's label: "Reporting by", "Additional reporting by", "Writing by", "Editing by",
 * "Compiled by". Sticky: tried only where a label's word ends right before " by " (see
 * {@link signOffs}), not at every character of the text.
 */
const SIGN_OFF = /(?<=^|[(;]\s*)(?:(?:Additional|Further|With) )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Rr]esearch|[Gg]raphics|[Pp]roduction) by /ymu;
/** A label's own word closing the characters before " by " (ten at most: "Production"). */
const LABEL_BEFORE_BY = /(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Rr]esearch|[Gg]raphics|[Pp]roduction)$/;
/** Where a sign-off may start before its label's word: after "Additional ", "Further " or "With ", or at the word. */
const SIGN_OFF_LEADS = [11, 8, 5, 0];
/** A reporter's name written in ordinary case: two to four name words, particles between ("Didier Kambale", "Ana de Souza"). */
const NAME_IN_WORDS = /^\p{Lu}[\p{Ll}\p{M}'’-]+(?: (?:(?:de|da|van|von|der|al|bin|el|la|le|du|dos|del) )?\p{Lu}[\p{L}\p{M}'’.-]*){1,3}(?![\p{L}\p{M}])/u;
/** What parts two reporters' names: "and", "&" or a comma. */
const NAME_SEPARATOR = /^(?:,? and |,? & |, )/;

/**
 * True when a name is no person's: a known name, a body's, place's or outlet's head in it ("BBC
 * NEWS"), or a reporter's beat closed by a role and opened by no given name ("Crime Reporter",
 * "Chief Football Writer"; not "James Mercer").
 */
function namesSomethingElse(name: string): boolean {
  const words = name.split(' ');
  const beat = isRoleNoun(words[words.length - 1]) && !isGivenName(words[0]);
  return lookupName(name) !== undefined || beat || words.some((w) => isOrganisationHead(w) || isPlaceHead(w) || isPublicationHead(w) || lookupName(w)?.type === 'ORG');
}

/** The reporters' names written as `pattern` reads them from `at` on, parted by "and", "&" or commas, pushed to `spans`. */
function readNames(text: string, at: number, pattern: RegExp, spans: ReadSpan[]): void {
  for (;;) {
    const name = pattern.exec(text.slice(at, at + 80));
    if (!name || namesSomethingElse(name[0])) return;
    spans.push({ start: at, end: at + name[0].length, type: 'PERSON' });
    at += name[0].length;
    const separator = NAME_SEPARATOR.exec(text.slice(at, at + 6));
    if (!separator) return;
    at += separator[0].length;
  }
}

/** The reporters' names of a text's bylines (in capitals, or in words on a short line) and sign-offs, and the sign-offs' labels. */
function bylineSpans(text: string): ReadSpan[] {
  const spans: ReadSpan[] = [];
  for (const m of text.matchAll(BYLINE)) readNames(text, m.index + m[0].length, NAME_IN_CAPITALS, spans);
  // (In ordinary case only on a short line of its own that no full stop ends, as it ends a sentence
  // opened by "By Christmas Day, …".)
  for (const m of text.matchAll(BYLINE_IN_WORDS)) {
    const lineEnd = text.indexOf('\n', m.index);
    const line = text.slice(m.index, lineEnd < 0 ? text.length : lineEnd).replace(/[\s*_]+$/, '');
    if (line.length <= BYLINE_LINE && !line.endsWith('.')) readNames(text, m.index + m[0].length, NAME_IN_WORDS, spans);
  }
  for (const m of signOffs(text)) {
    spans.push({ start: m.index, end: m.index + m[0].length - 1, type: null });
    readNames(text, m.index + m[0].length, NAME_IN_WORDS, spans);
  }
  return spans;
}

/**
 * The sign-offs' labels of a text in reading order, as a scan of the whole text with SIGN_OFF
 * would find them (none overlapping). Every label ends in " by " after one of a few words, so
 * SIGN_OFF is tried only at the few places a label could start before such a word, leftmost
 * first, and never where a label already read covers.
 */
function signOffs(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let readTo = 0;
  for (let by = text.indexOf(' by '); by >= 0; by = text.indexOf(' by ', by + 1)) {
    const word = LABEL_BEFORE_BY.exec(text.slice(Math.max(0, by - 10), by));
    if (!word) continue;
    for (const lead of SIGN_OFF_LEADS) {
      const start = by - word[0].length - lead;
      if (start < readTo) continue;
      SIGN_OFF.lastIndex = start;
      const label = SIGN_OFF.exec(text);
      if (label) {
        found.push(label);
        readTo = start + label[0].length;
        break;
      }
    }
  }
  return found;
}

/**
 * Reads the reporters' names a byline writes in capitals, and those of a wire's sign-off, as
 * people, in place of the mentions the recogniser found there (a sign-off's labels name nobody); a mention that runs on past a name keeps what follows it ("MARIA SILVA
 * Associated Press" leaves "Associated Press"). Mentions are returned in reading order.
 */
export function readBylines(text: string, mentions: NameMention[]): NameMention[] {
  return replaceMentionsWithSpans(text, mentions, bylineSpans(text), (m, span) => {
    // (What follows the name in the same mention is read on its own: the outlet after it.)
    const rest = text.slice(span.end, m.end);
    const restStart = span.end + rest.length - rest.trimStart().length;
    if (m.end <= span.end || restStart >= m.end) return undefined;
    const restText = text.slice(restStart, m.end);
    const known = lookupName(restText);
    return { ...m, start: restStart, text: restText, type: known?.type ?? m.type, canonical: known?.canonical ?? null, words: restText.split(' ').filter((w) => !isInner(w)), initial: false };
  });
}
