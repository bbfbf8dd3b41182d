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

/** English abstract nouns by their ending: "Management", "Development", "Infrastructure", "Innovation". */
const FIELD_NOUN = /\p{Ll}{3}(?:ment|ion|ure|ity|ics|ance|ence|ism|ogy)$/u;

/**
 * True when the list after "and" is one or two common words or fields, the last a head word, and
 * so a trade the body covers rather than another body: "Ministry of Infrastructure and Water
 * Management", "Institute of Marine Sciences and Management". A word that may be a proper name
 * ("and Stellenbosch University") or the body's own head again ("Ministry of Defence and
 * Ministry") makes it another body.
 */
function commonFieldsAfterComplement(body: string, listed: string[]): boolean {
  const head = /^\p{Lu}[\p{L}\p{M}-]+/u.exec(body)?.[0];
  return listed.length <= 2 && listed.every((w) => isCommonWord(w) || FIELD_NOUN.test(w)) && listed[listed.length - 1] !== head;
}

/**
 * "& Rescue", "& Research": one or two capitalised words after an ampersand that close a body's
 * name when they name nothing known on their own (no place, organisation or given name: not a
 * second body or a partner).
 */
const AMPERSAND_CLOSING = /^\s&\s(\p{Lu}[\p{L}\p{M}-]+(?:\s\p{Lu}[\p{L}\p{M}-]+)?)\b/u;

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
    // and Energy", "Ministry of Petroleum and Gas", a trade that also closes firms' names, nor when
    // common words or fields close on a trade: "Ministry of Infrastructure and Water Management".)
    const another = after !== null && !placeOf && isOrganisationHead(listed[listed.length - 1]);
    if (after && namesNothing(listed) && (!another || (after[2] === undefined && (fieldAfterField(m.text, listed) || commonFieldsAfterComplement(m.text, listed))))) {
      const end = m.end + (placeOf ? after[0] : after[1]).length;
      joined = { ...m, end, text: text.slice(m.start, end), words: [...m.words, ...listed, ...(placeOf ? [after[2].slice(4)] : [])], weak: false };
      skipUntil = end;
    }
    // (An ampersand makes a body of a name the gazetteer does not know, whatever its shape said:
    // "Tarrowby Fire & Rescue", "Bramley Lumber & Hardware"; known places stay apart: "Kent".)
    const ampersand = !after && m.canonical === null && m.type !== 'OTHER' && text.charCodeAt(m.end + 1) === 38 ? AMPERSAND_CLOSING.exec(text.slice(m.end, m.end + 60)) : null;
    const closing = ampersand ? ampersand[1].split(/\s/) : [];
    if (ampersand && namesNothing(closing)) {
      const end = m.end + ampersand[0].length;
      joined = { ...m, end, text: text.slice(m.start, end), type: 'ORG', words: [...m.words, ...closing], weak: false };
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
