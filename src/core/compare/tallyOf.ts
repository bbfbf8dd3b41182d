/**
 * A figure given as the value of a tally: "the death toll rose to seven", "officials put the toll
 * at six", "the number of people evacuated rose overnight to 6,200", "bringing the number of dead
 * to nine". The number stands alone, far from what it counts; the tally noun before it ("toll",
 * "number", "figure", "total", "count") and the words that qualify that noun ("of people killed",
 * "death") say what it is. News English builds such sentences with a verb of change or of
 * stating ("rose to", "reached", "put … at", "stood at") between the tally and its value.
 */
import type { Word } from './readWords';

/**
 * Nouns that name a tally whose value a later number gives, in the singular. (The paraphrase
 * lexicon's tally class, speechParaphrases.ts, holds plurals and no "total": not the same list.)
 */
const TALLY_NOUNS: ReadonlySet<string> = new Set(['toll', 'number', 'figure', 'total', 'count', 'tally']);
/** Verbs whose object is the new value of a figure ("reached 11", "topped 1,000", "passed 100"). */
export const REACHING_VERBS: ReadonlySet<string> = new Set(['reached', 'reaching', 'reaches', 'hit', 'hitting', 'topped', 'topping', 'passed', 'surpassed', 'exceeded']);
/** Words right before a number that make it a tally's value ("to seven", "at six", "reached 11"). */
const VALUE_LINKS = new Set(['to', 'at', 'was', 'is', 'stood', 'stands', ...REACHING_VERBS]);
/** Words a tally noun may stand before its value ("the toll from Tuesday's dam collapse at six"). */
const TALLY_REACH = 14;
/** Words after a tally noun that may qualify it ("the number of people killed when …"). */
const QUALIFIER_REACH = 4;

/**
 * The index of the tally noun whose value is the number after word `before` of `words`, or -1:
 * the word before the number links it to a value, and a tally noun stands a few words earlier.
 */
export function tallyNounBefore(words: Word[], before: number): number {
  if (!VALUE_LINKS.has(words[before]?.folded ?? '')) return -1;
  for (let i = before - 1; i >= Math.max(0, before - TALLY_REACH); i--) {
    if (TALLY_NOUNS.has(words[i].folded)) return i;
  }
  return -1;
}

/**
 * The words that say what a tally counts: the tally noun, the two words before it ("death toll")
 * and a few after it ("number of people evacuated"). A tally its own words leave bare ("by Monday
 * the total had risen to 87") counts what the tally of the sentence before counted ("hospitals
 * reported a rising number of food poisoning cases"): `previous` is that sentence's words.
 */
export function tallyWords(words: Word[], tally: number, previous: Word[] = []): Word[] {
  const own = words.slice(Math.max(0, tally - 2), tally + QUALIFIER_REACH + 1);
  if (words[tally + 1]?.folded === 'of' || (tally > 0 && words[tally - 1].content)) return own;
  for (let i = previous.length - 2; i >= 0; i--) {
    if (TALLY_NOUNS.has(previous[i].folded) && previous[i + 1].folded === 'of') return previous.slice(i, i + QUALIFIER_REACH + 2);
  }
  return own;
}

/**
 * The words of the tally whose value is the number after word `before` of `words` (see
 * {@link tallyNounBefore} and {@link tallyWords}), or none when the number is no tally's value.
 */
export function tallyWordsBefore(words: Word[], before: number, previous: Word[] = []): Word[] {
  const tally = tallyNounBefore(words, before);
  return tally >= 0 ? tallyWords(words, tally, previous) : [];
}

/** The plural noun a tally's words name as what it counts ("number of food poisoning cases" → "cases"), if any. */
export function tallyNoun(tallied: Word[]): Word | undefined {
  const of = tallied.findIndex((w) => w.folded === 'of');
  return of < 0 ? undefined : tallied.slice(of + 1).find((w) => w.content && /^\p{L}{3,}[^su'’]s$/u.test(w.folded));
}
