/**
 * One name written whole in one wording and by its initials in another: "the World Trade
 * Organization" / "the WTO", "the International Monetary Fund" / "the IMF", "the European Union"
 * / "the EU". A translation or a house style picks either, and the quote loses the name's words
 * that the other outlet kept. A word of one quote written in two to six capitals is the name
 * whose capitalised words in the other quote (two or more, running together, with "of", "for",
 * "and", "the" or "on" between them) have those initials.
 */
import { senseWord, type Word } from './readWords';

/** Most letters of an acronym. */
const MAX_LETTERS = 6;
/** An acronym as written: two to six capitals. */
const ACRONYM = /^[A-Z]{2,6}$/;
/** Small words inside a name that its initials skip ("Organisation for Economic Co-operation and Development"). */
const INSIDE_NAME = new Set(['of', 'for', 'and', 'the', 'on']);

/** True for a word written with a capital first letter. */
function capitalised(raw: string): boolean {
  return /^\p{Lu}/u.test(raw);
}

/**
 * The names of `words` whose initials are one of `acronyms` (see the file comment), each with
 * its acronym and the indexes of its first and last word. A name starts at a capitalised word
 * other than a small word ("The European Union" is the EU) and is the shortest run of two
 * capitalised words or more whose initials spell an acronym: "the OECD and the EU" may be written
 * in one run of capitals.
 */
function namesOf(words: readonly Word[], raw: (w: Word) => string, acronyms: ReadonlySet<string>): Array<{ acronym: string; first: number; last: number }> {
  const names: Array<{ acronym: string; first: number; last: number }> = [];
  let i = 0;
  while (i < words.length) {
    const found = nameAt(words, raw, acronyms, i);
    if (found) {
      names.push(found);
      i = found.last + 1;
    } else i++;
  }
  return names;
}

/** The name starting at word `i` whose initials are one of `acronyms` (see {@link namesOf}), if any. */
function nameAt(words: readonly Word[], raw: (w: Word) => string, acronyms: ReadonlySet<string>, i: number): { acronym: string; first: number; last: number } | undefined {
  if (!capitalised(raw(words[i])) || INSIDE_NAME.has(words[i].folded)) return undefined;
  let initials = '';
  for (let k = i; k < words.length && initials.length < MAX_LETTERS; k++) {
    const written = raw(words[k]);
    if (capitalised(written) && !INSIDE_NAME.has(words[k].folded)) {
      initials += written[0].toUpperCase();
      if (k > i && acronyms.has(initials)) return { acronym: initials, first: i, last: k };
    } else if (!INSIDE_NAME.has(words[k].folded)) return undefined;
  }
  return undefined;
}

/** Each word list's acronyms, read once per list (a list is one quote's words, `raw` that quote's). */
const ACRONYMS = new WeakMap<readonly Word[], ReadonlyMap<string, Word>>();
/** The acronyms of the many lists that hold none, one map for all. */
const NO_ACRONYMS: ReadonlyMap<string, Word> = new Map();

/**
 * The words of `words` written as acronyms, by their spelling (the last of one spelling wins);
 * quotes are compared pair by pair, so each list is read once.
 */
function acronymsOf(words: readonly Word[], raw: (w: Word) => string): ReadonlyMap<string, Word> {
  let acronyms = ACRONYMS.get(words);
  if (!acronyms) {
    const found = new Map<string, Word>();
    for (const w of words) if (ACRONYM.test(raw(w))) found.set(raw(w), w);
    acronyms = found.size > 0 ? found : NO_ACRONYMS;
    ACRONYMS.set(words, acronyms);
  }
  return acronyms;
}

/**
 * `words` with each name whose initials spell an acronym of `other` read as that acronym, or
 * `words` itself when none do; `raw` gives a word as written.
 */
function joinedAgainst(words: Word[], raw: (w: Word) => string, other: readonly Word[], otherRaw: (w: Word) => string): Word[] {
  const acronyms = acronymsOf(other, otherRaw);
  if (acronyms.size === 0) return words;
  const names = namesOf(words, raw, new Set(acronyms.keys()));
  if (names.length === 0) return words;
  const out: Word[] = [];
  let next = 0;
  for (const name of names) {
    out.push(...words.slice(next, name.first));
    const acronym = acronyms.get(name.acronym) as Word;
    out.push(senseWord(words[name.first].start, words[name.last].end, acronym.folded, acronym.folded, acronym.sense));
    next = name.last + 1;
  }
  out.push(...words.slice(next));
  return out;
}

/**
 * Two quotes' words with each name one writes whole and the other by its initials read as the
 * acronym on both sides (see the file comment); `rawA` and `rawB` give a word of each as written.
 * A list with nothing to join is returned as it is.
 */
export function joinAcronyms(a: Word[], rawA: (w: Word) => string, b: Word[], rawB: (w: Word) => string): [Word[], Word[]] {
  return [joinedAgainst(a, rawA, b, rawB), joinedAgainst(b, rawB, a, rawA)];
}
