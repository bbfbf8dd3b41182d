/**
 * A body's name can hold a list of what it covers: "National Union of Rail, Maritime and
 * Transport Workers", "Department for Environment, Food and Rural Affairs". The comma ends the
 * recogniser's run, so it reads "National Union of Rail" and then loose words. This joins the
 * list back when it is all capitalised, names nothing known on its own, and closes on the
 * capitalised noun the whole list qualifies (a plural such as "Workers" or "Affairs").
 */
import { isGivenName, lookupName } from './gazetteer';
import type { NameMention } from './recogniseNames';

/** ", A, B and C Nouns" right after an organisation's "of/for X" complement. */
const LISTED_COMPLEMENT = /^(?:,\s\p{Lu}[\p{L}\p{M}-]+)*,?\s(?:and|&)\s\p{Lu}[\p{L}\p{M}-]+(?:\s\p{Lu}[\p{L}\p{M}-]+)*/u;
const CAPITALISED_WORD = /\p{Lu}[\p{L}\p{M}-]+/gu;

/**
 * Extends every organisation whose name ends in an "of/for X" complement over a capitalised list
 * that continues it (", Maritime and Transport Workers"), dropping the mentions the list held.
 * The list must end on a plural noun and name no known place, organisation or person.
 */
export function joinListsInsideNames(text: string, mentions: NameMention[]): NameMention[] {
  const out: NameMention[] = [];
  let skipUntil = -1;
  for (const m of mentions) {
    if (m.start < skipUntil) continue;
    const list = m.type === 'ORG' && /\s(of|for)\s\p{Lu}/u.test(m.text) ? LISTED_COMPLEMENT.exec(text.slice(m.end, m.end + 120)) : null;
    const words = list ? (list[0].match(CAPITALISED_WORD) ?? []) : [];
    const last = words[words.length - 1] ?? '';
    const plain = words.every((w) => lookupName(w) === undefined && !isGivenName(w));
    if (!list || !plain || !/\p{Ll}s$/u.test(last)) {
      out.push(m);
      continue;
    }
    const end = m.end + list[0].length;
    out.push({ ...m, end, text: text.slice(m.start, end), words: [...m.words, ...words], weak: false });
    skipUntil = end;
  }
  return out;
}
