/**
 * Firms named after two founders are written "A and B" ("Fairbrother and Lusk", "Slaughter and
 * May", "Marks and Spencer"), which the recogniser reads as two names, as it should for two
 * people or two bodies listed. Grammar tells the difference: a compound subject takes a plural
 * verb ("Smith and Jones have"), one firm a singular one ("Fairbrother and Lusk has lost its
 * team"), and a firm owns partners, clients and offices ("Fairbrother and Lusk's managing
 * partner"); and a month closing "A and May" names no second person. Once one mention of "A and B" shows it to be one body, every mention of the same
 * words in the text is that body.
 */
import { foldKey } from './entityKey';
import { isDemonym, isGivenName } from './gazetteer';
import { NAMING_MONTHS } from './findNameRuns';
import type { NameMention } from './recogniseNames';

/** A singular verb right after the pair: one body, not two ("… and Lusk has lost", "… is advising"). */
const SINGULAR_VERB_AFTER = /^\s(has|is|was|does|says)\b/;
/** What a firm owns, after a possessive on the pair ("… and Lusk’s managing partner", "… ’s London office"). */
const FIRM_AFTER_POSSESSIVE = /^['’]s\s((managing|senior|equity) partners?|partners|clients|head of|chief executive|board|(\p{Lu}\p{Ll}+ )?offices?|revenues?|profits?|staff|employees|lawyers|accountants|shares)\b/u;

/**
 * True when a mention can be one founder's name in a firm's: a single word, no given name,
 * nationality nor known organisation (a surname may be a town's name too: "Tabb", "Lusk").
 */
function isFounderName(m: NameMention): boolean {
  return m.words.length === 1 && m.type !== 'OTHER' && !(m.canonical !== null && m.type === 'ORG') && !isGivenName(m.text) && !isDemonym(m.text);
}

/** True when the gazetteer knows a mention as a place. */
function isKnownPlace(m: NameMention): boolean {
  return m.type === 'PLACE' && m.canonical !== null;
}

/** The index pairs [i, i + 1] of mentions written "A and B" with both founders' names. */
function pairsOfNames(text: string, mentions: NameMention[]): number[] {
  const firsts: number[] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i];
    const b = mentions[i + 1];
    // (Two places the gazetteer knows are two places, whatever verb follows: "smuggled to Cotonou and Lomé is over".)
    const twoPlaces = isKnownPlace(a) && isKnownPlace(b);
    if (text.slice(a.end, b.start) === ' and ' && isFounderName(a) && isFounderName(b) && !twoPlaces) firsts.push(i);
  }
  return firsts;
}

/**
 * Joins every "A and B" pair of founders' names into one organisation when one of its mentions is
 * followed by a singular verb or by what a firm owns.
 */
export function joinFirmsOfTwoNames(text: string, mentions: NameMention[]): NameMention[] {
  const firsts = pairsOfNames(text, mentions);
  if (!firsts.length) return mentions;
  const keyOf = (i: number): string => foldKey(text.slice(mentions[i].start, mentions[i + 1].end));
  const firms = new Set<string>();
  for (const i of firsts) {
    const after = text.slice(mentions[i + 1].end, mentions[i + 1].end + 40);
    // A month closing the pair is no second person's name ("Slaughter and May"): findNameRuns
    // admits it only after a word that is no given name.
    const monthClosed = NAMING_MONTHS.has(mentions[i + 1].text) && mentions[i].type !== 'PERSON';
    if (monthClosed || SINGULAR_VERB_AFTER.test(after) || FIRM_AFTER_POSSESSIVE.test(after)) firms.add(keyOf(i));
  }
  if (!firms.size) return mentions;
  const joinedAt = new Set(firsts.filter((i) => firms.has(keyOf(i))));
  const out: NameMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    if (!joinedAt.has(i)) {
      out.push(mentions[i]);
      continue;
    }
    const [a, b] = [mentions[i], mentions[i + 1]];
    out.push({ ...a, end: b.end, text: text.slice(a.start, b.end), type: 'ORG', words: [...a.words, ...b.words], hint: null, weak: false });
    i++;
  }
  return out;
}
