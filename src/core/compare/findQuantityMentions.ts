/**
 * Finds the quantities a unit states ("at least 12 people", "£2.3m", "a dozen trucks", "40%", "14
 * inbound flights", "a 30-metre dam"), read with {@link parseQuantity}, each with the words around
 * it that say what it counts; an age after a name or a person ("Rosa Mamani, 58,", "a boy, 3,")
 * gets the unit "year of age". A number word alone counts only as a tally's value ("the toll rose
 * to seven") or the members of a group ("fourteen of their colleagues"); a change or a share told
 * as a fraction is a percentage ("halved" is 50 %, "nearly half of its exports" nearly 50 %), and a
 * share of a counted whole a count ("a third of the 90 workers" is 30 workers); "half a million" is
 * 500,000, "28C" a temperature; a noun a hyphened participle qualifies is what is counted ("ten
 * sargassum-collecting vessels"), a verb right after a number its verb ("28,114 filled the
 * stadium", "three remain missing"); the year a plan is dated by is a figure of its own ("due to
 * open in 2027"). Other dates, clock times, years, spans of time that place or frame something
 * ("four years ago", "ten years after the war", "in the first six hours"), scores ("won 3-1"), a
 * family's size ("her two children") and rates of exchange ("$1 = 150.3 yen") are not quantities
 * anyone reports differently, and are skipped.
 */
import { isRange, parseQuantity, type Quantity } from '../values/parseQuantity';
import { MONTH_PATTERN } from '../values/monthNames';
import { TIME_UNITS, UNIT_WORDS } from '../values/units';
import type { Span } from '../types';
import { countBefore } from '../speakers/readingContext';
import { measureOf } from './conceptClasses';
import type { Word } from './readWords';
import type { CompareContext } from './compareContext';
import type { TextUnit } from './splitIntoUnits';
import { tallyNounBefore } from './tallyOf';
import { wordTable } from '../text/wordTable';
import { isRoleNoun } from '../entities/gazetteer';

/** A quantity stated in a unit. */
export interface QuantityMention extends Span {
  quantity: Quantity;
  /** Index of the first word of the unit after the mention. */
  after: number;
  /** Index of the last word of the unit before the mention (-1 when none). */
  before: number;
  /** True for an age in apposition to a name ("Graham Thornley, 54, of Otley Road"). */
  age: boolean;
  /** True for an ordinal ("12th", "sixth"). */
  ordinal: boolean;
  /** The past participle between the number and its noun, folded ("trapped" in "19 trapped miners"). */
  state?: string;
  /**
   * True for a number joined by a hyphen to the noun it counts, the compound qualifying another
   * noun ("an eight-storey building", "a three-day strike"): a property of a thing, never a count
   * of the dead, the injured or a crowd.
   */
  compound?: boolean;
  /** True for the count a share is taken of ("the 90 workers" in "a third of the 90 workers were injured"). */
  whole?: boolean;
  /**
   * For a share of a counted whole ("a third of the 90 workers"), the end of the whole's number:
   * the words after it tell what the share counts.
   */
  wholeEnd?: number;
}

/** The unit of a person's age ("Rosa Mamani, 58,", "a 27-year-old"). */
export const AGE_UNIT = 'year of age';

/** The word right before a comma that ends the text before a number, captured. */
const WORD_BEFORE_COMMA = /(\p{L}[\p{L}'’-]*),\s*$/u;

/**
 * A bare number from 1 to 119 set off by commas right after a name ("Rosa Mamani, 58,") or after
 * one person named by what they are ("a boy, 3, needs surgery", "the driver, 61, was unhurt").
 */
function isAge(text: string, start: number, end: number, core: string): boolean {
  const value = Number(core);
  if (!Number.isInteger(value) || value <= 0 || value >= 120 || !/^\s*,/.test(text.slice(end))) return false;
  const word = WORD_BEFORE_COMMA.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  return word !== undefined && (/^\p{Lu}/u.test(word) || (isRoleNoun(word) && !/[^s]s$/.test(word)));
}

const QUALIFIER =
  '(?:at least|no fewer than|no less than|a minimum of|more than|less than|fewer than|just over|just under|well over|well under|over|under|upwards of|in excess of|exceeding|exceeded|topped|nearly|almost|close to|just shy of|about|around|approximately|roughly|in the region of|some|up to|as many as|as much as|a maximum of|an estimated)\\s+';
const SMALL = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const SCALE = '(?:\\s?(?:%|per ?cent|million|billion|trillion|thousand|crore|lakh|bn|mn|m|k|tn)(?![\\p{L}\\d]))';
const CURRENCY = '(?:[$£€¥₹₱₫฿₦৳₸₩₺₪₽]|Rs\\.?|R(?=\\d[\\d,.]*\\s?(?:bn|billion|million|mn|m|tn|trillion)(?![\\p{L}\\d]))|(?:US|A|C|HK|NZ|S|R)\\$|(?:USD|EUR|GBP|DKK|SEK|NOK|CHF|JPY|CNY|INR|RUB|AUD|CAD|HKD|BRL|ZAR|KRW|TRY|ILS|UAH|PLN|NZD|MXN|SGD|SAR|SR|AED|QAR|EGP|PKR|KES|KSh|TSh|TZS|USh|UGX|MZN|NGN)\\s?)';
/** A unit written onto its number ("185km", "40mph", "300MW", "31C", "28°C"). */
const GLUED_UNIT = '(?:km|kg|ft|ha|mph|kmh|mw|gw|kw|mwh|gwh|kwh|°?c|°?f)(?![\\p{L}\\d])';
const DIGITS = `(?:${CURRENCY}\\s?)?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:${SCALE}|${GLUED_UNIT}|(?![\\p{L}\\d:/]|\\.\\d))`;
/**
 * Ordinals count only before a counted noun ("the 12th minute", "his sixth goal", "on the third
 * floor"), and meet only ordinals of that noun; "first" mostly orders things ("the first time",
 * "the first half") and is left out.
 */
const ORDINAL = '\\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth';
/** A scale counted whole or by a fraction ("a million", "half a million", "a quarter of a million"). */
const OF_A_SCALE = '(?:(?:half|a quarter of|three quarters of) )?a (?:million|billion)';
const WORDS = `${OF_A_SCALE}|(?:a |one )?(?:dozen|hundred|thousand)|(?:(?:${TENS})(?:-(?:${SMALL}))?|(?:${SMALL}))(?: hundred| dozen)?`;
/** A half added to a number in words ("six and a half years"). */
const AND_A_HALF = '(?:\\s+and\\s+a\\s+half(?![\\p{L}-]))?';
/** A unit of length squared or cubed after a number ("m³", "km²"), captured. */
const SQUARED_OR_CUBED = /^\s?((?:k|c)?m[²³])(?![\p{L}\d])/u;
/** A hyphen after a number word that joins it to another number or a fraction ("two-thirds"), not to a noun ("eight-storey"). */
const JOINED_NUMBER = `-(?:${SMALL}|${TENS}|thirds?|quarters?|half|halves|fifths?|tenths?)(?![\\p{L}])`;
const MENTION = new RegExp(`(?<![\\p{L}\\d.,])(?:${QUALIFIER})?(?:${DIGITS}|(?:${WORDS}|${ORDINAL})(?!\\p{L}|${JOINED_NUMBER})${AND_A_HALF}${SCALE}?)`, 'giu');
/** The qualifier opening a mention ("at least ", "an estimated "). */
const LEADING_QUALIFIER = new RegExp(`^${QUALIFIER}`, 'i');
/** A mention that is an ordinal and nothing else. */
const ONLY_ORDINAL = new RegExp(`^(?:${ORDINAL})$`, 'i');

/** Irregular past tenses that follow a count as its verb ("50,000 took part", "3,000 fled", "about 200 went missing"). */
const PAST_VERBS = new Set(['took', 'fled', 'went', 'came', 'ran', 'gave', 'got', 'stood', 'sat', 'fought', 'began', 'spent', 'kept', 'brought', 'sought', 'chose', 'flew', 'rode', 'swam', 'drove', 'wrote']);

/**
 * Verbs in the present tense that follow a count of people as its verb, telling where or how
 * they are ("three remain unaccounted for", "two stay in intensive care", "four face charges",
 * "five need surgery", "two await trial"): none is a noun a number counts.
 */
const PRESENT_VERBS = new Set(['remain', 'stay', 'face', 'need', 'await', 'survive', 'die']);

/**
 * True for a verb right after a count, which is its verb, never what it counts: a past tense,
 * irregular ("50,000 took part") or in -ed and naming no measure ("a crowd of 28,114 filled the
 * stadium", "58,000 watched"), or a present tense of {@link PRESENT_VERBS} ("three remain
 * missing"); the count's noun is left unsaid. A past tense that names a measure is what a
 * headline counts ("Seven killed, 12 injured"), and stays.
 */
function isVerbAfterCount(word: Word): boolean {
  return PAST_VERBS.has(word.folded) || PRESENT_VERBS.has(word.folded) || (word.folded.length > 4 && word.folded.endsWith('ed') && measureOf(word.folded, word.stem) === undefined && !(word.folded in UNIT_WORDS));
}

/**
 * "of" after "pounds" and what they are of, unless it is money: "2 million pounds of beef" weigh,
 * "60 million pounds of equity", "of public money", "of taxpayers' money" are sterling.
 */
const WEIGHED_OF = /^\s+of\s+(?!(?:new\s+|fresh\s+|additional\s+|extra\s+|public\s+|taxpayers['’]?\s+|government\s+|state\s+)*(?:money|cash|funds?|funding|investment|equity|capital|debt|loans?|savings|spending|cuts|revenue|sales|profits?|losses|assets|income|subsid(?:y|ies)|grants?|aid)\b)/iu;

/** A month's name ending the text before a number ("Aug. 13", "March 3"), not the end of a longer word ("Abidjan. Nine"). */
const MONTH_BEFORE = new RegExp(`(?<!\\p{L})(?:${MONTH_PATTERN})\\.?$`, 'iu');
/** A month's name right after a number ("13 August"), and not a word it begins ("40 junior doctors", "5 Marines"). */
const MONTH_AFTER = new RegExp(`^\\s*(?:${MONTH_PATTERN})\\b`, 'i');

/** True for a mention that is a date, a year, a clock time or a number in a name ("Il-76"). */
function isDateLike(text: string, start: number, end: number, core: string): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 12);
  if (MONTH_BEFORE.test(before.trimEnd()) || MONTH_AFTER.test(after)) return true;
  if (/^\s*(?:a\.?m\.?|p\.?m\.?|gmt|utc|local time)\b/i.test(after)) return true;
  if (/[-–]$/.test(before) && /\p{L}$/u.test(before.slice(0, -1)) && !MAGNITUDE_BEFORE.test(before)) return true;
  // A year-like number counts the plural noun after it ("2000 homes"), not a capitalised one, which
  // names what the year dates ("the 2036 Games", "the Rio 2016 Olympics").
  return /^(?:1[89]|20)\d\d$/.test(core) && !/^\s*(?:people|person|\p{Ll}+s)\b/u.test(after.replace(/^\s*(?:more|other)\s+/, ''));
}

/** The second number of a range or a score, in digits ("-57 billion", "–DKK57bn", "-4%", "-1"). */
const SECOND_NUMBER = `(?:${CURRENCY}\\s?)?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?${SCALE}?`;
/** The second half of a range after a number ("-57 billion", "–DKK57bn", "-4%"). */
const RANGE_TAIL = new RegExp(`^\\s?[-–]\\s?${SECOND_NUMBER}`, 'iu');
/** The second half of a range opened by "between" ("between 3 and 4 per cent"). */
const BETWEEN_TAIL = new RegExp(`^\\s+and\\s+${SECOND_NUMBER}`, 'iu');

/**
 * A number phrase with the range it opens ("55-57 billion", "DKK55bn-DKK57bn", "3-4%", "between
 * 3 and 4 per cent"), so that the range is compared whole: a scale or unit after the second
 * number is the first's too. Null for a score or a tally ("won 3-1", "drew 1-1"): a second number
 * after a dash that is not larger than the first makes two results, not a quantity anyone reports
 * differently.
 */
function withRange(text: string, start: number, phrase: string): { phrase: string; reading: string } | null {
  const rest = text.slice(start + phrase.length, start + phrase.length + 40);
  const alone = { phrase, reading: phrase };
  if (!/\d/.test(phrase)) return alone;
  const between = /\bbetween\s+$/i.test(text.slice(Math.max(0, start - 9), start)) ? BETWEEN_TAIL.exec(rest) : null;
  if (between) {
    const reading = `between ${phrase}${between[0]}`;
    const range = parseQuantity(reading);
    return isRange(range) ? { phrase: `${phrase}${between[0]}`, reading } : alone;
  }
  const tail = RANGE_TAIL.exec(rest);
  if (!tail) return alone;
  const range = parseQuantity(`${phrase}${tail[0]}`);
  return isRange(range) && range.low < range.high ? { phrase: `${phrase}${tail[0]}`, reading: `${phrase}${tail[0]}` } : null;
}

/** The mention starting at `start` of the whole text, or null. */
function readWhole(text: string, start: number): string | null {
  const sticky = new RegExp(MENTION.source, 'iuy');
  sticky.lastIndex = start;
  const m = sticky.exec(text);
  return m ? m[0] : null;
}

/** True for a word that looks like a plural noun ("flights", "homes"; not "glass", "his"). */
function isPlural(word: string): boolean {
  return word.length > 3 && /[^su']s$/i.test(word);
}

/** A participle or a word of direction, which modifies the noun after it ("arriving", "displaced", "inbound"). */
const MODIFIER = /^\p{Ll}{2,}(?:ing|ed|bound|ward)$/u;

/**
 * True when `nounText`, after the word `first` that follows a number, is the head of a compound
 * noun that the number counts ("2,000 railway wagons", "40 fire engines"). Not when the compound
 * names a measure by its first noun ("800 job cuts", "12 death threats"), nor when the head is a
 * unit the first word qualifies ("11m cubic metres").
 */
function isCompoundHead(first: Word, nounText: string): boolean {
  return isPlural(nounText) && !isPlural(first.folded) && !(first.folded in UNIT_WORDS) && !(nounText.toLowerCase() in UNIT_WORDS) && measureOf(first.folded, first.stem) === undefined;
}

/** A word joined to a number by a hyphen, and the word after the compound when one follows ("-storey residential"). */
const HYPHENED = /^-(\p{L}+)(\s+\p{L})?/u;
/** Words joined to a number that are no noun it counts ("a 3,000-strong crowd", "40-odd", "a three-fold rise", "a 30-year-old"). */
const NOT_COUNTED_AFTER_HYPHEN = new Set(['old', 'strong', 'fold', 'odd', 'plus', 'something', 'long', 'wide', 'high', 'deep', 'tall', 'year-old', 'magnitude']);

/** The unit of an earthquake's magnitude. */
const MAGNITUDE = 'magnitude';
/** "Magnitude" right before a number ("a magnitude 6.1 quake", "a magnitude-6.1 earthquake", "a magnitude of 6.1"). */
const MAGNITUDE_BEFORE = /magnitude(?:\s+of)?(?:\s+|\s?[-–])$/i;
/** "Magnitude" right after a number ("a 5.8-magnitude earthquake", "a 5.8 magnitude quake"). */
const MAGNITUDE_AFTER = /^(?:\s|[-–])magnitude\b/i;

/**
 * A hyphen and a participle after a word, then the noun they qualify, captured ("-collecting
 * vessels", "-fired plants", "-made jets", "-hit villages").
 */
const HYPHENED_PARTICIPLE = /^-(?:\p{Ll}+(?:ing|ed)|made|built|run|led|born|held|grown|hit)\s+(\p{Ll}{3,})(?![\p{L}-])/u;

/** An age after its number, hyphened or spaced ("-year-old", "-years-old", " years old", " year old"). */
const YEARS_OLD = /^[-\s]years?[-\s]old\b/i;

/** A past tense of "be" right before a number ("was 19 years old"). */
const PAST_BE = /\b(?:was|were)\s+$/i;

/** Months added to a number of years ("seven years and six months"), the months' number captured. */
const MONTHS_ADDED = /^\s+years?\s+and\s+([\p{L}\d-]+)\s+months?\b/iu;

/** Words before a span of time that make it the frame of another figure ("in the first three hours"). */
const FRAME_WORDS = new Set(['first', 'past', 'last', 'next', 'coming', 'previous', 'following', 'final', 'opening']);

/**
 * Words before a span of time followed by "after" or "before" that make it a length ("jailed for
 * six years after", "sentenced to 12 years after", "the talks lasted nine hours before").
 */
const DURATION_GOVERNORS = new Set(['for', 'to', 'lasted', 'lasting', 'lasts', 'last', 'took', 'taking', 'takes', 'take', 'waited', 'waiting', 'spent', 'spending', 'served', 'serving']);

/**
 * True for a span of time that places or frames something rather than measures it: a point in the
 * past ("four years ago", "three days earlier"), a time told from another event ("Ten years after
 * the Games", "arrested two days before the vote") or the window another figure is counted in ("in
 * the first three hours", "over the past 24 hours", "the next two weeks"). Two reports give such
 * spans of different things, not one quantity differently.
 */
function isTimeFrame(unit: TextUnit, before: number, after: number, quantity: Quantity, ordinal: boolean): boolean {
  if (!quantity.unit || !TIME_UNITS.has(quantity.unit) || after < 0) return false;
  const next = unit.words[after + 1]?.folded;
  const previous = unit.words[before]?.folded ?? '';
  // A position ("in the 68th minute after a corner") is told by its number, not from another event.
  if ((next === 'after' || next === 'before') && !ordinal && !DURATION_GOVERNORS.has(previous)) return true;
  // "Following" frames a span after a determiner ("the following two weeks"); alone it is a
  // preposition, "after" ("following 21 days of debate"), before a length.
  if (previous === 'following' && !DETERMINERS.has(unit.words[before - 1]?.folded ?? '')) return false;
  return next === 'ago' || next === 'earlier' || next === 'later' || FRAME_WORDS.has(previous);
}

/** Determiners that make "following" an adjective ("the following two weeks"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'our']);

/** A possessive of one person right before a number. */
const PERSONAL = /\b(?:his|her|my|your|their)\s+$/i;
/** Kin a family is counted in, right after the number. */
const KIN = /^\s+(?:young\s+)?(?:children|sons|daughters|kids|grandchildren|brothers|sisters|siblings)\b/i;

/**
 * "of" and a determiner, then a word, or "of" and a pronoun: what a number before them counts
 * ("fourteen of their colleagues"), or the part of a count it is ("Six of them were in a critical
 * condition", "two of whom were children").
 */
const OF_GROUP = /^\s+of\s+(?:(?:the|their|its|his|her|our|those|these)\s+[\p{L}\d]|(?:them|whom)(?![\p{L}]))/iu;
/** The plural noun a group after "of" is named by, a few words on ("of the train's 22 coaches", "of their colleagues"). */
const GROUP_NOUN = /^\s+of\s+(?:the|their|its|his|her|our|those|these)\s+(?:[\p{L}\d,'’-]+\s+){0,2}?(\p{Ll}{3,}[^su'’\s]s)\b/u;

/**
 * True when the number word `core`, ending at `end`, counts members of a group named after it
 * ("fourteen of their colleagues", "three of the crew"). "One of the" is left out: it mostly singles
 * out one thing ("one of the largest mines") rather than counting.
 */
function countsGroupPart(text: string, end: number, core: string): boolean {
  return !/^(?:one|a|an)\b/i.test(core) && OF_GROUP.test(text.slice(end, end + 40));
}

/**
 * The words of `unit` around the span `start`–`end`: the index of the last word ending by `start`
 * (-1 when none) and of the first word starting at or after `end` (-1 when none).
 */
function wordsAround(unit: TextUnit, start: number, end: number): { before: number; after: number } {
  const words = unit.words;
  // Words are in text order: those ending by `start` come first, then those starting at or after `end`.
  const after = countBefore(words, end, (w) => w.start);
  return { before: countBefore(words, start + 1, (w) => w.end) - 1, after: after < words.length ? after : -1 };
}

/**
 * Each unit's mentions by unit id, read once per comparison (numeric discrepancies and restated
 * figures both ask) and kept only as long as the comparison's context: the alignments built after
 * the findings do not need them.
 */
const READ = new WeakMap<CompareContext, Array<readonly QuantityMention[] | undefined>>();

/** The quantities stated in a unit of a comparison, read once per comparison (see {@link findQuantityMentions}). */
export function quantityMentionsOf(ctx: CompareContext, unit: TextUnit): readonly QuantityMention[] {
  let byUnit = READ.get(ctx);
  if (!byUnit) {
    byUnit = new Array<readonly QuantityMention[] | undefined>(ctx.units.length);
    READ.set(ctx, byUnit);
  }
  return (byUnit[unit.id] ??= findQuantityMentions(ctx.sources[unit.source].analysis.text, unit));
}

/** The quantities stated in a unit of `text` (its source's text), with the word positions around them. */
export function findQuantityMentions(text: string, unit: TextUnit): QuantityMention[] {
  const mentions: QuantityMention[] = [];
  const slice = text.slice(unit.start, unit.end);
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(slice); m; m = MENTION.exec(slice)) {
    const start = unit.start + m.index;
    // A number a wrong sentence break cut ("DKK1." | "1bn") is read whole from the text, at its start.
    const whole = /^[.,]\d/.test(text.slice(start + m[0].length, start + m[0].length + 2)) ? readWhole(text, start) ?? m[0] : m[0];
    const ranged = withRange(text, start, whole);
    if (ranged === null) {
      // A score: neither of its numbers is a quantity.
      MENTION.lastIndex = start + whole.length + (RANGE_TAIL.exec(text.slice(start + whole.length))?.[0].length ?? 0) - unit.start;
      continue;
    }
    const { phrase, reading } = ranged;
    const end = start + phrase.length;
    // The second number of a range is not a mention of its own.
    if (phrase !== whole) MENTION.lastIndex = end - unit.start;
    const core = phrase.replace(LEADING_QUALIFIER, '');
    if (isDateLike(text, start, end, core) || /\d[.,]$/.test(text.slice(Math.max(0, start - 2), start))) continue;
    // Either side of an equals sign is a rate of exchange or of conversion ("($1 = 150.3 yen)",
    // "(£1 = €1.16)"), which a wire appends to its figures: no figure of the story.
    if (/^\s*=/.test(text.slice(end, end + 3)) || /=\s*$/.test(text.slice(Math.max(0, start - 3), start))) continue;
    // A count of someone's family ("her two children", "his three sons") is a detail of one life,
    // which another report gives of another person, not a figure of the event.
    if (PERSONAL.test(text.slice(Math.max(0, start - 6), start)) && KIN.test(text.slice(end, end + 16))) continue;
    const { before, after } = wordsAround(unit, start, end);
    const next = after >= 0 ? unit.words[after] : undefined;
    const ordinal = ONLY_ORDINAL.test(core);
    const isWordNumber = !/\d/.test(core) || ordinal;
    // A counted noun right after the number is its unit ("12 people", "a dozen trucks"); number
    // words and ordinals without one are too often no quantity ("one of the", "the first time").
    let counted = next && next.content && /^\p{L}/u.test(next.folded) && /^\s*$/.test(text.slice(end, next.start)) ? ` ${text.slice(next.start, next.end)}` : '';
    // "Pounds" of a thing weigh ("2 million pounds of beef"); in millions, without "of" or of money
    // ("60 million pounds of equity"), they are sterling (see parseQuantity).
    if (counted && UNIT_WORDS[next!.folded] === 'lb' && WEIGHED_OF.test(text.slice(next!.end, next!.end + 40))) counted = `${counted} of`;
    // A unit of two words whose first is a stop word is still the unit ("3.9 million US dollars").
    const pair = next && !counted && /^\s+$/.test(text.slice(end, next.start)) ? /^\p{L}+ \p{L}+/u.exec(text.slice(next.start, next.start + 24)) : null;
    if (pair && pair[0].toLowerCase() in UNIT_WORDS) counted = ` ${pair[0]}`;
    // A unit with a power sign is one unit ("2 million m³", "40 km²"), whatever the tokens are.
    const powered = SQUARED_OR_CUBED.exec(text.slice(end, end + 6));
    if (powered) counted = ` ${powered[1]}`;
    // A unit written with a slash is one unit ("160 km/h").
    const slashed = counted ? /^\/\p{L}+/u.exec(text.slice(next!.end, next!.end + 8)) : null;
    if (slashed && `${counted.trim()}${slashed[0]}`.toLowerCase() in UNIT_WORDS) counted = `${counted}${slashed[0]}`;
    // A word joined by a hyphen to a participle qualifies the noun after it, which is what is
    // counted ("ten sargassum-collecting vessels", "40 coal-fired plants", "two Russian-made jets").
    const qualified = counted ? HYPHENED_PARTICIPLE.exec(text.slice(next!.end, next!.end + 40)) : null;
    if (qualified) counted = ` ${qualified[1]}`;
    // A measure joined by a hyphen is the unit of an adjective phrase ("a 30-metre dam", "a 40-tonne
    // truck"), and so is a noun that such a phrase puts before another ("an eight-storey building",
    // "a three-day strike", "the 27-member bloc").
    const joined = HYPHENED.exec(text.slice(end, end + 40));
    const compound = !counted && joined !== null && (joined[1].toLowerCase() in UNIT_WORDS || (joined[2] !== undefined && !NOT_COUNTED_AFTER_HYPHEN.has(joined[1].toLowerCase())));
    if (compound) counted = ` ${joined[1]}`;
    // A unit of two or three words is read whole ("30 square kilometres", "80 miles per hour"). An
    // adjective is not what is counted: "1.1 billion Danish crowns" counts crowns, "14 inbound
    // flights" and "22 arriving flights" count flights. A capitalised word before a lower-case one
    // is an adjective; so is a participle or a word of direction before a plural noun. Nor is the
    // first noun of a compound, whose head comes last: "2,000 railway wagons" counts wagons.
    const noun = after >= 0 ? unit.words[after + 1] : undefined;
    const nounText = noun ? text.slice(noun.start, noun.end) : '';
    let state: string | undefined;
    const third = after >= 0 ? unit.words[after + 2] : undefined;
    const threeWords = counted && third ? text.slice(next!.start, third.end) : '';
    if (/^\p{L}+ \p{L}+ \p{L}+$/u.test(threeWords) && threeWords.toLowerCase() in UNIT_WORDS) counted = ` ${threeWords}`;
    // A unit of two words may end in a name ("31 degrees Celsius").
    else if (counted && noun && /^\s+$/.test(text.slice(next!.end, noun.start)) && `${counted.trim()} ${nounText}`.toLowerCase() in UNIT_WORDS) counted = `${counted} ${nounText}`;
    else if (counted && noun && noun.content && /^\p{Ll}/u.test(nounText) && /^\s+$/.test(text.slice(next!.end, noun.start))) {
      if (`${counted.trim()} ${nounText}`.toLowerCase() in UNIT_WORDS) counted = `${counted} ${nounText}`;
      else if (/^ \p{Lu}/u.test(counted) || (MODIFIER.test(counted.trim()) && isPlural(nounText))) {
        if (/ed$/.test(next!.folded)) state = next!.folded;
        counted = ` ${nounText}`;
      } else if (isCompoundHead(next!, nounText)) counted = ` ${nounText}`;
      // A compound of three words counts its head, the last ("12,000 stored card numbers", "18,000
      // credit card numbers", "40 light rail vehicles"): two words that are no plural qualify it.
      else if (third && !compound && isCompoundHead(noun, text.slice(third.start, third.end)) && /^\s+$/.test(text.slice(noun.end, third.start)) && !isPlural(next!.folded) && !(next!.folded in UNIT_WORDS)) {
        counted = ` ${text.slice(third.start, third.end)}`;
      }
    }
    // A verb read as the counted word, with no noun after it that it qualifies, is the count's
    // verb ("28,114 filled the stadium", "twenty-nine feared dead", "three remain unaccounted
    // for"): the count is of something left unsaid, often people, and a number word too is then a count.
    const verbAfter = counted !== '' && counted.trim() === next?.folded && isVerbAfterCount(next);
    if (verbAfter) counted = '';
    // A number word alone is a quantity only as a tally's value ("the toll rose to seven") or as a
    // count of the group named after "of" ("killed fourteen of their colleagues").
    if (isWordNumber && !counted && !verbAfter && (ordinal || (tallyNounBefore(unit.words, before) < 0 && !countsGroupPart(text, end, core)))) continue;
    // A count of a group's members counts what the group is named by ("Eight of the train's 22 coaches").
    const group = counted || ordinal ? null : GROUP_NOUN.exec(text.slice(end, end + 60));
    if (group) counted = ` ${group[1]}`;
    const quantity = parseQuantity(`${reading}${counted}`);
    // A quake's magnitude, however written, is one measure ("magnitude 6.1" / "a 5.8-magnitude earthquake").
    if (quantity && (MAGNITUDE_BEFORE.test(text.slice(Math.max(0, start - 14), start)) || MAGNITUDE_AFTER.test(text.slice(end, end + 11)))) quantity.unit = MAGNITUDE;
    if (!quantity || isTimeFrame(unit, before, after, quantity, ordinal)) continue;
    // "seven years and six months" is seven and a half years; its months are no figure of their own.
    const months = quantity.unit === 'year' ? MONTHS_ADDED.exec(text.slice(end, end + 40)) : null;
    const addedMonths = months ? parseQuantity(months[1])?.value : undefined;
    if (months && addedMonths !== undefined && addedMonths < 12) {
      quantity.value += addedMonths / 12;
      MENTION.lastIndex = end + months[0].length - unit.start;
    }
    const age = isAge(text, start, end, core);
    // "a 32-year-old man" and "a 70 year old woman" give an age too, which a sentence of years
    // ("jailed for 30 years") is not.
    const ofAge = age || YEARS_OLD.test(text.slice(end, end + 12));
    // An age told in the past ("he was 19 years old when", "I was 11 years old, on the barriers")
    // is one at a past moment, not the age a peer gives of the person now ("Price, 21,").
    if (ofAge && PAST_BE.test(text.slice(Math.max(0, start - 6), start))) continue;
    const mention: QuantityMention = { start, end, quantity: ofAge ? { ...quantity, unit: AGE_UNIT } : quantity, after: after >= 0 ? after : unit.words.length, before, age, ordinal };
    if (state) mention.state = state;
    if (compound) mention.compound = true;
    mentions.push(mention);
  }
  const fractions = fractionFigures(text, unit);
  // A number a share is taken of ("a third of the 90 workers were injured") counts the whole, which
  // other reports restate; what the sentence tells of the share is not told of it.
  for (const mention of mentions) if (fractions.some((share) => share.wholeEnd !== undefined && share.end < mention.start && mention.end <= share.wholeEnd)) mention.whole = true;
  // The numbers of a rate told in words ("one in five adults") are the rate's, no counts of their own.
  const own = mentions.filter((mention) => !fractions.some((rate) => rate.start <= mention.start && mention.end <= rate.end));
  return [...own, ...fractions, ...plannedYears(text, unit)].sort((a, b) => a.start - b.start);
}

/**
 * A rate told in words, with its hedge, as the percentage it is ("one in five adults" is about 20
 * %, a round rate as "about" is; "nearly one in 10 children" nearly 10 %, "two in three voters"):
 * the number before "in" and the one after, captured.
 */
const ONE_IN = new RegExp(`(?<![\\p{L}\\d-])(${QUALIFIER})?(one|two|three|four|five|six|seven|eight|nine|\\d)\\s+in\\s+(?:every\\s+)?(${SMALL}|twenty|thirty|forty|fifty|a hundred|\\d{1,3})(?![\\p{L}\\d,.-])`, 'giu');

/**
 * What every {@link ONE_IN} match holds, found far faster than the whole pattern with its
 * look-behind can be tried at every position: most units hold no such rate, and are passed over.
 */
const MAY_HOLD_ONE_IN = /(?:one|two|three|four|five|six|seven|eight|nine|\d)\s+in\s/iu;

/** Changes told as a fraction, with the share of the whole they change by ("halved" is 50 %). */
const FRACTION_CHANGES: Record<string, number> = wordTable({
  halved: 50, 'by half': 50, 'by a half': 50, 'by a third': 100 / 3, 'by a quarter': 25, 'by two-thirds': 200 / 3, 'by three-quarters': 75,
  doubled: 100, tripled: 200, trebled: 200, quadrupled: 300,
});
const FRACTION_CHANGE = new RegExp(`(?<![\\p{L}-])(?:${Object.keys(FRACTION_CHANGES).join('|')})(?![\\p{L}-])`, 'giu');

/** What every {@link FRACTION_CHANGE} match holds, tested first for speed (see {@link MAY_HOLD_ONE_IN}). */
const MAY_HOLD_FRACTION_CHANGE = /halved|by (?:half|a |two|three)|doubled|tripled|trebled|quadrupled/iu;

/** Units of time a fraction of one may be told of ("half an hour", "a quarter of an hour"). */
const TIME_WORDS = 'minute|hour|day|week|month|year|decade';

/** Fractions of one unit of time, by the words before the unit ("a quarter of an hour"). */
const TIME_FRACTIONS: Record<string, number> = wordTable({ 'a quarter of': 0.25, 'three quarters of': 0.75, half: 0.5, 'half of': 0.5 });

/**
 * A span of time told as a fraction of one unit, or as one and a half ("a quarter of an hour",
 * "half a day", "an hour and a half"), with its hedge: the fraction's words, the unit, or the unit
 * of "and a half", captured.
 */
const TIME_FRACTION = new RegExp(
  `(?<![\\p{L}-])(?:${QUALIFIER})?(?:(a quarter of|three[ -]quarters of|half(?: of)?) an? (${TIME_WORDS})|an? (${TIME_WORDS}) and a half)(?![\\p{L}-])`,
  'giu',
);

/** What every {@link TIME_FRACTION} match holds, tested first for speed (see {@link MAY_HOLD_ONE_IN}). */
const MAY_HOLD_TIME_FRACTION = /quarter|half/iu;

/** Shares of a whole told as a fraction, before "of" ("nearly half of its exports" is nearly 50 %). */
const FRACTION_SHARES: Record<string, number> = wordTable({
  half: 50, 'a third': 100 / 3, 'one third': 100 / 3, 'one-third': 100 / 3, 'two-thirds': 200 / 3, 'two thirds': 200 / 3,
  'a quarter': 25, 'one quarter': 25, 'three-quarters': 75, 'three quarters': 75, 'a fifth': 20, 'one fifth': 20, 'a tenth': 10,
});
/**
 * A share told as a fraction, with its hedge, of a whole it names ("more than half of the crop",
 * "about a third of Kenya's tea"); not a part of a period ("the first half of the year"), nor a
 * share of a whole only pointed at ("less than a third of what it needed", "a fifth of that"),
 * which says too little of what it is a share of to be matched with another report's figure.
 */
const FRACTION_SHARE = new RegExp(
  `(?<![\\p{L}-])(?<!(?:first|second|last|the|latter|former|other)\\s)(?:${QUALIFIER})?(${Object.keys(FRACTION_SHARES).join('|')})` +
    `(?=\\s+of\\s+(?!(?:what|that|this|it|them|those|these|which|whom|a million|a billion|an? (?:${TIME_WORDS}))\\b))`,
  'giu',
);

/** What every {@link FRACTION_SHARE} match is followed by, tested first for speed (see {@link MAY_HOLD_ONE_IN}). */
const MAY_HOLD_FRACTION_SHARE = /\sof\s/iu;

/**
 * Figures told as a fraction, as the percentage they are: a change ("halved rations", "cut
 * rations by half", "doubled its fleet") meets "cut rations by 40 percent" in another report, a
 * share ("buys nearly half of the country's wheat") meets "takes about 40 percent of its wheat".
 * A span of time told by a fraction ("a quarter of an hour", "an hour and a half") is the span it
 * is: it meets "nearly 12 minutes" in another report.
 */
function fractionFigures(text: string, unit: TextUnit): QuantityMention[] {
  const mentions: QuantityMention[] = [];
  const slice = text.slice(unit.start, unit.end);
  const add = (index: number, length: number, quantity: Quantity, wholeEnd?: number): void => {
    const start = unit.start + index;
    const { before, after } = wordsAround(unit, start, wholeEnd ?? start + length);
    const mention: QuantityMention = { start, end: start + length, quantity, after: after >= 0 ? after : unit.words.length, before, age: false, ordinal: false };
    if (wholeEnd !== undefined) mention.wholeEnd = wholeEnd;
    mentions.push(mention);
  };
  ONE_IN.lastIndex = 0;
  for (let m = MAY_HOLD_ONE_IN.test(slice) ? ONE_IN.exec(slice) : null; m; m = ONE_IN.exec(slice)) {
    const [part, whole] = [parseQuantity(m[2])?.value, parseQuantity(m[3])?.value];
    if (part !== undefined && whole !== undefined && part < whole) add(m.index, m[0].length, { value: (100 * part) / whole, unit: '%', qualifier: parseQuantity(m[0])?.qualifier ?? 'about' });
  }
  FRACTION_CHANGE.lastIndex = 0;
  for (let m = MAY_HOLD_FRACTION_CHANGE.test(slice) ? FRACTION_CHANGE.exec(slice) : null; m; m = FRACTION_CHANGE.exec(slice)) {
    add(m.index, m[0].length, { value: FRACTION_CHANGES[m[0].toLowerCase()], unit: '%', qualifier: null });
  }
  TIME_FRACTION.lastIndex = 0;
  for (let m = MAY_HOLD_TIME_FRACTION.test(slice) ? TIME_FRACTION.exec(slice) : null; m; m = TIME_FRACTION.exec(slice)) {
    const [fraction, unitWord] = m[1] ? [TIME_FRACTIONS[m[1].toLowerCase().replace('three-', 'three ')], m[2]] : [1.5, m[3]];
    // A span told by a fraction is a round one, hedged as "about" is unless its words say otherwise.
    add(m.index, m[0].length, { value: fraction, unit: UNIT_WORDS[unitWord.toLowerCase()] ?? unitWord.toLowerCase(), qualifier: parseQuantity(m[0])?.qualifier ?? 'about' });
  }
  FRACTION_SHARE.lastIndex = 0;
  for (let m = MAY_HOLD_FRACTION_SHARE.test(slice) ? FRACTION_SHARE.exec(slice) : null; m; m = FRACTION_SHARE.exec(slice)) {
    const qualifier = parseQuantity(m[0])?.qualifier ?? null;
    const share = FRACTION_SHARES[m[1].toLowerCase()];
    const whole = countedWhole(text, unit.start + m.index + m[0].length);
    if (whole) add(m.index, m[0].length, shareOfCount(share, whole.quantity, qualifier), unit.start + m.index + m[0].length + whole.length);
    else add(m.index, m[0].length, { value: share, unit: '%', qualifier });
  }
  return mentions;
}

/**
 * "of", a determiner or a possessive, and a number: the counted whole a fraction before them is a
 * share of ("a third of the 90 workers", "two-thirds of the plant's 1,200 employees", "half of
 * Chad's 18 million people").
 */
const OF_COUNTED_WHOLE = /^\s+of\s+(?:(?:the|its|their|his|her|our|those|these|all)\s+)?(?:[\p{L}.-]+['’]s\s+)?(?=\d)/iu;
/** A plain lower-case word: the noun after the whole's number. */
const COUNTED_NOUN = /^\s+(\p{Ll}+)(?![\p{L}-])/u;

/**
 * The count a fraction ending at `end` is a share of, when it is a number stated with its noun
 * ("of the 90 workers", "of its 1,200 staff", "of the £12m cost"): its quantity, and the length
 * of the text from `end` to the number's end. Undefined when a number does not follow, or a hedged
 * one ("of the nearly 200 passengers": no count to take a share of).
 */
function countedWhole(text: string, end: number): { quantity: Quantity; length: number } | undefined {
  const link = OF_COUNTED_WHOLE.exec(text.slice(end, end + 40));
  if (!link) return undefined;
  const numberAt = end + link[0].length;
  const number = readWhole(text, numberAt);
  if (!number || LEADING_QUALIFIER.test(number) || !/\d/.test(number)) return undefined;
  const noun = COUNTED_NOUN.exec(text.slice(numberAt + number.length, numberAt + number.length + 30));
  const quantity = parseQuantity(noun ? `${number} ${noun[1]}` : number);
  return quantity && !isRange(quantity) ? { quantity, length: numberAt + number.length - end } : undefined;
}

/**
 * The count a share of a counted whole is ("a third of the 90 workers" is 30 workers), in the
 * whole's unit. A fraction of a count is a round share of it, so it is hedged as "about" is (30
 * give or take one, or its rounding: "a third of the 100 workers" agrees with 33 and 34) unless a
 * hedge of its own says otherwise ("nearly half of the 300 passengers").
 */
function shareOfCount(share: number, whole: Quantity, qualifier: Quantity['qualifier']): Quantity {
  return { value: (whole.value * share) / 100, unit: whole.unit, qualifier: qualifier ?? 'about', rounding: 1 };
}

/** The unit of a year given as the date of a plan ("due to open in 2027"). */
export const PLANNED_YEAR = 'planned year';
/**
 * A year after the preposition that dates a plan by it ("in 2027", "from 2029", "by 2030"), or
 * by a part of it ("by the end of 2027", "by mid-2028", "in early 2029", "from the autumn of 2027"),
 * the preposition and the year captured.
 */
const YEAR_OF_PLAN = /\b(in|from|by|until|till)\s+(?:(?:the\s+)?(?:(?:very\s+)?(?:end|middle|start|beginning|first half|second half|spring|summer|autumn|fall|winter)\s+of\s+|(?:early|late|mid)[-\s]))?((?:20|21)\d\d)\b(?![-–/]\d)/giu;
/** What every {@link YEAR_OF_PLAN} match holds, tested first for speed (see {@link MAY_HOLD_ONE_IN}). */
const FOUR_DIGITS = /\d{4}/;
/** Words that make what a sentence tells a plan, which a year then dates ("is due to open in 2027"). */
const PLAN_WORDS = new Set(['will', 'would', 'should', 'due', 'planned', 'plans', 'plan', 'expected', 'expects', 'scheduled', 'aims', 'aim', 'target', 'targets', 'set', 'intends', 'hopes']);
/** Words before a planned year within which a plan word is looked for. */
const PLAN_REACH = 24;

/**
 * Years that date a plan ("the plant is due to open in 2027", "Brazil would export hydrogen from
 * 2029", "first deliveries planned from 2031"), as figures of the unit {@link PLANNED_YEAR}: two
 * reports of one plan may give two years. A year of the past or of a figure ("killed 4,900 people
 * in 2023") is no plan, and stays a date.
 */
function plannedYears(text: string, unit: TextUnit): QuantityMention[] {
  const mentions: QuantityMention[] = [];
  const slice = text.slice(unit.start, unit.end);
  YEAR_OF_PLAN.lastIndex = 0;
  for (let m = FOUR_DIGITS.test(slice) ? YEAR_OF_PLAN.exec(slice) : null; m; m = YEAR_OF_PLAN.exec(slice)) {
    const start = unit.start + m.index + m[0].length - m[2].length;
    const end = start + m[2].length;
    const { before, after } = wordsAround(unit, start, end);
    // The plan word is looked for before the preposition, however many words name the part of the year.
    const preposition = wordsAround(unit, unit.start + m.index, unit.start + m.index + m[1].length).before;
    let planned = false;
    for (let i = preposition; i >= Math.max(0, preposition - PLAN_REACH) && !planned; i--) planned = PLAN_WORDS.has(unit.words[i].folded);
    if (!planned) continue;
    mentions.push({ start, end, quantity: { value: Number(m[2]), unit: PLANNED_YEAR, qualifier: null }, after: after >= 0 ? after : unit.words.length, before, age: false, ordinal: false });
  }
  return mentions;
}
