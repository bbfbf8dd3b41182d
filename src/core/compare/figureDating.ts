/**
 * When a figure holds. Two reports may give one quantity at different moments, and only figures
 * of one moment are set against each other:
 *
 * - a figure a report gives as the earlier value of a change is superseded: "up from 4,500",
 *   "rose from 17", "raised the age from 62 to 64", and a figure that a later figure of the same
 *   sentence reaches ("the toll, which stood at 9 on Monday, reached 11 by nightfall");
 * - a figure dated by a year ("in 2023", "in August 2019", a sentence opening "In 2007,", or a
 *   clause opened by "when" after a year: "since 2013, when a train exploded, killing 47")
 *   belongs to that year;
 * - a yearly rate ("kills 600,000 people a year") holds for any one year, so it may be set against
 *   a figure dated by a year ("killed 597,000 people in 2023").
 */
import { isCalendarYear } from '../values/calendarYears';
import { MONTH_NAMES } from '../values/monthNames';
import type { QuantityMention } from './findQuantityMentions';
import { REACHING_VERBS } from './tallyOf';
import type { TextUnit } from './splitIntoUnits';

/** Context words considered on each side of a figure for its year. */
const YEAR_WINDOW = 6;

/** Words before "from" that mark the figure after it as the earlier value of a change. */
const CHANGE_FROM = new Set(['up', 'down', 'rising', 'falling', 'rose', 'fell', 'grew', 'dropped', 'climbed']);

/** Verbs after which "to" introduces the new value ("rose to 31", "bringing the toll to 17"). */
const CHANGING = new Set([
  'rose', 'risen', 'rising', 'rises', 'climbed', 'climbing', 'increased', 'increasing', 'jumped', 'grew', 'grown', 'growing',
  'fell', 'fallen', 'falling', 'dropped', 'declined', 'revised', 'raised', 'raising', 'lowered', 'cut', 'bringing', 'brought', 'brings',
  'taking', 'took', 'pushing', 'pushed',
]);
/** Words a "to" may stand from its change verb ("rose overnight to", "bringing the death toll to"). */
const CHANGE_REACH = 4;

/** Months, which may stand between "in" and a year ("in August 2019"). */
const MONTHS = new Set(MONTH_NAMES);

/** Words after a figure that make it a yearly rate. */
const YEARLY = [['a', 'year'], ['per', 'year'], ['each', 'year'], ['every', 'year'], ['annually']];

/** True when the figure is the new value of a change ("rose to 31", "reached 11"). */
export function isChangeTarget(unit: TextUnit, mention: QuantityMention): boolean {
  const before = unit.words[mention.before]?.folded;
  if (before && REACHING_VERBS.has(before)) return true;
  if (before !== 'to') return false;
  for (let d = 1; d <= CHANGE_REACH; d++) if (CHANGING.has(unit.words[mention.before - d]?.folded ?? '')) return true;
  return false;
}

/**
 * Whether a figure is the earlier value of a change its report gives (see the file comment).
 * `others` are the unit's figures; `sameThing` tells whether a later one measures the same thing.
 */
export function isSuperseded(unit: TextUnit, mention: QuantityMention, others: readonly QuantityMention[], sameThing: (later: QuantityMention) => boolean): boolean {
  const words = unit.words;
  if (words[mention.before]?.folded === 'from' && CHANGE_FROM.has(words[mention.before - 1]?.folded ?? '')) return true;
  // "from 62 to 64": the figure right after "to" replaces this one.
  if (words[mention.before]?.folded === 'from' && words[mention.after]?.folded === 'to' && others.some((o) => o.before === mention.after)) return true;
  if (isChangeTarget(unit, mention)) return false;
  return others.some((later) => later.start > mention.end && isChangeTarget(unit, later) && sameThing(later));
}

/**
 * Years that date a figure: "in 2007" ("in May 2007") within a few words of it, opening its
 * sentence, or followed by "when" anywhere before it ("since 2013, when a train exploded, killing
 * 47"). A period ("between 2015 and 2022") describes the figure rather than dating another event,
 * and is not counted.
 */
export function yearsOf(unit: TextUnit, mention: QuantityMention): string[] {
  const words = unit.words;
  const isYear = (i: number): boolean =>
    isCalendarYear(words[i]?.folded ?? '') && (words[i - 1]?.folded === 'in' || (MONTHS.has(words[i - 1]?.folded ?? '') && words[i - 2]?.folded === 'in'));
  const years: string[] = [];
  const opening = isYear(1) ? 1 : isYear(2) ? 2 : -1;
  if (opening > 0 && mention.before >= opening) years.push(words[opening].folded);
  for (let i = Math.max(3, mention.before - YEAR_WINDOW + 1); i < Math.min(words.length, mention.after + YEAR_WINDOW); i++) {
    if (isYear(i) && !years.includes(words[i].folded) && !figureBetween(words, i, mention)) years.push(words[i].folded);
  }
  // A year that "when" follows dates the whole clause after it, however long ("since 2013, when a
  // runaway freight train carrying crude oil exploded in the centre of Lac-Mégantic, killing 47
  // people"): what that clause tells happened then, not now.
  for (let i = mention.before - 1; i >= 0; i--) {
    if (words[i + 1].folded === 'when' && isCalendarYear(words[i].folded) && !years.includes(words[i].folded)) years.push(words[i].folded);
  }
  return years;
}

/**
 * True when another figure stands between the year at `year` and the mention: the year dates that
 * nearer figure ("took 42 seats, up from 11 in 2020" dates the 11, not the 42).
 */
function figureBetween(words: TextUnit['words'], year: number, mention: QuantityMention): boolean {
  const [from, to] = year > mention.before ? [mention.after, year] : [year + 1, mention.before + 1];
  for (let i = from; i < to; i++) if (/^\d/.test(words[i].folded)) return true;
  return false;
}

/** True for a yearly rate: "600,000 people a year", "£2bn annually", "each year". */
export function isYearly(unit: TextUnit, mention: QuantityMention): boolean {
  for (let i = mention.after; i < Math.min(unit.words.length, mention.after + 4); i++) {
    if (YEARLY.some((phrase) => phrase.every((w, k) => unit.words[i + k]?.folded === w))) return true;
  }
  return false;
}
