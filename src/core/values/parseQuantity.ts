/**
 * Reads a quantity as newspapers write it, so that two sources giving the same quantity in
 * different words compare equal ("27 tonnes" / "27 tons", "2.4 million" / "2,400,000",
 * "40 per cent" / "40%", "$1.2bn" / "1.2 billion dollars") and different ones do not.
 *
 * The story: the phrase is lower-cased and split into words; a leading qualifier ("about",
 * "more than", "nearly", "up to"…) is taken off, then a currency sign, then the number itself —
 * digits (with thousands separators, decimals and a scale: "2.4 million", "$5bn", "800+"),
 * words ("twenty-seven", "a dozen", "two-thirds", "half"), a range ("10-12", "between 10 and 12",
 * "10 to 12") or a vague count ("thousands of") — and finally the unit, normalised.
 */
import { cardinalWord, collectiveWord, fractionWord, ordinalWord, scaleWord } from './numberWords';
import { CURRENCY_NAMES, CURRENCY_SIGNS, UNIT_WORDS } from './units';

/** How a quantity is hedged. */
export type QuantityQualifier = 'about' | 'at least' | 'more than' | 'less than' | 'nearly' | 'up to' | null;

/** A quantity read from text. `low`/`high` are set for ranges; `value` is then their midpoint. */
export interface Quantity {
  value: number;
  low?: number;
  high?: number;
  /**
   * Normalised unit ("t", "km", "%", "USD", "GBP", "EUR", "¤crown" for a currency name several
   * countries use, or a counted noun in the singular), or null.
   */
  unit: string | null;
  qualifier: QuantityQualifier;
  /** The place a figure counted in dozens is rounded to, which its value does not show: 12 for "three dozen" (36). */
  rounding?: number;
  /**
   * The place of the last digit written, in the figure's scale, for a figure written in digits:
   * 0.1 for "4.5%", 0.1 billion (1e8) for "3.1 billion", a billion for "$88 billion", one for
   * "2%" and "12,000" (whose zeros may or may not round it); unset for number words and ranges.
   */
  precision?: number;
}

/** True for a quantity read as a range ("3-4%", "between 55 and 57 billion"): both its ends are set. */
export function isRange(quantity: Quantity | null): quantity is Quantity & { low: number; high: number } {
  return quantity !== null && quantity.low !== undefined && quantity.high !== undefined;
}

const QUALIFIERS: Array<[string, Exclude<QuantityQualifier, null>]> = [
  ['more than', 'more than'], ['well over', 'more than'], ['over', 'more than'], ['exceeding', 'more than'], ['exceeded', 'more than'], ['topped', 'more than'], ['upwards of', 'more than'], ['in excess of', 'more than'], ['just over', 'more than'],
  ['at least', 'at least'], ['no fewer than', 'at least'], ['no less than', 'at least'], ['a minimum of', 'at least'],
  ['less than', 'less than'], ['fewer than', 'less than'], ['under', 'less than'], ['below', 'less than'], ['just under', 'less than'], ['well under', 'less than'],
  ['nearly', 'nearly'], ['almost', 'nearly'], ['close to', 'nearly'], ['just shy of', 'nearly'],
  ['up to', 'up to'], ['as many as', 'up to'], ['as much as', 'up to'], ['a maximum of', 'up to'],
  ['about', 'about'], ['around', 'about'], ['approximately', 'about'], ['approx.', 'about'], ['roughly', 'about'], ['some', 'about'],
  ['an estimated', 'about'], ['in the region of', 'about'], ['estimated', 'about'], ['circa', 'about'], ['c.', 'about'], ['almost', 'nearly'],
];

/** Words that may stand between a number and its counted noun ("about 100 aid trucks" counts trucks). */
const SKIPPABLE = new Set(['of', 'the', 'more', 'other', 'additional', 'extra', 'new', 'aid', 'humanitarian', 'relief']);

/** Lower-cases and spaces a phrase out so signs, numbers and words are separate words. */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[–—‐‑]/g, '-')
    .replace(/((?<![a-z])(?:us|a|c|hk|nz|s|r)\$|[$£€¥₹₽₩₺₪₱₫฿₦৳₸])/g, ' $1 ')
    // The rand's "R" before an amount ("R1.6 billion").
    .replace(/(?<![a-z])r(?=\d)/g, 'r ')
    .replace(/\b(usd|eur|gbp|dkk|sek|nok|chf|inr|rs|kes|ksh|sh|zar|cny|rmb|sar|sr|aed|qar|egp|pkr|pln|krw|nzd|mxn)(\d)/g, '$1 $2')
    .replace(/(\d)\s*(%|\+)/g, '$1 $2')
    .replace(/(\d)(bn|mn|mln|tn|trn|m|b|k|km|kg|t|ft|ha|mph|kmh|mw|gw|kw|mwh|gwh|kwh)\b/g, '$1 $2')
    .replace(/(\d)\s?(°?[cf])(?![a-z])/g, '$1 $2')
    .replace(/(\d)\s*-\s*(\d)/g, '$1 - $2')
    .replace(/(bn|mn|m|k|tn)-(?=[a-z$£€]{0,3}\s?\d)/g, '$1 - ')
    .split(/\s+/)
    .filter(Boolean);
}

const QUALIFIER_WORDS = QUALIFIERS.map(([phrase, q]) => [phrase.split(' '), q] as const);

/** Reads one number (digits with scale, or words) at `at`; returns [value, next index] or null. */
function readNumber(words: string[], at: number): [number, number] | null {
  let i = at;
  let value: number | undefined;
  const w = words[i];
  if (w === undefined) return null;
  if (/^\d[\d,]*(\.\d+)?$/.test(w) || /^\.\d+$/.test(w)) {
    value = Number(w.replace(/,/g, ''));
    i++;
  } else if ((w === 'a' || w === 'an') && words[i + 1] !== undefined && scaleWord(words[i + 1]) !== undefined) {
    // "a million people": one of the scale, which the loop below multiplies.
    value = 1;
    i++;
  } else if ((w === 'a' || w === 'an' || w === 'one') && words[i + 1] !== undefined && (collectiveWord(words[i + 1]) ?? fractionWord(words[i + 1])) !== undefined) {
    value = collectiveWord(words[i + 1]) ?? fractionWord(words[i + 1]);
    i += 2;
  } else if (/^[a-z]+-[a-z]+$/.test(w) && cardinalWord(w.split('-')[0]) !== undefined && fractionWord(w.split('-')[1]) !== undefined) {
    value = (cardinalWord(w.split('-')[0]) as number) * (fractionWord(w.split('-')[1]) as number);
    i++;
  } else if (cardinalWord(w) !== undefined) {
    value = cardinalWord(w) as number;
    i++;
    if (words[i] !== undefined && fractionWord(words[i]) !== undefined && value > 1 && value < 10) {
      value *= fractionWord(words[i]) as number;
      i++;
    } else if (words[i] === 'dozen') {
      // "three dozen venues" is 36.
      value *= 12;
      i++;
    }
  } else if (collectiveWord(w) !== undefined) {
    value = collectiveWord(w);
    i++;
  } else if (ordinalWord(w) !== undefined) {
    // A bare "third" is an ordinal ("a third convoy"); "a third" was read above as a fraction.
    value = ordinalWord(w);
    i++;
  } else if (fractionWord(w) !== undefined) {
    value = fractionWord(w);
    i++;
  } else if (/^\d+(st|nd|rd|th)$/.test(w)) {
    value = parseInt(w, 10);
    i++;
  }
  if (value === undefined) return null;
  // A fraction of a scale: "half a million", "a quarter of a million".
  const scaled = words[i] === 'a' ? i + 1 : words[i] === 'of' && words[i + 1] === 'a' ? i + 2 : -1;
  if (value < 1 && scaled > 0 && scaleWord(words[scaled] ?? '') !== undefined) i = scaled;
  // "six and a half years", "two and a half million".
  if (words[i] === 'and' && words[i + 1] === 'a' && words[i + 2] === 'half') {
    value += 0.5;
    i += 3;
  }
  // Scales multiply: "2.4 million", "a hundred thousand", "$1.2 bn".
  while (words[i] !== undefined && scaleWord(words[i]) !== undefined && !(words[i] === 'm' && /^(metres?|meters?)$/.test(words[i + 1] ?? ''))) {
    value *= scaleWord(words[i]) as number;
    i++;
  }
  return [value, i];
}

/** Reads the unit at `at` (longest unit phrase first, else a counted noun in the singular). */
function readUnit(words: string[], at: number): string | null {
  let i = at;
  while (words[i] !== undefined && (SKIPPABLE.has(words[i]) || words[i] === '+')) i++;
  for (const len of [3, 2, 1]) {
    const phrase = words.slice(i, i + len).join(' ');
    if (words.length >= i + len && phrase in UNIT_WORDS) return UNIT_WORDS[phrase] === 'lb' && isSterling(words, i) ? 'GBP' : UNIT_WORDS[phrase];
  }
  const noun = words[i];
  if (noun === undefined || !/^[a-z][a-z-]*$/.test(noun)) return null;
  if (noun in CURRENCY_NAMES) return CURRENCY_NAMES[noun];
  return singular(noun);
}

/**
 * True for "pounds" at `at` that are sterling, not weight: after a scale of millions or more
 * ("221.5 million pounds", "1.9bn pounds"), unless "of" names what weighs so much ("2 million
 * pounds of beef"). A weight told in millions of pounds is always of something.
 */
function isSterling(words: string[], at: number): boolean {
  return /^(?:million|billion|trillion|bn|mn|mln|m|tn|trn)$/.test(words[at - 1] ?? '') && words[at + 1] !== 'of';
}

/** The singular of a counted noun: "families" → "family", "coaches" → "coach", "boxes" → "box", "wagons" → "wagon". */
function singular(noun: string): string {
  if (noun.length <= 3) return noun;
  if (noun.endsWith('ies')) return `${noun.slice(0, -3)}y`;
  if (/(?:ch|sh|x|ss|zz)es$/.test(noun)) return noun.slice(0, -2);
  return /[^s]s$/.test(noun) ? noun.slice(0, -1) : noun;
}

/**
 * Parses a quantity phrase ("about 100", "27 tonnes", "800+", "$1.2bn", "40 per cent",
 * "two-thirds", "between 10 and 12 km", "thousands of people") into a value, an optional range,
 * a normalised unit and a qualifier; null when the phrase holds no quantity.
 */
export function parseQuantity(text: string): Quantity | null {
  const words = wordsOf(text);
  let i = 0;
  let qualifier: QuantityQualifier = null;
  for (const [parts, q] of QUALIFIER_WORDS) {
    if (parts.every((p, k) => words[k] === p)) {
      qualifier = q;
      i = parts.length;
      break;
    }
  }
  // Words of the sentence around the number ("fell 11 percent", "after 12 minutes") are passed over.
  for (let skipped = 0; skipped < 2 && qualifier === null && words[i] !== undefined && !readNumber(words, i) && !(words[i] in CURRENCY_SIGNS) && !/^(between|from)$/.test(words[i]); skipped++) i++;
  let currency: string | null = null;
  if (words[i] in CURRENCY_SIGNS) currency = CURRENCY_SIGNS[words[i++]];
  let range = false;
  if (words[i] === 'between' || words[i] === 'from') {
    range = true;
    i++;
    if (words[i] in CURRENCY_SIGNS) currency = CURRENCY_SIGNS[words[i++]];
  }
  const first = readNumber(words, i);
  if (!first) return null;
  let [value, next] = first;
  const vague = /^(dozens|hundreds|thousands|millions|billions|scores)$/.test(words[i]);
  let low: number | undefined;
  let high: number | undefined;
  const joiner = words[next];
  if (joiner === '-' || joiner === 'to' || (range && joiner === 'and')) {
    let at = next + 1;
    if (words[at] in CURRENCY_SIGNS) currency = CURRENCY_SIGNS[words[at++]];
    const second = readNumber(words, at);
    if (second) {
      // "10-12 million": a scale after the second number applies to the first as well.
      const scaleOfSecond = second[0] / Number(words[at].replace(/,/g, '')) || 1;
      low = Number.isInteger(scaleOfSecond) && scaleOfSecond > 1 && value < second[0] / scaleOfSecond + 1 ? value * scaleOfSecond : value;
      high = second[0];
      value = (low + high) / 2;
      next = second[1];
    }
  }
  if (words[next] === '+' && qualifier === null) qualifier = 'more than';
  if (vague && qualifier === null) qualifier = 'more than';
  const unit = currency ?? readUnit(words, next);
  const quantity: Quantity = { value, unit, qualifier };
  if (words.slice(i, next).includes('dozen')) quantity.rounding = 12;
  const digits = /^\d[\d,]*(?:\.(\d+))?$/.exec(words[i] ?? '');
  const scale = digits ? value / Number(words[i].replace(/,/g, '')) : 1;
  if (digits && low === undefined) quantity.precision = scale * 10 ** -(digits[1]?.length ?? 0);
  if (low !== undefined && high !== undefined) {
    quantity.low = low;
    quantity.high = high;
  }
  return quantity;
}
