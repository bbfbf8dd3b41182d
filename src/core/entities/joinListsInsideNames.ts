/**
 * A body's name can hold a list of what it covers: "National Union of Rail, Maritime and
 * Transport Workers", "Department for Culture, Media and Sport", "the Foreign, Commonwealth and
 * Development Office". Commas end the recogniser's runs, so it reads pieces and loose words. This
 * joins the list back when it is all capitalised and names nothing known on its own (no place,
 * organisation, given name or nationality): after the body's "of/for X" complement, and before
 * the body's name when "the" opens the list.
 */
import { isCommonWord, isDemonym, isGivenName, lookupName } from './gazetteer';
import { isOrganisationHead } from './headWords';
import type { NameMention } from './recogniseNames';

/**
 * ", A, B and C Nouns" right after an organisation's "of/for X" complement (", Local Government
 * and Heritage": two-word items too), and the place the body is of after it, if any (", Techniques
 * and Technologies of Bamako").
 */
const LISTED_COMPLEMENT = /^((?:,\s\p{Lu}[\p{L}\p{M}-]+(?:\s\p{Lu}[\p{L}\p{M}-]+)?)*,?\s(?:and|&)\s\p{Lu}[\p{L}\p{M}-]+(?:\s\p{Lu}[\p{L}\p{M}-]+)*)(\sof\s\p{Lu}[\p{L}\p{M}-]+(?:\s\p{Lu}[\p{L}\p{M}-]+)?)?/u;
/**
 * "the A, B and " (or "the UK's A, B and ") right before an organisation's name: its list of
 * portfolios; two fields need no comma, and the last item may be two words ("the Food and Drug
 * Administration", "the United Food and Commercial Workers International Union").
 */
const LISTED_OPENING = /(?:\b[Tt]he|\p{L}['’]s)\s((?:\p{Lu}[\p{L}\p{M}-]+,\s)*\p{Lu}[\p{L}\p{M}-]+(?:\s\p{Lu}[\p{L}\p{M}-]+)?,?\s(?:and|&)\s)$/u;
const CAPITALISED_WORD = /\p{Lu}[\p{L}\p{M}-]+/gu;

/** True when none of the words is a known place, organisation or given name (but for a common word: "Urban Planning"). */
function namesNothing(words: string[]): boolean {
  return words.every((w) => lookupName(w) === undefined && !(isGivenName(w) && !isCommonWord(w)));
}

/**
 * True when the body's complement is one field word that names nothing known and one more field
 * word follows it after "and": "Department of Electricity" + "and Energy".
 */
function fieldAfterField(body: string, listed: string[]): boolean {
  const complement = /\s(?:of|for)\s(\p{Lu}[\p{L}\p{M}-]+)$/u.exec(body);
  return complement !== null && listed.length === 1 && namesNothing([complement[1], listed[0]]);
}

/**
 * True when a list before a body's name can be its portfolios: no place, given name, nationality
 * or acronym in it, and not only organisations the gazetteer knows ("the Foreign, Commonwealth
 * and Development Office" holds a field word; "the Kremlin, Pentagon and State Department" does not).
 */
function listsPortfolios(words: string[]): boolean {
  const known = words.map((w) => lookupName(w)?.type);
  const fits = words.every((w, k) => known[k] !== 'PLACE' && known[k] !== 'OTHER' && !isGivenName(w) && !isDemonym(w) && w !== w.toUpperCase());
  return fits && known.some((type) => type === undefined);
}

/**
 * Extends organisations over the capitalised lists inside their names (", Maritime and Transport
 * Workers" after "of Rail"; "the Foreign, Commonwealth and" before "Development Office"), dropping
 * the mentions the list held. Mentions are returned in reading order.
 */
export function joinListsInsideNames(text: string, mentions: NameMention[]): NameMention[] {
  const out: NameMention[] = [];
  let skipUntil = -1;
  for (const m of mentions) {
    if (m.start < skipUntil) continue;
    let joined = m;
    const after = m.type === 'ORG' && /\s(of|for)\s\p{Lu}/u.test(m.text) ? LISTED_COMPLEMENT.exec(text.slice(m.end, m.end + 120)) : null;
    const listed = after ? (after[1].match(CAPITALISED_WORD) ?? []) : [];
    const placeOf = after?.[2] !== undefined && lookupName(after[2].slice(4))?.type === 'PLACE';
    // (A list closed by a body's head is another body: "University of Cape Town and Stellenbosch
    // University"; not when the place the body is of follows it: "… of Sciences, Techniques and
    // Technologies of Bamako", nor when one field word follows another: "Department of Electricity
    // and Energy", "Ministry of Petroleum and Gas", a trade that also closes firms' names.)
    if (after && namesNothing(listed) && (placeOf || !isOrganisationHead(listed[listed.length - 1]) || fieldAfterField(m.text, listed))) {
      const end = m.end + (placeOf ? after[0] : after[1]).length;
      joined = { ...m, end, text: text.slice(m.start, end), words: [...m.words, ...listed, ...(placeOf ? [after[2].slice(4)] : [])], weak: false };
      skipUntil = end;
    }
    // (A list closes on "and" or "&" right before the name: only then is the costly pattern tried.)
    const closesList = joined.type === 'ORG' && / (and|&) $/.test(text.slice(Math.max(0, joined.start - 5), joined.start));
    const before = closesList ? LISTED_OPENING.exec(text.slice(Math.max(0, joined.start - 120), joined.start)) : null;
    const opening = before ? (before[1].match(CAPITALISED_WORD) ?? []) : [];
    if (before && listsPortfolios(opening)) {
      const start = joined.start - before[1].length;
      while (out.length && out[out.length - 1].start >= start) out.pop();
      joined = { ...joined, start, text: text.slice(start, joined.end), words: [...opening, ...joined.words], initial: false, weak: false };
    }
    out.push(joined);
  }
  return out;
}
