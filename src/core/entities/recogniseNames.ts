/**
 * Finds people, organisations and places (and nationalities, typed OTHER) in a text.
 *
 * The story: capitalised words are gathered into runs ("Russian Foreign Minister Sergey Lavrov",
 * "People's Bank of China", "NATO Secretary General Jens Stoltenberg"), letting name particles
 * (of, da, bin, van, al…) and possessives sit inside a run when a capitalised word follows.
 * A capital means nothing on the first word of a sentence unless wink reads the word as a proper
 * noun, and nothing in a Title Case headline unless wink does. Each run is then read from the
 * left: titles are dropped (and make what follows a person), nationalities become OTHER unless
 * they open an organisation's name ("Russian Ministry of Emergency Situations"), the gazetteer's
 * longest phrase or an organisation/place head word ("… Ministry", "… Airport") gives ORG or
 * PLACE, and what is left is a person when a title, a given name or its length says so. A lone
 * word no rule can type is left `pending` for the whole-document pass (resolveNameKeys), which
 * links it to a person, organisation or place named in full elsewhere.
 */
import type { EntityType } from '../types';
import { isDemonym, isGivenName, longestGazetteerPhrase, lookupName } from './gazetteer';
import { isOrganisationHead, isPlaceHead } from './headWords';
import type { NameWord } from './nameWords';
import { isTitleHead, isTitleWord } from './titles';

/** A name mention before keys are resolved. */
export interface NameMention {
  start: number;
  end: number;
  text: string;
  /** The type, or null when only the whole document can tell (a lone unknown word). */
  type: EntityType | null;
  /** The gazetteer's canonical name when the gazetteer knows the phrase. */
  canonical: string | null;
  /** Words of the mention (for matching surnames and acronyms). */
  words: string[];
  /** What the words around a pending mention suggest, used when nothing else decides. */
  hint: EntityType | null;
}

/** Particles that sit inside names: "Bank of England", "Lula da Silva", "bin Salman", "van der Leyen". */
const PARTICLES = new Set(['of', 'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'ben', 'bint', 'y', 'for', 'on', '&']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const MONTHS_AND_DAYS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
/** Capitalised words that are never names on their own. */
const NEVER_NAMES = new Set(['i', 'i\'m', 'i\'ve', 'i\'d', 'i\'ll', 'ok', 'tv', 'am', 'pm', 'a.m.', 'p.m.', 'read', 'photo', 'file', 'video', 'watch', 'advertisement', 'related', 'more', 'next']);
const REPORTING_VERBS = /^(said|says|told|tells|added|adds|noted|notes|wrote|writes|warned|warns|stated|states|explained|insisted|argued|announced|claimed|stressed|declared|replied|asked|urged|tweeted|posted|recalled|admitted|acknowledged|emphasised|emphasized|continued|concluded|confirmed|denied|revealed)$/;

/** Lower-case forms of every word written in lower case somewhere in the text. */
function lowerCaseVocabulary(words: NameWord[]): Set<string> {
  const seen = new Set<string>();
  for (const w of words) if (/^\p{Ll}/u.test(w.text)) seen.add(w.text);
  return seen;
}

/** True when a word can be part of a name (capitalised and not a common word in disguise). */
function isNameWord(w: NameWord, lowerWords: Set<string>): boolean {
  const first = w.text.charAt(0);
  const lower = w.text.toLowerCase();
  const capitalised = /\p{Lu}/u.test(first) || (/^(el|al|ad|as|ash|at|az|ibn|bin)-\p{Lu}/u.test(w.text));
  if (!capitalised || MONTHS_AND_DAYS.has(lower) || NEVER_NAMES.has(lower)) return false;
  if (w.pos === 'PRON' || w.pos === 'DET' || w.pos === 'AUX' || w.pos === 'CCONJ' || w.pos === 'SCONJ' || w.pos === 'ADP') return false;
  const known = lookupName(w.text) !== undefined || isDemonym(w.text);
  if (w.inTitleCaseLine) return known || (w.pos === 'PROPN' && !lowerWords.has(lower)) || w.text === w.text.toUpperCase();
  if (w.sentenceInitial) return known || isGivenName(w.text) || (w.pos === 'PROPN' && !lowerWords.has(lower));
  return true;
}

/** Groups words into runs of name words, particles and possessives between name words. */
function findRuns(words: NameWord[], lowerWords: Set<string>): NameWord[][] {
  const runs: NameWord[][] = [];
  let run: NameWord[] = [];
  const nameAt = words.map((w) => isNameWord(w, lowerWords));
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const joined = run.length > 0 && words[i - 1].end <= w.start && !/[\n,;:()"“”/]/.test(textBetween(words[i - 1], w));
    if (nameAt[i] && (run.length === 0 || joined)) {
      run.push(w);
      continue;
    }
    const inside = run.length > 0 && joined && i + 1 < words.length && nameAt[i + 1] && !/\n/.test(textBetween(w, words[i + 1]));
    if (inside && (PARTICLES.has(w.text) || POSSESSIVE.has(w.text)) && !w.inTitleCaseLine) {
      run.push(w);
      continue;
    }
    if (run.length) runs.push(trimRun(run));
    run = nameAt[i] ? [w] : [];
  }
  if (run.length) runs.push(trimRun(run));
  return runs.filter((r) => r.length > 0);
}

let currentText = '';
function textBetween(a: NameWord, b: NameWord): string {
  return currentText.slice(a.end, b.start);
}

function trimRun(run: NameWord[]): NameWord[] {
  let end = run.length;
  while (end > 0 && (PARTICLES.has(run[end - 1].text) || POSSESSIVE.has(run[end - 1].text))) end--;
  return run.slice(0, end);
}

function phrase(words: NameWord[], from: number, to: number): string {
  return currentText.slice(words[from].start, words[to].end);
}

function mention(words: NameWord[], from: number, to: number, type: EntityType | null, canonical: string | null, hint: EntityType | null = null): NameMention {
  return {
    start: words[from].start,
    end: words[to].end,
    text: phrase(words, from, to),
    type,
    canonical,
    words: words.slice(from, to + 1).map((w) => w.text).filter((t) => !PARTICLES.has(t) && !POSSESSIVE.has(t)),
    hint,
  };
}

/** The longest gazetteer phrase starting at `from`, as [last index, entry]. */
function longestKnown(run: NameWord[], from: number): [number, ReturnType<typeof lookupName>] {
  // Possessives and particles are words of their own in a run, hence the doubled bound.
  const limit = Math.min(run.length - 1, from + 2 * longestGazetteerPhrase() - 1);
  for (let to = limit; to >= from; to--) {
    if (POSSESSIVE.has(run[to].text) || PARTICLES.has(run[to].text)) continue;
    const entry = lookupName(phrase(run, from, to));
    if (entry) return [to, entry];
  }
  return [-1, undefined];
}

/**
 * The end of an organisation or place name starting at `from`, typed by its last head word
 * ("Ministry", "Society" → ORG; "Airport", "Strip" → PLACE) before any title head, stretched over
 * an "of …" complement ("Ministry of Emergency Situations"). A possessive after a known name ends
 * the search ("Russia's EMERCOM"). Returns [-1, null] when there is no head word.
 */
function headedNameEnd(run: NameWord[], from: number): [number, EntityType | null] {
  let last = -1;
  let type: EntityType | null = null;
  for (let j = from; j < run.length; j++) {
    const word = run[j].text;
    if (j > from && isTitleHead(word) && !isOrganisationHead(word)) break;
    if (POSSESSIVE.has(word) && (j === from + 1 ? lookupName(run[from].text) !== undefined : true)) break;
    if (j > from && isPlaceHead(word)) {
      last = j;
      type = 'PLACE';
    } else if (isOrganisationHead(word) && !PARTICLES.has(word)) {
      type = 'ORG';
      last = j;
      if (run[j + 1]?.text === 'of') {
        let k = j + 2;
        while (k < run.length && !isTitleHead(run[k].text) && !POSSESSIVE.has(run[k].text)) k++;
        last = k - 1;
        j = k - 1;
      }
    }
  }
  return [last, type];
}

function readRun(run: NameWord[], next: NameWord | undefined, previous: NameWord | undefined, out: NameMention[]): void {
  let i = 0;
  let titled = false;
  while (i < run.length) {
    const w = run[i];
    if (w.text === 'The' || PARTICLES.has(w.text) || POSSESSIVE.has(w.text)) {
      i++;
      continue;
    }
    const [knownEnd, entry] = longestKnown(run, i);
    const [headedEnd, headedType] = headedNameEnd(run, i);
    if (headedEnd === i && run.length === 1) {
      // A lone head word ("the Ministry said") refers back to a name; it is not one.
      i++;
      continue;
    }
    if (headedEnd >= 0 && headedEnd > knownEnd) {
      out.push(mention(run, i, headedEnd, headedType, null));
      i = headedEnd + 1;
      titled = false;
      continue;
    }
    if (entry && !(knownEnd === i && isGivenName(w.text) && i + 1 < run.length && !isTitleWord(run[i + 1].text))) {
      out.push(mention(run, i, knownEnd, entry.type, entry.canonical));
      i = knownEnd + 1;
      titled = false;
      continue;
    }
    if (isDemonym(w.text)) {
      out.push(mention(run, i, i, 'OTHER', null));
      i++;
      continue;
    }
    if (isTitleWord(w.text) && !(titled && !isTitleHead(w.text) && i === run.length - 1)) {
      // After a title, "of Foreign Affairs" belongs to the title too ("Minister of Foreign Affairs of Russia").
      if (isTitleHead(w.text)) titled = true;
      i++;
      if (titled && run[i]?.text === 'of') i++;
      continue;
    }
    let end = i;
    while (end + 1 < run.length && !POSSESSIVE.has(run[end + 1].text) && !(isTitleHead(run[end + 1].text) && !PARTICLES.has(run[end + 1].text)) && !isDemonym(run[end + 1].text) && longestKnown(run, end + 1)[0] < 0) end++;
    while (end > i && PARTICLES.has(run[end].text)) end--;
    const inTitleCase = run[i].inTitleCaseLine;
    if (end === i && /^\p{Lu}[\p{Lu}\d&.-]{1,7}$/u.test(w.text) && !titled) out.push(mention(run, i, i, 'ORG', null));
    else if (titled || (isGivenName(w.text) && (end > i || REPORTING_VERBS.test(next?.text ?? '')))) out.push(mention(run, i, end, 'PERSON', null));
    else if (end > i && !inTitleCase) out.push(mention(run, i, end, 'PERSON', null));
    else out.push(mention(run, i, end, null, null, contextHint(run, i, end, next, previous)));
    i = end + 1;
    titled = false;
  }
}

/** What the words around a lone unknown name suggest: "said" after it, "in" or "the" before it. */
function contextHint(run: NameWord[], from: number, to: number, next: NameWord | undefined, previous: NameWord | undefined): EntityType | null {
  if (to === run.length - 1 && next && REPORTING_VERBS.test(next.text)) return 'PERSON';
  if (from === 0 && previous && /^(in|at|from|near|to|into|across|outside|inside)$/i.test(previous.text)) return 'PLACE';
  return null;
}

/**
 * Finds the name mentions of a text in reading order: people, organisations, places, and
 * nationalities (OTHER), each typed where its own words or the gazetteer can tell, else pending.
 */
export function recogniseNames(text: string, words: NameWord[]): NameMention[] {
  currentText = text;
  const lowerWords = lowerCaseVocabulary(words);
  const out: NameMention[] = [];
  const index = new Map<NameWord, number>();
  words.forEach((w, i) => index.set(w, i));
  for (const run of findRuns(words, lowerWords)) {
    const first = index.get(run[0]) ?? 0;
    const last = index.get(run[run.length - 1]) ?? 0;
    readRun(run, words[last + 1], words[first - 1], out);
  }
  return out;
}
