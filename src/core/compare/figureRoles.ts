/**
 * What a count counts: its role (the dead, the injured, the hospitalised, the rescued, the missing,
 * the displaced, the arrested, a crowd, those aboard a craft), read from the counted noun, the
 * words around, a phrase of the predicate ("left their homes", "taken to hospital": rolePhrases.ts),
 * or the tally whose value the number is: "the number of people killed has risen to seven". The
 * trapped are among the missing, those pulled out alive among the rescued; only people, and groups
 * of them, take such a role: "7,000 steps a day cuts the risk of dying" counts no deaths, nor does
 * an age.
 */
import { isRoleNoun } from '../entities/gazetteer';
import { cardinalWord } from '../values/numberWords';
import { isCurrencyUnit, TIME_UNITS } from '../values/units';
import { wordTable } from '../text/wordTable';
import { isPhysicalUnit } from './commonUnit';
import { measureOf } from './conceptClasses';
import { WINDOW } from './figureContext';
import { AGE_UNIT, type QuantityMention } from './findQuantityMentions';
import { ABOARD, carriedBefore, HOSPITALISED, phraseRoleAt } from './rolePhrases';
import type { Word } from './readWords';
import type { TextUnit } from './splitIntoUnits';

/** True for a unit that measures rather than counts: a physical unit or a duration. */
export function isMeasuringUnit(unit: string): boolean {
  return TIME_UNITS.has(unit) || isPhysicalUnit(unit);
}

/**
 * Measures one event reports once: its dead, injured, rescued, missing, displaced and arrested,
 * its crowd. They are also the measures that words near a count of people or of nothing named
 * give it ("killed", "rescued", "detained"). A count of one of them that shares no context with
 * any figure of a peer ("a crowd of 28,114 filled the stadium" / "more than 30,000 people saw the
 * match") is set against the peer's counts of the same measure.
 */
export const SINGLE_FACT_ROLES = new Set(['death', 'injury', HOSPITALISED, 'attendance', 'survivor', 'missing', 'displaced', 'arrest', ABOARD]);

/**
 * States that give a count of people a measure the synonym lexicon leaves to verbs and nouns: those
 * trapped under rubble, in a mine or a flooded cave are the people a search has not yet accounted
 * for ("19 miners still trapped" / "23 missing"); those pulled out alive are the rescued ("pulling
 * 41 people alive from the rubble" / "more than 40 people were rescued").
 */
const STATE_MEASURES: Record<string, string> = wordTable({ trapped: 'missing', alive: 'survivor' });
/**
 * Words whose stem is that of a measure word but which name none: "live", "lived" and "living"
 * share the stem of "lives" ("claimed 40 lives"), yet "90 people registered as living in the block"
 * counts no deaths; "deadly" shares that of "dead", yet "five deadly collapses since 2020" counts
 * collapses.
 */
const NO_MEASURE = new Set(['live', 'lived', 'living', 'deadly']);

/** The measure a word near a count gives it (one of {@link SINGLE_FACT_ROLES}), or undefined. */
function roleWord(word: Word | undefined): string | undefined {
  const measure = word ? measureOfWord(word.folded, word.stem) : undefined;
  return measure && SINGLE_FACT_ROLES.has(measure) ? measure : undefined;
}

/** The measure class of a word: that of {@link measureOf}, or of a state in {@link STATE_MEASURES}. */
export function measureOfWord(folded: string, stem?: string): string | undefined {
  return NO_MEASURE.has(folded) ? undefined : STATE_MEASURES[folded] ?? measureOf(folded, stem);
}

/** Words a role is looked for across, after the number (see {@link roleOf}). */
const ROLE_WINDOW = 12;
/** Verbs whose subject, a count of people, is a crowd ("30,000 people watched the final"). */
const SPECTATING_VERBS = new Set(['saw', 'watched', 'attended', 'packed', 'filled', 'cheered', 'flocked']);
/** Verbs that make a count of people a count of jobs ("will employ 2,500 people", "2,500 people will be hired"). */
const EMPLOYING_VERBS = new Set(['employ', 'employs', 'employing', 'employed', 'hire', 'hires', 'hiring', 'hired', 'recruit', 'recruits', 'recruiting', 'recruited']);
/** Words that join two clauses: a count's role is not looked for beyond them, on either side. */
const CLAUSE_LINKS = new Set(['and', 'but', 'while', 'whereas', 'whilst']);
/**
 * Conjunctions that open a clause of their own after the count's: its role is not looked for past
 * them ("19 trapped miners as the death toll reaches 14", "12 evacuated after the dam burst").
 */
const CLAUSE_OPENERS = new Set(['as', 'after', 'when', 'before', 'because', 'until']);
/**
 * Words after "of" that make a figure part of the count before it ("Five people, two of them
 * children"): such a part is compared only with parts, never with the whole count.
 */
const PARTITIVE_HEADS = new Set(['them', 'whom', 'those', 'which', 'these']);
/** Words after a second number that make it part of the first count ("four of them"). */
const APPOSITION_WORDS = new Set(['of']);
/** Determiners between "of" and a count's noun ("two of the dead", "three of those injured"). */
const PARTITIVE_DETERMINERS = new Set(['the', 'those', 'these']);

/**
 * True for a part of a count the report gives whole: "two of them", "four of whom", "two of the
 * dead", "three of those injured" (the group after "of" is itself a count of the dead, injured…).
 */
function isPartOfCount(unit: TextUnit, mention: QuantityMention): boolean {
  const words = unit.words;
  if (words[mention.after]?.folded !== 'of') return false;
  const head = words[mention.after + 1];
  if (PARTITIVE_HEADS.has(head?.folded ?? '')) return true;
  return PARTITIVE_DETERMINERS.has(head?.folded ?? '') && roleWord(words[mention.after + 2]) !== undefined;
}

/**
 * Counted nouns, besides those that name people (see {@link countsPeople}) and those in -men
 * ("fishermen", "gunmen"), that the words around may count as dead, missing, displaced…: the
 * members of a group ("six crew members", "12 crew"), households ("200 families were evacuated"),
 * the bodies of the dead.
 */
const PEOPLE_GROUPS = new Set(['member', 'crew', 'family', 'household', 'personnel', 'individual', 'corpse']);

/** Measure classes of counted nouns that name people, whom the words around may count as dead, injured…. */
const COUNTED_PERSONS = new Set(['people', 'job']);

/**
 * The measure class of a mention: that of its counted noun ("12 fatalities", "800 posts"), or, for
 * a count of people or of nothing named, that of a death, injury or crowd word around it
 * ("killing at least 12 people", "12 people were killed", "a crowd of 28,114", "30,000 people
 * saw"), or `part` for a part of the count before it ("two of them"). Counts with a unit of
 * measure or money have none: their unit says what they measure. `tallied` are the words of the
 * tally the mention is the value of (see tallyWordsBefore of tallyOf.ts), if any.
 */
export function roleOf(unit: TextUnit, mention: QuantityMention, tallied: Word[]): string | undefined {
  const noun = mention.quantity.unit;
  // An age is a measure of one person, never a count of what befell anyone ("Ana Ruiz, 34, was
  // killed" counts no deaths).
  if (noun === AGE_UNIT) return undefined;
  if (isPartOfCount(unit, mention)) return 'part';
  const counted = noun ? measureOfWord(noun) : undefined;
  // The whole a share is taken of is counted only by its noun: what befell the share did not
  // befall the whole ("a third of the 90 workers were injured").
  if (mention.whole) return counted;
  // People and workers are counted for what befell them ("killing five workers"), if the words say.
  if (counted && !COUNTED_PERSONS.has(counted)) return counted;
  if (noun && !counted && (isCurrencyUnit(noun) || /^[^a-z]/.test(noun) || isMeasuringUnit(noun) || mention.compound)) return undefined;
  // Only people die, are hurt, go missing or make a crowd: a count of things takes no such role
  // from the words around ("walked 7,000 steps a day cuts the risk of dying").
  if (noun && !counted && !countsPeople(noun) && !PEOPLE_GROUPS.has(noun) && !noun.endsWith('men')) return undefined;
  // A tally's value says what it counts through the tally ("the number of people killed has risen
  // to seven", "officials put the toll at six").
  const talliedRole = tallied.map(roleWord).find((role) => role !== undefined);
  if (talliedRole) return talliedRole;
  // People a craft carries are those aboard ("a plane carrying 72 people crashed, killing 68").
  const anyone = counted === 'people' || !noun;
  if (anyone && carriedBefore(unit.words, mention.before)) return ABOARD;
  // The count is usually the subject of what is said about it, so its verb and object may come a
  // few words later, past an apposition ("Five people, four of them firefighters, were treated for
  // injuries"); a second count with a noun of its own ends the search on that side. On both sides
  // the search stays in the count's own clause: "Two people have died and 4,800 residents were
  // evacuated" does not count the dead twice, nor "19 trapped miners as the toll reaches 14".
  let afterOpen = true;
  let beforeOpen = true;
  for (let d = 0; d < ROLE_WINDOW; d++) {
    let before = beforeOpen && d < WINDOW ? unit.words[mention.before - d] : undefined;
    if (before && (CLAUSE_LINKS.has(before.folded) || isNumber(before.folded))) {
      beforeOpen = false;
      before = undefined;
    }
    let after = afterOpen ? unit.words[mention.after + d] : undefined;
    if (after && (CLAUSE_LINKS.has(after.folded) || (CLAUSE_OPENERS.has(after.folded) && !namesRole(unit.words, mention.after + d)))) {
      afterOpen = false;
      after = undefined;
    }
    const role = roleWord(after) ?? roleWord(before) ?? (after ? phraseRoleAt(unit.words, mention.after + d, mention.after) : undefined);
    // People in hospital for their injuries are counted as injured ("Five people were taken to
    // hospital with injuries"); see {@link inHospital}.
    if (role === HOSPITALISED && clauseAfterHas(unit, mention.after + d + 1, (i) => roleWord(unit.words[i]) === 'injury')) return 'injury';
    // Passengers or crew aboard are a part of those aboard, told apart ("68 passengers and four crew").
    if (role && (role !== ABOARD || anyone)) return role;
    if (after && anyone && SPECTATING_VERBS.has(after.folded)) return 'attendance';
    if (counted === 'people' && (EMPLOYING_VERBS.has(after?.folded ?? '') || EMPLOYING_VERBS.has(before?.folded ?? ''))) return 'job';
    if (after && d > 0 && isNumber(after.folded) && !APPOSITION_WORDS.has(unit.words[mention.after + d + 1]?.folded ?? '')) afterOpen = false;
  }
  return counted;
}

/** True when `test` holds for a word of the count's clause from word `from` on, within {@link ROLE_WINDOW} words. */
function clauseAfterHas(unit: TextUnit, from: number, test: (at: number) => boolean): boolean {
  for (let i = from; i < Math.min(from + ROLE_WINDOW, unit.words.length) && !CLAUSE_LINKS.has(unit.words[i].folded) && !CLAUSE_OPENERS.has(unit.words[i].folded); i++) {
    if (test(i)) return true;
  }
  return false;
}

/**
 * True for a count of the injured that its clause puts in hospital ("15 injured miners were
 * receiving treatment at the hospital", "Five people were taken to hospital with injuries"): it is
 * also the report's count of the hospitalised, which a peer may give alone ("17 people remained in
 * hospital"). A count of the hospitalised alone is a part of the injured, never set against all of
 * them ("more than 180 injured" / "41 people were taken to hospital").
 */
export function inHospital(unit: TextUnit, mention: QuantityMention, role: string | undefined): boolean {
  return role === 'injury' && clauseAfterHas(unit, mention.after, (i) => phraseRoleAt(unit.words, i, mention.after) === HOSPITALISED);
}

/**
 * True when the word at `at` is "as" before a role word, which it ties to the count rather than
 * opening a clause of its own: "Nine people are still listed as missing", "confirmed as dead".
 */
function namesRole(words: Word[], at: number): boolean {
  return words[at].folded === 'as' && roleWord(words[at + 1]) !== undefined;
}

/** True for a number written in digits or words ("four", "1,200"). */
function isNumber(folded: string): boolean {
  return /^\d/.test(folded) || cardinalWord(folded) !== undefined;
}

/**
 * True for a counted noun that names people: "people", "residents" and their kin (see
 * conceptClasses), or a noun for what a person does or is ("miner", "worker", "investor"; the
 * gazetteer's role nouns).
 */
export function countsPeople(noun: string): boolean {
  return measureOfWord(noun) === 'people' || isRoleNoun(noun) || isRoleNoun(`${noun}s`);
}
