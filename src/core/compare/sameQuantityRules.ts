/**
 * The hand-written tests of "two figures of two reports are about one thing". Two mentions are
 * about the same thing when they measure in the same unit (or one states none, or both count people
 * by two nouns: "90 workers" / "more than 120 miners") and the same dimension (a depth is no
 * distance: "480 metres deep" / "800 metres from the shore"), count the same thing (a role, see
 * figureRoles.ts: the injured are not set against the dead), are no property of a thing unless
 * both are ("an eight-storey building" / "a seven-storey block"), count things in one state ("19
 * stranded climbers" are not "seven injured climbers"), are both counts or both positions ("four
 * goals" is no "sixth goal"), are both or neither told as what is left ("with 7km to go" is no
 * "after 35km": remainders.ts), are spans of one record or of none ("the first time in 15 years"
 * is no "the biggest day in twelve years": recordSpans.ts), are of one order of magnitude, are
 * dated alike (a year nearby; a yearly rate meets one year's figure), and the words around them
 * agree (figureContext.ts). Aligned units need less shared context than units that only share
 * words, because their alignment already says they report the same fact.
 */
import { isCurrencyUnit, TIME_UNITS } from '../values/units';
import type { CompareContext } from './compareContext';
import { agreement } from './figureContext';
import { ABOARD, HOSPITALISED } from './rolePhrases';
import { measureOfWord, SINGLE_FACT_ROLES } from './figureRoles';
import { comparedValues, inTwoCurrencies } from './quantityAgreement';
import type { Located } from './locatedFigure';

/**
 * Context agreement (sum of shared IDF weights, the unit counting 2) needed: in aligned units; in
 * others when both count the same noun ("47 clients" / "49 clients") or both give an age after the
 * same name; in others without a counted noun. Durations ("seven years", "three days") are too
 * common to pair outside aligned units.
 */
const MIN_CONTEXT_ALIGNED = 1.5;
const MIN_CONTEXT_COUNTED = 3;
const MIN_CONTEXT_UNALIGNED = 4.5;

/**
 * Largest ratio between two values of one quantity: the widest gap between two reports' counts of
 * one thing on the development clusters is threefold (the injured of an earthquake, about 70 at
 * dawn and 212 a day later).
 */
const MAX_FACTOR = 5;

/**
 * Measure classes a count of people may also stand for ("30,000 people saw" / "a crowd of 28,114",
 * "more than 400 people had crowded onto its decks" / "a ferry carrying nearly 300 people").
 */
const PERSON_ROLES = new Set(['people', 'attendance', ABOARD]);

/** True when two counts count one measure, the hospitalised being among the injured a report puts in hospital (see inHospital of figureRoles.ts). */
export function sameRole(x: Located, y: Located): boolean {
  return x.role === y.role || (x.role === HOSPITALISED && y.inHospital) || (y.role === HOSPITALISED && x.inHospital);
}

/** True when two mentions may measure the same kind of thing. */
export function unitsCompatible(x: Located, y: Located): boolean {
  const a = x.mention;
  const b = y.mention;
  const ua = x.measure.unit;
  const ub = y.measure.unit;
  // A depth is not a distance ("480 metres deep" / "800 metres from the shore").
  if (x.dimension && y.dimension && x.dimension !== y.dimension) return false;
  // What is left is told from the end ("with seven kilometres left" / "after 35 kilometres").
  if (x.remainder !== y.remainder) return false;
  // The span a record is told over meets only the span of the same record ("the worst floods in
  // 40 years" / "the worst flooding in 50 years"), never another ("the first time in 15 years" /
  // "the biggest day in twelve years") nor a length ("jailed for 12 years").
  if (x.record !== y.record) return false;
  // A position ("the 12th minute") is comparable to another position, or to a count of the same
  // span of time ("after 12 minutes"); a count of things is not ("four goals" / "his sixth goal").
  // A span of something ("three days of national mourning", "two weeks of talks") is no point in
  // the story's time line, and meets no position ("the search entered its fourth day").
  if (a.ordinal || b.ordinal) return ua !== null && ua === ub && (a.ordinal === b.ordinal || (TIME_UNITS.has(ua) && !spanOf(x) && !spanOf(y)));
  // Spans of two named things are two spans ("three days of rain" / "five days of strikes").
  if (x.spanned.length > 0 && y.spanned.length > 0 && !spanSameThing(x, y)) return false;
  // A property of a thing ("an eight-storey building", "a three-day strike") meets only a figure of
  // the same unit ("a seven-storey block", "the strike lasted two days"), never a count of people.
  if (a.compound || b.compound) return ua !== null && ua === ub;
  // Counts of one measure in different words ("12 dead" / "12 people were killed" / "a dozen
  // fatalities"), and never of two ("12 people were killed" / "70 people were hurt").
  if (x.role && y.role) return rolesCompatible(x, y);
  // Things in two states are two sets ("19 stranded climbers" / "seven injured climbers", "40
  // cancelled flights" / "12 diverted flights"), and so are things in a state that is not what the
  // other count counts ("19 trapped miners" / "seven miners were killed").
  if (!statesCompatible(x, y)) return false;
  // Money is compared with money of one currency, whatever its name ("DKK" / "crowns": the story
  // fixes it), or of another whose rate is known ("€2.4 billion" / "$2.6 billion": exchangeRates.ts).
  // People are counted by what they are, in one report's words or another's ("90 workers" / "more
  // than 120 miners", "300 people" / "278 residents"): two counts of people may be one count, if
  // their words agree (see {@link neededAgreement}: counts in two nouns need the most).
  return sameKind(x, y);
}

/**
 * True when the units of two figures may measure one kind of thing: one unit, or one currency by
 * two names, or two currencies with rates, or people by two nouns, or no unit against a unit that does not fix what is measured.
 */
export function sameKind(x: Located, y: Located): boolean {
  const ua = x.measure.unit;
  const ub = y.measure.unit;
  if (ua && ub) return ua === ub || (isCurrencyUnit(ua) && isCurrencyUnit(ub) && (ua.startsWith('¤') || ub.startsWith('¤') || inTwoCurrencies(x, y))) || (x.peopleUnit && y.peopleUnit);
  return !x.fixedUnit && !y.fixedUnit;
}

/** True when two counts whose roles are known count one measure, or people by two roles that may be one crowd. */
export function rolesCompatible(x: Located, y: Located): boolean {
  return sameRole(x, y) || (PERSON_ROLES.has(x.role ?? '') && PERSON_ROLES.has(y.role ?? ''));
}

/** True for a span of time of something named after "of" ("three days of mourning"): "of" follows its unit. */
function spanOf(x: Located): boolean {
  return !x.mention.ordinal && x.unit.words[x.mention.after + 1]?.folded === 'of';
}

/** True when two spans of time name one thing after "of" ("nine days of racing" / "eight days of racing"). */
function spanSameThing(x: Located, y: Located): boolean {
  return x.spanned.some((sense) => y.spanned.includes(sense));
}

/**
 * False for things in two states ("19 stranded climbers" / "seven injured climbers", "40 cancelled
 * flights" / "12 diverted flights"), or in a state that is not what the other count counts ("19
 * trapped miners" / "seven miners were killed").
 */
export function statesCompatible(x: Located, y: Located): boolean {
  const [a, b] = [x.mention.state, y.mention.state];
  return !(a && b && a !== b) && stateFits(a, y.role) && stateFits(b, x.role);
}

/**
 * False when a count's noun is in a state (see QuantityMention.state of findQuantityMentions.ts) other than the measure
 * another count has: "trapped" does not count deaths, "injured" counts injuries.
 */
function stateFits(state: string | undefined, role: string | undefined): boolean {
  return state === undefined || role === undefined || !SINGLE_FACT_ROLES.has(role) || measureOfWord(state) === role;
}

/** The context agreement two mentions need to be about one thing. */
export function neededAgreement(here: Located, there: Located, aligned: boolean): number {
  if (aligned) return MIN_CONTEXT_ALIGNED;
  const unit = here.measure.unit;
  // A span of time is too common to pair outside aligned units, unless both name what they span
  // alike ("nine days of racing" / "eight days of racing"), as a counted noun names what is counted.
  if (unit && TIME_UNITS.has(unit)) return spanSameThing(here, there) ? MIN_CONTEXT_ALIGNED : Infinity;
  if ((unit && unit === there.measure.unit) || (here.role && here.role === there.role)) return MIN_CONTEXT_COUNTED;
  return MIN_CONTEXT_UNALIGNED;
}

/** How strongly two figures are about one thing by a scoring: 0 when not at all. */
type Scoring = (x: Located, y: Located) => number;

/** The hand-written judgements (see {@link rulesOf}). */
export interface Rules {
  about: Scoring;
  sameFact: Scoring;
}

/**
 * The hand-written judgements of this file: `about`, how strongly two figures are about one thing
 * by the words around them, or 0 when they may not be compared; `sameFact`, how near two counts of
 * one single fact (see {@link SINGLE_FACT_ROLES}) are, or 0.
 */
export function rulesOf(ctx: CompareContext): Rules {
  const about = (x: Located, y: Located): number => {
    if (!unitsCompatible(x, y)) return 0;
    return aboutByContext(x, y, agreement(x.context, y.context), neededAgreement(x, y, aligned(ctx, x, y)));
  };
  const sameFact = (x: Located, y: Located): number =>
    x.role !== undefined && y.role !== undefined && sameRole(x, y) && SINGLE_FACT_ROLES.has(x.role) && sameYears(x, y) && ofOneOrder(...comparedValues(x, y)) ? closeness(...comparedValues(x, y)) : 0;
  return { about, sameFact };
}

/**
 * The rules' `about` of two figures whose units are compatible, given their context agreement and
 * the agreement they need: how strongly they are about one thing, or 0.
 */
export function aboutByContext(x: Located, y: Located, context: number, needed: number): number {
  return sameYears(x, y) && ofOneOrder(...comparedValues(x, y)) && context >= needed ? context * closeness(...comparedValues(x, y)) : 0;
}

/** True when the units of two figures are aligned (see {@link CompareContext.partners}). */
export function aligned(ctx: CompareContext, x: Located, y: Located): boolean {
  return ctx.partners.has(x.unit.id, y.unit.id);
}

/**
 * How near two values are, in (0, 1]: one reported quantity given differently is usually of the
 * same order ("15" / "17", "£2.3m" / "£2.8m"), so nearness ranks the candidates about one thing.
 */
function closeness(a: number, b: number): number {
  const x = Math.abs(a);
  const y = Math.abs(b);
  if (x === 0 || y === 0) return x === y ? 1 : 0.25;
  return 1 / (1 + Math.abs(Math.log(x / y)));
}

/**
 * True when two values are within {@link MAX_FACTOR} of each other: two reports of one quantity
 * may differ, two quantities of one story (a lake's length and a wreck's distance from the shore,
 * the away fans and the whole crowd, a score and a crowd) mostly differ by an order of magnitude.
 */
function ofOneOrder(a: number, b: number): boolean {
  const x = Math.abs(a);
  const y = Math.abs(b);
  return Math.max(x, y) <= MAX_FACTOR * Math.min(x, y);
}

/**
 * False when the two mentions are dated differently: a figure for 2022 is not one for 2023, and a
 * dated figure ("in 2007 … killed more than 500") belongs to another event than an undated one,
 * unless that one is a yearly rate ("kills 600,000 people a year"), which holds for any year.
 */
export function sameYears(a: Located, b: Located): boolean {
  if (a.years.length === 0 || b.years.length === 0) {
    if (a.years.length === b.years.length) return true;
    return a.years.length === 0 ? a.yearly : b.yearly;
  }
  return a.years.some((y) => b.years.includes(y));
}
