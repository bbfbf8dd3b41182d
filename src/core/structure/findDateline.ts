/**
 * The dateline that opens a wire or newspaper story: "TEHRAN: ", "LONDON (Reuters) - ",
 * "WASHINGTON — ", "KYIV, Ukraine (AP) — ", "GENEVA, Oct 23 (Reuters) - ", "MOSCOW, October 23.
 * /TASS/. ", "Tehran, Oct 23 (IRNA) - ".
 */

const CAPS_PLACE = String.raw`\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]*){0,3}`;
const TITLE_PLACE = String.raw`\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){0,2}`;
const QUALIFIER = String.raw`(?:,\s*(?:\p{Lu}[\p{L}.]*\.?(?:\s+\p{Lu}?[\p{L}.]*)?(?:\s+\d{1,2})?(?:,\s*\d{4})?|\d{1,2}\s+\p{L}{3,9}\.?(?:\s+\d{4})?)){0,2}`;
const AGENCY = String.raw`(?:\s*\([\p{L}\d .&'’/-]{1,30}\)|\s*\.?\s*/[\p{L} .&-]{2,20}/\.?)`;
const SEPARATOR = String.raw`\s*(?:—|–|--|-|:)?\s+`;

/** An all-capitals place, optionally qualified, with or without an agency, then a dash or colon. */
const CAPS_DATELINE = new RegExp(String.raw`^${CAPS_PLACE}${QUALIFIER}(?:${AGENCY})?\s*(?:—|–|--|-|:)\s+`, 'u');
/** An all-capitals place with an agency and no separator ("MOSCOW, October 23. /TASS/. "). */
const CAPS_AGENCY_DATELINE = new RegExp(String.raw`^${CAPS_PLACE}${QUALIFIER}\.?${AGENCY}${SEPARATOR}`, 'u');
/** A place in ordinary case needs the agency to tell it from a sentence ("Tehran, Oct 23 (IRNA) - "). */
const AGENCY_DATELINE = new RegExp(String.raw`^${TITLE_PLACE}${QUALIFIER}\.?${AGENCY}\s*(?:—|–|--|-|:)\s+`, 'u');

/**
 * Length of the dateline at the start of a paragraph (including the separator and the spaces after
 * it), or 0 when the paragraph does not open with one. The rest must still read as a sentence
 * (start with a capital, a digit or a quotation mark) for the prefix to count.
 */
export function findDateline(paragraph: string): number {
  for (const pattern of [CAPS_DATELINE, CAPS_AGENCY_DATELINE, AGENCY_DATELINE]) {
    const m = pattern.exec(paragraph);
    if (!m || m[0].length > 80) continue;
    const rest = paragraph.slice(m[0].length);
    if (!/^["'“‘«\p{Lu}\d]/u.test(rest)) continue;
    // "US" or "UK" alone opening a sentence with a dash is not a dateline; a place has 3+ letters.
    const place = /^[\p{Lu}'’.-]+/u.exec(paragraph)?.[0] ?? '';
    if (pattern !== AGENCY_DATELINE && place.replace(/[^\p{L}]/gu, '').length < 3 && !/[(/]/.test(m[0])) continue;
    return m[0].length;
  }
  return 0;
}
