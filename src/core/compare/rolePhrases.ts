/**
 * Roles that news English gives a count of people by a phrase of its predicate rather than by one
 * word: people parted from their homes are the displaced ("7,000 people left their homes", "5,400
 * people have been moved out of their homes", "forces 4,800 from homes", "were ordered to leave",
 * "lost their homes"); people in hospital are the hospitalised ("17 people remained in hospital",
 * "were taken to hospital", "were hospitalised", "12 injured miners were taken to hospital"), a
 * part of the injured that reports count apart ("more than 180 injured, 41 of them taken to
 * hospital"). The phrase follows the count: before it, a hospital is mostly the party giving a
 * figure ("the hospital said 12 people died").
 */
import type { Word } from './readWords';

/** Nouns for the place people live in, which a displacement parts them from. */
const HOME_WORDS = new Set(['home', 'homes', 'house', 'houses']);
/** Words before a home that part people from it ("from their homes", "out of", "left their homes", "fled their houses"). */
const PARTING_WORDS = new Set(['from', 'out', 'left', 'leave', 'leaving', 'fled', 'flee', 'fleeing', 'lost', 'abandoned', 'abandon']);
/** Words between a parting word and the home ("from their homes", "left their own homes"). */
const PARTING_GAP = 3;
/** Verbs of ordering or forcing that, before "to leave" or "out", make a displacement ("were ordered to leave", "told to get out"). */
const ORDERING_VERBS = new Set(['ordered', 'told', 'forced', 'urged', 'asked']);
/** Verbs of leaving after an ordering verb and "to" ("ordered to leave", "forced to flee"). */
const LEAVING_VERBS = new Set(['leave', 'flee', 'evacuate', 'quit']);
/** Verbs for a stay in hospital ("were hospitalised"). */
const HOSPITALISING = new Set(['hospitalised', 'hospitalized']);
/** Nouns for a hospital, which put a count in care only after a word of care ("in hospital", "taken to hospital", "treatment at"). */
const HOSPITALS = new Set(['hospital', 'hospitals', 'clinic', 'clinics']);
/** Words before a hospital that put a person in its care (not "200 doctors at the hospital"). */
const CARE_LEADS = new Set(['in', 'to', 'into', 'treated', 'treatment', 'admitted']);
/** Words between a word of care and the hospital, whose name may be long ("treatment at St Mary's General Hospital"). */
const CARE_GAP = 6;

/** True when one of the `gap` words before word `at` (from word `from` on) is in `leads`. */
function leadsTo(words: Word[], at: number, from: number, leads: ReadonlySet<string>, gap: number): boolean {
  for (let i = at - 1; i >= Math.max(from, at - gap); i--) if (leads.has(words[i].folded)) return true;
  return false;
}

/** The role of a count of people in hospital. */
export const HOSPITALISED = 'hospitalised';

/** The role of a count of people on a plane, a ship, a bus or a train ("72 people on board"). */
export const ABOARD = 'aboard';
/** Verbs whose object, a count of people, is those aboard ("a ferry carrying nearly 300 people"). */
const CARRYING = new Set(['carrying', 'carried', 'carries', 'carry', 'transporting', 'ferrying']);

/** True when the word before a count carries it aboard ("a plane carrying 72 people"). */
export function carriedBefore(words: Word[], before: number): boolean {
  return CARRYING.has(words[before]?.folded ?? '');
}

/**
 * The role the phrase ending at word `at` of `words` gives a count of people it is said of
 * ("displaced", {@link HOSPITALISED} or {@link ABOARD}), looking back no further than word `from` (the count's
 * first word after the number); undefined when the phrase names none.
 */
export function phraseRoleAt(words: Word[], at: number, from: number): string | undefined {
  const word = words[at]?.folded ?? '';
  if (word === 'aboard' || word === 'onboard' || (word === 'board' && at - 1 >= from && words[at - 1].folded === 'on')) return ABOARD;
  if (HOSPITALISING.has(word) || (HOSPITALS.has(word) && leadsTo(words, at, from, CARE_LEADS, CARE_GAP))) return HOSPITALISED;
  if (HOME_WORDS.has(word)) return leadsTo(words, at, from, PARTING_WORDS, PARTING_GAP) ? 'displaced' : undefined;
  // "ordered to leave", "forced to flee", "ordered out".
  const verb = words[at - 1]?.folded ?? '';
  if (at - 1 >= from && word === 'out' && ORDERING_VERBS.has(verb)) return 'displaced';
  if (at - 2 >= from && LEAVING_VERBS.has(word) && verb === 'to' && ORDERING_VERBS.has(words[at - 2].folded)) return 'displaced';
  return undefined;
}
