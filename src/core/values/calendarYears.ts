/**
 * Years as news text writes them: four digits of the last three centuries ("1848", "2013"),
 * which date what is told rather than count anything.
 */

/** A year of the last three centuries, as a word. */
const CALENDAR_YEAR = /^(?:18|19|20)\d\d$/;

/** True for a word that is a year of the last three centuries ("1998", "2013"), not any four digits ("2500"). */
export function isCalendarYear(word: string): boolean {
  return CALENDAR_YEAR.test(word);
}
