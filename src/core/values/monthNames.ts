/**
 * The names of the months as newspapers write them, in full or cut short ("August", "Aug",
 * "Aug.", "Sept"), for every reader of dates: article headers, figures dated by a month, and
 * numbers that are days of a month rather than quantities.
 */

/** The months in full, lower case, January first. */
export const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * A regular-expression source for a month's name in full or cut short, capitalised as written in
 * running text ("Aug", "August", "Sept"); no group, no trailing dot. Compile it with the `i` flag
 * to read any case.
 */
export const MONTH_PATTERN = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';

/** The month a name stands for, 0 for January, by its first three letters ("Sept." → 8); -1 for none. */
export function monthIndex(name: string): number {
  return MONTH_NAMES.findIndex((month) => month.startsWith(name.slice(0, 3).toLowerCase()));
}
