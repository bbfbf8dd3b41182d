/**
 * British and Irish English give a team or a body named in the singular a plural verb ("Hallam
 * Town have sacked their manager", "Leinster are unbeaten", "Thames Water were fined"); a person
 * or a place never takes one ("Whitlock has", "Bristol is"). So a singular name that is the
 * subject of "have", "are" or "were" is an organisation, and so is every other mention of the same
 * name in the text, whatever its head word ("Town") or its shape made it.
 */
import { foldKey } from './entityKey';
import type { NameMention } from './recogniseNames';

/** A plural verb right after the name. */
const PLURAL_VERB_AFTER = /^\s(have|are|were)\b/;
/**
 * What may stand before a subject: the start of a line or sentence, a comma, or a conjunction
 * ("said that Hallam are", "but Leinster were"). After a preposition the name is no subject
 * ("prices in Britain have risen"); after "and" it is one of two ("Smith and Jones have").
 */
const SUBJECT_OPENER = /(^|[\n.!?:;,“"‘']\s*|\b(that|but|when|while|because|although|though|since|after|before|until|so|as|if|then|now)\s)$/;

/** True when the mention is a singular name that the verb after it shows to be a team or body. */
function isPluralSubject(text: string, m: NameMention): boolean {
  if (m.type === 'OTHER' || m.canonical !== null || /s$/.test(m.text) || !PLURAL_VERB_AFTER.test(text.slice(m.end, m.end + 6))) return false;
  return SUBJECT_OPENER.test(text.slice(Math.max(0, m.start - 12), m.start));
}

/** Retypes as organisations the names some mention of which takes a plural verb, in every mention. */
export function typeTeamsByPluralVerb(text: string, mentions: NameMention[]): NameMention[] {
  const teams = new Set<string>();
  for (const m of mentions) if (isPluralSubject(text, m)) teams.add(foldKey(m.text));
  if (!teams.size) return mentions;
  return mentions.map((m) => (m.canonical === null && m.type !== 'OTHER' && teams.has(foldKey(m.text)) ? { ...m, type: 'ORG', hint: null, weak: false } : m));
}
