/**
 * Finds people, organisations and places (and nationalities, typed OTHER) in a text.
 *
 * The story: capitalised words are gathered into runs ("Russian Foreign Minister Sergey Lavrov",
 * "People's Bank of China", "Kiel Institute for the World Economy"), letting name particles
 * (of, da, bin, van der…), linking words (for, the, and) and possessives sit inside a run when a
 * capitalised word follows. A capital means nothing on the first word of a sentence unless wink
 * reads the word as a proper noun (or the gazetteer knows it), and nothing in a Title Case
 * headline unless wink does. Each run is then read from the left: titles are dropped (and make
 * what follows a person), nationalities become OTHER unless they open an organisation's name
 * ("Russian Ministry of Emergency Situations"), the gazetteer's longest phrase or a head word
 * ("… Ministry", "… Airport") gives ORG or PLACE, and what is left is a person when a title, a
 * given name or its shape says so. What no rule can type is left pending, with a hint from the
 * words around it, for the whole-document pass (resolveNameKeys).
 */
import type { EntityType } from '../types';
import { isDemonym, isGivenName, longestGazetteerPhrase, lookupName } from './gazetteer';
import { isDocumentHead, isOrganisationDescriptor, isOrganisationHead, isOrganisationOpener, isPlaceHead, isPlaceOpener, isPlaceTail, isPublicationHead } from './headWords';
import type { NameWord } from './nameWords';
import { isPostNominal, isTitleHead, isTitleWord } from './titles';

/** A name mention before keys are resolved. */
export interface NameMention {
  start: number;
  end: number;
  text: string;
  /** The type, or null when only the whole document can tell (a lone unknown word). */
  type: EntityType | null;
  /** The gazetteer's canonical name when the gazetteer knows the phrase. */
  canonical: string | null;
  /** The name's own words, without particles and possessives (for matching surnames and acronyms). */
  words: string[];
  /** What the words around a pending mention suggest, used when nothing else decides. */
  hint: EntityType | null;
  /** True when the mention opens a sentence or stands in a Title Case line (its capital proves nothing). */
  initial: boolean;
}

/** Particles inside personal and place names: "Lula da Silva", "bin Salman", "van der Leyen", "Bank of England". */
const PARTICLES = new Set(['of', 'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ibn', 'al', 'el', 'ben', 'bint', 'y']);
/** Particles that can open a name written mid-sentence ("van der Linde said"). */
const OPENING_PARTICLES = new Set(['van', 'von', 'de', 'da', 'di', 'du', 'al', 'el', 'bin', 'ibn', 'ter', 'le', 'la', 'dos', 'der']);
/** Words that link the parts of an organisation's name ("Kiel Institute for the World Economy"). */
const LINKS = new Set(['for', 'the', 'and', '&', 'on']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const MONTHS_AND_DAYS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri',
]);
/** Capitalised words that are never names on their own. */
const NEVER_NAMES = new Set(['i', "i'm", "i've", "i'd", "i'll", 'ok', 'am', 'pm', 'read', 'photo', 'file', 'video', 'advertisement', 'related', 'more', 'next', 'updated', 'published', 'celsius', 'fahrenheit']);
/** English function words, which a capital (a headline, a quotation) never makes a name. */
const ENGLISH_FUNCTION_WORDS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'we', 'they', 'you', 'his', 'her', 'its', 'our', 'their', 'my', 'your', 'and', 'or', 'but', 'nor', 'if', 'as', 'of', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'to', 'into', 'onto', 'over', 'under', 'after', 'before', 'since', 'while', 'because', 'although', 'though', 'who', 'which', 'what', 'when', 'where', 'why', 'how', 'all', 'some', 'any', 'no', 'each', 'every', 'both', 'either', 'neither', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'there', 'here', 'then', 'than', 'so', 'not', 'about', 'against', 'between', 'through', 'during', 'without', 'within', 'upon', 'among', 'despite', 'until', 'unless', 'whether', 'yet', 'also', 'only', 'even', 'just', 'me', 'him', 'us', 'them', 'one', 'out', 'up', 'down', 'off', 'above', 'below', 'near', 'per', 'via']);

/** Upper-case abbreviations that name no organisation. */
const NOT_ORGANISATIONS = new Set(['GDP', 'GMT', 'UTC', 'BST', 'CET', 'EST', 'PST', 'VPN', 'ID', 'IDS', 'CEO', 'CFO', 'TV', 'PM', 'AM', 'COVID', 'AIDS', 'HIV', 'DNA', 'RNA', 'AI', 'IT', 'PR', 'VAT', 'CCTV', 'SUV', 'USB', 'PDF', 'URL', 'FAQ', 'ETA', 'OK', 'EV', 'EVS', 'GPS', 'SMS', 'LGBT', 'LGBTQ', 'Q&A', 'PHOTO', 'VIDEO', 'FILE', 'UPDATE', 'BREAKING', 'LIVE', 'NEW', 'CPI', 'GDP.', 'IPO', 'ESG', 'MW', 'GW', 'KW', 'KM', 'MPH', 'KPH', 'PPE', 'ICU', 'ER', 'NB', 'PS', 'AD', 'BC', 'BCE', 'CE', 'II', 'III', 'IV', 'XI']);
const REPORTING_VERBS = /^(said|says|told|tells|added|adds|noted|notes|wrote|writes|warned|warns|stated|states|explained|insisted|argued|announced|claimed|stressed|declared|replied|asked|urged|tweeted|posted|recalled|admitted|acknowledged|emphasised|emphasized|continued|concluded|confirmed|denied|revealed|believes|thinks|agreed|suggested|predicted|cautioned|countered|responded|observed|commented)$/;
const PLACE_PREPOSITIONS = /^(in|at|from|near|into|across|outside|inside|towards|toward|via|around|throughout)$/i;
const PLACE_NOUNS = /^(city|town|village|region|province|state|district|county|capital|port|island|municipality|suburb|neighbourhood|neighborhood|area|enclave|border|river)$/i;

/** Everything the reading of one text needs. */
interface Reading {
  text: string;
  words: NameWord[];
  lowerWords: Set<string>;
  out: NameMention[];
}

/** True when a word can be part of a name (capitalised and not a common word in disguise). */
function isNameWord(w: NameWord, lowerWords: Set<string>): boolean {
  const lower = w.text.toLowerCase();
  const capitalised = /^\p{Lu}/u.test(w.text) || /^(el|al|ad|as|ash|at|az|ibn|bin)-\p{Lu}/u.test(w.text);
  if (!capitalised || MONTHS_AND_DAYS.has(lower.replace(/\.$/, '')) || NEVER_NAMES.has(lower)) return false;
  // Function words are never names; a foreign word wink reads as one ("Das", "Al", "La") may be.
  const functionPos = w.pos === 'PRON' || w.pos === 'DET' || w.pos === 'AUX' || w.pos === 'CCONJ' || w.pos === 'SCONJ' || w.pos === 'ADP' || w.pos === 'PUNCT';
  if (functionPos && (w.sentenceInitial || w.inTitleCaseLine || ENGLISH_FUNCTION_WORDS.has(lower) || !/^\p{Lu}\p{Ll}/u.test(w.text))) return false;
  const known = lookupName(w.text) !== undefined || isDemonym(w.text);
  if (w.inTitleCaseLine) return known || (w.pos === 'PROPN' && !lowerWords.has(lower)) || (w.text.length > 1 && w.text === w.text.toUpperCase());
  // A sentence-initial plural whose singular the text writes in lower case ("Officials", "Others").
  if (w.sentenceInitial && /[^s]s$/.test(lower) && lowerWords.has(lower.slice(0, -1)) && !known) return false;
  if (w.sentenceInitial) return known || isGivenName(w.text) || (w.pos === 'PROPN' && !lowerWords.has(lower));
  return true;
}

/**
 * Marks as name words the capitalised words of a gazetteer phrase that the word-by-word test
 * refused, as in a headline ("UN Security Council extends…") or at a sentence start.
 */
function markKnownPhrases(reading: Reading, nameAt: boolean[]): void {
  const { words } = reading;
  for (let i = 0; i < words.length; i++) {
    if (!/^\p{Lu}/u.test(words[i].text) || (nameAt[i] && nameAt[i + 1] !== false)) continue;
    for (let end = Math.min(words.length - 1, i + 4); end > i; end--) {
      if (!/^\p{Lu}/u.test(words[end].text) || nameAt.slice(i, end + 1).every(Boolean)) continue;
      if (lookupName(reading.text.slice(words[i].start, words[end].end))) {
        for (let k = i; k <= end; k++) nameAt[k] = true;
        i = end;
        break;
      }
    }
  }
}

/** True when the text between two words keeps them in one name (spaces only, no line break). */
function adjacent(reading: Reading, a: NameWord, b: NameWord): boolean {
  return /^[ \t\u00a0]*$/.test(reading.text.slice(a.end, b.start));
}

/** True when a word can stand inside a run, between name words. */
function isInnerWord(w: NameWord): boolean {
  return PARTICLES.has(w.text) || LINKS.has(w.text) || POSSESSIVE.has(w.text) || w.text === 'The';
}

/** Groups words into runs: name words with particles, links and possessives between them. */
function findRuns(reading: Reading): number[][] {
  const { words } = reading;
  const nameAt = words.map((w) => isNameWord(w, reading.lowerWords));
  markKnownPhrases(reading, nameAt);
  const runs: number[][] = [];
  let i = 0;
  while (i < words.length) {
    const opensWithParticle = OPENING_PARTICLES.has(words[i].text) && i + 1 < words.length && (nameAt[i + 1] || OPENING_PARTICLES.has(words[i + 1].text));
    if (!nameAt[i] && !opensWithParticle && !(words[i].text === 'The' && nameAt[i + 1])) {
      i++;
      continue;
    }
    const run = [i];
    let j = i + 1;
    while (j < words.length && adjacent(reading, words[j - 1], words[j])) {
      if (nameAt[j]) {
        run.push(j++);
        continue;
      }
      // A chain of inner words belongs to the run only when a name word follows it.
      let k = j;
      while (k < words.length && isInnerWord(words[k]) && !words[k].inTitleCaseLine && adjacent(reading, words[k - 1], words[k])) k++;
      if (k === j || k >= words.length || !nameAt[k] || !adjacent(reading, words[k - 1], words[k])) break;
      for (let m = j; m < k; m++) run.push(m);
      j = k;
    }
    while (run.length && !nameAt[run[run.length - 1]]) run.pop();
    const tail = run[run.length - 1] + 1;
    if (run.length && tail < words.length && isPlaceTail(words[tail].text) && adjacent(reading, words[tail - 1], words[tail])) run.push(tail);
    if (run.some((r) => nameAt[r])) runs.push(run);
    i = j;
  }
  return runs;
}

/** A run being read: the words of the run and where it sits. */
interface Run {
  words: NameWord[];
  /** Index in the text's words of the run's first word. */
  first: number;
}

function phrase(reading: Reading, run: Run, from: number, to: number): string {
  return reading.text.slice(run.words[from].start, run.words[to].end);
}

function emit(reading: Reading, run: Run, from: number, to: number, type: EntityType | null, canonical: string | null, hint: EntityType | null = null): void {
  const words = run.words.slice(from, to + 1).map((w) => w.text);
  reading.out.push({
    start: run.words[from].start,
    end: run.words[to].end,
    text: phrase(reading, run, from, to),
    type,
    canonical,
    words: words.filter((t) => !PARTICLES.has(t) && !POSSESSIVE.has(t) && !LINKS.has(t)),
    hint,
    initial: run.words[from].sentenceInitial || run.words[from].inTitleCaseLine,
  });
}

function isInner(word: string): boolean {
  return PARTICLES.has(word) || LINKS.has(word) || POSSESSIVE.has(word);
}

/** The longest gazetteer phrase starting at `from`, as [last index, entry]. */
function longestKnown(reading: Reading, run: Run, from: number): [number, ReturnType<typeof lookupName>] {
  // Particles, links and possessives are words of their own in a run, hence the doubled bound.
  const limit = Math.min(run.words.length - 1, from + 2 * longestGazetteerPhrase() - 1);
  for (let to = limit; to >= from; to--) {
    if (isInner(run.words[to].text)) continue;
    const entry = lookupName(phrase(reading, run, from, to));
    if (entry) return [to, entry];
  }
  return [-1, undefined];
}

/**
 * True when a possessive inside a run belongs to the name ("People's Bank", "St. Peter's Square",
 * "Women's Institute") rather than marking an owner ("Russia's EMERCOM", "Lavrov's Ministry").
 */
function possessiveInsideName(run: Run, at: number): boolean {
  const owner = run.words[at - 1];
  if (!owner) return false;
  if (/^(st\.?|saint)$/i.test(run.words[at - 2]?.text ?? '')) return true;
  // "Information Commissioner's Office", "Prosecutor General's Office": an office named after its holder.
  if (isTitleWord(owner.text) && isOrganisationHead(run.words[at + 1]?.text ?? '')) return true;
  return owner.pos !== 'PROPN' && lookupName(owner.text) === undefined && !isGivenName(owner.text);
}

/** True when the words from `at` on make a name of their own (a known name, or one with a head word). */
function startsAnotherName(run: Run, at: number): boolean {
  const ws = run.words;
  if (at >= ws.length || ws[at].text === 'the' || lookupName(ws[at].text) !== undefined) return true;
  for (let k = at; k < ws.length && !isInner(ws[k].text); k++) if (isOrganisationHead(ws[k].text) || isPlaceHead(ws[k].text)) return true;
  return false;
}

/**
 * The end of an organisation or place name starting at `from`, typed by its last head word
 * ("Ministry", "Society" → ORG; "Airport", "Strip" → PLACE), stretched over an "of/for …"
 * complement ("Ministry of Emergency Situations", "Institute for the World Economy").
 * A title (after the first word) or an owner's possessive ends the search. "and" joins two
 * parts only when neither is a known name ("Finance and National Planning Committee").
 */
function headedNameEnd(run: Run, from: number): [number, EntityType | null] {
  let last = -1;
  let type: EntityType | null = null;
  const ws = run.words;
  if (isTitleHead(ws[from].text) && !isOrganisationHead(ws[from].text)) {
    // Only an office named after its holder starts with a title: "Prosecutor General's Office".
    let k = from;
    while (k + 1 < ws.length && isTitleWord(ws[k + 1].text)) k++;
    if (!(POSSESSIVE.has(ws[k + 1]?.text ?? '') && isOrganisationHead(ws[k + 2]?.text ?? ''))) return [-1, null];
  }
  for (let j = from; j < ws.length; j++) {
    const word = ws[j].text;
    const officeOfTitle = POSSESSIVE.has(ws[j + 1]?.text ?? '') && isOrganisationHead(ws[j + 2]?.text ?? '');
    if (j > from && isTitleHead(word) && !isOrganisationHead(word) && !officeOfTitle) break;
    if (POSSESSIVE.has(word) && !possessiveInsideName(run, j)) break;
    if (word === 'and' || word === '&') {
      // "and" inside one name ("Finance and National Planning Committee"), not between two
      // ("the Massachusetts Institute of Technology and Stanford University").
      const before = ws[j - 1]?.text ?? '';
      if (last >= 0 || lookupName(before) !== undefined || lookupName(ws[j + 1]?.text ?? '') !== undefined || ws[j + 1]?.text === 'the') break;
    }
    if ((word === 'of' || word === 'for' || word === 'on') && last !== j - 1) {
      // Laws keep their "of" ("Proceeds of Crime Act"); a person's "of" ends the name ("Obi of Kent Police").
      const documentEnd = ws.findIndex((x, k) => k > j && isDocumentHead(x.text));
      if (documentEnd < 0 || last >= 0) break;
      last = documentEnd;
      type = 'OTHER';
      break;
    }
    // A head word right before a title qualifies the title ("Press Secretary", "Police Chief").
    if (isTitleHead(ws[j + 1]?.text ?? '') && !isOrganisationHead(ws[j + 1]?.text ?? '') && !(POSSESSIVE.has(ws[j + 2]?.text ?? '') && isOrganisationHead(ws[j + 3]?.text ?? ''))) break;
    if (j > from && isDocumentHead(word)) {
      last = j;
      type = 'OTHER';
    } else if (j > from && isPlaceHead(word)) {
      last = j;
      type = 'PLACE';
    } else if (isOrganisationHead(word)) {
      last = j;
      type = 'ORG';
    }
    if (last === j && /^(of|for|on)$/.test(ws[j + 1]?.text ?? '')) {
      // The complement runs to the next title or owner's possessive.
      let k = j + 2;
      while (k < ws.length && !(isTitleHead(ws[k].text) && !isOrganisationHead(ws[k].text)) && !POSSESSIVE.has(ws[k].text) && !(/^(and|&)$/.test(ws[k].text) && startsAnotherName(run, k + 1))) k++;
      while (k - 1 > j && isInner(ws[k - 1].text)) k--;
      last = k - 1;
      j = k - 1;
    }
  }
  return [last, type];
}

/** What the words before a run suggest its first name is: "broker Berenberg", "in Ladakh", "the village of Adre". */
function hintBefore(reading: Reading, run: Run): EntityType | null {
  const previous = reading.words[run.first - 1];
  const beforePrevious = reading.words[run.first - 2];
  if (!previous) return null;
  if (isOrganisationDescriptor(previous.text) && /^\p{Ll}/u.test(previous.text)) return 'ORG';
  // "the president, Zelensky," / "spokesman Peskov": a role in lower case before a name.
  if (/^\p{Ll}/u.test(previous.text) && isTitleHead(previous.text)) return 'PERSON';
  if (previous.text === ',' && beforePrevious && /^\p{Ll}/u.test(beforePrevious.text) && isTitleHead(beforePrevious.text)) return 'PERSON';
  // "an analyst at Berenberg", "a professor at Tehran University": a workplace.
  if (previous.text === 'at' && beforePrevious && /^\p{Ll}/u.test(beforePrevious.text) && isTitleHead(beforePrevious.text)) return 'ORG';
  if (PLACE_PREPOSITIONS.test(previous.text) && /^\p{Ll}/u.test(previous.text)) return 'PLACE';
  if (previous.text === 'of' && beforePrevious && PLACE_NOUNS.test(beforePrevious.text)) return 'PLACE';
  if (PLACE_NOUNS.test(previous.text) && /^\p{Ll}/u.test(previous.text)) return 'PLACE';
  return null;
}

/** True when a reporting verb follows the word at `to` ("Lula said", "Obi told the court"). */
function reportingVerbAfter(reading: Reading, run: Run, to: number): boolean {
  if (to !== run.words.length - 1) return false;
  const next = reading.words[run.first + to + 1];
  return next !== undefined && REPORTING_VERBS.test(next.text);
}

/**
 * What a lone unknown capitalised word most likely names, judged by its shape: written mid-sentence
 * in letters only, it is a place ("Ladakh", "Esbjerg", "Thuringia") unless it looks like a company
 * or a body ("Ofcom", "Bundeswehr", "Copa-Cogeca") or ends like a surname ("Zelensky", "Peskov"); at the start of a sentence, a plural
 * ("MPs") or with digits ("Sh60", "Il-76") it is nothing.
 */
function guessLoneWord(w: NameWord, previous: NameWord | undefined, lowerWords: Set<string>): EntityType | null {
  if (w.sentenceInitial || w.inTitleCaseLine || w.text.length < 3 || !/^\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)?$/u.test(w.text)) return null;
  if (w.pos !== 'PROPN') return null;
  if (lowerWords.has(w.text.toLowerCase()) || lowerWords.has(w.text.toLowerCase().replace(/s$/, ''))) return null;
  // "the Bill", "the Cabinet", "the Gospel": an institution or a document, not a town.
  if (/^the$/i.test(previous?.text ?? '')) return null;
  // Adjectives and group nouns ("Andean", "Catholics", "Marxist") describe; they do not name.
  if (/(an|ese|ish|ic|ics|ist|ists|ism)$/.test(w.text)) return null;
  if (/(com|tech|soft|corp|wehr|rat|bond)$/.test(w.text) || w.text.includes('-')) return 'ORG';
  // Surname endings of many languages: Zelensky, Peskov, Shevchenko, Kovačević, Popescu, Andersson.
  if (/(sky|skyy|ski|skiy|ov|ova|ev|eva|enko|chuk|vić|vic|escu|sson|poulos|idis|ashvili|yan)$/.test(w.text)) return 'PERSON';
  return 'PLACE';
}

/** Types a chunk of plain name words (no title, no known phrase, no head word). */
function readChunk(reading: Reading, run: Run, from: number, to: number, titled: boolean): void {
  const ws = run.words;
  let end = to;
  while (end > from && (isPostNominal(ws[end].text) || isInner(ws[end].text))) end--;
  const first = ws[from].text;
  const single = end === from;
  const hint = from === 0 ? hintBefore(reading, run) : null;
  const inTitleCase = ws[from].inTitleCaseLine;
  const acronym = (/^\p{Lu}[\p{Lu}&./-]{1,8}$/u.test(first) && (first.match(/\p{Lu}/gu) ?? []).length >= 2) || /^\p{Lu}{1,2}-?\d{1,2}\+?$/u.test(first);
  if (single && acronym && !titled) {
    if (!NOT_ORGANISATIONS.has(first) && !isPostNominal(first)) emit(reading, run, from, end, 'ORG', null);
    return;
  }
  if (single && /^\p{Lu}\p{Ll}+\p{Lu}\p{L}*$/u.test(first) && !titled) return emit(reading, run, from, end, 'ORG', null);
  if (isOrganisationOpener(first) && !single) return emit(reading, run, from, end, 'ORG', null);
  // Names opened by an article are places or titles, not people ("La Ribera", "El Alto").
  if (/^(La|Le|Les|El|Los|Las|Il|Lo|Al)$/.test(first) && !single && !titled) return emit(reading, run, from, end, 'PLACE', null);
  // Ships and vessels ("USS Eisenhower", "HMS Queen Elizabeth") are things, not people.
  if (/^(USS|HMS|RFS|INS|HMCS|HMAS|MV|SS)$/.test(first) && !single) return emit(reading, run, from, end, 'OTHER', null);
  if (isPlaceOpener(first) && !single) return emit(reading, run, from, end, 'PLACE', null);
  if (titled) return emit(reading, run, from, end, 'PERSON', null);
  // A capitalised phrase that fills a quotation is the title of a work ("Earth Cries"), not a name.
  const quotedWhole = /["“‘'«]\s*$/.test(reading.text.slice(Math.max(0, ws[from].start - 2), ws[from].start)) && /^\s*[.,]?["”’'»]/.test(reading.text.slice(ws[end].end, ws[end].end + 3));
  if (quotedWhole && !isGivenName(first)) return;
  if (isGivenName(first) && (!single || reportingVerbAfter(reading, run, end))) return emit(reading, run, from, end, 'PERSON', null);
  // A preposition says little about a full name ("a goal from Dario Fuentes"); a descriptor does.
  if (!single && hint && hint !== 'PLACE') return emit(reading, run, from, end, hint, null);
  // People's names have no "of" ("Ring of Fire", "Cup of Nations"): such a chunk waits for the document.
  if (ws.slice(from, end + 1).some((w) => w.text === 'of')) return emit(reading, run, from, end, null, null, null);
  if (!single && !inTitleCase && end - from <= 3 && ws.slice(from, end + 1).every((w) => w.pos === 'PROPN' || /^(\p{Lu}|(al|el|ad|as|at|az|ibn|bin)-\p{Lu})/u.test(w.text) || PARTICLES.has(w.text))) {
    return emit(reading, run, from, end, 'PERSON', null);
  }
  // A lone unknown word that speaks is a body more often than a person (people come with a full name first).
  const lateHint = reportingVerbAfter(reading, run, end) ? 'ORG' : hint ?? (single ? guessLoneWord(ws[from], from === 0 ? reading.words[run.first - 1] : ws[from - 1], reading.lowerWords) : null);
  emit(reading, run, from, end, null, null, lateHint);
}

/** Reads one run from the left into mentions. */
function readRun(reading: Reading, run: Run): void {
  const ws = run.words;
  let i = 0;
  let titled = false;
  while (i < ws.length) {
    const w = ws[i];
    const [knownEnd, entry] = longestKnown(reading, run, i);
    if (w.text === 'The' && !entry) {
      // "The" belongs to a newspaper's name ("The Millbrook Courier") and to nothing else.
      const [headedEnd, headedType] = headedNameEnd(run, i + 1);
      if (headedEnd > i && headedType === 'ORG' && isPublicationHead(ws[headedEnd].text)) {
        emit(reading, run, i, headedEnd, 'ORG', null);
        i = headedEnd + 1;
        continue;
      }
      i++;
      continue;
    }
    if (isInner(w.text) && !(i === 0 && OPENING_PARTICLES.has(w.text))) {
      i++;
      continue;
    }
    const [headedEnd, headedType] = headedNameEnd(run, i);
    if (headedEnd >= 0 && headedEnd > knownEnd && !(headedEnd === i && !entry)) {
      emit(reading, run, i, headedEnd, headedType, null);
      i = headedEnd + 1;
      titled = false;
      continue;
    }
    if (ws[i + 1]?.text === '&' && i + 2 < ws.length && !isInner(ws[i + 2].text)) {
      // "Marks & Spencer", "Johnson & Johnson", "Procter & Gamble": an ampersand joins a firm's name.
      let end = i + 2;
      while (end + 1 < ws.length && !isInner(ws[end + 1].text) && !isTitleWord(ws[end + 1].text)) end++;
      emit(reading, run, i, end, 'ORG', null);
      i = end + 1;
      titled = false;
      continue;
    }
    if (isOrganisationOpener(w.text) && i + 1 < ws.length && !isInner(ws[i + 1].text) && !isTitleWord(ws[i + 1].text)) {
      // A club named after its city ("Real Madrid", "Inter Milan", "FC Porto") is one organisation.
      let end = i + 1;
      while (end + 1 < ws.length && !isInner(ws[end + 1].text) && !isTitleWord(ws[end + 1].text) && !isDemonym(ws[end + 1].text)) end++;
      emit(reading, run, i, end, 'ORG', null);
      i = end + 1;
      titled = false;
      continue;
    }
    const givenNameFirst = knownEnd === i && isGivenName(w.text) && i + 1 < ws.length && !isInner(ws[i + 1].text) && !isTitleWord(ws[i + 1].text) && longestKnown(reading, run, i + 1)[0] < 0;
    if (entry && !givenNameFirst) {
      emit(reading, run, i, knownEnd, entry.type, entry.canonical);
      i = knownEnd + 1;
      titled = false;
      continue;
    }
    if (headedEnd === i) {
      // A lone capitalised head word ("the Commission", "the Treasury") names an institution the
      // text means; at the start of a sentence its capital proves nothing.
      if (headedType === 'ORG' && !w.sentenceInitial && !w.inTitleCaseLine && /^\p{Lu}\p{Ll}/u.test(w.text)) emit(reading, run, i, i, null, null, 'ORG');
      i++;
      continue;
    }
    if (i + 1 < ws.length && isDemonym(`${w.text} ${ws[i + 1].text}`)) {
      // "South Korean", "Sri Lankan", "New Zealander".
      emit(reading, run, i, i + 1, 'OTHER', null);
      i += 2;
      continue;
    }
    if (isDemonym(w.text)) {
      emit(reading, run, i, i, 'OTHER', null);
      i++;
      continue;
    }
    if (isTitleWord(w.text) && !(isGivenName(w.text) && !isTitleHead(w.text))) {
      if (isTitleHead(w.text)) titled = true;
      i++;
      // After a title, "of Foreign Affairs" belongs to the title ("Minister of Foreign Affairs of Russia").
      if (titled && ws[i]?.text === 'of') i++;
      continue;
    }
    // A plain chunk: name words and particles up to a title, an owner, a link or a known name.
    let end = i;
    while (end + 1 < ws.length) {
      const next = ws[end + 1].text;
      if (POSSESSIVE.has(next) || LINKS.has(next) || next === 'of' || next === 'The' || (isTitleHead(next) && !isGivenName(next)) || isDemonym(next)) break;
      if (!PARTICLES.has(next) && longestKnown(reading, run, end + 1)[0] >= 0 && !isGivenName(next)) break;
      end++;
    }
    readChunk(reading, run, i, end, titled);
    i = end + 1;
    titled = false;
  }
}

/**
 * Finds the name mentions of a text in reading order: people, organisations, places, and
 * nationalities (OTHER), each typed where its own words or the gazetteer can tell, else pending.
 */
export function recogniseNames(text: string, words: NameWord[]): NameMention[] {
  const lowerWords = new Set(words.filter((w) => /^\p{Ll}/u.test(w.text)).map((w) => w.text));
  const reading: Reading = { text, words, lowerWords, out: [] };
  for (const indices of findRuns(reading)) readRun(reading, { words: indices.map((k) => words[k]), first: indices[0] });
  return reading.out;
}
