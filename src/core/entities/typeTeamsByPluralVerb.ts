/**
 * British and Irish English give a team or a body named in the singular a plural verb ("Hallam
 * Town have sacked their manager", "Leinster are unbeaten", "Thames Water were fined"); a person
 * or a place never takes one ("Whitlock has", "Bristol is"), and a country or province does only as
 * a side in a sports report ("Leinster are unbeaten"). So a singular name that is the
 * subject of "have", "are" or "were" is an organisation, and so is every other mention of the same
 * name in the text, whatever its head word ("Town") or its shape made it.
 */
import { foldKey } from './entityKey';
import type { NameMention } from './recogniseNames';
import { isSportsReport } from './typeClubsInSportsReports';

/** A plural verb right after the name. */
const PLURAL_VERB_AFTER = /^\s(have|are|were)\b/;
/**
 * What may stand before a subject: the start of a line or sentence, a comma, or a conjunction
 * ("said that Hallam are", "but Leinster were"). After a preposition the name is no subject
 * ("prices in Britain have risen"); after "and" it is one of two ("Smith and Jones have").
 */
const SUBJECT_OPENER = /(^|[\n.!?:;,“"‘']\s*|\b(that|but|when|while|because|although|though|since|after|before|until|so|as|if|then|now)\s)$/;

/**
 * True when the mention, followed by a plural verb, is a singular name that the verb shows to be a
 * team or body. A place the gazetteer knows is a team so only in a sports report ("Leinster are
 * five points clear").
 */
function isPluralSubject(text: string, m: NameMention, sports: boolean): boolean {
  if (m.type === 'OTHER' || (m.canonical !== null && !(sports && m.type === 'PLACE')) || /s$/.test(m.text)) return false;
  return SUBJECT_OPENER.test(text.slice(Math.max(0, m.start - 12), m.start));
}

/** Retypes as organisations the names some mention of which takes a plural verb, in every mention. */
export function typeTeamsByPluralVerb(text: string, mentions: NameMention[]): NameMention[] {
  const teams = new Set<string>();
  let sports: boolean | undefined;
  for (const m of mentions) {
    if (!PLURAL_VERB_AFTER.test(text.slice(m.end, m.end + 6))) continue;
    sports ??= isSportsReport(text);
    if (isPluralSubject(text, m, sports)) teams.add(foldKey(m.text));
  }
  if (!teams.size) return mentions;
  const retyped = (m: NameMention): boolean => (m.canonical === null || (sports === true && m.type === 'PLACE')) && m.type !== 'OTHER';
  return mentions.map((m) => (retyped(m) && teams.has(foldKey(m.text)) ? { ...m, type: 'ORG', hint: null, weak: false } : m));
}
