/**
 * Dates, numbers, money and percentages: wink's value entities, corrected and completed.
 *
 * wink finds most values but reads some badly (measured, see the NLP notes): it leaves out the
 * unit or sign around a number ("27" of "27 tonnes", "800" of "800+", "300,000" of "£300,000",
 * "$1.2" of "$1.2bn"), takes the "a day" of "100 trucks a day" for a duration, reads "until Friday"
 * as a duration and misses relative dates ("the other day"). So each wink value is stretched over
 * a hedge before it ("more than"), a sign or currency code, a scale and a unit after it, then
 * typed again: an amount with a currency is MONEY, a duration with a number is a NUMBER, a
 * duration holding a day or month is that DATE, a rate's "a day" is nothing. Relative dates wink
 * misses are found by a small phrase scan, and values written without spaces ("DKK1.1bn",
 * "magnitude-6.1") by a scan of the characters.
 */
import type { Token, TokenizedText } from '../nlp/engine';
import type { Entity, EntityType } from '../types';
import { rememberRecent } from '../entities/rememberRecent';
import { parseQuantity, type Quantity } from './parseQuantity';
import { CURRENCY_SIGNS, UNIT_WORDS, isCurrencyUnit } from './units';

/** Hedges before a number, each split into its words once. */
const HEDGES = ['more than', 'less than', 'fewer than', 'at least', 'up to', 'as many as', 'as much as', 'nearly', 'almost', 'about', 'around', 'approximately', 'roughly', 'some', 'over', 'under', 'an estimated', 'close to', 'just over', 'just under'].map((hedge) => hedge.split(' '));
const SCALES = /^(hundred|thousand|million|billion|trillion|bn|mn|mln|m|k|tn|trn|crore|lakh)$/i;
const CALENDAR = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sep\.?|sept\.?|oct\.?|nov\.?|dec\.?|today|tonight|yesterday|tomorrow)$/i;
const RELATIVE_UNITS = /^(days?|weeks?|months?|years?|morning|afternoon|evening|night|weekend|decades?|centuries|century|quarter|season|spring|summer|autumn|fall|winter)$/i;

interface Span {
  first: number;
  last: number;
  type: EntityType;
}

function lower(tokens: Token[], i: number): string {
  return tokens[i]?.value.toLowerCase() ?? '';
}

/** True when the words of a phrase stand at token `end - n + 1 … end` (n = its word count). */
function endsWith(tokens: Token[], end: number, words: string[]): boolean {
  return words.every((w, k) => lower(tokens, end - words.length + 1 + k) === w);
}

/** True when two tokens touch (no space between them). */
function glued(tokens: Token[], a: number, b: number): boolean {
  return tokens[a] !== undefined && tokens[b] !== undefined && tokens[a].end === tokens[b].start;
}

/** Stretches a number over its hedge, currency sign or code, scale, "+" and unit. */
function stretchNumber(tokens: Token[], span: Span): Span {
  let { first, last } = span;
  const before = lower(tokens, first - 1);
  if (before in CURRENCY_SIGNS && (glued(tokens, first - 1, first) || /^[a-z]{2,3}\.?$/.test(before))) first--;
  if (lower(tokens, first - 1) === 'us' && glued(tokens, first - 1, first)) first--;
  while (SCALES.test(lower(tokens, last + 1)) && !(lower(tokens, last + 1) === 'm' && !glued(tokens, last, last + 1))) last++;
  if (tokens[last + 1]?.value === '+' && glued(tokens, last, last + 1)) last++;
  // "two-thirds": wink reads "two" alone.
  if (tokens[last + 1]?.value === '-' && glued(tokens, last, last + 1) && /^(half|halves|thirds?|quarters?|fifths?)$/i.test(tokens[last + 2]?.value ?? '')) last += 2;
  for (const len of [2, 1]) {
    const unit = tokens.slice(last + 1, last + 1 + len).map((t) => t.value.toLowerCase()).join(' ');
    // A time unit belongs to an ordinal ("the 12th minute"); after a cardinal wink has read it as a duration.
    const ordinal = /^\d+(st|nd|rd|th)$|^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/i.test(tokens[last].value);
    if (tokens.length > last + len && unit in UNIT_WORDS && (ordinal || !/^(years?|months?|weeks?|days?|hours?|minutes?)$/.test(unit))) {
      last += len;
      break;
    }
  }
  for (const hedge of HEDGES) {
    if (endsWith(tokens, first - 1, hedge)) {
      first -= hedge.length;
      break;
    }
  }
  return { first, last, type: span.type };
}

/** Retypes a wink value after stretching (its quantity read once): MONEY when it names a currency, DATE for years. */
function retype(text: string, type: EntityType, quantity: Quantity | null): EntityType {
  if (type === 'PERCENT' || type === 'DATE') return type;
  if (quantity?.unit === '%') return 'PERCENT';
  if (quantity?.unit && isCurrencyUnit(quantity.unit)) return 'MONEY';
  if (type === 'NUMBER' && /^(1[89]|20)\d\d$/.test(text)) return 'DATE';
  return type;
}

/** Reads one wink DURATION: a rate's "a day" is nothing, "until Friday" is a DATE, "seven years" a NUMBER. */
function readDuration(tokens: Token[], first: number, last: number): Span | null {
  let start = first;
  while (start <= last && /^(until|till|by|since|from|through|for|during|over|in|within|the)$/i.test(tokens[start].value)) start++;
  if (start > last) return null;
  const words = tokens.slice(start, last + 1);
  if (words.some((t) => CALENDAR.test(t.value) || /^\d{4}$/.test(t.value))) return { first: start, last, type: 'DATE' };
  if (words.some((t) => t.pos === 'NUM' || /^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|half|dozen|several|few)$/i.test(t.value))) {
    // "100 trucks a day": a rate, not a length of time.
    if (words.length === 1 || (words.length === 2 && /^(a|an|per|each)$/i.test(words[0].value))) return null;
    return { first: start, last, type: 'NUMBER' };
  }
  // "the coming days", "the past week": relative dates.
  if (/^(coming|next|past|last|recent|following|previous)$/i.test(words[0].value)) return { first: start - (lower(tokens, start - 1) === 'the' ? 1 : 0), last, type: 'DATE' };
  return null;
}

/** The words that open the relative dates findRelativeDates reads: any other token is passed over at once. */
const RELATIVE_OPENERS = new Set(['the', 'this', 'last', 'next', 'today', 'tonight', 'yesterday', 'tomorrow']);

/** Relative dates wink misses: "the other day", "the coming days", "earlier this week". */
function findRelativeDates(tokens: Token[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = lower(tokens, i);
    if (!RELATIVE_OPENERS.has(w)) continue;
    if (w === 'the' && /^(other|coming|following|previous|past|next)$/.test(lower(tokens, i + 1)) && RELATIVE_UNITS.test(lower(tokens, i + 2))) {
      out.push({ first: i, last: i + 2, type: 'DATE' });
      i += 2;
    } else if (/^(this|last|next)$/.test(w) && RELATIVE_UNITS.test(lower(tokens, i + 1)) && !/^(the|a)$/.test(lower(tokens, i - 1))) {
      out.push({ first: i, last: i + 1, type: 'DATE' });
      i += 1;
    } else if (/^(today|tonight|yesterday|tomorrow)$/.test(w)) {
      out.push({ first: i, last: i, type: 'DATE' });
    }
  }
  return out;
}

/** A value found in characters, where wink's tokens cut it badly. */
interface CharSpan {
  start: number;
  end: number;
  type: EntityType;
}

const GLUED_AMOUNT = /^([A-Za-z]{2,3}\$?|[A-Z]\$)\d[\d,.]*(bn|mn|m|k|tn)?([-–]([A-Za-z]{2,3}\$?)?\d[\d,.]*(bn|mn|m|k|tn)?)?$/;
const GLUED_MEASURE = /^\p{Ll}+[-‐](\d+(\.\d+)?)$/u;

/** True when a digit stands in the text between `from` and `to` (character codes, no slice). */
function hasDigit(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * Values written without spaces that wink cuts apart or leaves unread: amounts with a glued
 * currency code ("DKK1.1bn", "DKK55bn-DKK57bn", "Sh60" + "billion"), ranges ("10-12") and
 * measures glued to their noun ("magnitude-6.1", whose number alone is the value).
 */
function findGluedValues(text: string, tokens: Token[]): CharSpan[] {
  const out: CharSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1].start === tokens[j].end) j++;
    const start = tokens[i].start;
    // Every glued value has a digit: a run of letters and marks ("well-known", "U.S.") is skipped unread.
    if (!hasDigit(text, start, tokens[j].end)) {
      i = j;
      continue;
    }
    const written = text.slice(start, tokens[j].end).replace(/[.,;:]$/, '');
    const amount = GLUED_AMOUNT.exec(written);
    if (amount && amount[1].toLowerCase() in CURRENCY_SIGNS) {
      const scaleAfter = !amount[2] && !amount[3] && SCALES.test(lower(tokens, j + 1));
      out.push({ start, end: scaleAfter ? tokens[j + 1].end : start + written.length, type: 'MONEY' });
    } else if (/^\d[\d,.]*[-–]\d[\d,.]*$/.test(written)) {
      // A range written as one word ("10-12"), which wink leaves unread.
      out.push({ start, end: start + written.length, type: 'NUMBER' });
    } else {
      const measure = GLUED_MEASURE.exec(written);
      if (measure) out.push({ start: start + written.length - measure[1].length, end: start + written.length, type: 'NUMBER' });
    }
    i = j;
  }
  return out;
}

/** parseQuantity, remembered for the values seen lately (only read here, never changed): "2024", "Tuesday" and "£5m" recur. */
const quantityOf = rememberRecent((value): Quantity | null => parseQuantity(value));

const WINK_TYPES: Record<string, EntityType> = { DATE: 'DATE', TIME: 'DATE', CARDINAL: 'NUMBER', ORDINAL: 'NUMBER', MONEY: 'MONEY', PERCENT: 'PERCENT' };

/** The value mentions of a text (DATE, NUMBER, MONEY, PERCENT), sorted by start and non-overlapping. */
export function recogniseValues(text: string, tokenized: TokenizedText): Entity[] {
  const { tokens } = tokenized;
  const spans: Span[] = [];
  for (const e of tokenized.entities) {
    if (e.type === 'DURATION') {
      const duration = readDuration(tokens, e.first, e.last);
      if (duration) spans.push(duration.type === 'NUMBER' ? stretchNumber(tokens, duration) : duration);
      continue;
    }
    const type = WINK_TYPES[e.type];
    if (!type) continue;
    const span = { first: e.first, last: e.last, type };
    spans.push(type === 'DATE' ? span : stretchNumber(tokens, span));
  }
  spans.push(...findRelativeDates(tokens));
  const found: CharSpan[] = [
    ...findGluedValues(text, tokens),
    ...spans.map((s) => ({ start: tokens[s.first].start, end: tokens[s.last].end, type: s.type })),
  ];
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: CharSpan[] = [];
  for (const s of found) if (!kept.length || s.start >= kept[kept.length - 1].end) kept.push({ ...s });
  const out: Entity[] = [];
  for (const s of completeValues(text, kept)) {
    const value = text.slice(s.start, s.end);
    const read = s.type === 'DATE' ? null : quantityOf(value);
    const type = s.type === 'MONEY' ? 'MONEY' : retype(value, s.type, read);
    const quantity = type === 'DATE' ? null : read;
    const key = quantity ? `${quantity.low ?? quantity.value}${quantity.high !== undefined ? `-${quantity.high}` : ''}${quantity.unit ? ` ${quantity.unit}` : ''}` : value.toLowerCase();
    out.push({ start: s.start, end: s.end, text: value, type, key, canonical: value });
  }
  return out;
}

const WEEKDAY = /^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|sday|nesday|rsday|urday)?\.?$/i;
const PART_OF_DAY = /^\s(morning|afternoon|evening|night)\b/i;
const DATE_OPENERS = /(\b(the (end|start|beginning|middle|turn) of|earlier|later|early|late) )$/i;
const RATE = /^ per (tonne|ton|litre|liter|kilo|kilogram|kg|barrel|share|head|capita|person|day|week|month|year|hour|decade|cent)\b/i;

/**
 * Completes values the way a reader quotes them: a weekday joins the date after it
 * ("Thu 5 Feb 2026") and the part of the day after it ("Tuesday evening"); a date keeps its
 * "the" and its "the end of" / "earlier" ("the end of next year", "earlier this week") and loses
 * a leading "by" or "until"; a range is one value ("between 3.9 billion and 4 billion pounds",
 * "3.8 billion to 3.95 billion"); an amount keeps its rate ("€315 per tonne").
 */
function completeValues(text: string, spans: CharSpan[]): CharSpan[] {
  const out: CharSpan[] = [];
  for (const s of spans) {
    const previous = out[out.length - 1];
    const gap = previous ? text.slice(previous.end, s.start) : '';
    if (previous && previous.type === 'DATE' && s.type === 'DATE' && /^,?\s$/.test(gap) && WEEKDAY.test(text.slice(previous.start, previous.end))) {
      previous.end = s.end;
      continue;
    }
    const isQuantity = (t: EntityType) => t === 'NUMBER' || t === 'MONEY' || t === 'PERCENT';
    const between = previous ? /\bbetween $/i.test(text.slice(Math.max(0, previous.start - 8), previous.start)) : false;
    if (previous && isQuantity(previous.type) && isQuantity(s.type) && (/^\s?[-–]\s?$|^ to $/.test(gap) || (between && gap === ' and '))) {
      if (between) previous.start -= 'between '.length;
      previous.end = s.end;
      if (s.type === 'MONEY') previous.type = 'MONEY';
      continue;
    }
    out.push(s);
  }
  for (const s of out) {
    if (s.type === 'DATE') {
      const lead = /^(by|until|till|since|from|before|after|on|in) /i.exec(text.slice(s.start, s.end));
      if (lead && s.end - s.start > lead[0].length) s.start += lead[0].length;
      const opener = DATE_OPENERS.exec(text.slice(Math.max(0, s.start - 24), s.start));
      if (opener) s.start -= opener[1].length;
      else if (/\bthe $/i.test(text.slice(Math.max(0, s.start - 4), s.start)) && !/^\d/.test(text.slice(s.start, s.end))) s.start -= 4;
      const part = PART_OF_DAY.exec(text.slice(s.end, s.end + 12));
      if (part && WEEKDAY.test(text.slice(s.start, s.end).split(/\s/).pop() ?? '')) s.end += part[0].length;
    } else {
      const rate = RATE.exec(text.slice(s.end, s.end + 16));
      if (rate) s.end += rate[0].length;
    }
  }
  return out;
}
