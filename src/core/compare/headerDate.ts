/**
 * The date an article carries in its header: the byline or dateline date of news copy ("The
 * Pacific Ledger, Wednesday, August 12, 2026", "VANCOUVER, Aug 13 (NorthWire) -", "Thursday 13
 * August 2026", "updated Wednesday 18 March, 15:40"). Reports of one event are written within days
 * of each other; an article of the same town, people and paper dated months apart reports another
 * event (see detectSameEvent.ts). Only the first `HEADER_CHARS` characters are read: a date
 * further down is a date in the story, not the story's own.
 */

import { MONTH_PATTERN, monthIndex } from '../values/monthNames';

/** Characters of an article read for its header date. */
const HEADER_CHARS = 400;

const MONTH = `(${MONTH_PATTERN})\\.?`;
/** "August 12, 2026", "Aug 13" (month first) or "13 August 2026" (day first), year optional. */
const DATES = new RegExp(`\\b(?:${MONTH}\\s+(\\d{1,2})(?!\\d)(?:,?\\s+(\\d{4}))?|(\\d{1,2})\\s+${MONTH}(?:,?\\s+(\\d{4}))?)\\b`, 'g');

/** A header date; `year` is undefined when the header leaves it out ("Aug 13"). */
export interface HeaderDate {
  year: number | undefined;
  month: number;
  day: number;
}

/** Characters from which a first line is a paragraph (a story starting with its dateline), not a headline. */
const HEADLINE_CHARS = 200;

/** A wire dateline's agency right after its date: "BEIRA, 2 Nov (ALN) –". */
const AGENCY_AFTER = /^,?\s*\(/;

/**
 * The end of `header`'s headline: its first line when that is short enough to be one
 * ({@link HEADLINE_CHARS}), else -1 (the text starts with its story).
 */
function headlineEnd(header: string): number {
  const start = header.search(/\S/);
  const end = start >= 0 ? header.indexOf('\n', start) : -1;
  return end >= 0 && end - start <= HEADLINE_CHARS ? end : -1;
}

/**
 * The date in the header of `text`, or undefined when it names none. A date in the first line is
 * the headline's, a date of the story ("Sign by 30 April or I sell"), and is taken only when the
 * header gives no other, or when it is a wire dateline's ("PORT ELLING, Aug 13 (Wire) -").
 */
export function headerDate(text: string): HeaderDate | undefined {
  const header = text.slice(0, HEADER_CHARS);
  const headline = headlineEnd(header);
  const dates = [...header.matchAll(DATES)];
  const m = dates.find((d) => d.index > headline || AGENCY_AFTER.test(header.slice(d.index + d[0].length))) ?? dates[0];
  if (!m) return undefined;
  const day = Number(m[2] ?? m[4]);
  const year = m[3] ?? m[6];
  if (day < 1 || day > 31) return undefined;
  return { year: year ? Number(year) : undefined, month: monthIndex(m[1] ?? m[5]), day };
}

/**
 * Days since 1970 of each source's header date (undefined for none); a date without its year takes
 * the year most of the set's dated headers give, so that "Aug 13" sits beside "August 12, 2026".
 */
export function headerDays(texts: string[]): Array<number | undefined> {
  const dates = texts.map(headerDate);
  const years = new Map<number, number>();
  for (const d of dates) if (d?.year !== undefined) years.set(d.year, (years.get(d.year) ?? 0) + 1);
  const usualYear = [...years].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 2000;
  return dates.map((d) => (d ? Date.UTC(d.year ?? usualYear, d.month, d.day) / 86_400_000 : undefined));
}
