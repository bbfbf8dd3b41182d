/**
 * A full stop that closes an abbreviated title or name part right before a name ("Usec. Ramon
 * Cruz", "Engr. Musa Bello", "Ma. Corazon", "Sta. Ana") is no sentence end, though wink ends a
 * sentence after every abbreviation it does not know. The abbreviation is read as such when the
 * language says so, not when it is one of a fixed set of people's names: a known title
 * abbreviation, a given name or a name part written short, or a capitalised word of consonants
 * alone (no English word or name has no vowel: "Sgt", "Cllr", "Msgr", "Bp"); and the word after
 * it must be capitalised and read like a name, not a common word opening the next sentence ("Pfc.
 * The" ends one).
 */
import { isCommonWord, isGivenName, isGivenNameAbbreviation } from '../entities/gazetteer';
import { spellOutNameTitle } from '../speakers/titleAbbreviations';

/**
 * True when the sentence boundary at `cut` follows a title or name part abbreviated with a full
 * stop ("… Usec.| Ramon …") and a name-like word starts at `cut`: the boundary is to be dropped.
 */
export function followsTitleBeforeName(text: string, cut: number): boolean {
  const before = /(?:^|[\s(“"‘«„])(\p{Lu}\p{Ll}{0,4})\.\s+$/u.exec(text.slice(Math.max(0, cut - 12), cut));
  if (!before) return false;
  const next = /^\p{Lu}[\p{L}'’-]*/u.exec(text.slice(cut, cut + 40))?.[0];
  if (!next || (isCommonWord(next) && !isGivenName(next))) return false;
  const word = before[1];
  if (isGivenNameAbbreviation(`${word}.`)) return !givenNameBefore(text, cut - before[0].length);
  return spellOutNameTitle(word) !== null || NAME_PART_ABBREVIATIONS.has(word) || (word.length > 1 && !/[aeiouy]/i.test(word));
}

/** Name parts written short before a name: saint, santa, santo, sainte. */
const NAME_PART_ABBREVIATIONS = new Set(['St', 'Sta', 'Sto', 'Ste']);

/** True when a given name ends right before `offset`: a word written like "Ma." after one is a surname ("Jack Ma."). */
function givenNameBefore(text: string, offset: number): boolean {
  const word = /(\p{Lu}[\p{L}'’-]*)\s*$/u.exec(text.slice(Math.max(0, offset - 30), offset + 1))?.[1];
  return word !== undefined && isGivenName(word);
}
