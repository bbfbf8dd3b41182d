/**
 * Finds people, organisations and places (and nationalities, typed OTHER) in a text.
 *
 * The story: capitalised words are gathered into runs (findNameRuns: "Russian Foreign Minister
 * Sergey Lavrov", "People's Bank of China", "Kiel Institute for the World Economy"). Each run is
 * then read from the left: titles are dropped (and make what follows a person), nationalities
 * become OTHER unless they open an organisation's name ("Russian Ministry of Emergency
 * Situations"), the gazetteer's longest phrase or a head word
 * ("… Ministry", "… Airport") gives ORG or PLACE, and what is left is a person when a title, a
 * given name or its shape says so. What the text says of a name beats its look: a descriptor or an
 * apposition ("the lender X", "X, the Geneva-based bank"), "shares in X", "X of" after a person,
 * a field before a place ("Tennis Australia", "Transport for London"), a role noun before a given
 * name ("Librarian Rosa Delgado"). A person typed by shape alone is marked weak, for the document
 * to retype. What no rule can type is left pending, with a hint from the words around it
 * (nameContext), for the whole-document pass (resolveNameKeys). Law firms listed with commas are
 * joined last (joinPartnerships), and so are lists inside a body's name (joinListsInsideNames) and the pieces of a long name its bracketed acronym
 * introduces (joinIntroducedNames); a numbered road's head takes its number (joinRoadNumbers), and
 * names listed before one plural feature are places (joinSharedFeatureHeads), and a name that takes a
 * plural verb is a team or a body in every mention (typeTeamsByPluralVerb), as a town's name closed by
 * "City" or "Town" is in a sports report (typeClubsInSportsReports), and a body's building the text
 * sets something at is a place ("at the Iraq Museum": typeVenuesByPlacement); the names of a picture credit,
 * parted by slashes, are read whole last (readPictureCredits), and so are the reporters' names a
 * byline writes in capitals (readBylines), and the outlet a header line names (readOutletLines).
 */
import type { EntityType } from '../types';
import { endsWithAdministrativeSuffix } from './administrativeSuffixes';
import { isCommonWord, isDemonym, isGivenName, isRoleNoun, longestPhraseFrom, lookupName, type GazetteerEntry } from './gazetteer';
import { findNameRuns, isWrittenAsName, type RunReading } from './findNameRuns';
import { isClosingPlaceHead, isDocumentHead, isOrganisationDescriptor, isOrganisationHead, isOrganisationOpener, isPlaceHead, isPlaceOpener, isPublicationHead, isSportName } from './headWords';
import { appositionAfter, bodyOfMemberAfter, creditBefore, employerOfStaffAfter, guessLoneWord, hintAfter, hintBefore, isPlaceNoun, reportingVerbAfter, settlementOf, sourceBefore, statementAfter } from './nameContext';
import { LINKS, OPENING_PARTICLES, PARTICLES, PLACE_LINKS, POSSESSIVE, isInner } from './nameParticles';
import type { NameWord } from './nameWords';
import { joinFirmsOfTwoNames } from './joinFirmsOfTwoNames';
import { joinIntroducedNames } from './joinIntroducedNames';
import { joinListsInsideNames } from './joinListsInsideNames';
import { joinPartnerships } from './joinPartnerships';
import { insideQuotedTitle } from './quotedTitles';
import { readBylines } from './readBylines';
import { readOutletLines } from './readOutletLines';
import { readPictureCredits } from './readPictureCredits';
import { joinRoadNumbers } from './joinRoadNumbers';
import { joinSharedFeatureHeads } from './joinSharedFeatureHeads';
import { isCapitalisedWord, isDottedInitials, startsLowerCase, startsUpperCase } from './letterCase';
import { CURRENCY_NAMES, CURRENCY_SIGNS } from '../values/units';
import { isHonorific, isPostNominal, isTitleHead, isTitleWord } from './titles';
import { typeClubsInSportsReports } from './typeClubsInSportsReports';
import { typeTeamsByPluralVerb } from './typeTeamsByPluralVerb';
import { typeVenuesByPlacement } from './typeVenuesByPlacement';

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
  /** True when only the name's shape typed it (or, pending, gave its hint): another mention may retype it. */
  weak: boolean;
}

/** Upper-case abbreviations that name no organisation. */
const NOT_ORGANISATIONS = new Set(['GDP', 'GMT', 'UTC', 'BST', 'CET', 'EST', 'PST', 'VPN', 'ID', 'IDS', 'CEO', 'CFO', 'TV', 'PM', 'AM', 'COVID', 'AIDS', 'HIV', 'DNA', 'RNA', 'AI', 'IT', 'PR', 'VAT', 'CCTV', 'SUV', 'USB', 'PDF', 'URL', 'FAQ', 'ETA', 'OK', 'EV', 'EVS', 'GPS', 'SMS', 'LGBT', 'LGBTQ', 'Q&A', 'PHOTO', 'VIDEO', 'FILE', 'UPDATE', 'BREAKING', 'LIVE', 'NEW', 'CPI', 'GDP.', 'IPO', 'ESG', 'MW', 'GW', 'KW', 'KM', 'MPH', 'KPH', 'PPE', 'ICU', 'ER', 'NB', 'PS', 'AD', 'BC', 'BCE', 'CE', 'II', 'III', 'IV', 'XI',
  // Time zones and technologies (not CST, MST, IST: bodies' initials too, "the CST said").
  'CEST', 'EET', 'EEST', 'EDT', 'CDT', 'MDT', 'PDT', 'AEST', 'AEDT', 'NZST', 'NZDT', 'JST', 'KST', 'HKT', 'SGT', 'MSK', 'SAST',
  'NFC', 'RFID', 'QR', 'API', 'LED', 'LCD', 'OLED', 'SIM', 'ATM', 'PIN',
  // Fuels and gases the energy pages abbreviate.
  'LNG', 'LPG', 'CNG', 'GHG']);
/** Prefixes of ships' names: merchant, research, fishing and naval vessels. */
const SHIP_PREFIX = /^(USS|USNS|HMS|HMCS|HMAS|HMNZS|RFS|INS|MV|MS|MT|SS|RV|RRS|FV)$/;
/** Quantifiers that stand for people at a sentence's start ("Several asked …", "Most said …"). */
const QUANTIFIERS = /^(Several|Many|Some|Most|Few|Both|All|Others|None|Each|Dozens|Hundreds|Thousands)$/;
/** Prefixes of surnames written with a second capital: "MacIsaac", "McKenna", "DeSantis", "LeBlanc", "VanDyke". */
const SURNAME_PREFIX = /^(Mac|Mc|De|Di|Da|Du|Le|La|Van|Von|Fitz)\p{Lu}/u;
/** Particles that open Irish and Scottish surnames: "Mac Giolla", "Ó Briain", "Ní Fhlaithearta". */
const SURNAME_PARTICLE = /^(Mac|Mc|Ó|O|Ní|Nic|Ua|Uí|Mhic)$/;
/** An abbreviation written in capitals, with or without full stops: "U.S.", "US", "U.K". */
const CAPITALS_ABBREVIATION = /^\p{Lu}(\.?\p{Lu})+\.?$/u;
/** A model's or an index's number after a word: two or three digits that are no year and no score ("250", "72-600"). */
const MODEL_NUMBER_AFTER = /^ \d{2,3}(?:-\d{2,4})?\b(?![.,:]\d)/;
/** A channel's number and "News" after a broadcaster's call letters: " 12 News" of "WQRT 12 News". */
const STATION_NEWS_AFTER = /^ \d{1,2} News\b/;
/** A distance and a point of the compass right before a name: "40 kilometres east of ", "5 miles north-west of ". */
const DISTANCE_FROM_BEFORE = /\b(kilomet(re|er)s?|km|miles?|metres|meters)\s(north|south|east|west)(-?(east|west))?\s(of)\s$/;
/** A time of day right before a word: "6:00 ", "10.30 ", "4 p.m. ", "11 AM ". */
const CLOCK_TIME_BEFORE = /(\d[:.]\d\d|\d ?[ap]\.?m\.?|\d ?[AP]M) $/;
/** Words that open the names of saints' towns, mountains, lakes, forts and capes, never a body's second part: "St.", "Mount", "Lake". */
const OPENS_PLACE_NAME = /^(St\.?|Saint|Sainte|Mount|Mt\.?|Lake|Fort|Cape|San|Santa|São)$/;
/** Kinds of body that no state has only one of, never a name alone ("the Government", "the Ministry"). */
const GENERIC_BODY = /^(Government|Ministry|Department|Secretariat|Office)$/;
/** One or two capitals and a number of one or two digits: "G7", "E3", "R21", "AS01", "N7". */
const CODE = /^\p{Lu}{1,2}\d{1,2}\+?$/u;

/**
 * True when an acronym in brackets spells the initials of the words in lower case right before
 * its bracket: "confidence interval (CI)", "direct lithium extraction [DLE]".
 */
function abbreviatesLowerCaseTerm(text: string, acronym: NameWord): boolean {
  const open = text[acronym.start - 1];
  if ((open !== '(' && open !== '[') || !/^[)\]]/.test(text.slice(acronym.end, acronym.end + 1))) return false;
  const letters = acronym.text.replace(/[^\p{Lu}]/gu, '');
  const terms = text.slice(Math.max(0, acronym.start - 1 - 12 * letters.length), acronym.start - 1).trim().split(/[\s-]+/).slice(-letters.length);
  return terms.length === letters.length && terms.every((t, k) => startsLowerCase(t) && t.charAt(0) === letters.charAt(k).toLowerCase());
}

/** An age written between commas right after a name: ", 54,", ", 31 ,". */
const AGE_AFTER = /^, (1[0-1]\d|[1-9]?\d) ?,/;
/** Everything the reading of one text needs. */
interface Reading extends RunReading {
  out: NameMention[];
  /** The titles opened by "The" that the text sets in Markdown emphasis, read once when first asked. */
  emphasisedTitles?: Set<string>;
  /** The words the text writes in title case ("Crete"), read once when first asked. */
  titleCaseWords?: Set<string>;
}

/** A run being read: the words of the run and where it sits. */
interface Run {
  words: NameWord[];
  /** Index in the text's words of the run's first word. */
  first: number;
  /** longestKnown's answer from each word of the run, once asked (the reading asks again and again). */
  known: KnownPhrase[];
}

/** The longest gazetteer phrase from a word: its last index and entry, or -1 and undefined. */
type KnownPhrase = [number, GazetteerEntry | undefined];

function phrase(reading: Reading, run: Run, from: number, to: number): string {
  return reading.text.slice(run.words[from].start, run.words[to].end);
}

function emit(reading: Reading, run: Run, from: number, to: number, type: EntityType | null, canonical: string | null, hint: EntityType | null = null, weak = false): void {
  const words = run.words.slice(from, to + 1).map((w) => w.text);
  reading.out.push({
    start: run.words[from].start,
    end: run.words[to].end,
    text: phrase(reading, run, from, to),
    type,
    canonical,
    words: words.filter((t) => !isInner(t)),
    hint,
    initial: run.words[from].sentenceInitial || run.words[from].inTitleCaseLine,
    weak,
  });
}

/** The longest gazetteer phrase starting at `from`, as [last index, entry]. */
function longestKnown(reading: Reading, run: Run, from: number): KnownPhrase {
  const remembered = run.known[from];
  if (remembered) return remembered;
  let found: KnownPhrase = [-1, undefined];
  // Particles, links and possessives are words of their own in a run, hence the doubled bound.
  const limit = Math.min(run.words.length - 1, from + 2 * longestPhraseFrom(run.words[from].text) - 1);
  for (let to = limit; to >= from; to--) {
    if (isInner(run.words[to].text)) continue;
    const entry = lookupName(phrase(reading, run, from, to));
    if (entry) {
      found = [to, entry];
      break;
    }
  }
  run.known[from] = found;
  return found;
}

/**
 * True when a possessive inside a run belongs to the name ("People's Bank", "St. Peter's Square",
 * "Women's Institute") rather than marking an owner ("Russia's EMERCOM", "Lavrov's Ministry").
 */
function possessiveInsideName(run: Run, at: number): boolean {
  const owner = run.words[at - 1];
  if (!owner) return false;
  if (/^(st\.?|saint)$/i.test(run.words[at - 2]?.text ?? '')) return true;
  // A place named after its first owner or settler: "Pruett's Crossing", "Shepherd's Bush", "Harper's
  // Landing" (a place's head closing the run, after an owner that is no known place, given name or
  // body: not "Kenya's Coast", "the Coast Guard's Region").
  if (at + 1 === run.words.length - 1 && isPlaceHead(run.words[at + 1].text) && !isClosingPlaceHead(run.words[at + 1].text) && lookupName(owner.text) === undefined && !isGivenName(owner.text) && !isOrganisationHead(owner.text)) return true;
  // "Information Commissioner's Office", "Prosecutor General's Office": an office named after its holder.
  if (isTitleWord(owner.text) && isOrganisationHead(run.words[at + 1]?.text ?? '')) return true;
  // People a body serves, before a possessive, belong to its name: "Workers' Confederation",
  // "the National Farmers' Union", "Women’s Tennis Association" (wink reads them as proper nouns).
  const pluralPossessive = isBareApostrophe(run.words[at].text);
  if (isRoleNoun(owner.text) || (pluralPossessive && /s$/.test(owner.text) && isRoleNoun(owner.text.slice(0, -1)))) return true;
  // So do any people in a plural possessive before the body's head: "Supporters’ Trust", "Growers' Association".
  // (Not a known name ending in -s: "the United States’ Energy Department".)
  const pluralNoun = /\p{Ll}s$/u.test(owner.text) && !isGivenName(owner.text.slice(0, -1));
  const knownOwner = lookupName(owner.text) !== undefined || (at >= 2 && lookupName(`${run.words[at - 2].text} ${owner.text}`) !== undefined);
  if (pluralPossessive && pluralNoun && !knownOwner && headAfterPossessive(run, at)) return true;
  return owner.pos !== 'PROPN' && lookupName(owner.text) === undefined && !isGivenName(owner.text);
}

/** True for the apostrophe wink parts from a plural owner ("Farmers' Union", "Bishops’ Conferences"). */
function isBareApostrophe(word: string): boolean {
  return word === "'" || word === '’';
}

/** True for the plural of an organisation's head word: "Museums", "Courts", "Conferences". */
function isPluralOfOrganisationHead(word: string): boolean {
  return /\p{Ll}s$/u.test(word) && isOrganisationHead(word.slice(0, -1));
}

/**
 * True when the word at `at` is a possessive and an organisation's head word (or its plural)
 * closes the words after it: "Prosecutor General's Office", "Teachers’ Pension Fund",
 * "Bishops' Conferences".
 */
function headAfterPossessive(run: Run, at: number): boolean {
  const ws = run.words;
  if (!POSSESSIVE.has(ws[at]?.text ?? '')) return false;
  for (let k = at + 1; k < ws.length && !isInner(ws[k].text); k++) {
    const word = ws[k].text;
    if (isOrganisationHead(word) || isPluralOfOrganisationHead(word)) return true;
  }
  return false;
}

/** True when the words from `at` on make a name of their own (a known name, or one with a head word). */
function startsAnotherName(run: Run, at: number): boolean {
  const ws = run.words;
  if (at >= ws.length || ws[at].text === 'the') return true;
  // "… Conference of England and Wales": two places joined at the end of a name are its domain.
  const place = lookupName(ws[at].text);
  if (place && !(place.type === 'PLACE' && lookupName(ws[at - 2]?.text ?? '')?.type === 'PLACE' && at === ws.length - 1)) return true;
  // A head word closing the words after "and" makes them a name of their own ("… and Stellenbosch
  // University"); one inside them qualifies a part of this name ("… and Oil Producing Areas").
  let last = at;
  while (last + 1 < ws.length && !isInner(ws[last + 1].text)) last++;
  return isOrganisationHead(ws[last].text) || isPlaceHead(ws[last].text);
}

/**
 * True when the title word at `at` stands right before a body's head word and qualifies the head,
 * heading no title: "Vancouver General Hospital", "the Royal Infirmary", "the General Assembly";
 * so before a place's head that qualifies no title itself ("Istanbul Metropolitan Municipality
 * Mayor", but "Deputy District Attorney").
 */
function qualifiesHeadAfter(ws: NameWord[], at: number): boolean {
  const head = ws[at + 1]?.text ?? '';
  return (isOrganisationHead(head) || (isPlaceHead(head) && !isTitleWord(head))) && !isTitleHead(head) && !isHonorific(ws[at].text);
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
  if (isTitleHead(ws[from].text) && !isOrganisationHead(ws[from].text) && !qualifiesHeadAfter(ws, from)) {
    // Only an office named after its holder starts with a title: "Prosecutor General's Office".
    let k = from;
    while (k + 1 < ws.length && isTitleWord(ws[k + 1].text)) k++;
    if (!headAfterPossessive(run, k + 1)) return placeNamedAfterTitled(run, from);
  }
  for (let j = from; j < ws.length; j++) {
    const word = ws[j].text;
    const officeOfTitle = headAfterPossessive(run, j + 1);
    if (j > from && isTitleHead(word) && !isOrganisationHead(word) && !officeOfTitle && !qualifiesHeadAfter(ws, j)) break;
    if (POSSESSIVE.has(word) && !possessiveInsideName(run, j)) break;
    if (word === 'and' || word === '&') {
      // "and" inside one name ("Finance and National Planning Committee"), not between two
      // ("the Massachusetts Institute of Technology and Stanford University").
      const before = ws[j - 1]?.text ?? '';
      // (An acronym after "and" opens another name: "Harlow Quint and KDM Partners".)
      // (But two places before one body's head are its domain: "the England and Wales Cricket Board".)
      const sharedDomain = lookupName(before)?.type === 'PLACE' && lookupName(ws[j + 1]?.text ?? '')?.type === 'PLACE' && ws.slice(j + 2).some((x) => isOrganisationHead(x.text));
      // (Two trades joined by an ampersand close one firm's name: "Maple Leaf Sports & Entertainment".)
      const tradesJoined = word === '&' && isOrganisationHead(before) && isOrganisationHead(ws[j + 1]?.text ?? '');
      // (A saint's, a mountain's or a lake's name after "and" is another place: "between Wasagamack and St. Theresa Point".)
      const opensPlace = OPENS_PLACE_NAME.test(ws[j + 1]?.text ?? '');
      if (!sharedDomain && !tradesJoined && (last >= 0 || opensPlace || lookupName(before) !== undefined || lookupName(ws[j + 1]?.text ?? '') !== undefined || ws[j + 1]?.text === 'the' || /^\p{Lu}{2,}$/u.test(ws[j + 1]?.text ?? ''))) break;
    }
    // A place takes an "of" complement only: "Bay of Bengal", never "McMurdo Sound for Wilkes Land".
    if ((word === 'for' || word === 'on') && type === 'PLACE' && last === j - 1) break;
    if ((word === 'of' || word === 'for' || word === 'on' || word === 'into') && last !== j - 1) {
      // Laws keep their "of" ("Proceeds of Crime Act"); a person's "of" ends the name ("Obi of Kent Police").
      const documentEnd = ws.findIndex((x, k) => k > j && isDocumentHead(x.text));
      if (documentEnd < 0 || last >= 0) break;
      last = documentEnd;
      type = 'OTHER';
      break;
    }
    // A head word that also qualifies titles, right before one, is part of the title ("Press
    // Secretary", "Police Chief"); another head ends the body the title is of ("Foreign Ministry
    // Spokeswoman", "Wakefield Council Leader"). (A place before a title is a constituency or a
    // seat: "Nyeri Town MP", "Harris County Judge"; but after an abbreviated country a place head
    // that also qualifies titles is the title's: "U.S. District Judge", "US Circuit Judge".)
    const ofAbbreviation = isTitleWord(word) && CAPITALS_ABBREVIATION.test(ws[j - 1]?.text ?? '');
    if ((!isPlaceHead(word) || ofAbbreviation) && (isTitleWord(word) || !isOrganisationHead(word)) && isTitleHead(ws[j + 1]?.text ?? '') && !isOrganisationHead(ws[j + 1]?.text ?? '') && !qualifiesHeadAfter(ws, j + 1) && !(POSSESSIVE.has(ws[j + 2]?.text ?? '') && isOrganisationHead(ws[j + 3]?.text ?? ''))) break;
    if (j > from && isDocumentHead(word)) {
      last = j;
      type = 'OTHER';
    } else if (isPlaceHead(word) && (j > from || (ws[j + 1]?.text === 'of' && isPlaceOpener(word))) && !(isClosingPlaceHead(word) && j + 1 < ws.length && !isInner(ws[j + 1].text))) {
      // (A place head opens a name only as an opener before "of": "Bay of Bengal", "Sea of Japan".)
      last = j;
      type = 'PLACE';
    } else if (isOrganisationHead(word) || (isPluralOfOrganisationHead(word) && (ws[j + 1]?.text === 'of' || (j > from && (j === ws.length - 1 || isInner(ws[j + 1].text)))))) {
      // (A plural head before "of" or closing a name heads it too: "Royal Courts of Justice", "Vatican Museums".)
      last = j;
      // A centre for exhibitions, conventions or shopping is a venue: "National Exhibition Centre",
      // and so is a town's civic centre: "Chingola Civic Centre".
      type = /^(centre|center)$/i.test(word) && /^(exhibition|convention|conference|congress|shopping|trade|leisure|sports|aquatics|arts|events|community|space|launch|civic|visitor|visitors)$/i.test(ws[j - 1]?.text ?? '') ? 'PLACE' : 'ORG';
    }
    if (last === j && (ws[j + 1]?.text === 'of' || (type !== 'PLACE' && /^(for|on|into)$/.test(ws[j + 1]?.text ?? '')))) {
      // The complement runs to the next title or owner's possessive.
      // (A title word opening it is a field, not a person's title: "Department of Justice".)
      let k = j + 2;
      // (People a body gathers, in a plural possessive before its head, stay in it: "Council of
      // European Bishops' Conferences".)
      const gathered = (at: number): boolean => isBareApostrophe(ws[at]?.text ?? '') && headAfterPossessive(run, at);
      // (A title closing the complement, with no holder after it, names the office: "Office of the
      // Planning Regulator", "Office of the Data Protection Commissioner".)
      const closesOffice = (at: number): boolean => at === ws.length - 1 || isInner(ws[at + 1].text);
      while (k < ws.length && !(k > j + 2 && isTitleHead(ws[k].text) && !isOrganisationHead(ws[k].text) && !gathered(k + 1) && !closesOffice(k)) && !(POSSESSIVE.has(ws[k].text) && !gathered(k)) && !(/^(and|&)$/.test(ws[k].text) && startsAnotherName(run, k + 1))) k++;
      while (k - 1 > j && isInner(ws[k - 1].text)) k--;
      last = k - 1;
      j = k - 1;
    }
  }
  // "the Secretariat General", "Inspectorate General": "General" after a body's head, with no
  // holder's name after it, is the body's.
  if (type === 'ORG' && last >= from && isOrganisationHead(ws[last].text) && /^General$/.test(ws[last + 1]?.text ?? '') && (last + 2 >= ws.length || isInner(ws[last + 2].text))) last++;
  // "Network Rail", "Bank Leumi": a plain name word after the head word still belongs to the name.
  while (type === 'ORG' && last >= from && isOrganisationHead(ws[last].text) && last + 1 < ws.length && isPlainNameWord(ws[last + 1].text)) last++;
  // "BBC Radio Kent", "Imperial College London": a known place closing the name names the
  // station's, branch's or college's city.
  const closing = ws[last + 2];
  if (type === 'ORG' && last >= from && isOrganisationHead(ws[last].text) && last + 1 < ws.length && (closing === undefined || isInner(closing.text)) && lookupName(ws[last + 1].text)?.type === 'PLACE' && !isGivenName(ws[last + 1].text)) last++;
  return [last, type];
}

/** Titles of royals, whose holders give their names, title and all, to hospitals, colleges and lands. */
const ROYAL_TITLES = /^(king|queen|prince|princess|emperor|empress)$/i;

/**
 * The end of a place named after a titled person ("Queen Maud Land", "Prince Edward Island", "King
 * George Sound"): a title, plain name words, and a place head closing the run, typed PLACE; or of
 * a body named after a royal ("Princess Alexandra Hospital", "King Abdulaziz University"), typed
 * ORG; else -1.
 */
function placeNamedAfterTitled(run: Run, from: number): [number, EntityType | null] {
  const ws = run.words;
  let k = from + 1;
  while (k < ws.length && !isInner(ws[k].text) && !isTitleWord(ws[k].text) && !isPlaceHead(ws[k].text) && !isOrganisationHead(ws[k].text)) k++;
  const closes = k + 1 >= ws.length || isInner(ws[k + 1].text);
  if (k <= from + 1 || k >= ws.length || !closes) return [-1, null];
  if (isPlaceHead(ws[k].text)) return [k, 'PLACE'];
  return isOrganisationHead(ws[k].text) && ROYAL_TITLES.test(ws[from].text) ? [k, 'ORG'] : [-1, null];
}

/**
 * True for a capitalised common noun that English forms with an abstract suffix ("Prosecutions",
 * "Investment", "Integrity"): such a word ends an office's name, never a person's.
 */
function isAbstractNoun(word: string): boolean {
  return /^\p{Lu}\p{Ll}{3,}(tions?|sions?|ments?|ities|ity|ances?|ences?|ships?|ness|ings?|ures?|isms?|ies)$/u.test(word) && !isGivenName(word) && lookupName(word) === undefined;
}

/** True for a capitalised word that is nothing but a name's word: no title, head, nationality, known or given name. */
function isPlainNameWord(word: string): boolean {
  return (
    isCapitalisedWord(word) &&
    !isTitleWord(word) &&
    !isDemonym(word) &&
    lookupName(word) === undefined &&
    !isGivenName(word) &&
    !isOrganisationHead(word) &&
    !isPlaceHead(word) &&
    !isDocumentHead(word) &&
    !isRoleNoun(word)
  );
}

/**
 * True when a party's letter and a seat stand between commas after a name, as AP style sets a US
 * lawmaker's affiliation: "Sen. Jo Bly, R-Idaho, said", "Rep. Ann Lee, D-Ohio." (a full stop may
 * close the sentence after the seat, and an abbreviated seat keeps its own: "R-Tenn.,").
 */
function partySeatBetweenCommas(text: string, start: number, end: number): boolean {
  return text.slice(start - 2, start) === ', ' && /^\.?[,.;)]/.test(text.slice(end, end + 2));
}

/** Roman numerals, which number reigns and wars as well as generations. */
const ROMAN_NUMERAL = /^[ivx]+$/i;

/** Types a chunk of plain name words (no title, no known phrase, no head word). */
function readChunk(reading: Reading, run: Run, from: number, to: number, titled: boolean): void {
  const ws = run.words;
  let end = to;
  while (end > from && (isPostNominal(ws[end].text) || isInner(ws[end].text))) end--;
  const first = ws[from].text;
  const single = end === from;
  // "Declan Hurley KC", "Ruth Amadi MP", "Okafor Jr": an honour or a generation after the name is
  // only a person's (not a reign's number: "World War II", "Henry VIII"; nor a seat's member's
  // title before the member's name: "Strangford MLA Harry Harvey").
  const honour = reading.words[run.first + end + 1]?.text ?? '';
  const honoured = isPostNominal(honour) && !ROMAN_NUMERAL.test(honour) && !startsLowerCase(honour) && !isCapitalisedWord(reading.words[run.first + end + 2]?.text ?? '');
  const hint = from === 0 ? hintBefore(reading.words, run.first) : null;
  const inTitleCase = ws[from].inTitleCaseLine;
  // Models of aircraft, weapons and products ("Il-76", "F-16", "MiG-29", "Covid-19") are things.
  if (single && /^\p{Lu}\p{L}{0,4}-\d{1,4}\p{Lu}?$/u.test(first)) return emit(reading, run, from, end, 'OTHER', null);
  // "posted on X", "wrote on X:": a one-letter name after "on" is the social network (its full
  // stop, where wink keeps it, ends the sentence: "… on X. JPL said").
  if (single && /^\p{Lu}\.?$/u.test(first) && reading.words[run.first + from - 1]?.text === 'on') {
    emit(reading, run, from, end, 'ORG', null);
    const network = reading.out[reading.out.length - 1];
    if (network.text.endsWith('.')) Object.assign(network, { end: network.end - 1, text: network.text.slice(0, -1), words: [network.text.slice(0, -1)] });
    return;
  }
  // "(R-Oshkosh)", "(D-Texas)", "Sen. Jo Bly, R-Idaho, said", "Curt Ledd, R-Tenn.,": a US
  // lawmaker's party and seat, in brackets or between commas after the name; the seat is a
  // place, the party's letter no name.
  if (/^[DRI]-\p{Lu}\p{Ll}/u.test(first) && (reading.text[ws[from].start - 1] === '(' || partySeatBetweenCommas(reading.text, ws[from].start, ws[end].end))) {
    emit(reading, run, from, end, 'PLACE', null);
    const seat = reading.out[reading.out.length - 1];
    Object.assign(seat, { start: seat.start + 2, text: seat.text.slice(2), words: [seat.words[0].slice(2), ...seat.words.slice(1)] });
    // A state's abbreviation keeps its full stop ("R-Tenn.,"), which the word leaves out.
    if (reading.text[seat.end] === '.' && lookupName(`${seat.text}.`) !== undefined) Object.assign(seat, { end: seat.end + 1, text: `${seat.text}.` });
    return;
  }
  // Abbreviated ("D-N.Y.") or written elsewhere ("R-Texas"), the party and state name nobody.
  if (single && /^[DRI]-\p{Lu}/u.test(first)) return;
  // A lone word with digits that is no model or acronym ("DKK115", "Sh60") is a value, not a name;
  // so is a currency's letter and a number before a scale ("P1 billion", "P2.4 billion", "N48m").
  // (So is one whose digits go on past a thousands comma: "K50,000", "P18,000".)
  if (single && /\d/.test(first) && (!/^\p{Lu}{1,2}\d{1,2}\+?$/u.test(first) || /^((\.\d+)?\s?(million|billion|trillion|bn|m|mn|tn)\b|,\d{3})/.test(reading.text.slice(ws[end].end, ws[end].end + 14)))) return;
  // "Mangwon-dong", "Seocho-gu", "Chiyoda-ku": a Korean or Japanese administrative unit's suffix makes a place.
  if (single && endsWithAdministrativeSuffix(first)) return emit(reading, run, from, end, 'PLACE', null);
  // A dateline: a town in capitals opening a line, before a comma, a bracket or a dash ("GENEVA (AP) —",
  // "RIVERTON, Ore. —", "ABU DHABI —").
  if (isDateline(reading, ws[from], ws[end])) return emit(reading, run, from, end, 'PLACE', null);
  // "BRENMOUTH, England, July 26 (Meridian) -": the name in brackets closing a dateline is the agency's.
  if (from === 0 && end === run.words.length - 1 && agencyOfDateline(reading, ws[from], ws[end])) return emit(reading, run, from, end, 'ORG', null);
  const coded = CODE.test(first);
  // (Words of four letters or more in capitals, one of which the text also writes in title case,
  // are a heading's or a tabloid's emphasis, no acronym: "GOZO | TRAVEL" over "to Gozo", "TERRY
  // BLACKWOOD last night" before "Blackwood said".)
  const capitals = ws.slice(from, end + 1).filter((w) => w.text.length >= 4 && w.text === w.text.toUpperCase());
  const emphasis = first.length >= 4 && capitals.length === end - from + 1 && capitals.some((w) => writtenInTitleCase(reading, w.text));
  // A run in capitals of common words the text also writes in lower case is a crosshead, no name:
  // "RICE PRICES", "KEY FIGURES", "LEASE AGREED" (not "SAGE" or "NATS", written no other way).
  if (shoutedCommonWords(reading, ws[from])) return;
  const acronym = (/^\p{Lu}[\p{Lu}&./-]{1,8}$/u.test(first) && (first.match(/\p{Lu}/gu) ?? []).length >= 2 && !emphasis) || coded;
  // "Kamloops, B.C.", "Albany, N.Y.": dotted initials after a town and a comma are its state or province.
  const before = reading.words[run.first + from - 1];
  // A letter and a number name a group only after "the" ("the E3", "the C40"), and no noun after
  // it makes it a model's: "RTS,S and R21", "night bus N7", "the N7 bus".
  const after = reading.words[run.first + end + 1];
  if (single && coded && (before?.text.toLowerCase() !== 'the' || (after !== undefined && after.pos === 'NOUN' && startsLowerCase(after.text)))) return;
  // "confidence interval [CI]", "direct lithium extraction (DLE)": the abbreviation of a term in lower case names nothing.
  if (single && acronym && abbreviatesLowerCaseTerm(reading.text, ws[from])) return;
  if (single && isDottedInitials(first) && before?.text === ',' && startsUpperCase(reading.words[run.first + from - 2]?.text ?? '')) return emit(reading, run, from, end, 'PLACE', null);
  // "PLN 2.5 million", "500,000 CFA francs", "VNĐ 12,000": a currency's code beside an amount names no body.
  if (single && currencyCodeOfAmount(reading, ws[from])) return;
  if (single && acronym && !titled) {
    // (Capitals right after a time of day are its time zone: "6:00 AM ET", "4 p.m. PT", "10.30 IST".)
    const zone = CLOCK_TIME_BEFORE.test(reading.text.slice(Math.max(0, ws[from].start - 12), ws[from].start));
    // (Capitals before a model's or an index's number name the model or index: "FTSE 250", "CSI 300
    // index", "ATR 72-600 aircraft"; a year or a score after them does not: "the WHO 2023 report", "PSG 2".)
    // (A broadcaster's call letters, its channel's number and "News" are one name: "WQRT 12 News",
    // "KSL 5 News"; the number makes no model of it.)
    const newsroom = STATION_NEWS_AFTER.exec(reading.text.slice(ws[end].end, ws[end].end + 10));
    if (newsroom) {
      emit(reading, run, from, end, 'ORG', null);
      const station = reading.out[reading.out.length - 1];
      Object.assign(station, { end: station.end + newsroom[0].length, text: station.text + newsroom[0] });
      return;
    }
    const model = MODEL_NUMBER_AFTER.test(reading.text.slice(ws[end].end, ws[end].end + 8));
    if (model || hintAfter(reading.words, run.first + end) === 'OTHER') return emit(reading, run, from, end, 'OTHER', null);
    // (An abbreviation that names no body elsewhere does after a kind of body: "state broadcaster CCTV".)
    if ((!NOT_ORGANISATIONS.has(first) || (from === 0 && describedAsBody(reading, run))) && !isPostNominal(first) && !zone) emit(reading, run, from, end, 'ORG', null);
    return;
  }
  // A capital inside a word marks a brand ("PayPal", "EarthLink"), but not after a surname's
  // prefix: "MacIsaac", "McKenna", "DeSantis", "LeBlanc", "FitzGerald" are people's names.
  if (single && /^\p{Lu}\p{Ll}+\p{Lu}\p{L}*$/u.test(first) && !SURNAME_PREFIX.test(first) && !titled) return emit(reading, run, from, end, 'ORG', null);
  if (isOrganisationOpener(first) && !single) return emit(reading, run, from, end, 'ORG', null);
  // An acronym before names opens a firm's name ("ABG Sundal Collier", "BNP Paribas").
  if (acronym && !single && !titled && !NOT_ORGANISATIONS.has(first)) return emit(reading, run, from, end, 'ORG', null);
  // Names opened by an article are places or titles, not people ("La Ribera", "El Alto", the
  // Irish "An Cheathrú Rua"), or bodies when a body's head follows the article ("An Bord Pleanála").
  if (/^(La|Le|Les|El|Los|Las|Il|Lo|Al|An)$/.test(first) && !single && !titled) return emit(reading, run, from, end, isOrganisationOpener(ws[from + 1].text) ? 'ORG' : 'PLACE', null);
  // A side named by its number of players is a team: "the Barbarians XV", "the Emerging Lions XV"
  // (a plural before the numeral: "Louis XV" is a king).
  if (!single && /^(XI|XIII|XV|VII)$/.test(ws[end].text) && /\p{Ll}s$/u.test(ws[end - 1].text)) return emit(reading, run, from, end, 'ORG', null);
  // Storms are named like people but are events: "Hurricane Melissa", "Storm Darragh".
  if ((/^(Hurricane|Typhoon|Cyclone|Storm)$/.test(first) || (/^(Super|Tropical)$/.test(first) && /^(Typhoon|Cyclone|Storm)$/.test(ws[from + 1]?.text ?? ''))) && !single) return emit(reading, run, from, end, 'OTHER', null);
  // What the text says of a name ("shares in Rio Tinto") beats a place opener in it.
  if (isPlaceOpener(first) && !single && !(hint === 'ORG' && !titled)) return emit(reading, run, from, end, 'PLACE', null);
  if (titled) return emit(reading, run, from, end, 'PERSON', null);
  const atRunEnd = end === run.words.length - 1;
  // What the text says of the name beats what its words look like: "shares in Lombard Odier",
  // "an analyst at Morgan Stanley", "Meridale Capital, the Geneva-based bank,".
  // (A descriptor that also names a person's trade, "producer Ana Ruiz", is no such proof.)
  if (!single && hint === 'ORG' && !isRoleNoun(reading.words[run.first - 1]?.text ?? '')) return emit(reading, run, from, end, 'ORG', null);
  // "Analyst Mette Holm of Kantor Fitch": what a person is "of", if no place, is where they work.
  if (!single && personOfBefore(reading, run.first + from)) return emit(reading, run, from, end, 'ORG', null);
  // "Peel Hunt analyst Ravi Menon": a name before one of its staff is their employer.
  if (!single && end === run.words.length - 1 && employerOfStaffAfter(reading.words, run.first + end)) return emit(reading, run, from, end, 'ORG', null);
  // "Celtic manager Brendan Rodgers", "Likud spokesman Omer Dank": a name before one of its
  // members is their team, party or body, a lone word too (not a common word opening a sentence:
  // "Team captain …").
  if (end === run.words.length - 1 && !(single && ws[from].sentenceInitial && isCommonWord(first)) && bodyOfMemberAfter(reading.words, run.first + end)) return emit(reading, run, from, end, 'ORG', null);
  // "Mohamed Hamdan Dagalo, known as Hemedti": the name a person is known by is that person's.
  if (from === 0 && nicknameOfPerson(reading, ws[from])) return emit(reading, run, from, end, 'PERSON', null);
  // "Cllr Máire Walsh (Fianna Fáil)", "Ana Ruiz (Podemos)": a name in brackets after a person's is their party.
  if (from === 0 && atRunEnd && affiliationInBrackets(reading, ws[from], ws[end])) return emit(reading, run, from, end, 'ORG', null);
  const apposition = atRunEnd ? appositionAfter(reading.words, run.first + end) : null;
  if (apposition === 'ORG') return emit(reading, run, from, end, 'ORG', null);
  // (A place's apposition, "the village closest to the dam", types only a name no given name opens.)
  if (apposition === 'PLACE' && !isGivenName(first)) return emit(reading, run, from, end, 'PLACE', null);
  // "in Cam Ranh, Vietnam", "Moyross, Limerick": a name followed by a comma and a known place that
  // contains it is a place (a given name opening it counts only after "in", "near", "from").
  const container = atRunEnd ? reading.words[run.first + end + 2] : undefined;
  const inside = reading.words[run.first + end + 1]?.text === ',' && container !== undefined && lookupName(container.text)?.type === 'PLACE' && !POSSESSIVE.has(reading.words[run.first + end + 3]?.text ?? '');
  const placed = from === 0 && /^(in|near|from|outside)$/.test(reading.words[run.first - 1]?.text ?? '');
  if (inside && (placed || !isGivenName(first))) return emit(reading, run, from, end, 'PLACE', null);
  // "Ruiz, 54, denied …", "Ana Okafor, 31, of Leeds": an age between commas follows a person's name only.
  if (atRunEnd && AGE_AFTER.test(reading.text.slice(ws[end].end, ws[end].end + 7))) return emit(reading, run, from, end, 'PERSON', null);
  // (What follows an owner's possessive speaks of the owner too: "Baker McKenzie's London office".)
  const afterHint = atRunEnd || POSSESSIVE.has(ws[end + 1]?.text ?? '') ? hintAfter(reading.words, run.first + end) : null;
  // (What a lone word owns is only a hint: people have spokespersons too, and "Kettering's
  // spokesperson" is the governor's when the text names Gov. Daniel Kettering.)
  const owner = single && POSSESSIVE.has(reading.words[run.first + end + 1]?.text ?? '');
  if (afterHint && !isGivenName(first)) return owner ? emit(reading, run, from, end, null, null, afterHint) : emit(reading, run, from, end, afterHint, null);
  // "the Justus Lipsius building", "the Parliament's Paul-Henri Spaak building": a person's name
  // after an article or an owner, before a building's noun, names the building.
  if (!single && atRunEnd && namedBuilding(reading, run.first + from, run.first + end)) return emit(reading, run, from, end, 'PLACE', null);
  // A capitalised phrase that fills a quotation is the title of a work ("Earth Cries"), not a name.
  const quotedWhole = /["“‘'«]\s*$/.test(reading.text.slice(Math.max(0, ws[from].start - 2), ws[from].start)) && /^\s*[.,]?["”’'»](?!s\b)/.test(reading.text.slice(ws[end].end, ws[end].end + 4));
  if (quotedWhole && !isGivenName(first)) return;
  // So is one inside a quoted title ("a report titled "Joint Statement on Maritime Cooperation"").
  if (insideQuotedTitle(reading.text, ws[from].start, ws[end].end) && !isGivenName(first)) return;
  // "the hamlet of Birch Hollow", "the town of Fort Regan": a settlement's name, whatever its words.
  if (!single && from === 0 && settlementOf(reading.words, run.first)) return emit(reading, run, from, end, 'PLACE', null);
  // A German or Dutch link that only places take makes the name a place, whatever opens it ("Krimpen aan den IJssel").
  if (!single && ws.slice(from + 1, end).some((w) => PLACE_LINKS.has(w.text))) return emit(reading, run, from, end, 'PLACE', null);
  // "about 40 kilometres east of Tom Price", "5 miles north of Fort Worth": what a distance and a
  // point of the compass measure from is a place, whatever its words look like.
  if (from === 0 && DISTANCE_FROM_BEFORE.test(reading.text.slice(Math.max(0, ws[from].start - 40), ws[from].start))) return emit(reading, run, from, end, 'PLACE', null);
  // (A lone given name that a kind of body introduces is that body's name: "the insurer Aviva said".)
  const namedBody = single && hint === 'ORG' && !isRoleNoun(reading.words[run.first - 1]?.text ?? '');
  if (honoured && !namedBody && ws.slice(from, end + 1).every((w) => isCapitalisedWord(w.text) && !isInner(w.text))) return emit(reading, run, from, end, 'PERSON', null);
  if (isGivenName(first) && !namedBody && (!single || (end === run.words.length - 1 && reportingVerbAfter(reading.words, run.first + end)))) return emit(reading, run, from, end, 'PERSON', null, null, !single);
  // A body speaks "in a statement"; a person named without a given name rarely does so (one a
  // title in lower case introduces does: "chief executive Grant Pellew said in a statement").
  if (!single && atRunEnd && hint !== 'PERSON' && statementAfter(reading.words, run.first + end)) return emit(reading, run, from, end, 'ORG', null);
  // A preposition says little about a full name ("a goal from Dario Fuentes"); a descriptor does.
  if (!single && hint && hint !== 'PLACE') return emit(reading, run, from, end, hint, null);
  // But what a text is "in" or "near", not opened by a given name, is a place ("a flat in Cabo San
  // Lucas", "near Kerem Shalom"), unless the document says otherwise.
  const within = /^(in|near|outside|inside|into|across|throughout|around)$/.test(reading.words[run.first - 1]?.text ?? '');
  if (!single && from === 0 && hint === 'PLACE' && within && !isGivenName(first)) return emit(reading, run, from, end, 'PLACE', null, null, true);
  // People's names have no "of" ("Ring of Fire", "Cup of Nations"), nor its Gaelic "na", "nan"
  // ("Údarás na Gaeltachta", "Tír na nÓg"): such a chunk waits for the document.
  if (ws.slice(from, end + 1).some((w) => w.text === 'of' || w.text === 'na' || w.text === 'nan')) return emit(reading, run, from, end, null, null, null);
  // People take no article: "the Tasman Mako", "the Harbour Hawks", opened by no given name, are a side or a body.
  const article = from === 0 ? reading.words[run.first - 1]?.text : ws[from - 1].text;
  if (!single && /^the$/i.test(article ?? '') && !isGivenName(first)) return emit(reading, run, from, end, 'ORG', null, null, true);
  // "Picture: Niamh Guerin", "Photo: Tom Hale": a credit of two or three plain words names the photographer.
  if (!single && end - from <= 2 && from === 0 && creditBefore(reading.words, run.first) && ws.slice(from, end + 1).every((w) => /^\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)?$/u.test(w.text))) return emit(reading, run, from, end, 'PERSON', null);
  // (Not common words only, "Tea Auction", "Milk Pledge", "App Store": a name's capitals on plain English nouns name a thing, an event or a body.)
  if (!single && !inTitleCase && end - from <= 3 && ws.slice(from, end + 1).every((w) => w.pos === 'PROPN' || isWrittenAsName(w.text) || isInner(w.text)) && !ws.slice(from, end + 1).every((w) => isCommonNoun(w.text))) {
    // People's names that close on a common noun open with a given name ("Jordan Banks", "Kaja
    // Frost"); without one, such a name is a firm's, a team's or a body's: "Severnside Trains",
    // "Halden Rovers", "Sunward Holidays".
    // (Two words only, the noun of four letters or more: "Nguyen Thi Thu Hang" is a person.)
    const firm = end === from + 1 && ws[end].text.length >= 4 && isCommonNoun(ws[end].text) && !isGivenName(ws[from].text);
    return emit(reading, run, from, end, firm ? 'ORG' : 'PERSON', null, null, true);
  }
  // "Forecasters said …", "Witnesses told …": a common plural opening a sentence is a group, no name.
  if (single && ws[from].sentenceInitial && isCommonPlural(first)) return;
  // A lone unknown word that speaks is a body more often than a person (people come with a full name first).
  // (Not a common word opening a sentence, "Several asked …", "Many said …": only the document can tell.)
  const commonOpener = single && ws[from].sentenceInitial && (isCommonWord(first) || QUANTIFIERS.test(first)) && !isGivenName(first);
  const speaks = atRunEnd && !commonOpener && reportingVerbAfter(reading.words, run.first + end) ? 'ORG' : null;
  const shape = single ? guessLoneWord(reading.words, run.first + from, reading.lowerWords) : null;
  // (A role in lower case before the word makes its speaker a person: "village head Kartono said", "the coach Tite said".)
  const context = afterHint ?? (hint === 'PERSON' ? hint : null) ?? speaks ?? hint ?? sourceBefore(reading.words, run.first + from, single);
  emit(reading, run, from, end, null, null, context ?? shape, context === null);
}

/**
 * The last index of a known place starting at `at`, through place openers before it ("Greater
 * Western Sydney", "South-east Asia"), or -1 when no known place starts there.
 */
function knownPlaceEnd(reading: Reading, run: Run, at: number): number {
  if (at >= run.words.length) return -1;
  const [end, entry] = longestKnown(reading, run, at);
  if (entry) return entry.type === 'PLACE' ? end : -1;
  return isPlaceOpener(run.words[at].text) ? knownPlaceEnd(reading, run, at + 1) : -1;
}

/** Towns in capitals parted by slashes, the whole head of a dateline of several places: "LONDON/NEW YORK", "ANKARA / MUĞLA". */
const TOWNS_PARTED_BY_SLASHES = /^\p{Lu}[\p{Lu}\p{M} .'-]*(?:\s?\/\s?\p{Lu}[\p{Lu}\p{M} .'-]*)+$/u;

/**
 * True when the words from `first` to `last` are a dateline: capitals opening a line (accented
 * too: "MUĞLA", "BOGOTÁ"), then a comma, a bracket or a dash; or one of the towns in capitals,
 * parted by slashes, one of them known, that open a line alone or before such a sign ("LONDON /
 * HONG KONG (Reuters) -", "ANKARA / MUĞLA"; not "PRICES / RATES").
 */
function isDateline(reading: Reading, first: NameWord, last: NameWord): boolean {
  const { text } = reading;
  const name = text.slice(first.start, last.end);
  if (!/^\p{Lu}[\p{Lu}\p{M} .'-]{3,}$/u.test(name)) return false;
  if (/(^|\n)[ \t]*$/.test(text.slice(Math.max(0, first.start - 4), first.start)) && /^\s*[,(—–-]/.test(text.slice(last.end, last.end + 3))) return true;
  // (Only a slash right before or after the name sends the reading to its whole line.)
  if (!text.slice(Math.max(0, first.start - 2), first.start).includes('/') && !text.slice(last.end, last.end + 2).includes('/')) return false;
  const lineStart = text.lastIndexOf('\n', first.start) + 1;
  const lineEnd = text.indexOf('\n', last.end);
  const head = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).split(/[,(—–]| - /)[0].trim();
  const towns = head.split('/').map((town) => town.trim());
  return TOWNS_PARTED_BY_SLASHES.test(head) && towns.includes(name) && towns.some((town) => lookupName(town)?.type === 'PLACE');
}

/**
 * True when the words from `first` to `last` alone fill the brackets that close a dateline, before
 * its dash: a town, in capitals or not, and its comma open the line ("ASTANA, March 3 (Kazinform)
 * -", "KYIV, Ukraine (AP) —", "Dakar, Thursday (Iberpress) -"), and the bracket names the agency
 * that filed the report.
 */
function agencyOfDateline(reading: Reading, first: NameWord, last: NameWord): boolean {
  const { text } = reading;
  if (text[first.start - 1] !== '(' || !/^\)\s*[-–—]/.test(text.slice(last.end, last.end + 4))) return false;
  const lineStart = text.lastIndexOf('\n', first.start) + 1;
  return first.start - lineStart < 80 && /^[ \t]*\p{Lu}[\p{L}\p{M} .'-]{2,},/u.test(text.slice(lineStart, first.start));
}

/** True when the run at word `first` follows "of" right after a person's name ("Ada Reyes of …"). */
function personOfBefore(reading: Reading, first: number): boolean {
  const of = reading.words[first - 1];
  const last = reading.out[reading.out.length - 1];
  return of?.text === 'of' && last !== undefined && last.type === 'PERSON' && last.end === reading.words[first - 2]?.end;
}

/** ", known as", ", better known as", ", nicknamed" right before a name. */
const KNOWN_AS = /,\s(?:(?:better|widely|also|popularly)\s)?(?:known as|nicknamed|called)\s$/;

/** True when the name at `first` is what the person named just before is known as ("Dagalo, known as Hemedti"). */
function nicknameOfPerson(reading: Reading, first: NameWord): boolean {
  const person = reading.out[reading.out.length - 1];
  if (person?.type !== 'PERSON' || first.start - person.end > 30) return false;
  return KNOWN_AS.test(reading.text.slice(person.end, first.start));
}

/**
 * True when the words from `first` to `last` alone fill brackets right after a person's name:
 * "Cllr Máire Walsh (Fianna Fáil)" names the party or body the person belongs to.
 */
function affiliationInBrackets(reading: Reading, first: NameWord, last: NameWord): boolean {
  const person = reading.out[reading.out.length - 1];
  if (person?.type !== 'PERSON' || reading.text[last.end] !== ')') return false;
  return reading.text.slice(person.end, first.start) === ' (';
}

/**
 * True for the plural of a common noun or of a role noun ("Forecasters", "Witnesses", "Refineries"),
 * never of a given name ("Lloyds"), a head word ("Rangers") nor a known name.
 */
function isCommonPlural(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(word) || isGivenName(word) || isOrganisationHead(word) || lookupName(word) !== undefined) return false;
  const singulars = [word.slice(0, -1)];
  if (/(ses|xes|ches|shes)$/.test(word)) singulars.push(word.slice(0, -2));
  if (word.endsWith('ies')) singulars.push(`${word.slice(0, -3)}y`);
  return singulars.some((singular) => !isGivenName(singular) && (isRoleNoun(singular) || isCommonWord(singular)));
}

/** True for a common English word, or the plural of one, that is no given name ("Auction", "Companies"; not "Rose"). */
function isCommonNoun(word: string): boolean {
  if (isGivenName(word)) return false;
  return isCommonWord(word) || (/\p{Ll}s$/u.test(word) && (isCommonWord(word.slice(0, -1)) || (word.endsWith('ies') && isCommonWord(`${word.slice(0, -3)}y`))));
}

/**
 * True when a nationality opens a run of plain name words that the words around call a body:
 * "shares in Norwegian Air Shuttle", "Ethiopian Electric Power, the state utility," (the context
 * speaks of the whole run, so the nationality is the body's first word).
 */
function demonymOpensBody(reading: Reading, run: Run, at: number): boolean {
  const ws = run.words;
  if (at !== 0 || ws.length < 3 || !ws.slice(1).every((w) => isCapitalisedWord(w.text) && !isDemonym(w.text) && !isTitleWord(w.text) && lookupName(w.text) === undefined)) return false;
  return hintBefore(reading.words, run.first) === 'ORG' || appositionAfter(reading.words, run.first + ws.length - 1) === 'ORG';
}

/**
 * True when a nationality noun that is also a given name opens a person's name: "Dane Richter",
 * "Finn Russell", "Scot Gardner" (a plain surname follows); "the Dane Christian Eriksen" describes
 * the person named after it.
 */
function demonymGivesName(run: Run, at: number): boolean {
  const next = run.words[at + 1]?.text ?? '';
  return isGivenName(run.words[at].text) && isCapitalisedWord(next) && !isGivenName(next) && !isDemonym(next) && !isTitleWord(next) && !isOrganisationHead(next) && !isPlaceHead(next) && !isRoleNoun(next);
}

/** True for a capitalised word of letters that names nothing by itself (no given name, place, nationality or opener). */
function isCommonCapitalised(w: NameWord): boolean {
  return isCapitalisedWord(w.text) && !w.inTitleCaseLine && !isGivenName(w.text) && !isDemonym(w.text) && !isPlaceOpener(w.text) && !isOrganisationOpener(w.text) && !isInner(w.text);
}

/**
 * The index of the given name after role nouns and title words at `at` ("Librarian Rosa Delgado",
 * "Veteran Goalkeeper Tomas Brandt"), or `at` when no role noun stands there before a given name.
 */
function roleBeforeName(run: Run, at: number): number {
  const ws = run.words;
  let k = at;
  let role = false;
  // (A role noun that is also a given name, "Hunter", is a role only before another given name.)
  while (k < ws.length && (isRoleNoun(ws[k].text) || isTitleWord(ws[k].text)) && !(isGivenName(ws[k].text) && !isGivenName(ws[k + 1]?.text ?? ''))) {
    role ||= isRoleNoun(ws[k].text);
    k++;
  }
  return role && k < ws.length && (isGivenName(ws[k].text) || isPlainFullName(ws, k)) && !isInner(ws[k].text) ? k : at;
}

/**
 * True when the run ends with two plain capitalised words from `at`, no common word, head word,
 * title, role or known name among them: the given name and surname of a person whose given name
 * no list holds, after an honorific role ("Comrade Festus Adeyanju", "Villager Ngozi Eze").
 */
function isPlainFullName(ws: NameWord[], at: number): boolean {
  return at === ws.length - 2 && ws.slice(at).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w.text) && !isCommonWord(w.text) && !isOrganisationHead(w.text) && !isPlaceHead(w.text) && !isTitleWord(w.text) && !isRoleNoun(w.text) && !isDemonym(w.text) && lookupName(w.text) === undefined);
}

/**
 * The end of a name that keeps its capital "The", or -1: plain capitalised words after it closed by
 * a newspaper's head ("The Sentinel", "The Canadian Press"), or, inside a sentence, where "The" is
 * capitalised only because it belongs to the name, any plain words ("told The Kestrel", "for The
 * Meridian"): the title of a publication, a band or a firm. A head word after "The" leaves the
 * name to the head's reading ("the Royal Society").
 */
function titleWithTheEnd(reading: Reading, run: Run, at: number): number {
  const ws = run.words;
  let end = at;
  while (end + 1 < ws.length && isCapitalisedWord(ws[end + 1].text) && !isTitleWord(ws[end + 1].text) && !isOrganisationHead(ws[end + 1].text) && !isPlaceHead(ws[end + 1].text)) end++;
  if (end === at || (end + 1 < ws.length && !isInner(ws[end + 1].text)) || isGivenName(ws[at + 1].text) || lookupName(ws[at + 1].text) !== undefined) return -1;
  if (isPublicationHead(ws[end].text)) return end;
  const before = reading.words[run.first + at - 1];
  const insideSentence = !ws[at].sentenceInitial && !ws[at].inTitleCaseLine && before !== undefined && startsLowerCase(before.text);
  return insideSentence ? end : -1;
}

/**
 * The end of a title that its "The" opens inside Markdown emphasis, or -1: the emphasis marks
 * ("*", "_") stand right before "The" and right after a later word of the run, every word between
 * capitalised or a name's inner word ("told *The Harbour Digest* that", "in _The Lancet Planetary
 * Health_."). Writers set the titles of publications and works in italics, "The" and all; so the
 * same words elsewhere in the text, in a heading or a link, keep their "The" too ("# The Harbour
 * Digest: issue 12"). The longest such title wins.
 */
function emphasisedTitleEnd(reading: Reading, run: Run, at: number): number {
  const { text } = reading;
  const ws = run.words;
  const opened = text[ws[at].start - 1];
  let found = -1;
  for (let end = at + 1; end < ws.length && (isCapitalisedWord(ws[end].text) || isInner(ws[end].text)); end++) {
    if (!isCapitalisedWord(ws[end].text)) continue;
    const closed = (opened === '*' || opened === '_') && text[ws[end].end] === opened;
    if (closed || emphasisedTitlesOf(reading).has(text.slice(ws[at].start, ws[end].end))) found = end;
  }
  return found;
}

/** True when the text also writes a word in capitals ("CRETE") in title case ("Crete"). */
function writtenInTitleCase(reading: Reading, capitals: string): boolean {
  reading.titleCaseWords ??= new Set(reading.words.filter((w) => /^\p{Lu}\p{Ll}/u.test(w.text)).map((w) => w.text));
  return reading.titleCaseWords.has(capitals.charAt(0) + capitals.slice(1).toLowerCase());
}

/**
 * True when the word in capitals at `word` stands on a line of words in capitals that are all
 * common English words ("KEY FIGURES"), or each a common word or one the text also writes in lower
 * case and one of them both ("RICE PRICES", "LEASE AGREED"): a crosshead's words, no acronym (an
 * acronym that is also a word, "SAGE", "NATS", stands alone or among names).
 */
function shoutedCommonWords(reading: Reading, word: NameWord): boolean {
  if (!/^\p{Lu}{3,}$/u.test(word.text)) return false;
  const { text } = reading;
  const lineEnd = text.indexOf('\n', word.end);
  const line = text.slice(text.lastIndexOf('\n', word.start) + 1, lineEnd < 0 ? text.length : lineEnd).trim();
  if (line.length > 60 || !/^[\p{Lu} '’&-]+$/u.test(line)) return false;
  const lower = line.toLowerCase().split(/[\s'’&-]+/).filter((w) => w.length > 0);
  if (lower.length >= 2 && lower.every((w) => isCommonWord(w))) return true;
  return lower.every((w) => isCommonWord(w) || reading.lowerWords.has(w)) && lower.some((w) => isCommonWord(w) && reading.lowerWords.has(w));
}

/** An emphasised span that "The" opens: "*The Harbour Digest*", "_The Lancet_". */
const EMPHASISED_THE = /([*_])(The [^*_\n]{1,80}?)\1/g;

/** The titles opened by "The" that a reading's text sets in emphasis ("The Harbour Digest"). */
function emphasisedTitlesOf(reading: Reading): Set<string> {
  reading.emphasisedTitles ??= new Set(Array.from(reading.text.matchAll(EMPHASISED_THE), (m) => m[2]));
  return reading.emphasisedTitles;
}

/** Offices of a town's, a county's or a state's government, whose title a place's name opens ("Akwa Ibom Governor …"). */
const OFFICES_OF_PLACES = /^(Governor|Mayor|Premier|Sheriff)$/;

/**
 * True when the plain name words from `from` to `last`, two or more, stand before the title of a
 * place's office and its holder's name ("Tower Hamlets Mayor Lutfur Rahman", "Mato Grosso Governor
 * Mauro Mendes"), though a given name opens them, as it opens places named after people ("Benito
 * Juárez Mayor …"): they name the place the office governs, not a person. Not words a body's head
 * or opener, a nationality or a role noun is among ("Norges Bank Governor", "Liberal Democrat
 * Mayor"): those name a body or a party.
 */
function placeOfOfficeBefore(run: Run, from: number, last: number): boolean {
  const ws = run.words;
  const title = ws[last + 1];
  if (last === from || title === undefined || !OFFICES_OF_PLACES.test(title.text) || !titleBeforeHolder(run, from, last + 1) || !isCapitalisedWord(ws[last + 2]?.text ?? '')) return false;
  return ws.slice(from, last + 1).every((w) => isCapitalisedWord(w.text) && !isOrganisationHead(w.text) && !isOrganisationOpener(w.text) && !isDemonym(w.text) && !isRoleNoun(w.text));
}

/**
 * True when the title word at `at`, after the plain name words from `from`, stands before a
 * holder's name, so that it ends the name words before it. Not a title word closing the run after
 * given names only: a title goes before its holder, so it is their surname ("Shane Pitcher", "Dave
 * Farmer"). Not a title that is also a given name ("Dean Whitlock", "Major Okafor"), unless words
 * without a given name stand before it and a name word after it: then it titles the name after it
 * ("Chingola Mayor Agness Chilufya", where "Chingola" is the mayor's town).
 */
function titleBeforeHolder(run: Run, from: number, at: number): boolean {
  const ws = run.words;
  const before = ws.slice(from, at);
  const closesRun = at === ws.length - 1 || isInner(ws[at + 1].text);
  if (closesRun && !ws[at].inTitleCaseLine && before.every((x) => isGivenName(x.text))) return false;
  if (!isGivenName(ws[at].text)) return true;
  const holder = ws[at + 1]?.text ?? '';
  return !before.some((x) => isGivenName(x.text)) && isCapitalisedWord(holder) && !isOrganisationHead(holder) && !isPlaceHead(holder);
}

/**
 * The index of the ampersand that joins a firm's name after the word at `at`, or -1: right after
 * it ("Marks & Spencer", "Johnson & Johnson"), or after more plain name words when no given name
 * opens the words after it ("Bankhaus Meissner & Sohn", "Wachtell Lipton Rosen & Katz"; but "Tom
 * Hale & Ana Ruiz" are two people).
 */
function ampersandAfter(run: Run, at: number): number {
  const ws = run.words;
  let k = at;
  while (k + 1 < ws.length && isCapitalisedWord(ws[k + 1].text) && !isTitleWord(ws[k + 1].text) && !isInner(ws[k + 1].text)) k++;
  const amp = k + 1;
  if (ws[amp]?.text !== '&' || amp + 1 >= ws.length || isInner(ws[amp + 1].text)) return -1;
  return amp === at + 1 || !isGivenName(ws[amp + 1].text) ? amp : -1;
}

/** Buildings named after people that are no place nouns: "the Justus Lipsius building", "the Ben Gurion airport". */
const BUILDING_NOUNS = /^(building|tower|airport|bridge|hall|station|terminal|auditorium)$/;

/**
 * True when the name from word `first` to word `last` stands after "the" or an owner's possessive
 * and before a building's noun in lower case: a building named after a person, not the person.
 */
function namedBuilding(reading: Reading, first: number, last: number): boolean {
  const before = reading.words[first - 1]?.text ?? '';
  const noun = reading.words[last + 1]?.text ?? '';
  return (before === 'the' || POSSESSIVE.has(before)) && startsLowerCase(noun) && (BUILDING_NOUNS.test(noun) || isPlaceNoun(noun));
}

/** Endings of abstract nouns, what a campaign is for: "Transparency", "Liberty", "Prosperity", "Reform". */
const ABSTRACT_ENDING = /(ency|ancy|ity|ty|ism|ness|ion|ment|ice|form|dom)$/;

/**
 * The end of a campaign group's name from word `at`, or -1: people in the plural "for" a cause,
 * after plain name words of their place ("Wexley Parents for Transparency", "Students for Fair
 * Admissions", "Scientists for Global Responsibility"); the run's rest is the cause. Not people
 * acting for someone ("Lawyers for Hale"): the cause is a common word or an abstract noun.
 */
function campaignEnd(run: Run, at: number): number {
  const ws = run.words;
  let k = at;
  while (k < ws.length && isCapitalisedWord(ws[k].text) && !isGivenName(ws[k].text) && !isTitleWord(ws[k].text) && !/s$/.test(ws[k].text)) k++;
  const group = ws[k]?.text ?? '';
  if (!/^\p{Lu}\p{Ll}+s$/u.test(group) || ws[k + 1]?.text !== 'for' || k + 2 >= ws.length) return -1;
  const member = group.slice(0, -1);
  if (!isRoleNoun(member) && !isCommonWord(member) && !isRoleNoun(group)) return -1;
  const cause = ws.slice(k + 2).filter((w) => !isInner(w.text));
  const causeLike = (w: NameWord): boolean => !isGivenName(w.text) && lookupName(w.text) === undefined && (isCommonWord(w.text) || ABSTRACT_ENDING.test(w.text));
  return cause.length > 0 && cause.every(causeLike) ? ws.length - 1 : -1;
}

/** Particles that join the words of a place's name in French, Spanish, Portuguese, Italian and German. */
const PLACE_PARTICLES = new Set(['de', 'del', 'della', 'di', 'du', 'des', 'da', 'do', 'dos', 'das', 'la', 'le', 'los', 'las', 'den', ...PLACE_LINKS]);

/**
 * The end of a longer place named after the known place that ends at `known`, through particles,
 * when the run closes on it ("Antofagasta de la Sierra", "Alcalá de Henares", "Villanueva de la
 * Cañada", "St. Paul im Lavanttal"), or -1.
 */
function longerPlaceEnd(run: Run, known: number): number {
  const ws = run.words;
  let k = known + 1;
  while (k < ws.length && PLACE_PARTICLES.has(ws[k].text)) k++;
  if (k === known + 1 || k >= ws.length) return -1;
  for (; k < ws.length; k++) if (isInner(ws[k].text) && !PLACE_PARTICLES.has(ws[k].text)) return -1;
  return isCapitalisedWord(ws[ws.length - 1].text) ? ws.length - 1 : -1;
}

/** True when a kind of body in lower case stands right before the run: "broadcaster CCTV", "the company Kenya Power". */
function describedAsBody(reading: Reading, run: Run): boolean {
  const previous = reading.words[run.first - 1]?.text ?? '';
  return startsLowerCase(previous) && isOrganisationDescriptor(previous);
}

/** A firm's or an institution's name written in capitals or with a capital inside: "PwC", "AirNav", "TU", "MTN". */
const BRAND_SHAPE = /^\p{Lu}(\p{Lu}+|\p{Ll}*\p{Lu}\p{L}*)$/u;
/** A word all in capitals. */
const ACRONYM_WORD = /^\p{Lu}+$/u;

/**
 * The end of a firm's or an institution's branch in a place ("PwC Australia", "AirNav Indonesia",
 * "TU Graz", "MTN Nigeria"): a name written in capitals or with a capital inside, no place itself,
 * before a known place that closes the run, and no noun in lower case after it that the place
 * would qualify ("the EU Ukraine summit"); or -1.
 */
function branchEnd(reading: Reading, run: Run, at: number): number {
  const ws = run.words;
  const w = ws[at];
  // (Not a place named in capitals, a dateline's "NEW DELHI".)
  if (at + 1 >= ws.length || w.inTitleCaseLine || !BRAND_SHAPE.test(w.text) || lookupName(w.text)?.type === 'PLACE' || isDemonym(w.text) || longestKnown(reading, run, at)[0] > at || ACRONYM_WORD.test(ws[at + 1].text)) return -1;
  const [end, entry] = longestKnown(reading, run, at + 1);
  if (entry?.type !== 'PLACE' || end !== ws.length - 1) return -1;
  const next = reading.words[run.first + end + 1];
  return next !== undefined && next.pos === 'NOUN' && startsLowerCase(next.text) ? -1 : end;
}

/** Titles whose "of" or "for" names a field rather than a place: "Minister of Sport", "Director of Classification". */
const PORTFOLIO_TITLES = /^(Minister|Secretary|Commissioner|Director|Director-General|Head)$/;

/**
 * Where a title's field ends from `at`: up to three capitalised words, joined by "and" or "&"
 * (one may open them, after the field's title words), that name nothing known (no place, body,
 * given name or nationality), before the holder's name or the run's end ("Civil Aviation",
 * "Information and Orientation"), leaving a holder two words at least.
 */
function fieldEnd(run: Run, at: number): number {
  const ws = run.words;
  const isField = (w: NameWord | undefined): boolean => w !== undefined && isCapitalisedWord(w.text) && lookupName(w.text) === undefined && !isGivenName(w.text) && !isDemonym(w.text) && !isTitleWord(w.text);
  let k = /^(and|&)$/.test(ws[at]?.text ?? '') && isField(ws[at + 1]) ? at + 1 : at;
  while (k - at < 3 && isField(ws[k])) {
    k++;
    if (/^(and|&)$/.test(ws[k]?.text ?? '') && isField(ws[k + 1])) k++;
  }
  // A holder's name has two words at least: one word left after the field takes the field's last
  // ("Minister of Sport Gayton McKenzie", whose given name no list holds).
  if (k === ws.length - 1 && k - at >= 2 && !/^(and|&)$/.test(ws[k - 1].text)) k--;
  return k;
}

/** True when the holder of the office closing a run is named right after it, between commas: ", Max Hill,", ", Mrs. Ada Obi,". */
function holderInApposition(reading: Reading, last: NameWord): boolean {
  const at = reading.words.indexOf(last);
  const holder = reading.words[at + 2];
  return reading.words[at + 1]?.text === ',' && holder !== undefined && startsUpperCase(holder.text) && (isGivenName(holder.text) || isHonorific(holder.text) || isTitleWord(holder.text));
}

/** True for a role or title written in lower case before a name ("manager", "striker", "spokeswoman"). */
function isLowerCaseRole(w: NameWord | undefined): boolean {
  return w !== undefined && startsLowerCase(w.text) && (isTitleHead(w.text) || isRoleNoun(w.text));
}

/** Reads one run from the left into mentions. */
function readRun(reading: Reading, run: Run): void {
  const ws = run.words;
  const body = closedByBodyTitle(reading, run);
  if (body >= 0) {
    emit(reading, run, body, ws.length - 1, 'ORG', null);
    return;
  }
  let i = 0;
  let titled = false;
  let domainOfTitle = false;
  while (i < ws.length) {
    const w = ws[i];
    const [knownEnd, entry] = longestKnown(reading, run, i);
    if (w.text === 'The' && !entry) {
      // "The" belongs to a newspaper's name ("The Millbrook Courier") and to nothing else.
      const [headedEnd, headedType] = headedNameEnd(run, i + 1);
      const titleEnd = headedEnd < 0 ? titleWithTheEnd(reading, run, i) : -1;
      const emphasised = emphasisedTitleEnd(reading, run, i);
      const end = emphasised > i ? emphasised : headedEnd > i && headedType === 'ORG' && isPublicationHead(ws[headedEnd].text) ? headedEnd : titleEnd;
      if (end > i) {
        emit(reading, run, i, end, 'ORG', null);
        i = end + 1;
        continue;
      }
      i++;
      continue;
    }
    if (/^(former|acting|interim|outgoing|incoming|then|ex)$/i.test(w.text) && i + 1 < ws.length) {
      // "Former European Commission president …": a time qualifier of the title that follows.
      i++;
      continue;
    }
    if (isInner(w.text) && !((i === 0 || titled) && OPENING_PARTICLES.has(w.text))) {
      i++;
      continue;
    }
    if (SHIP_PREFIX.test(w.text) && i + 1 < ws.length && !isInner(ws[i + 1].text)) {
      // A ship's prefix ("MV", "HMS", "RV") makes the words after it a vessel's name, a thing,
      // whatever they look like: "MV Bukavu Star", "HMS Queen Elizabeth", "HMS Prince of Wales".
      let end = i + 1;
      while (end + 1 < ws.length && (!isInner(ws[end + 1].text) || (ws[end + 1].text === 'of' && end + 2 < ws.length && !isInner(ws[end + 2].text)))) end++;
      emit(reading, run, i, end, 'OTHER', null);
      i = end + 1;
      continue;
    }
    const compass = compassPlaceEnd(reading, run, i);
    if (compass > i) {
      emit(reading, run, i, compass, 'PLACE', null);
      i = compass + 1;
      titled = false;
      continue;
    }
    const [headedEnd, headedType] = headedNameEnd(run, i);
    if (headedEnd >= 0 && headedEnd > knownEnd && !(headedEnd === i && !entry)) {
      // (A head word inside a quoted title names nothing: "Frozen Out: Rural Power Resilience After
      // the Storms", 'Financial Sustainability of Higher Education Providers'.)
      if (!entry && insideQuotedTitle(reading.text, ws[i].start, ws[headedEnd].end)) {
        i = headedEnd + 1;
        continue;
      }
      emit(reading, run, i, headedEnd, headedType, null);
      i = headedEnd + 1;
      titled = false;
      continue;
    }
    const cause = campaignEnd(run, i);
    if (cause > i) {
      emit(reading, run, i, cause, 'ORG', null);
      i = cause + 1;
      titled = false;
      continue;
    }
    // (A known place before a firm's or a service's name joined by an ampersand is its domain:
    // "Kent Fire & Rescue", as "Kent Police"; not a list of places, "Kent & Sussex".)
    const domainOfAmpersand = entry?.type === 'PLACE' && knownEnd + 1 < ws.length && isCapitalisedWord(ws[knownEnd + 1].text) && lookupName(ws[knownEnd + 1].text) === undefined;
    const ampersand = domainOfAmpersand ? ampersandAfter(run, knownEnd + 1) : ampersandAfter(run, i);
    if (ampersand > i) {
      // "Marks & Spencer", "Johnson & Johnson", "Procter & Gamble": an ampersand joins a firm's name.
      let end = ampersand + 1;
      while (end + 1 < ws.length && !isInner(ws[end + 1].text) && !isTitleWord(ws[end + 1].text)) end++;
      // (A trade's plural closing the run is the firm's, no title: "Mbatha & Hurley Attorneys".)
      if (end + 2 === ws.length && /\p{Ll}s$/u.test(ws[end + 1].text) && isTitleWord(ws[end + 1].text.slice(0, -1))) end++;
      emit(reading, run, i, end, 'ORG', null);
      i = end + 1;
      titled = false;
      continue;
    }
    if (isOrganisationOpener(w.text) && i + 1 < ws.length && (!isInner(ws[i + 1].text) || PARTICLES.has(ws[i + 1].text)) && !isTitleWord(ws[i + 1].text)) {
      // A club named after its city ("Real Madrid", "Inter Milan", "FC Porto") is one organisation,
      // and so is a body named in its own language ("Universidad de los Andes", "Banco de España").
      let end = i + 1;
      while (end + 1 < ws.length && (!isInner(ws[end + 1].text) || PARTICLES.has(ws[end + 1].text)) && !isTitleWord(ws[end + 1].text) && !isDemonym(ws[end + 1].text)) end++;
      while (isInner(ws[end].text)) end--;
      emit(reading, run, i, end, 'ORG', null);
      i = end + 1;
      titled = false;
      continue;
    }
    // "Sofia Ibarra": a given name before a surname that is also a town's name is a person.
    // (So is a known one-word place right after a title, before another name word: "Rep. Alexandria Ocasio-Cortez",
    // and one before two or more plain name words that close the run, which a place's name never
    // runs into: "Pemba Dorje Sherpa", "Lamu Wanjiru Otieno".)
    const beforeFullName = entry?.type === 'PLACE' && knownEnd === i && ws.length - i >= 3 && ws.slice(i + 1).every((x) => isPlainNameWord(x.text));
    const opensHolder = titled || isGivenName(w.text) || beforeFullName;
    const givenNameFirst = knownEnd === i && opensHolder && i + 1 < ws.length && !isInner(ws[i + 1].text) && !isTitleWord(ws[i + 1].text) && longestKnown(reading, run, i + 1)[0] <= i + 1;
    if (entry && entry.type === 'PLACE' && !givenNameFirst) {
      // A team named after its city: "Los Angeles Lakers", "Boston Celtics".
      let team = knownEnd;
      while (team + 1 < ws.length && /^\p{Lu}\p{Ll}+s$/u.test(ws[team + 1].text) && !lookupName(ws[team + 1].text) && !isDemonym(ws[team + 1].text) && !isTitleWord(ws[team + 1].text) && !isPlaceHead(ws[team + 1].text)) team++;
      // "New Zealand Rugby", "Canada Soccer": a sport after a place, closing the name, is its governing body.
      if (team === knownEnd && isSportName(ws[team + 1]?.text ?? '') && (team + 2 >= ws.length || isInner(ws[team + 2].text))) team++;
      if (team > knownEnd) {
        emit(reading, run, i, team, 'ORG', null);
        i = team + 1;
        titled = false;
        continue;
      }
    }
    // "the national railway company Kazakhstan Temir Zholy", "property developer China Vanke": a
    // body the words before describe, named after its country with words of its own.
    if (i === 0 && entry?.type === 'PLACE' && knownEnd < ws.length - 1 && describedAsBody(reading, run) && ws.slice(knownEnd + 1).every((x) => isPlainNameWord(x.text))) {
      emit(reading, run, 0, ws.length - 1, 'ORG', null);
      break;
    }
    const branch = branchEnd(reading, run, i);
    if (branch > i) {
      emit(reading, run, i, branch, 'ORG', null);
      i = branch + 1;
      titled = false;
      continue;
    }
    const longerPlace = entry?.type === 'PLACE' && !isGivenName(w.text) ? longerPlaceEnd(run, knownEnd) : -1;
    if (longerPlace > knownEnd) {
      emit(reading, run, i, longerPlace, 'PLACE', null);
      i = longerPlace + 1;
      titled = false;
      continue;
    }
    // A town's name alone after a title or an honorific is the holder's surname, not the town:
    // "Mr Lincoln said", "Sen. Medford", "Chief Inspector Thurso" (towns of small countries and
    // provinces share their names with families everywhere).
    if (entry?.type === 'PLACE' && titled && knownEnd === i && knownEnd === ws.length - 1) {
      emit(reading, run, i, i, 'PERSON', null);
      break;
    }
    if (entry && !givenNameFirst) {
      emit(reading, run, i, knownEnd, entry.type, entry.canonical);
      i = knownEnd + 1;
      // A known place that is a title's whole domain is followed by the title's holder ("MP for Bristol Ana Okafor").
      titled = domainOfTitle && entry.type === 'PLACE' && i < ws.length && isGivenName(ws[i].text);
      domainOfTitle = false;
      continue;
    }
    if (!entry && isPlaceOpener(w.text) && !w.inTitleCaseLine) {
      // "Greater Manchester", "South-east Asia", "Greater Western Sydney": a part of a known place is a place.
      const placeEnd = knownPlaceEnd(reading, run, i + 1);
      if (placeEnd > i) {
        emit(reading, run, i, placeEnd, 'PLACE', null);
        i = placeEnd + 1;
        titled = false;
        continue;
      }
    }
    const personAhead = i === 0 && hintBefore(reading.words, run.first) === 'PERSON';
    if (!entry && isCommonCapitalised(w) && !isTitleHead(w.text) && !isRoleNoun(w.text) && !personAhead) {
      // A field or trade before a place names the place's body for it: "Tennis Australia",
      // "Ambulance Victoria", "Transport for Greater Manchester", "Police Scotland", "Historic
      // Environment Scotland" (a field of two words); not after a person's title ("its finance
      // chief, Yoichi Miyazaki": a surname that is a town's name).
      const twoWordField = ws[i + 1] !== undefined && isCommonCapitalised(ws[i + 1]) && !isTitleHead(ws[i + 1].text) && !isRoleNoun(ws[i + 1].text) && lookupName(ws[i + 1].text) === undefined;
      const at = ws[i + 1]?.text === 'for' ? i + 2 : twoWordField ? i + 2 : i + 1;
      const placeEnd = knownPlaceEnd(reading, run, at);
      if (placeEnd > i && (placeEnd === ws.length - 1 || isInner(ws[placeEnd + 1].text) || isTitleWord(ws[placeEnd + 1].text))) {
        // (A place's own head before it makes no body: "the River Thames", "Loch Ness".)
        emit(reading, run, i, placeEnd, isPlaceHead(w.text) && placeEnd === i + 1 ? 'PLACE' : 'ORG', null);
        i = placeEnd + 1;
        titled = false;
        continue;
      }
    }
    if (headedEnd === i) {
      // A lone capitalised head word ("the Commission", "the Treasury") names an institution the
      // text means; at the start of a sentence its capital proves nothing.
      // Not a plural ("the Services", "Courts") nor a noun's modifier ("the Metro operator"), nor a
      // kind of body every state has many of, capitalised by a house style ("the Government will
      // allocate …", "the Ministry said").
      const next = reading.words[run.first + i + 1];
      const modifier = next !== undefined && next.pos === 'NOUN' && startsLowerCase(next.text);
      if (headedType === 'ORG' && !w.sentenceInitial && !w.inTitleCaseLine && /^\p{Lu}\p{Ll}+[^s]$/u.test(w.text) && !modifier && !GENERIC_BODY.test(w.text)) emit(reading, run, i, i, null, null, 'ORG');
      i++;
      continue;
    }
    if (i + 1 < ws.length && isDemonym(`${w.text} ${ws[i + 1].text}`)) {
      // "South Korean", "Sri Lankan", "New Zealander".
      emit(reading, run, i, i + 1, 'OTHER', null);
      i += 2;
      continue;
    }
    // "Scottish Labour", "Welsh Conservatives", "Scottish Liberal Democrats": a nation's branch of a party.
    const party = isDemonym(w.text) ? partyAfter(ws, i + 1) : -1;
    if (party > i) {
      emit(reading, run, i, party, 'ORG', null);
      i = party + 1;
      titled = false;
      continue;
    }
    // "the Mexican Caribbean", "the Indian Himalaya": a nationality before a known place that
    // closes the name is the nation's part of a region, one place.
    const [regionEnd, region] = i + 1 < ws.length ? longestKnown(reading, run, i + 1) : [-1, undefined];
    if (isDemonym(w.text) && region?.type === 'PLACE' && (regionEnd === ws.length - 1 || isInner(ws[regionEnd + 1].text))) {
      emit(reading, run, i, regionEnd, 'PLACE', null);
      i = regionEnd + 1;
      titled = false;
      continue;
    }
    if (isDemonym(w.text) && !demonymGivesName(run, i) && !demonymOpensBody(reading, run, i)) {
      emit(reading, run, i, i, 'OTHER', null);
      i++;
      continue;
    }
    const described = roleBeforeName(run, i);
    if (described > i) {
      // "Librarian Rosa Delgado", "Veteran Goalkeeper Tomas Brandt": what the person does is no part of the name.
      i = described;
      titled = true;
      continue;
    }
    // A title that is also a given name, right after a role in lower case (and its comma), is the
    // given name: "manager Dean Whitlock", "defender Major Okafor", "his agent, Dean Haslam," (the
    // role already titles the person).
    const roleBefore = reading.words[run.first - 1]?.text === ',' ? reading.words[run.first - 2] : reading.words[run.first - 1];
    const givenAfterRole = i === 0 && isGivenName(w.text) && i + 1 < ws.length && isCapitalisedWord(ws[i + 1].text) && !isTitleWord(ws[i + 1].text) && (roleBefore === reading.words[run.first - 1] || !isGivenName(ws[i + 1].text)) && isLowerCaseRole(roleBefore);
    // Alone, such a word is the given name of a person the text names in full, or nobody ("Dean
    // gave everything to this club" after "Dean Whitlock"): the document decides.
    if (ws.length === 1 && isGivenName(w.text) && isTitleWord(w.text)) {
      emit(reading, run, 0, 0, null, null, null, true);
      break;
    }
    // (A title word that is also a given name qualifies the title before it when a given name follows: "Det Con Sarah Mills".)
    const qualifiesTitle = titled && isTitleWord(w.text) && isGivenName(ws[i + 1]?.text ?? '');
    if (isTitleWord(w.text) && (!(isGivenName(w.text) && !isTitleHead(w.text)) || qualifiesTitle) && !givenAfterRole) {
      if (isTitleHead(w.text)) titled = true;
      i++;
      // After a title, "of Foreign Affairs" belongs to the title ("Minister of Foreign Affairs of Russia"),
      // and "of Canterbury" is the place the title is of, not the holder's name; so is "for North
      // Cornwall" ("MP for North Cornwall Siân Treloar", "Minister of State for the Gaeltacht").
      while (titled && (ws[i]?.text === 'of' || ws[i]?.text === 'for')) {
        i++;
        if (ws[i]?.text === 'the' && i + 1 < ws.length) i++;
        const portfolio = i;
        // "Minister of Energy and Infrastructure": the portfolio runs on through "and".
        while (i < ws.length && (isTitleWord(ws[i].text) || (/^(and|&)$/.test(ws[i].text) && isTitleWord(ws[i + 1]?.text ?? '')))) i++;
        const closingField = i === ws.length - 1 && isAbstractNoun(ws[i].text);
        const office = closingField && !holderInApposition(reading, ws[i]);
        // A minister's, a director's or a head's field may be named in words the title lists do not
        // hold ("Minister of Sport", "Head of Corporate Communications", "Commissioner for Information
        // and Orientation"): unknown words are the field, not a place the title is of; so is an
        // office's field before its holder's name ("the Director of Public Prosecutions, Max Hill").
        if (!office && (i === portfolio || /^(and|&)$/.test(ws[i]?.text ?? '')) && PORTFOLIO_TITLES.test(ws[portfolio - 2]?.text ?? '')) i = fieldEnd(run, i);
        else if (closingField && !office) i++;
        // After a portfolio the holder follows ("Secretary of State Marco Rubio"); else the title's domain.
        titled = i > portfolio;
        domainOfTitle = !titled;
        if (office) {
          // An office with no holder named: "the Director of Public Prosecutions".
          let office = portfolio - 2;
          while (office > 0 && isTitleWord(ws[office - 1].text)) office--;
          emit(reading, run, office, i, 'ORG', null);
          i++;
        }
      }
      continue;
    }
    // A plain chunk: name words and particles up to a title, an owner, a link or a known name.
    let end = i;
    while (end + 1 < ws.length) {
      const next = ws[end + 1].text;
      if (POSSESSIVE.has(next) || LINKS.has(next) || next === 'of' || next === 'The' || (isTitleHead(next) && titleBeforeHolder(run, i, end + 1)) || isDemonym(next)) break;
      // (After a particle a known name is a surname: "Rui Gonçalves dos Santos", "Ana de Paris"; or
      // what a place is named after: "Place du Luxembourg", "Rue de Rivoli".)
      // (After given names only, a known one-word name closing the run is a surname: "Carlos Santos", "Ma. Luisa Paris".)
      const knownTo = PARTICLES.has(next) ? -1 : longestKnown(reading, run, end + 1)[0];
      // (So is one closing a name the words before call a person's: "the finance chief, Reiji Miyazaki".)
      // (And one closing a name a given name opens and a surname's particle runs through, a
      // second surname: "Ignacio de la Fuente Lagos".)
      const particled = isGivenName(ws[i].text) && ws.slice(i + 1, end).some((x) => PARTICLES.has(x.text) && x.text !== 'of');
      const surname = knownTo === end + 1 && (knownTo === ws.length - 1 || isInner(ws[knownTo + 1].text)) && (ws.slice(i, end + 1).every((x) => isGivenName(x.text)) || particled || (personAhead && !entry));
      // (And a one-word town between plain name words is one of a person's two surnames: "Marisol Ibarra Tena", "Inés Cárdenas Ruiz".)
      const between = knownTo === end + 1 && longestKnown(reading, run, knownTo)[1]?.type === 'PLACE' && isPlainNameWord(ws[knownTo + 1]?.text ?? '') && ws.slice(i, end + 1).every((x) => isPlainNameWord(x.text) || isGivenName(x.text));
      if (knownTo >= 0 && !isGivenName(next) && !(PARTICLES.has(ws[end].text) && (isGivenName(ws[i].text) || isPlaceOpener(ws[i].text))) && !surname && !between) break;
      end++;
    }
    // The holder's name opens with a given name or a word before a surname's particle ("Dara Mac Giolla").
    const holder = domainOfTitle ? ws.findIndex((x, k) => k > i && k < end && (isGivenName(x.text) || SURNAME_PARTICLE.test(ws[k + 1].text))) : -1;
    // Else a known place ends the domain when name words follow it ("MP for North Cornwall Siân Treloar").
    const placeEnd = domainOfTitle && holder < 0 ? knownPlaceEnd(reading, run, i) : -1;
    const domainEnd = holder > i ? holder - 1 : placeEnd >= i && placeEnd < end ? placeEnd : -1;
    if (domainEnd >= i) {
      // "Archbishop of Canterbury Justin Welby": the domain of the title ends where a given name opens its holder's name.
      emit(reading, run, i, domainEnd, 'PLACE', null);
      readChunk(reading, run, domainEnd + 1, end, true);
    } else if (domainOfTitle || placeOfOfficeBefore(run, i, end)) emit(reading, run, i, end, 'PLACE', null);
    else readChunk(reading, run, i, end, titled);
    i = end + 1;
    titled = false;
    domainOfTitle = false;
  }
}

/** Currencies' codes: the ISO codes the values know, and those a reader meets in West Africa and Vietnam. */
const CURRENCY_CODES: ReadonlySet<string> = new Set([...Object.values(CURRENCY_SIGNS), ...Object.values(CURRENCY_NAMES), 'CFA', 'XOF', 'XAF', 'VNĐ', 'GHS', 'GH'].filter((code) => /^\p{Lu}{2,3}$/u.test(code)));

/** True when a word in capitals is a currency's code written beside an amount or a currency's name: "PLN 2.5 million", "CFA francs". */
function currencyCodeOfAmount(reading: Reading, word: NameWord): boolean {
  if (!CURRENCY_CODES.has(word.text)) return false;
  const after = reading.text.slice(word.end, word.end + 12);
  const before = reading.text.slice(Math.max(0, word.start - 3), word.start);
  const nextWord = /^\s(\p{Ll}+)/u.exec(after)?.[1];
  return /^\s?[\d₵]/.test(after) || /\d\s?$/.test(before) || (nextWord !== undefined && nextWord in CURRENCY_NAMES);
}

/** Points of the compass that close the names of constituencies, wards and districts: "Islington North", "Tamale Central". */
const COMPASS_CLOSER = /^(North|South|East|West|Central|North-East|North-West|South-East|South-West|Northeast|Northwest|Southeast|Southwest)$/;

/**
 * The last index of a constituency's, a ward's or a district's name that starts at `at`: one or
 * two name words no given name, title or body's head opens, closed by a point of the compass that
 * ends the run or stands before a title ("Nyabondo North", "Islington North MP", "Koru West"),
 * else -1. (People's names that close on one open with a given name: "Kanye West".)
 */
function compassPlaceEnd(reading: Reading, run: Run, at: number): number {
  const ws = run.words;
  for (const last of [at + 1, at + 2]) {
    if (last >= ws.length || !COMPASS_CLOSER.test(ws[last].text)) continue;
    const named = ws.slice(at, last);
    if (named.some((w) => !isCapitalisedWord(w.text) || isGivenName(w.text) || isTitleWord(w.text) || isHonorific(w.text) || isOrganisationHead(w.text) || isDemonym(w.text) || COMPASS_CLOSER.test(w.text) || lookupName(w.text)?.type === 'ORG')) return -1;
    // (Nor a known place the point closes itself: "Greenpeace Middle East".)
    if (named.length === 2 && lookupName(`${named[1].text} ${ws[last].text}`) !== undefined) return -1;
    // (A place does not speak: "Kanye West said" is a person.)
    if (last === ws.length - 1 && reportingVerbAfter(reading.words, run.first + last)) return -1;
    // (A title after it is its member's, not one qualifying a body's head: "Nchanga North General Hospital", "Seoul Central District Court".)
    if (last === ws.length - 1 || isInner(ws[last + 1].text) || (isTitleHead(ws[last + 1].text) && !qualifiesHeadAfter(ws, last + 1) && !isOrganisationHead(ws[last + 2]?.text ?? '') && !isPlaceHead(ws[last + 2]?.text ?? ''))) return last;
  }
  return -1;
}

/** The names parties of many nations share, one word or two: "Labour", "Conservatives", "Liberal Democrats". */
const PARTY_NAMES = /^(Labour|Labor|Conservative|Conservatives|Tories|Greens|Liberals|Socialists|Unionists|Nationalists|Liberal Democrats?|Lib Dems?|Social Democrats|Christian Democrats|Green Party|Labour Party|Conservative Party|Liberal Party)$/;

/**
 * The last index of a party's name shared by many nations that starts at `at` and closes the run
 * or stands before a title or a role ("Scottish Conservative health spokeswoman"), else -1.
 */
function partyAfter(ws: NameWord[], at: number): number {
  for (const last of [at + 1, at]) {
    if (last >= ws.length || !PARTY_NAMES.test(ws.slice(at, last + 1).map((w) => w.text).join(' '))) continue;
    if (last === ws.length - 1 || isTitleWord(ws[last + 1].text) || isInner(ws[last + 1].text)) return last;
  }
  return -1;
}

/** Title words that also close the names of governing and public bodies: "Health and Safety Executive", "Queensland Health". */
const BODY_TITLE = /^(Executive|Health)$/;
/** Words that make the title word after them a person's title: "Chief Executive", "Deputy Chief Executive". */
const TITLE_QUALIFIER = /^(Chief|Deputy|Senior|Acting|Interim|Managing|Group|Joint|Assistant|Vice|Associate|Former)$/;

/**
 * Where the body's name starts (after a "The") when a run of name words closes on a title word
 * that also names a body ("Executive", "Health") and no holder's name follows, else -1: "the Health and Safety Executive said", "Health Service
 * Executive", "Scottish Executive", "Queensland Health". Not a title alone or qualified by other
 * titles ("Chief Executive", "Deputy Chief Executive"), nor one a person's name follows.
 */
function closedByBodyTitle(reading: Reading, run: Run): number {
  const ws = run.words;
  const from = ws[0].text === 'The' ? 1 : 0;
  // (A title set in emphasis keeps its "The": "*The Lancet Planetary Health*".)
  if (ws.length - from < 2 || (from === 1 && emphasisedTitleEnd(reading, run, 0) > 0) || !BODY_TITLE.test(ws[ws.length - 1].text)) return -1;
  const before = ws.slice(from, -1);
  if (before.every((w) => isTitleWord(w.text) || isInner(w.text)) || before.some((w) => TITLE_QUALIFIER.test(w.text) || isTitleHead(w.text) || isHonorific(w.text) || isGivenName(w.text))) return -1;
  const next = reading.words[run.first + ws.length];
  return next === undefined || !startsUpperCase(next.text) ? from : -1;
}

/**
 * Finds the name mentions of a text in reading order: people, organisations, places, and
 * nationalities (OTHER), each typed where its own words or the gazetteer can tell, else pending.
 */
export function recogniseNames(text: string, words: NameWord[]): NameMention[] {
  const lowerWords = new Set<string>();
  for (const w of words) if (startsLowerCase(w.text)) lowerWords.add(w.text);
  const reading: Reading = { text, words, lowerWords, out: [] };
  for (const indices of findNameRuns(reading)) readRun(reading, { words: indices.map((k) => words[k]), first: indices[0], known: [] });
  const joined = joinIntroducedNames(text, joinListsInsideNames(text, joinFirmsOfTwoNames(text, joinPartnerships(text, reading.out))));
  const typed = typeVenuesByPlacement(text, typeClubsInSportsReports(text, typeTeamsByPluralVerb(text, joinSharedFeatureHeads(text, words, joinRoadNumbers(text, joined)))));
  return readOutletLines(text, readBylines(text, readPictureCredits(text, typed)));
}
