/**
 * Numbers given differently: the same quantity stated by two sources about one event with values
 * that disagree. Two mentions are about the same thing when they measure in the same unit (or one
 * states none, or both count people by two nouns: "90 workers" / "more than 120 miners") and the
 * same dimension (a depth is no distance: "480 metres deep" / "800 metres from the shore"), count
 * the same thing (a role: the dead, the injured, the hospitalised, the rescued, the missing, the
 * displaced, the arrested, a crowd, those aboard a craft, read from the counted noun, the words
 * around, a phrase of the predicate ("left their homes", "taken to hospital": rolePhrases.ts), or
 * the tally whose value the number is: "the number of people killed has risen to seven"; the
 * trapped are among the missing, those pulled out alive among the rescued; a tally that changed
 * with no role of its own continues the figure given just before it; only people, and groups of
 * them, take such a role: "7,000 steps a day cuts the risk of dying" counts no deaths, nor does an
 * age), are no property of a thing unless both are ("an eight-storey building" / "a seven-storey
 * block"), count things in one state ("19 stranded climbers" are not "seven injured climbers"), are
 * both counts or both positions ("four goals" is no "sixth goal"), are both or neither told as what
 * is left ("with 7km to go" is no "after 35km": remainders.ts), are spans of one record or of none
 * ("the first time in 15 years" is no "the biggest day in twelve years": recordSpans.ts), are of
 * one order of magnitude, and the words around them agree — the counted noun, the verb, the
 * subject, the party that gives the figure ("killing at least 12 people" / "15 people were killed",
 * "organisers said 200,000" / "organisers claimed 250,000"). Context words count by IDF and by
 * closeness to the number; aligned units need less shared context than units that only share words,
 * because their alignment already says they report the same fact.
 *
 * When is a difference a discrepancy? Values are compared after normalisation (digits and number
 * words, scales, units brought to one: "12 miles" / "15 km"; never two currencies, and a bracketed
 * conversion, "3.1 metres (10 feet)", only through the figure it converts; spans of time in days:
 * "three weeks" / "21 days"): ranges overlap → consistent; a figure in digits stands for those that
 * round to it ("$88 billion" / "$88.2 billion", "€3.1bn" / "€3.05bn", "2%" / "1.9%"); figures in
 * two units agree within the rounding of the one stated plainly; "about"/"around" allows 10 %
 * either way and "nearly" 10 % below, within the figure's own rounding ("about 100" against "100"
 * is no discrepancy, "an estimated 597,000" against "more than 600,000" is, and so is "4.3 million"
 * against "nearly 5 million"); "at least" and "more than" round a count down as "nearly" rounds one
 * up ("more than 40 homes" may be 43), and are otherwise hedges on a stated figure, as "up to" is,
 * so "at least 12 dead" against "15 killed" IS a discrepancy (the reader gets two different
 * counts). Hedges do not add up: one source's figure must fall within what the other's hedge allows
 * ("an estimated 12,400" and "nearly 15,000" differ), and "more than" or "fewer than" leaves out
 * the figure it names ("more than 1,100" is outside "about 1,000"). A figure a report gives as the
 * earlier value of a change ("up from 2,300 on Monday", "stood at 9 … reached 11": see
 * figureDating.ts) is not what it reports now, and agrees with no other report's current figure. A
 * mention is flagged only when no mention about the same thing in that peer agrees with it (one
 * peer stating both "37 miles" and "60 km (37 miles)" agrees with "37 miles" elsewhere; a report
 * giving one fact by two parties, "2,800 died, the ministry said, while the WHO put the toll at
 * more than 3,000", agrees with a peer giving either), and only against the peer's mention that is
 * most about it, when that one is also most about this mention (mutual best), so that the injured
 * are not set against the dead. Mentions dated differently (a year nearby) are never compared, but
 * a yearly rate meets one year's figure.
 *
 * The conditions above were written for the development clusters, and transfer to unseen reports
 * less well than they fit those. So the last word on "these two figures give one quantity" is a
 * learned one (quantityMatcher.ts): a logistic regression over the pairs a reader could take for
 * one quantity (dated alike, within tenfold, of one kind of unit, not counting two measures nor
 * things in two states: {@link isCandidate}), whose features are the conditions above (the rules'
 * verdicts, unit, role, party, hedges) and what they leave out (where each figure stands in its
 * report, how much the two sentences share, the value ratio, whether each figure is the one of its
 * report whose words agree best with the other's). A pair the rules admit is kept unless
 * the matcher finds it unlikely; a pair they do not admit is taken when the matcher finds it likely.
 */
import type { Finding } from '../types';
import { cardinalWord } from '../values/numberWords';
import { isRange, parseQuantity, type Quantity } from '../values/parseQuantity';
import { isCurrencyUnit, TIME_UNITS } from '../values/units';
import { commonValueOf, conversionOf, inCommonUnit, isPhysicalUnit } from './commonUnit';
import { type CompareContext, idfOf, joinNames } from './compareContext';
import type { TermIndex } from './buildTermIndex';
import { measureOf } from './conceptClasses';
import { isChangeTarget, isSuperseded, isYearly, yearsOf } from './figureDating';
import { AGE_UNIT, quantityMentionsOf, PLANNED_YEAR, type QuantityMention } from './findQuantityMentions';
import { figureSourceOf } from './figureSource';
import { tallyNoun, tallyWordsBefore } from './tallyOf';
import { ABOARD, carriedBefore, HOSPITALISED, phraseRoleAt } from './rolePhrases';
import { isRemainder } from './remainders';
import { recordOf } from './recordSpans';
import { isRoleNoun } from '../entities/gazetteer';
import { makeFinding, sourceRef } from './makeFinding';
import type { Word } from './readWords';
import type { TextUnit } from './splitIntoUnits';
import { wordTable } from '../text/wordTable';
import { FEATURE, PAIR_FEATURES, QUANTITY_MATCHER, type QuantityMatcher, sameQuantityProbability } from './quantityMatcher';

/** Context words considered on each side of a number. */
const WINDOW = 6;
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

/** True for a unit that measures rather than counts: a physical unit or a duration. */
function isMeasuringUnit(unit: string): boolean {
  return TIME_UNITS.has(unit) || isPhysicalUnit(unit);
}

interface Located {
  mention: QuantityMention;
  /**
   * Where the figure stands in its report: its unit's index over the report's count of units, or
   * over {@link SHORTEST_ARTICLE} in a shorter report (a brief's second sentence is still its lede).
   */
  position: number;
  /** Stems of the party that gives the figure ({@link figureSourceOf}). */
  parties: readonly string[];
  /** The figure's index among its report's figures. */
  index: number;
  /** The mention's quantity in the common unit of its dimension ("37 miles" as 59.5 km; see commonUnit.ts). */
  measure: Quantity;
  unit: TextUnit;
  context: Map<string, number>;
  /** Years dating the mention ("in 2007 killed more than 500"). */
  years: string[];
  /** True for a yearly rate ("600,000 deaths a year"), which holds for any one year. */
  yearly: boolean;
  /** What the figure counts, by measure class ("death", "injury", "job"…), when its words say. */
  role: string | undefined;
  /** True for a count of the injured that its clause puts in hospital (see {@link inHospital}). */
  inHospital: boolean;
  /** True for a figure a report gives as superseded by another ("up from 12,400 a day earlier"). */
  superseded: boolean;
  /** What a length measures, when the word after its unit says: "depth", "height", "distance"… */
  dimension: string | undefined;
  /** True for a measure given as what is left ("with seven kilometres left"; see remainders.ts). */
  remainder: boolean;
  /** The interval the figure stands for ({@link interval}), read once rather than for every pair of figures. */
  interval: readonly [number, number];
  /** True when the measure's unit names people ({@link countsPeople}), read once rather than for every pair of figures. */
  peopleUnit: boolean;
  /** True when the measure's unit fixes what is measured ({@link isFixedUnit}), read once rather than for every pair of figures. */
  fixedUnit: boolean;
  /** What a span of time names after "of" ({@link spannedSenses}), read once rather than for every pair of figures. */
  spanned: readonly string[];
  /** For the span a record is told over ("the first time in 15 years"), the record's word ({@link recordOf}). */
  record: string | undefined;
}

/** Words after a length's unit that say what it measures ("480 metres deep", "800 metres from the shore"). */
const DIMENSION_WORDS: Record<string, string> = wordTable({
  deep: 'depth', below: 'depth', underground: 'depth', down: 'depth', beneath: 'depth',
  high: 'height', tall: 'height', above: 'height', up: 'height',
  long: 'length', wide: 'width', across: 'width', broad: 'width', thick: 'thickness',
  from: 'distance', away: 'distance', off: 'distance', offshore: 'distance', inland: 'distance',
  north: 'distance', south: 'distance', east: 'distance', west: 'distance', northeast: 'distance', northwest: 'distance', southeast: 'distance', southwest: 'distance',
});

/**
 * What a length measures, read from the word after its unit: "480 metres deep" a depth, "30
 * metres high" a height, "800 metres from the shore" and "40 km west of the town" a distance.
 */
function dimensionOf(unit: TextUnit, mention: QuantityMention, measure: Quantity): string | undefined {
  if (measure.unit !== 'km') return undefined;
  return DIMENSION_WORDS[unit.words[mention.after + 1]?.folded ?? ''];
}

/**
 * Measures one event reports once: its dead, injured, rescued, missing, displaced and arrested,
 * its crowd. They are also the measures that words near a count of people or of nothing named
 * give it ("killed", "rescued", "detained"). A count of one of them that shares no context with
 * any figure of a peer ("a crowd of 28,114 filled the stadium" / "more than 30,000 people saw the
 * match") is set against the peer's counts of the same measure.
 */
const SINGLE_FACT_ROLES = new Set(['death', 'injury', HOSPITALISED, 'attendance', 'survivor', 'missing', 'displaced', 'arrest', ABOARD]);

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
function measureOfWord(folded: string, stem?: string): string | undefined {
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
 * Measure classes a count of people may also stand for ("30,000 people saw" / "a crowd of 28,114",
 * "more than 400 people had crowded onto its decks" / "a ferry carrying nearly 300 people").
 */
const PERSON_ROLES = new Set(['people', 'attendance', ABOARD]);

/**
 * The measure class of a mention: that of its counted noun ("12 fatalities", "800 posts"), or, for
 * a count of people or of nothing named, that of a death, injury or crowd word around it
 * ("killing at least 12 people", "12 people were killed", "a crowd of 28,114", "30,000 people
 * saw"), or `part` for a part of the count before it ("two of them"). Counts with a unit of
 * measure or money have none: their unit says what they measure. `tallied` are the words of the
 * tally the mention is the value of (see {@link tallyWordsBefore}), if any.
 */
function roleOf(unit: TextUnit, mention: QuantityMention, tallied: Word[]): string | undefined {
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
function inHospital(unit: TextUnit, mention: QuantityMention, role: string | undefined): boolean {
  return role === 'injury' && clauseAfterHas(unit, mention.after, (i) => phraseRoleAt(unit.words, i, mention.after) === HOSPITALISED);
}

/** True when two counts count one measure, the hospitalised being among the injured a report puts in hospital (see {@link inHospital}). */
function sameRole(x: Located, y: Located): boolean {
  return x.role === y.role || (x.role === HOSPITALISED && y.inHospital) || (y.role === HOSPITALISED && x.inHospital);
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
 * A mention's quantity in the common unit of its dimension (see commonUnit.ts), and, for the value
 * of a tally its sentence leaves bare, counting what the tally of the sentence before counted ("the
 * total had risen to 87" after "a rising number of food poisoning cases" counts cases); `tallied`
 * are the words of that tally (see {@link tallyWordsBefore}).
 */
function measureOfMention(unit: TextUnit, mention: QuantityMention, tallied: Word[]): Quantity {
  const measure = inCommonUnit(mention.quantity);
  const noun = measure.unit === null && tallied.length > 0 && !tallied.some((w) => unit.words.includes(w)) ? tallyNoun(tallied) : undefined;
  return noun ? { ...measure, unit: parseQuantity(`1 ${noun.folded}`)?.unit ?? null } : measure;
}

/** Weighted context words of a mention: IDF, halved every three words of distance. */
function contextOf(ctx: CompareContext, unit: TextUnit, mention: QuantityMention, measure: Quantity): Map<string, number> {
  const context = new Map<string, number>();
  const add = (i: number, distance: number): void => {
    const w = unit.words[i];
    if (!w || !w.content || /^\d/.test(w.folded)) return;
    const weight = idfOf(ctx, w.stem) * Math.pow(0.5, distance / 3);
    context.set(w.stem, Math.max(context.get(w.stem) ?? 0, weight));
  };
  for (let d = 0; d < WINDOW; d++) {
    add(mention.before - d, d);
    add(mention.after + d, d);
  }
  if (measure.unit) context.set(`#${measure.unit}`, 2);
  // The party that gives the figure counts in full, however far it stands ("the organisers, the
  // workers' confederation, said 200,000" / "organisers claimed more than 250,000").
  for (const party of figureSourceOf(unit, mention)) context.set(`@${party.stem}`, idfOf(ctx, party.stem));
  return context;
}

/** Shared context weight of two mentions. */
function agreement(a: Map<string, number>, b: Map<string, number>): number {
  let sum = 0;
  // forEach, not for…of: no entry array per word, on a path run for every pair of figures.
  a.forEach((weight, stem) => {
    const other = b.get(stem);
    if (other !== undefined) sum += Math.min(weight, other);
  });
  return sum;
}

/**
 * The place value of a figure's last significant digit: 100,000 for "600,000", 1,000 for
 * "597,000", 0.1 for "3.5". A round figure is rounded; an exact one is not, however hedged.
 */
function lastDigitPlace(value: number): number {
  let place = 10 ** Math.floor(Math.log10(Math.abs(value)));
  while (place > 1e-6 && Math.abs(value / place - Math.round(value / place)) > 1e-9) place /= 10;
  return place;
}

/**
 * The interval a hedged value, or one written with decimals, stands for, in the common unit of its
 * dimension. "About" allows 10 % either way and "nearly" 10 % below, but never more than the
 * figure's own rounding as written: "about 600,000" may be 597,000, "an estimated 597,000" is
 * 597,000 give or take a thousand, "about 12 miles" is 12 miles give or take one, "about three
 * dozen" 36 give or take 3.6. "More than" and "at least" before a round figure round a count down,
 * as "nearly" rounds one up: "more than 40 homes" may be 43 and "more than four million accounts"
 * 4.2 million, up to 10 % above; "at least 12 dead" is 12, and 15 dead is another count.
 */
function interval(m: QuantityMention): readonly [number, number] {
  let known = INTERVALS.get(m.quantity);
  if (!known) {
    known = intervalOf(m.quantity);
    INTERVALS.set(m.quantity, known);
  }
  return known;
}

/**
 * Each quantity's interval (see {@link interval}), worked out once: a comparison asks for it for
 * every pair of figures it weighs, and a quantity is not changed once read.
 */
const INTERVALS = new WeakMap<Quantity, readonly [number, number]>();

/** The interval of {@link interval}, worked out. */
function intervalOf(q: Quantity): [number, number] {
  const factor = conversionOf(q.unit)?.[1] ?? 1;
  if (isRange(q)) return [q.low * factor, q.high * factor];
  // A figure written in digits stands for the figures that round to it: from half its last
  // written place below up to, not including, half that place above, never further than "about"
  // would allow ("€3.1 billion" is €3.05 billion up to €3.15 billion, so agrees with "€3.05
  // billion"; "$88 billion" with "$88.2 billion", "2%" with "1.9%"; "£12bn" not with "£12.5bn",
  // which rounds up, nor "3m" with "2.5 million").
  if (q.qualifier === null && q.precision !== undefined) {
    const half = Math.min(q.precision / 2, Math.abs(q.value) * 0.1);
    return [(q.value - half) * factor, (q.value + half * (1 - 1e-6)) * factor];
  }
  if (q.value === 0 || (q.qualifier !== 'about' && q.qualifier !== 'nearly' && q.qualifier !== 'more than' && q.qualifier !== 'at least')) return [q.value * factor, q.value * factor];
  const slack = Math.min(q.value * 0.1, Math.max(lastDigitPlace(q.value), q.rounding ?? 0));
  if (q.qualifier === 'about') return [(q.value - slack) * factor, (q.value + slack) * factor];
  if (q.qualifier === 'nearly') return [(q.value - slack) * factor, q.value * factor];
  return [q.value * factor, (q.value + slack) * factor];
}

/**
 * True when two mentions of one thing agree (see the file comment). Ranges agree when they
 * overlap; otherwise the figure one source states must fall within what the other's hedge allows:
 * hedges do not add up, so "an estimated 12,400" and "nearly 15,000" are two figures, though
 * 12,400 plus 10 % and 15,000 less 10 % would meet.
 */
export function quantitiesAgree(a: QuantityMention, b: QuantityMention): boolean {
  return agreeWithin(a.quantity, interval(a), b.quantity, interval(b));
}

/** {@link quantitiesAgree} of two located figures, by the intervals read when they were located. */
function figuresAgree(x: Located, y: Located): boolean {
  return agreeWithin(x.mention.quantity, x.interval, y.mention.quantity, y.interval);
}

/** {@link quantitiesAgree} of two quantities, given their intervals (see {@link interval}). */
function agreeWithin(a: Quantity, [al, ah]: readonly [number, number], b: Quantity, [bl, bh]: readonly [number, number]): boolean {
  // Only floating-point error: a figure's hedge and rounding are in its interval.
  const slack = 1e-9 * Math.max(Math.abs(ah), Math.abs(bh));
  if (isRange(a) && isRange(b)) return al <= bh + slack && bl <= ah + slack;
  if (a.unit !== b.unit && conversionOf(a.unit) && conversionOf(b.unit)) {
    // One figure given in two units is rounded in one of them ("3.1 metres (10 feet)", "15,000
    // hectares (37,000 acres)"): across units, each stands for its value give or take its rounding.
    const [ar, br] = [conversionRounding(a), conversionRounding(b)];
    return al - ar <= bh + br + slack && bl - br <= ah + ar + slack;
  }
  return (!isRange(a) && within(commonValueOf(a), bl, bh, slack) && !boundedOutside(a, bl, bh, slack)) || (!isRange(b) && within(commonValueOf(b), al, ah, slack) && !boundedOutside(b, al, ah, slack));
}

/**
 * True for a bound that leaves out the very figure it names, standing at the edge of another
 * figure's interval: "more than 1,100 riders" is above 1,100, so outside "about 1,000" (900 to
 * 1,100), and "fewer than 180 homes" below "about 200" (180 to 220). A plain figure the bound
 * names is still within it ("more than 1,100" / "1,100": the plain figure's own rounding).
 */
function boundedOutside(q: Quantity, low: number, high: number, slack: number): boolean {
  const value = commonValueOf(q);
  return (q.qualifier === 'more than' && value >= high - slack) || (q.qualifier === 'less than' && value <= low + slack);
}

/**
 * How far a figure stated plainly in one unit may stand from its value, in the common unit: half its
 * last digit's place ("37,000 acres" is 36,500 to 37,500 acres), at most 5 % ("10 feet" is 9.5 to
 * 10.5 feet, not 5 to 15). A hedged figure's allowance is its hedge's (see {@link interval}).
 */
function conversionRounding(q: Quantity): number {
  const factor = conversionOf(q.unit)?.[1] ?? 1;
  return q.value === 0 || q.qualifier !== null ? 0 : Math.min(lastDigitPlace(q.value) / 2, Math.abs(q.value) * 0.05) * factor;
}

/** True when `value` lies between `low` and `high`, give or take `slack`. */
function within(value: number, low: number, high: number, slack: number): boolean {
  return value >= low - slack && value <= high + slack;
}

/** True for a unit that fixes what is measured: a measuring unit, a currency, per cent or percentage points. */
function isFixedUnit(u: string | null): boolean {
  return u !== null && (isMeasuringUnit(u) || isCurrencyUnit(u) || /^(?:%|pp)$/.test(u) || u === PLANNED_YEAR);
}

/** True when two mentions may measure the same kind of thing. */
function unitsCompatible(x: Located, y: Located): boolean {
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
  // fixes it), never with another currency ("€2.4 billion" / "$2.6 billion"): that needs a rate.
  // People are counted by what they are, in one report's words or another's ("90 workers" / "more
  // than 120 miners", "300 people" / "278 residents"): two counts of people may be one count, if
  // their words agree (see {@link neededAgreement}: counts in two nouns need the most).
  return sameKind(x, y);
}

/**
 * True when the units of two figures may measure one kind of thing: one unit, or one currency by
 * two names, or people by two nouns, or no unit against a unit that does not fix what is measured.
 */
function sameKind(x: Located, y: Located): boolean {
  const ua = x.measure.unit;
  const ub = y.measure.unit;
  if (ua && ub) return ua === ub || (isCurrencyUnit(ua) && isCurrencyUnit(ub) && (ua.startsWith('¤') || ub.startsWith('¤'))) || (x.peopleUnit && y.peopleUnit);
  return !x.fixedUnit && !y.fixedUnit;
}

/** True when two counts whose roles are known count one measure, or people by two roles that may be one crowd. */
function rolesCompatible(x: Located, y: Located): boolean {
  return sameRole(x, y) || (PERSON_ROLES.has(x.role ?? '') && PERSON_ROLES.has(y.role ?? ''));
}

/**
 * True for a counted noun that names people: "people", "residents" and their kin (see
 * conceptClasses), or a noun for what a person does or is ("miner", "worker", "investor"; the
 * gazetteer's role nouns).
 */
function countsPeople(noun: string): boolean {
  return measureOfWord(noun) === 'people' || isRoleNoun(noun) || isRoleNoun(`${noun}s`);
}

/** True for a span of time of something named after "of" ("three days of mourning"): "of" follows its unit. */
function spanOf(x: Located): boolean {
  return !x.mention.ordinal && x.unit.words[x.mention.after + 1]?.folded === 'of';
}

/**
 * The senses of the content words among the two a span of time names after "of" ("racing" in "nine
 * days of racing", "national" and "mourning" in "three days of national mourning"); none for a
 * span that names nothing.
 */
function spannedSenses(unit: TextUnit, mention: QuantityMention, measure: Quantity): readonly string[] {
  if (mention.ordinal || unit.words[mention.after + 1]?.folded !== 'of' || !TIME_UNITS.has(measure.unit ?? '')) return NOTHING_SPANNED;
  return [unit.words[mention.after + 2], unit.words[mention.after + 3]].filter((w) => w?.content && !/^\d/.test(w.folded)).map((w) => w.sense);
}

/** The senses of a span of time that names nothing after "of": one shared empty list. */
const NOTHING_SPANNED: readonly string[] = [];

/** True when two spans of time name one thing after "of" ("nine days of racing" / "eight days of racing"). */
function spanSameThing(x: Located, y: Located): boolean {
  return x.spanned.some((sense) => y.spanned.includes(sense));
}

/**
 * False for things in two states ("19 stranded climbers" / "seven injured climbers", "40 cancelled
 * flights" / "12 diverted flights"), or in a state that is not what the other count counts ("19
 * trapped miners" / "seven miners were killed").
 */
function statesCompatible(x: Located, y: Located): boolean {
  const [a, b] = [x.mention.state, y.mention.state];
  return !(a && b && a !== b) && stateFits(a, y.role) && stateFits(b, x.role);
}

/**
 * False when a count's noun is in a state (see {@link QuantityMention.state}) other than the measure
 * another count has: "trapped" does not count deaths, "injured" counts injuries.
 */
function stateFits(state: string | undefined, role: string | undefined): boolean {
  return state === undefined || role === undefined || !SINGLE_FACT_ROLES.has(role) || measureOfWord(state) === role;
}

/** The words of a unit, then an opening bracket, between a figure and its conversion. */
const CONVERSION_GAP = /^\s*(?:\p{L}+\s*){0,2}\(\s*$/u;

/**
 * True for a figure in brackets that gives the one before it in another unit ("3.1 metres (10
 * feet)", "15,000 hectares (37,000 acres)"): it says nothing of its own, and is compared through
 * the figure it converts.
 */
function isConversion(text: string, previous: QuantityMention | undefined, mention: QuantityMention): boolean {
  if (!previous || !CONVERSION_GAP.test(text.slice(previous.end, mention.start))) return false;
  const [here, before] = [conversionOf(mention.quantity.unit), conversionOf(previous.quantity.unit)];
  return here !== undefined && here[0] === before?.[0];
}

/**
 * A tally whose change its words leave without a role ("but by evening the number of residents
 * that firefighters could not trace had climbed to 17") continues the figure of a single fact
 * given just before it, in its sentence or the one before ("12 people were unaccounted for"): it
 * counts what that figure counted, and that figure is its earlier value, superseded. `located` are
 * a source's mentions in text order, `changed` the values of tallies that changed ("climbed to 17").
 */
function continueTallies(located: Located[], changed: ReadonlySet<QuantityMention>): void {
  located.forEach((tally, i) => {
    if (!changed.has(tally.mention) || tally.role !== undefined || tally.measure.unit !== null) return;
    for (let j = i - 1; j >= 0 && located[j].unit.id >= tally.unit.id - 1; j--) {
      const earlier = located[j];
      if (earlier.role === undefined || !SINGLE_FACT_ROLES.has(earlier.role)) continue;
      tally.role = earlier.role;
      earlier.superseded = true;
      return;
    }
  });
}

/** The context agreement two mentions need to be about one thing. */
function neededAgreement(here: Located, there: Located, aligned: boolean): number {
  if (aligned) return MIN_CONTEXT_ALIGNED;
  const unit = here.measure.unit;
  // A span of time is too common to pair outside aligned units, unless both name what they span
  // alike ("nine days of racing" / "eight days of racing"), as a counted noun names what is counted.
  if (unit && TIME_UNITS.has(unit)) return spanSameThing(here, there) ? MIN_CONTEXT_ALIGNED : Infinity;
  if ((unit && unit === there.measure.unit) || (here.role && here.role === there.role)) return MIN_CONTEXT_COUNTED;
  return MIN_CONTEXT_UNALIGNED;
}

/**
 * Every source's figures, located and read once (see {@link Located}); none for a source that
 * reports no event another source reports.
 */
function locateFigures(ctx: CompareContext): Located[][] {
  return ctx.sources.map((source, s) => {
    if (!ctx.sameEvent[s]) return [];
    const changedTallies = new Set<QuantityMention>();
    const own = ctx.unitsBySource[s].flatMap((unit, u) => {
      const mentions = quantityMentionsOf(ctx, unit);
      const previous = ctx.unitsBySource[s][u - 1]?.words ?? [];
      // The words of the tally each figure is the value of, read once for its role and its noun.
      const tallies = new Map(mentions.map((mention) => [mention, tallyWordsBefore(unit.words, mention.before, previous)]));
      const roles = new Map(mentions.map((mention) => [mention, roleOf(unit, mention, tallies.get(mention)!)]));
      for (const mention of mentions) if (tallies.get(mention)!.length > 0 && isChangeTarget(unit, mention)) changedTallies.add(mention);
      return mentions.filter((mention, i) => !isConversion(source.analysis.text, mentions[i - 1], mention)).map((mention) => {
        const measure = measureOfMention(unit, mention, tallies.get(mention)!);
        return {
          position: u / Math.max(ctx.unitsBySource[s].length, SHORTEST_ARTICLE),
          parties: partiesOf(unit, mention),
          index: 0,
          mention,
          measure,
          dimension: dimensionOf(unit, mention, measure),
          remainder: measure.unit !== null && isMeasuringUnit(measure.unit) && isRemainder(unit, mention, source.analysis.text),
          interval: interval(mention),
          peopleUnit: measure.unit ? countsPeople(measure.unit) : false,
          fixedUnit: isFixedUnit(measure.unit),
          spanned: spannedSenses(unit, mention, measure),
          record: recordOf(unit, mention, measure),
          unit,
          context: contextOf(ctx, unit, mention, measure),
          years: mention.quantity.unit === PLANNED_YEAR ? [] : yearsOf(unit, mention),
          yearly: isYearly(unit, mention),
          role: roles.get(mention),
          inHospital: inHospital(unit, mention, roles.get(mention)),
          superseded: isSuperseded(unit, mention, mentions, (later) => later.quantity.unit === mention.quantity.unit && [roles.get(mention), undefined].includes(roles.get(later))),
        };
      });
    });
    continueTallies(own, changedTallies);
    own.forEach((figure, i) => (figure.index = i));
    return own;
  });
}

/** How strongly two figures are about one thing by a scoring: 0 when not at all. */
type Scoring = (x: Located, y: Located) => number;

/** The hand-written judgements (see {@link rulesOf}), and the context agreement a figure has at best with a source's figures. */
interface Rules {
  about: Scoring;
  sameFact: Scoring;
  /** The highest context agreement of `x` with a candidate figure of source `source` (see {@link isCandidate}). */
  bestAgreement: (x: Located, source: number) => number;
}

/**
 * The hand-written judgements of this file: `about`, how strongly two figures are about one thing
 * by the words around them, or 0 when they may not be compared; `sameFact`, how near two counts of
 * one single fact (see {@link SINGLE_FACT_ROLES}) are, or 0.
 */
function rulesOf(ctx: CompareContext, located: Located[][]): Rules {
  const bestAgreement = bestAgreements(located);
  const about = (x: Located, y: Located): number => {
    if (!unitsCompatible(x, y)) return 0;
    return aboutByContext(x, y, agreement(x.context, y.context), neededAgreement(x, y, aligned(ctx, x, y)));
  };
  const sameFact = (x: Located, y: Located): number =>
    x.role !== undefined && y.role !== undefined && sameRole(x, y) && SINGLE_FACT_ROLES.has(x.role) && sameYears(x, y) && ofOneOrder(x.measure, y.measure) ? closeness(x.measure, y.measure) : 0;
  return { about, sameFact, bestAgreement };
}

/** The stems of the party that gives a figure ({@link figureSourceOf}); one shared empty list when none does. */
function partiesOf(unit: TextUnit, mention: QuantityMention): readonly string[] {
  const parties = figureSourceOf(unit, mention);
  return parties.length === 0 ? NO_PARTY : parties.map((party) => party.stem);
}

/** The parties of a figure no party gives. */
const NO_PARTY: readonly string[] = [];

/**
 * Most pairs of sources whose best agreements {@link bestAgreements} keeps at once (some kilobytes
 * each): enough for every peer of the report being read.
 */
const KEPT_SOURCE_PAIRS = 1024;

/**
 * The highest context agreement of a figure with the candidate figures (see {@link isCandidate})
 * of a source, worked out once per figure and source. The comparison reads one report's figures
 * against each of its peers in turn, so the values are kept in two arrays per pair of sources
 * (one per side), for a bounded number of pairs: a map per figure and peer held a thousand
 * articles' worth at once.
 */
function bestAgreements(located: Located[][]): (x: Located, source: number) => number {
  const kept = new Map<number, Float64Array[]>();
  return (x, source) => {
    const own = x.unit.source;
    const low = Math.min(own, source);
    const high = Math.max(own, source);
    const key = low * located.length + high;
    let sides = kept.get(key);
    if (!sides) {
      if (kept.size >= KEPT_SOURCE_PAIRS) kept.clear();
      sides = [new Float64Array(located[low].length).fill(-1), new Float64Array(located[high].length).fill(-1)];
      kept.set(key, sides);
    }
    const side = sides[own === low ? 0 : 1];
    if (side[x.index] < 0) {
      let most = 0;
      for (const y of located[source]) if (isCandidate(x, y)) most = Math.max(most, agreement(x.context, y.context));
      side[x.index] = most;
    }
    return side[x.index];
  };
}

/**
 * The rules' `about` of two figures whose units are compatible, given their context agreement and
 * the agreement they need: how strongly they are about one thing, or 0.
 */
function aboutByContext(x: Located, y: Located, context: number, needed: number): number {
  return sameYears(x, y) && ofOneOrder(x.measure, y.measure) && context >= needed ? context * closeness(x.measure, y.measure) : 0;
}

/** True when the units of two figures are aligned (see {@link CompareContext.partners}). */
function aligned(ctx: CompareContext, x: Located, y: Located): boolean {
  return ctx.partners.has(x.unit.id, y.unit.id);
}

/**
 * Largest ratio between the values of a pair the matcher weighs: wider than {@link MAX_FACTOR},
 * since the value ratio is one of its features.
 */
const CANDIDATE_FACTOR = 10;
/** Share of an article, from its start, that is its lede: its headline and first paragraphs. */
const LEDE = 0.2;
/** Units of the shortest report whose figures' positions are read as shares of its length. */
const SHORTEST_ARTICLE = 10;

/**
 * True for a pair of figures the matcher weighs: dated alike, within {@link CANDIDATE_FACTOR} of
 * each other, not counting two measures (the dead and the injured: a count's role, read from its
 * words, is no matter of degree) nor things in two states, and of one kind of unit (see
 * {@link sameKind}) or compatible by the rules ({@link unitsCompatible}: two counts of one role).
 * The other tests of this file are features the matcher weighs.
 */
function isCandidate(x: Located, y: Located): boolean {
  const a = Math.abs(x.measure.value);
  const b = Math.abs(y.measure.value);
  // Two known roles say what is counted better than a state does ("Twelve injured workers were
  // taken to hospital" / "Fifteen people remained in hospital": see {@link sameRole}).
  if (Math.max(a, b) > CANDIDATE_FACTOR * Math.min(a, b) || !sameYears(x, y)) return false;
  if (x.role !== undefined && y.role !== undefined ? !rolesCompatible(x, y) : !statesCompatible(x, y)) return false;
  return sameKind(x, y) || unitsCompatible(x, y);
}

/**
 * The features of a candidate pair (see {@link PAIR_FEATURES}), the rules' judgements among them,
 * written into `out` in feature order: a comparison weighs millions of pairs, and a vector reused
 * costs no allocation.
 */
function pairFeatures(ctx: CompareContext, rules: Rules, x: Located, y: Located, out: Float64Array): Float64Array {
  const a = x.mention;
  const b = y.mention;
  const ua = x.measure.unit;
  const ub = y.measure.unit;
  const context = agreement(x.context, y.context);
  const areAligned = aligned(ctx, x, y);
  const needed = neededAgreement(x, y, areAligned);
  const compatible = unitsCompatible(x, y);
  const about = compatible ? aboutByContext(x, y, context, needed) : 0;
  const bothRoles = x.role !== undefined && y.role !== undefined;
  const bigger = Math.max(Math.abs(x.measure.value), Math.abs(y.measure.value));
  const smaller = Math.min(Math.abs(x.measure.value), Math.abs(y.measure.value));
  const sharedParty = x.parties.some((p) => y.parties.includes(p));
  out[FEATURE.rulesAbout] = about > 0 ? 1 : 0;
  out[FEATURE.rulesScore] = Math.log1p(about);
  out[FEATURE.rulesSameFact] = rules.sameFact(x, y) > 0 ? 1 : 0;
  out[FEATURE.singleFact] = bothRoles && sameRole(x, y) && SINGLE_FACT_ROLES.has(x.role!) ? 1 : 0;
  out[FEATURE.unitsCompatible] = compatible ? 1 : 0;
  out[FEATURE.aligned] = areAligned ? 1 : 0;
  out[FEATURE.unitOverlap] = unitOverlap(ctx.index, x.unit.id, y.unit.id);
  out[FEATURE.context] = Math.log1p(context);
  out[FEATURE.bestForHere] = context > 0 && context >= rules.bestAgreement(x, y.unit.source) ? 1 : 0;
  out[FEATURE.bestForThere] = context > 0 && context >= rules.bestAgreement(y, x.unit.source) ? 1 : 0;
  out[FEATURE.contextOverNeeded] = Number.isFinite(needed) ? Math.min(context / needed, 3) : 0;
  out[FEATURE.sameRole] = bothRoles && sameRole(x, y) ? 1 : 0;
  out[FEATURE.roleClash] = bothRoles && !sameRole(x, y) ? 1 : 0;
  out[FEATURE.oneRole] = (x.role === undefined) !== (y.role === undefined) ? 1 : 0;
  out[FEATURE.sameUnit] = ua !== null && ua === ub ? 1 : 0;
  out[FEATURE.bothPeople] = x.peopleUnit && y.peopleUnit ? 1 : 0;
  out[FEATURE.bothBare] = ua === null && ub === null ? 1 : 0;
  out[FEATURE.oneBare] = (ua === null) !== (ub === null) ? 1 : 0;
  out[FEATURE.logRatio] = smaller > 0 ? Math.min(Math.log(bigger / smaller), 3) : 3;
  out[FEATURE.hedged] = a.quantity.qualifier !== null || b.quantity.qualifier !== null ? 1 : 0;
  out[FEATURE.bothLede] = x.position < LEDE && y.position < LEDE ? 1 : 0;
  out[FEATURE.positionGap] = Math.abs(x.position - y.position);
  out[FEATURE.sameParty] = sharedParty ? 1 : 0;
  out[FEATURE.partyClash] = x.parties.length > 0 && y.parties.length > 0 && !sharedParty ? 1 : 0;
  out[FEATURE.small] = bigger < 10 ? 1 : 0;
  out[FEATURE.magnitude] = Math.min(Math.log10(Math.max(bigger, 1)), 12) / 3;
  out[FEATURE.superseded] = x.superseded || y.superseded ? 1 : 0;
  out[FEATURE.percent] = ua === '%' || ua === 'pp' ? 1 : 0;
  out[FEATURE.money] = ua !== null && isCurrencyUnit(ua) ? 1 : 0;
  out[FEATURE.time] = ua !== null && TIME_UNITS.has(ua) ? 1 : 0;
  out[FEATURE.ordinal] = a.ordinal || b.ordinal ? 1 : 0;
  out[FEATURE.age] = ua === AGE_UNIT || ub === AGE_UNIT ? 1 : 0;
  out[FEATURE.compound] = a.compound || b.compound ? 1 : 0;
  return out;
}

/**
 * How much two units say in the same words: the IDF of the word stems they share (not entity keys
 * nor numbers) over that of the smaller unit's, in [0, 1], by a merge over their sorted term ids.
 * Two reports of one figure mostly tell it in one sentence of the same story ("the ministry said
 * 12 people had died in the flooding").
 */
function unitOverlap(index: TermIndex, a: number, b: number): number {
  const { terms, vectorStarts, idf, isAnchor } = index;
  let i = vectorStarts[a];
  let j = vectorStarts[b];
  const endA = vectorStarts[a + 1];
  const endB = vectorStarts[b + 1];
  let shared = 0;
  let totalA = 0;
  let totalB = 0;
  while (i < endA || j < endB) {
    const ti = i < endA ? terms[i] : Infinity;
    const tj = j < endB ? terms[j] : Infinity;
    const term = Math.min(ti, tj);
    const weight = isAnchor[term] ? 0 : idf[term];
    if (ti === term) totalA += weight;
    if (tj === term) totalB += weight;
    if (ti === tj) shared += weight;
    if (ti === term) i++;
    if (tj === term) j++;
  }
  const smaller = Math.min(totalA, totalB);
  return smaller > 0 ? shared / smaller : 0;
}

/** A candidate pair of figures of two peer reports, described for the matcher's training. */
export interface FigurePair {
  source: number;
  peer: number;
  here: QuantityMention;
  there: QuantityMention;
  /** The pair's features by name (see {@link PAIR_FEATURES}). */
  features: Record<string, number>;
  /** True when the two figures agree (see {@link quantitiesAgree}). */
  agrees: boolean;
}

/**
 * Every candidate pair (see {@link isCandidate}) of figures of two peer reports, each ordered pair
 * once, with its features: what scripts/train-quantity-matcher.mjs learns from.
 */
export function figurePairs(ctx: CompareContext): FigurePair[] {
  const located = locateFigures(ctx);
  const rules = rulesOf(ctx, located);
  const vector = new Float64Array(PAIR_FEATURES.length);
  const pairs: FigurePair[] = [];
  located.forEach((own, s) => {
    for (const peer of ctx.peers[s]) {
      for (const here of own) {
        for (const there of located[peer]) {
          if (!isCandidate(here, there)) continue;
          pairFeatures(ctx, rules, here, there, vector);
          const features = Object.fromEntries(PAIR_FEATURES.map((name, i) => [name, vector[i]]));
          pairs.push({ source: s, peer, here: here.mention, there: there.mention, features, agrees: figuresAgree(here, there) });
        }
      }
    }
  });
  return pairs;
}

/**
 * Numeric findings per source index. Two figures are about one thing by `matcher` (the learned
 * judgement shipped, see quantityMatcher.ts), or, when it is null, by the hand-written rules alone.
 */
export function findNumericDiscrepancies(ctx: CompareContext, matcher: QuantityMatcher | null = QUANTITY_MATCHER): Finding[][] {
  const located = locateFigures(ctx);
  const rules = rulesOf(ctx, located);
  const vector = new Float64Array(PAIR_FEATURES.length);
  const learned = (x: Located, y: Located): number => {
    if (!matcher || !isCandidate(x, y)) return 0;
    const probability = sameQuantityProbability(matcher, pairFeatures(ctx, rules, x, y, vector));
    const admitted = vector[FEATURE.rulesAbout] > 0 || vector[FEATURE.rulesSameFact] > 0;
    return probability >= (admitted ? matcher.threshold : matcher.rescueThreshold) ? probability : 0;
  };
  const [about, sameFact] = matcher ? [learned, learned] : [rules.about, rules.sameFact];
  // With one scoring for both, the second search and the look for an agreeing figure would repeat
  // the first search, which already stops at an agreeing figure.
  const oneScoring = about === sameFact;
  return ctx.sources.map((source, s) => {
    const findings: Finding[] = [];
    for (const here of located[s]) {
      if (replacedInReport(here, located[s])) continue;
      const disagreeing: Array<{ peer: number; there: Located }> = [];
      for (const peer of ctx.peers[s]) {
        // Mentions about this one by their context; failing any, the peer's counts of the same single
        // fact. A figure the peer gives as superseded ("up from about 12,400 a day earlier") is not
        // what it reports now: only a superseded figure here is set against it.
        const best = bestCounterpart(here, located[peer], about) ?? (oneScoring ? undefined : bestCounterpart(here, located[peer], sameFact));
        if (best === undefined || best.agrees) continue;
        // A report may give one fact twice, by two parties ("2,800 died, the ministry said, while
        // the WHO put the toll at more than 3,000"): a peer giving either figure agrees with it.
        if ((!oneScoring && givesAgreeingFigure(here, located[peer], sameFact)) || located[s].some((other) => other !== here && !other.superseded && sameFact(other, best.there) > 0 && figuresAgree(other, best.there))) continue;
        // Mutual best only: the peer's mention must be about this one more than about any other here.
        // (A repeat of this same figure elsewhere here, as in the headline, does not count against it;
        // nor does a figure of no role or another role when this one counts what the peer's counts.)
        if (located[s].some((other) => !figuresAgree(other, here) && !outranked(other, here, best.there) && about(other, best.there) > best.score)) continue;
        disagreeing.push({ peer, there: best.there });
      }
      if (disagreeing.length === 0) continue;
      const text = source.analysis.text;
      const related = disagreeing.map((d) => sourceRef(ctx.sources[d.peer].id, ctx.sources[d.peer].analysis.text, d.there.mention));
      const gives = disagreeing.map((d, i) => `${ctx.names[d.peer]} gives ${related[i].text}`);
      const message = `${joinNames(gives)}; this source gives ${text.slice(here.mention.start, here.mention.end)}.`;
      findings.push(makeFinding(source.id, text, 'numeric', here.mention, message, related));
    }
    return findings;
  });
}

/**
 * True for a figure its report gives as superseded ("30 people were missing on Monday morning")
 * when the report also gives the current value of that single fact ("by nightfall the number had
 * risen to 45"): that value, not the earlier one, is set against other reports.
 */
function replacedInReport(here: Located, own: Located[]): boolean {
  return here.superseded && here.role !== undefined && SINGLE_FACT_ROLES.has(here.role) && own.some((other) => !other.superseded && other.role === here.role);
}

/**
 * True when `here` and the peer's `there` count one measure ("fourteen of their colleagues killed"
 * / "the death toll has risen to 11") and `other` does not: however much context it shares with
 * `there` ("19 trapped miners as the death toll reaches 14"), it is not the better counterpart. Nor
 * is a figure the report gives as superseded, against a current `here` and `there`.
 */
function outranked(other: Located, here: Located, there: Located): boolean {
  return (here.role !== undefined && here.role === there.role && other.role !== here.role) || (other.superseded && !here.superseded && !there.superseded);
}

/**
 * True when one of the peer's `mentions` that `score` rates above 0 against `here` agrees with it,
 * leaving out figures the peer gives as superseded unless `here` is one.
 */
function givesAgreeingFigure(here: Located, mentions: Located[], score: (x: Located, y: Located) => number): boolean {
  return mentions.some((there) => (!there.superseded || here.superseded) && score(here, there) > 0 && figuresAgree(here, there));
}

/** The peer's mention a scoring scores highest against `here`, and whether any it scores agrees. */
interface Counterpart {
  there: Located;
  score: number;
  agrees: boolean;
}

/**
 * The peer's mention that `score` rates highest against `here` (the first of equals), among those
 * it rates above 0, skipping figures the peer gives as superseded unless `here` is one; undefined
 * when it rates none. One pass with no intermediate arrays: it runs for every mention and peer of a
 * comparison. It stops at the first candidate whose value agrees with `here` (`agrees`), since
 * then the peer does not disagree, whichever is best.
 */
function bestCounterpart(here: Located, mentions: Located[], score: (x: Located, y: Located) => number): Counterpart | undefined {
  let best: Counterpart | undefined;
  for (const there of mentions) {
    if (there.superseded && !here.superseded) continue;
    const value = score(here, there);
    if (!(value > 0)) continue;
    if (figuresAgree(here, there)) return { there, score: value, agrees: true };
    if (best === undefined || value > best.score) best = { there, score: value, agrees: false };
  }
  return best;
}

/**
 * How near two values are, in (0, 1]: one reported quantity given differently is usually of the
 * same order ("15" / "17", "£2.3m" / "£2.8m"), so nearness ranks the candidates about one thing.
 */
function closeness(a: Quantity, b: Quantity): number {
  const x = Math.abs(a.value);
  const y = Math.abs(b.value);
  if (x === 0 || y === 0) return x === y ? 1 : 0.25;
  return 1 / (1 + Math.abs(Math.log(x / y)));
}

/**
 * True when two values are within {@link MAX_FACTOR} of each other: two reports of one quantity
 * may differ, two quantities of one story (a lake's length and a wreck's distance from the shore,
 * the away fans and the whole crowd, a score and a crowd) mostly differ by an order of magnitude.
 */
function ofOneOrder(a: Quantity, b: Quantity): boolean {
  const x = Math.abs(a.value);
  const y = Math.abs(b.value);
  return Math.max(x, y) <= MAX_FACTOR * Math.min(x, y);
}

/**
 * False when the two mentions are dated differently: a figure for 2022 is not one for 2023, and a
 * dated figure ("in 2007 … killed more than 500") belongs to another event than an undated one,
 * unless that one is a yearly rate ("kills 600,000 people a year"), which holds for any year.
 */
function sameYears(a: Located, b: Located): boolean {
  if (a.years.length === 0 || b.years.length === 0) {
    if (a.years.length === b.years.length) return true;
    return a.years.length === 0 ? a.yearly : b.yearly;
  }
  return a.years.some((y) => b.years.includes(y));
}
