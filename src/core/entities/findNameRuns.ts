/**
 * Gathers the capitalised words of a text into runs that may hold names. A capital means nothing
 * on the first word of a sentence unless wink reads the word as a proper noun (or the gazetteer
 * knows it), and nothing in a Title Case headline unless wink does; function words, months and
 * days are never names. Particles, links and possessives join a run only when a name word follows.
 */
import { isCommonWord, isDemonym, isGivenName, isRoleNoun, longestPhraseFrom, lookupName } from './gazetteer';
import { isHonorific, isTitleWord } from './titles';
import { isCapitalisedWord, startsUpperCase } from './letterCase';
import { ELIDED_ARTICLE, LINKS, NICKNAME_QUOTES, OPENING_PARTICLES, PARTICLES, POSSESSIVE } from './nameParticles';
import type { NameWord } from './nameWords';
import { isOrganisationDescriptor, isOrganisationHead, isOrganisationOpener, isPlaceTail } from './headWords';

/** What finding runs needs: the text, its words and the words it writes in lower case. */
export interface RunReading {
  text: string;
  words: NameWord[];
  lowerWords: Set<string>;
}

const MONTHS_AND_DAYS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri',
]);
/** Capitalised words that are never names on their own. */
const NEVER_NAMES = new Set(['i', "i'm", "i've", "i'd", "i'll", 'ok', 'am', 'pm', 'read', 'photo', 'file', 'video', 'advertisement', 'related', 'more', 'next', 'updated', 'published', 'celsius', 'fahrenheit']);
/** Question words with a capital, which open headings and sentences and never names. */
const QUESTION_WORDS = new Set(['Why', 'How', 'What', 'When', 'Where', 'Who', 'Whom', 'Whose', 'Which']);
/** The plural of a noun for people by what they do: "Rescuers", "Volcanologists", "Investigators". */
const AGENT_PLURAL = /^\p{Lu}\p{Ll}{3,}(ers|ors|ists)$/u;
/** English function words, which a capital (a headline, a quotation) never makes a name. */
const ENGLISH_FUNCTION_WORDS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'we', 'they', 'you', 'his', 'her', 'its', 'our', 'their', 'my', 'your', 'and', 'or', 'but', 'nor', 'if', 'as', 'of', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'to', 'into', 'onto', 'over', 'under', 'after', 'before', 'since', 'while', 'because', 'although', 'though', 'who', 'which', 'what', 'when', 'where', 'why', 'how', 'all', 'some', 'any', 'no', 'each', 'every', 'both', 'either', 'neither', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'there', 'here', 'then', 'than', 'so', 'not', 'about', 'against', 'between', 'through', 'during', 'without', 'within', 'upon', 'among', 'despite', 'until', 'unless', 'whether', 'yet', 'also', 'only', 'even', 'just', 'me', 'him', 'us', 'them', 'one', 'out', 'up', 'down', 'off', 'above', 'below', 'near', 'per', 'via']);

/**
 * A cheap first test of isNameWord: false for the many words that start with a lower-case ASCII
 * letter or a digit or punctuation, except the Arabic article of "al-Assad", "el-Sisi" and the
 * elided French or Italian one of "d'Urville", "l'Aquila".
 */
function mayStartName(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122) return (word.length > 3 && (word.includes('-') || word.includes("'") || word.includes('’'))) || IRISH_MUTATION.test(word);
  return c > 127;
}

// Regular expressions with Unicode classes, made once: a bundle for Node turns a literal into a
// `new RegExp` at each evaluation.
const UPPER_THEN_LOWER = /^\p{Lu}\p{Ll}/u;
const INITIAL = /^\p{Lu}\.$/u;
const ACRONYM = /^\p{Lu}{2,}$/u;
/** The Arabic article (or a prefix) hyphenated before a capitalised name: "al-Assad", "el-Sisi", "bin-Salman", "sub-Saharan". */
const HYPHENATED_ARTICLE = /^(el|al|ad|as|ash|at|az|ibn|bin|sub)-\p{Lu}/u;

/**
 * An Irish name after a particle or article that mutates its first letter: "Ó hAodha", "Ní
 * hÉalaithe", "Tír na nÓg", "Baile an tSléibhe", "Contae na gCorcaigh" (the capital stays on the
 * name's own first letter).
 */
const IRISH_MUTATION = /^([hnt][AEIOUÁÉÍÓÚ]|mB|gC|nD|bhF|nG|bP|dT|tS|t-\p{Lu})\p{Ll}/u;

/**
 * True when a word is written as a name: capitalised, or a capitalised name behind its article
 * ("al-Assad", "el-Sisi", "d'Urville", "dell'Orto") or an Irish mutation ("hAodha").
 */
export function isWrittenAsName(word: string): boolean {
  return startsUpperCase(word) || HYPHENATED_ARTICLE.test(word) || ELIDED_ARTICLE.test(word) || IRISH_MUTATION.test(word);
}

/** True when a word can be part of a name (capitalised and not a common word in disguise). */
function isNameWord(w: NameWord, lowerWords: Set<string>, midCapitals: Set<string>): boolean {
  if (!isWrittenAsName(w.text)) return false;
  const lower = w.text.toLowerCase();
  if (MONTHS_AND_DAYS.has(lower.endsWith('.') ? lower.slice(0, -1) : lower) || NEVER_NAMES.has(lower)) return false;
  // A question word opening a heading or a sentence ("Why Kedah matters") names nothing (an
  // acronym in capitals may: "WHO").
  if (QUESTION_WORDS.has(w.text)) return false;
  // Function words are never names; a foreign word wink reads as one ("Das", "Al", "La") may be,
  // and so may an acronym wink takes for one, wherever it stands ("the Democratic Alliance (DA)",
  // "DA leader …", "LA Galaxy"): an English function word in capitals excepted ("IT", "ON").
  const functionPos = (w.pos === 'PRON' || w.pos === 'DET' || w.pos === 'AUX' || w.pos === 'CCONJ' || w.pos === 'SCONJ' || w.pos === 'ADP' || w.pos === 'PUNCT') && !(ACRONYM.test(w.text) && !ENGLISH_FUNCTION_WORDS.has(lower));
  if (functionPos && (w.sentenceInitial || w.inTitleCaseLine || ENGLISH_FUNCTION_WORDS.has(lower) || !UPPER_THEN_LOWER.test(w.text))) return false;
  const known = lookupName(w.text) !== undefined || isDemonym(w.text);
  if (w.inCapitalsLine) return known;
  // A word in capitals for emphasis ("We will NOT accept", "STOP the war") is no acronym.
  if (!known && w.text.length > 1 && w.text === w.text.toUpperCase() && (ENGLISH_FUNCTION_WORDS.has(lower) || lowerWords.has(lower))) return false;
  if (w.inTitleCaseLine) return known || (w.pos === 'PROPN' && !lowerWords.has(lower)) || (w.text.length > 1 && w.text === w.text.toUpperCase());
  // A sentence-initial plural whose singular the text writes in lower case ("Officials", "Others").
  if (w.sentenceInitial && /[^s]s$/.test(lower) && lowerWords.has(lower.slice(0, -1)) && !known) return false;
  // At a sentence start, a word the text also capitalises mid-sentence ("Callum Reid … Callum's") is a name.
  const namedElsewhere = midCapitals.has(w.text) && !lowerWords.has(lower);
  // A plural of people by what they do, opening a sentence and capitalised nowhere else, is a
  // common noun ("Rescuers said …", "Volcanologists expect …"); a team's name recurs ("Rangers").
  if (w.sentenceInitial && AGENT_PLURAL.test(w.text) && !namedElsewhere && !known && !isOrganisationHead(w.text)) return false;
  if (w.sentenceInitial) return known || namedElsewhere || isGivenName(w.text) || (w.pos === 'PROPN' && !lowerWords.has(lower));
  return true;
}

/**
 * Marks as name words the capitalised words of a gazetteer phrase that the word-by-word test
 * refused, as in a headline ("UN Security Council extends…") or at a sentence start.
 */
function markKnownPhrases(reading: RunReading, nameAt: boolean[]): void {
  const { words } = reading;
  for (let i = 0; i < words.length; i++) {
    if (!startsUpperCase(words[i].text) || (nameAt[i] && nameAt[i + 1] !== false)) continue;
    for (let end = Math.min(words.length - 1, i + 4, i + 2 * longestPhraseFrom(words[i].text) - 1); end > i; end--) {
      if (!startsUpperCase(words[end].text) || allNames(nameAt, i, end)) continue;
      if (lookupName(reading.text.slice(words[i].start, words[end].end))) {
        for (let k = i; k <= end; k++) nameAt[k] = true;
        i = end;
        break;
      }
    }
  }
}

/** True when every word from `from` to `to` (inclusive) is a name word. */
function allNames(nameAt: boolean[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (!nameAt[k]) return false;
  return true;
}

/**
 * Marks as a name word a capitalised word the word-by-word test refused at a sentence start when
 * a known place (or "for" and a known place) follows it: "Police Scotland said…", "Transport for
 * London said…" name bodies.
 */
function markBodiesForPlaces(reading: RunReading, nameAt: boolean[]): void {
  const { words } = reading;
  for (let i = 0; i + 1 < words.length; i++) {
    if (nameAt[i] || !words[i].sentenceInitial || words[i].inTitleCaseLine || !isCapitalisedWord(words[i].text)) continue;
    // Only a noun can name a body: not "In London", "Meanwhile Kenya" or "Today Britain".
    if ((words[i].pos !== 'NOUN' && words[i].pos !== 'PROPN') || ENGLISH_FUNCTION_WORDS.has(words[i].text.toLowerCase()) || /^(today|yesterday|tomorrow|tonight)$/i.test(words[i].text)) continue;
    const place = words[i + 1].text === 'for' ? i + 2 : i + 1;
    if (nameAt[place] && adjacent(reading, words[i], words[i + 1]) && lookupName(words[place].text)?.type === 'PLACE') nameAt[i] = true;
  }
}

/**
 * Marks as a name word a capitalised short form of a day or month standing between two name
 * words: in "Nguyen Thi Thu Hang" or "Le Van Mai Anh", "Thu" and "Mai" are names, not dates.
 */
function markShortFormsInsideNames(reading: RunReading, nameAt: boolean[]): void {
  const { words } = reading;
  for (let i = 1; i + 1 < words.length; i++) {
    const w = words[i];
    if (nameAt[i] || !nameAt[i - 1] || !nameAt[i + 1] || w.text.length > 4 || !isCapitalisedWord(w.text) || !MONTHS_AND_DAYS.has(w.text.toLowerCase())) continue;
    if (adjacent(reading, words[i - 1], w) && adjacent(reading, w, words[i + 1])) nameAt[i] = true;
  }
}

/** Months that are also names: given names ("June Carter", "April Ryan") and surnames ("Theresa May"). */
export const NAMING_MONTHS = new Set(['April', 'May', 'June', 'August', 'Jan', 'Jun']);

/**
 * Marks as a name word a month written inside a name rather than a date: after a given name
 * ("Theresa May", "Brian May"), closing a firm's "X and May" ("Slaughter and May"), or as a given
 * name before a surname ("June Carter", "August Wilson", "Jan de Vries", "Jun Saito"). A date has a number, a day or a lower-case
 * word around its month ("May 5", "Friday, May 5", "in May"), so none of these is one.
 */
function markMonthsInsideNames(reading: RunReading, nameAt: boolean[]): void {
  const { words } = reading;
  const dated = (w: NameWord | undefined): boolean => w !== undefined && (/^\d/.test(w.text) || MONTHS_AND_DAYS.has(w.text.toLowerCase().replace(/\.$/, '')));
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (nameAt[i] || !NAMING_MONTHS.has(w.text) || w.inTitleCaseLine || w.inCapitalsLine || dated(words[i + 1]) || dated(words[i - 1])) continue;
    const previous = words[i - 1];
    const afterGivenName = previous !== undefined && nameAt[i - 1] && isGivenName(previous.text) && adjacent(reading, previous, w);
    const closesFirm = previous?.text === 'and' && i >= 2 && nameAt[i - 2] && !isGivenName(words[i - 2].text) && !dated(words[i - 2]) && adjacent(reading, words[i - 2], previous) && adjacent(reading, previous, w);
    const next = words[i + 1];
    // (Or before a surname's particle: "Jan de Vries", "Jan van Dijk".)
    const particled = next !== undefined && OPENING_PARTICLES.has(next.text) && nameAt[i + 2] === true && adjacent(reading, w, next);
    const givenBeforeSurname = particled || (next !== undefined && nameAt[i + 1] && isCapitalisedWord(next.text) && !isCommonWord(next.text) && lookupName(next.text) === undefined && adjacent(reading, w, next));
    if (afterGivenName || closesFirm || givenBeforeSurname) nameAt[i] = true;
  }
}

/** A number right before a word, or a degree sign: "49.6C.", "30°F.". */
const NUMBER_BEFORE = /[\d°º]$/;
/** The letters of temperature scales, which a number and a space may part from it ("minus 205 C."). */
const SCALE_LETTER = /^[CFK]\.$/;

/**
 * Unmarks a capital and its full stop written right after a number (or a temperature scale's
 * letter after a number and a space): it is the unit of a measure that ends a sentence ("reached
 * 49.6C. Two years later …", "minus 205 C. Engineers …"), not the initial of a name with the next
 * sentence's first word.
 */
function unmarkUnitLetters(reading: RunReading, nameAt: boolean[]): void {
  reading.words.forEach((w, i) => {
    if (!nameAt[i] || !INITIAL.test(w.text)) return;
    const before = reading.text.slice(Math.max(0, w.start - 2), w.start);
    if (NUMBER_BEFORE.test(before) || (SCALE_LETTER.test(w.text) && /\d $/.test(before))) nameAt[i] = false;
  });
}

/** Adverbs of time and sequence that open sentences and that wink may read as proper nouns. */
const SENTENCE_ADVERBS = /^(yesterday|today|tomorrow|tonight|meanwhile|earlier|later|now|then|instead|separately|elsewhere|also|still|however|overall|finally|initially|afterwards|recently|previously)$/i;

/**
 * Unmarks a sentence's first word that opens no name but the sentence: an adverb or a common word
 * before a given name ("Yesterday Tomas Elling resigned", "Instead Maria Ruiz voted"), or the kind
 * of body the next name is ("Broker Liberum"). Titles and role nouns stay: the recogniser strips them.
 */
function unmarkSentenceOpeners(reading: RunReading, nameAt: boolean[]): void {
  const { words } = reading;
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i];
    if (!nameAt[i] || !w.sentenceInitial || !nameAt[i + 1] || !isGivenName(words[i + 1].text) || isGivenName(w.text) || lookupName(w.text) !== undefined) continue;
    if (isTitleWord(w.text) || isRoleNoun(w.text) || !(w.pos === 'ADV' || SENTENCE_ADVERBS.test(w.text) || isCommonWord(w.text))) continue;
    nameAt[i] = false;
  }
  // "Broker Liberum downgraded …", "Regulator Ofwat said …": a kind of body opening the sentence
  // describes the name after it (unless it is a head word that names bodies itself: "Bank Leumi").
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i];
    if (nameAt[i] && w.sentenceInitial && nameAt[i + 1] && isOrganisationDescriptor(w.text) && !isOrganisationHead(w.text) && lookupName(w.text) === undefined) nameAt[i] = false;
  }
}

/** True when the text between two words keeps them in one name (spaces only, no line break). */
function adjacent(reading: RunReading, a: NameWord, b: NameWord): boolean {
  for (let k = a.end; k < b.start; k++) {
    const c = reading.text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}

/** True when the words from `at` are a quoted nickname and a name word: '"Bong" Dimaculangan'. */
function nicknameAt(reading: RunReading, nameAt: boolean[], at: number): boolean {
  const { words } = reading;
  if (at + 3 >= words.length || !NICKNAME_QUOTES.has(words[at].text) || !NICKNAME_QUOTES.has(words[at + 2].text) || !nameAt[at + 1] || !nameAt[at + 3]) return false;
  // The quotes hug the nickname, and spaces part them from the names around it.
  return words[at].end === words[at + 1].start && words[at + 1].end === words[at + 2].start && words[at].start > words[at - 1].end && words[at + 3].start > words[at + 2].end && adjacent(reading, words[at + 2], words[at + 3]);
}

/**
 * A word that can follow the Irish and Scottish Gaelic article "an" but never the English one, which
 * stands before a vowel's sound only: a consonant but "h" opening a word in lower case ("an
 * Cheathrú Rua", "An Bord Pleanála", "Áras an Chontae"), or the article's "t-" ("Mac an t-Saoir").
 */
const AFTER_GAELIC_ARTICLE = /^(t-\p{Lu}|[BCDFGJKLMNPQRSTVWXYZ]\p{Ll})/u;

/** True when the word at `at` is the Gaelic article "an" (or "An" opening a name) before a name word. */
function isGaelicArticle(words: NameWord[], at: number): boolean {
  return (words[at].text === 'an' || words[at].text === 'An') && AFTER_GAELIC_ARTICLE.test(words[at + 1]?.text ?? '');
}

/** True when the word at `at` can stand inside a run, between name words. */
function isInnerWord(words: NameWord[], at: number): boolean {
  const w = words[at];
  return PARTICLES.has(w.text) || LINKS.has(w.text) || POSSESSIVE.has(w.text) || w.text === 'The' || (w.text === 'an' && isGaelicArticle(words, at));
}

/** A word of letters in lower case, as the adjectives of a foreign body's name are written ("électrique", "nazionale"). */
const LOWER_CASE_WORD = /^\p{Ll}+$/u;

/**
 * Where the particles start after the lower-case adjectives that French, Italian, Spanish and
 * Portuguese write after the head of a body's name ("Compagnie nationale du Rhône", "Istituto
 * superiore di Sanità", "Compagnie électrique du Haut-Saint-Maurice"), or `at` itself: one or two
 * such words right after a foreign head, no English word among them, and a particle after them.
 */
function foreignAdjectivesEnd(reading: RunReading, at: number): number {
  const { words } = reading;
  if (!isOrganisationOpener(words[at - 1].text)) return at;
  let k = at;
  while (k < at + 2 && k < words.length && LOWER_CASE_WORD.test(words[k].text) && !PARTICLES.has(words[k].text) && !isCommonWord(words[k].text) && !ENGLISH_FUNCTION_WORDS.has(words[k].text) && adjacent(reading, words[k - 1], words[k])) k++;
  return k > at && k < words.length && PARTICLES.has(words[k].text) ? k : at;
}

/**
 * Groups the words of a text into runs: name words with particles, links and possessives between
 * them ("Russian Foreign Minister Sergey Lavrov", "People's Bank of China"), as word indices.
 */
export function findNameRuns(reading: RunReading): number[][] {
  const { words } = reading;
  const midCapitals = new Set<string>();
  for (const w of words) if (!w.sentenceInitial && !w.inTitleCaseLine && startsUpperCase(w.text) && (UPPER_THEN_LOWER.test(w.text) || ACRONYM.test(w.text))) midCapitals.add(w.text);
  const nameAt = words.map((w) => mayStartName(w.text) && isNameWord(w, reading.lowerWords, midCapitals));
  markKnownPhrases(reading, nameAt);
  markBodiesForPlaces(reading, nameAt);
  markShortFormsInsideNames(reading, nameAt);
  markMonthsInsideNames(reading, nameAt);
  unmarkSentenceOpeners(reading, nameAt);
  unmarkUnitLetters(reading, nameAt);
  const runs: number[][] = [];
  let i = 0;
  while (i < words.length) {
    const opensWithParticle = OPENING_PARTICLES.has(words[i].text) && i + 1 < words.length && (nameAt[i + 1] || OPENING_PARTICLES.has(words[i + 1].text));
    if (!nameAt[i] && !opensWithParticle && !(words[i].text === 'The' && nameAt[i + 1]) && !(words[i].text === 'An' && nameAt[i + 1] && isGaelicArticle(words, i) && !isTitleWord(words[i + 1].text))) {
      i++;
      continue;
    }
    const run = [i];
    let j = i + 1;
    while (j < words.length && adjacent(reading, words[j - 1], words[j])) {
      // "… on X. JPL director …": a capital and a full stop before an acronym end a sentence, not an initial.
      if (INITIAL.test(words[j - 1].text) && ACRONYM.test(words[j].text)) break;
      if (nameAt[j]) {
        run.push(j++);
        continue;
      }
      // A nickname in double quotes between two name words stays in the name: 'Rodolfo "Bong" Dimaculangan'.
      if (nicknameAt(reading, nameAt, j)) {
        run.push(j, j + 1, j + 2, j + 3);
        j += 4;
        continue;
      }
      // A chain of inner words belongs to the run only when a name word follows it (so do the
      // lower-case adjectives a body named in French, Italian or Spanish writes after its head).
      let k = foreignAdjectivesEnd(reading, j);
      while (k < words.length && isInnerWord(words, k) && !words[k].inTitleCaseLine && adjacent(reading, words[k - 1], words[k])) k++;
      if (k === j || k >= words.length || !nameAt[k] || !adjacent(reading, words[k - 1], words[k])) break;
      // An honorific after "and" opens another person's name ("Mr Kim and Ms Park", "Sheridan & Dr
      // Ellis"): a body's name goes on through "and", a person's never.
      if (k === j + 1 && /^(and|&)$/.test(words[j].text) && isHonorific(words[k].text)) break;
      // So does a surname's particle in lower case after "and" ("Mātene and van Wyk", "Silva and de Souza").
      if (k === j + 2 && /^(and|&)$/.test(words[j].text) && OPENING_PARTICLES.has(words[j + 1].text)) break;
      // A bare "the" before a body's head or a known name opens another name ("told Sky News the
      // Government would"); before an epithet it stays ("Alexander the Great").
      if (k === j + 1 && words[j].text === 'the' && (isOrganisationHead(words[k].text) || lookupName(words[k].text) !== undefined)) break;
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

