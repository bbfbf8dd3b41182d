/**
 * The figures of a quote read as values, whichever way the outlet wrote them. Two translations of
 * one remark rarely write its numbers alike: "80 percent", "Eighty percent", "80%" and "eight in
 * ten"; "a dozen" and "12"; "twenty-five" and "25"; "10 a.m." and "ten in the morning". Each
 * figure becomes one content word whose sense is its value ("80", "12", "25"), a share given as a
 * ratio ("eight in ten", "seven out of every ten") or as a fraction of a whole ("half of the
 * wells", "two-thirds of the staff") the same percentage a wire writes ("80" then "percent"), a
 * percent sign the word "percent", and the "a.m." or "p.m." of a time of day the
 * part of the day the other outlet writes out ("morning", "afternoon", "evening").
 *
 * The figures also tell two remarks apart: a speaker who said "we have cleared 80 percent of the
 * beaches" one day and "we have cleared 40 percent" the next made two statements, worded alike
 * (see {@link givesOtherFigures}).
 *
 * A lone "one" stays a function word: it is far more often a pronoun ("no one", "one of them")
 * than a figure.
 */
import { isCalendarYear } from '../values/calendarYears';
import { cardinalWord, fractionWord } from '../values/numberWords';
import { TIME_UNITS } from '../values/units';
import { readWords, senseWord, type Word } from './readWords';
import { wordTable } from '../text/wordTable';

/** Scale words multiplied into the figure before them ("three hundred", "two dozen"). */
const MULTIPLIERS: Record<string, number> = wordTable({ hundred: 100, thousand: 1000, dozen: 12 });
/** Words that stand for one before a scale word ("a hundred", "a dozen"). */
const ARTICLES = new Set(['a', 'an']);
/** A figure written in digits, with thousands separators or a decimal point ("1,240", "2.5"). */
const DIGITS = /^\d+(?:,\d{3})*(?:\.\d+)?$/;
/** The sense of a figure's value: digits, as readWords gives "15" or "fifteen". */
const FIGURE_SENSE = /^\d+(?:\.\d+)?$/;

/** The sense readWords gives a word, read once. */
function senseOfWord(word: string): string {
  return readWords(word)[0].sense;
}

const PERCENT = senseOfWord('percent');
const MORNING = senseOfWord('morning');
const AFTERNOON = senseOfWord('afternoon');
const EVENING = senseOfWord('evening');

/**
 * A figure read from some words: its value, the index of its first word and of the word after it,
 * and whether it is a share read as a percentage ("eight in ten", "half of").
 */
interface Figure {
  value: number;
  first: number;
  next: number;
  share?: boolean;
}

/** The value of one number word or figure in digits ("eighty", "80", "1,240"), or undefined. */
function valueOf(word: Word | undefined): number | undefined {
  if (!word) return undefined;
  if (DIGITS.test(word.folded)) return Number(word.folded.replace(/,/g, ''));
  return cardinalWord(word.folded);
}

/**
 * The figure that starts at word `i`, or null: digits, or number words with their tens and units
 * ("twenty five", "twenty-five"), hundreds and thousands ("two hundred and fifty", "a thousand"),
 * and dozens ("a dozen", "half a dozen", "two dozen").
 */
function figureAt(words: readonly Word[], i: number): Figure | null {
  let k = i;
  let value: number | undefined;
  if (words[k]?.folded === 'half' && ARTICLES.has(words[k + 1]?.folded ?? '') && words[k + 2]?.folded === 'dozen') {
    return { value: 6, first: i, next: k + 3 };
  }
  if (ARTICLES.has(words[k].folded) && (words[k + 1]?.folded ?? '') in MULTIPLIERS) {
    value = 1;
    k += 1;
  } else {
    value = valueOf(words[k]);
    if (value === undefined) return null;
    const units = unitsAfterTens(value, words[k + 1]);
    value += units;
    k += units > 0 ? 2 : 1;
  }
  for (let scale = MULTIPLIERS[words[k]?.folded ?? '']; scale !== undefined; scale = MULTIPLIERS[words[k]?.folded ?? '']) {
    value *= scale;
    k += 1;
    // "two hundred and fifty", "a hundred twenty"
    const rest = figureAfterScale(words, words[k]?.folded === 'and' ? k + 1 : k);
    if (rest && rest.value < scale && !((words[rest.next]?.folded ?? '') in MULTIPLIERS)) {
      value += rest.value;
      k = rest.next;
    }
  }
  return { value, first: i, next: k };
}

/** The tens and units that may follow "hundred" or "thousand" ("and fifty", "twenty-two"), or null. */
function figureAfterScale(words: readonly Word[], k: number): Figure | null {
  const value = cardinalWord(words[k]?.folded ?? '');
  if (value === undefined || value === 0) return null;
  const units = unitsAfterTens(value, words[k + 1]);
  return { value: value + units, first: k, next: units > 0 ? k + 2 : k + 1 };
}

/** The units a word after a round ten adds to it ("twenty five": 5), or 0 when it adds none. */
function unitsAfterTens(tens: number, word: Word | undefined): number {
  if (tens < 20 || tens >= 100 || tens % 10 !== 0) return 0;
  const unit = cardinalWord(word?.folded ?? '');
  return unit !== undefined && unit > 0 && unit < 10 ? unit : 0;
}

/** True for a word naming a span of time ("minutes", "days"): "two in five minutes" is no share. */
function isTimeUnit(word: Word | undefined): boolean {
  return word !== undefined && TIME_UNITS.has(word.folded.replace(/s$/, ''));
}

/**
 * The share a ratio gives ("eight in ten", "seven out of every ten", "one in five"), as the figure
 * of its percentage ending after the ratio's second number, or null.
 */
function ratioAfter(words: readonly Word[], figure: Figure): Figure | null {
  let k = figure.next;
  if (words[k]?.folded === 'in') k += 1;
  else if (words[k]?.folded === 'out' && words[k + 1]?.folded === 'of') k += 2;
  else return null;
  if (words[k]?.folded === 'every') k += 1;
  const whole = figureAt(words, k);
  if (!whole || !Number.isInteger(figure.value) || !Number.isInteger(whole.value) || figure.value >= whole.value) return null;
  if (isTimeUnit(words[whole.next])) return null;
  return { value: Math.round((100 * figure.value) / whole.value), first: figure.first, next: whole.next, share: true };
}

/** Words before a fraction that make it a part of a span rather than a share ("the first half of the season"). */
const PART_OF_SPAN = new Set(['the', 'first', 'second', 'last', 'final', 'this', 'that', 'next']);

/**
 * The share a fraction of a whole gives ("half of", "a third of", "two-thirds of", "three quarters
 * of"), as the figure of its percentage ending before "of", or null. Only a fraction followed by
 * "of" and a whole counts: "half an hour", "third place", "a quarter of an hour" and "the second
 * half of the season" are no shares.
 */
function fractionAt(words: readonly Word[], i: number): Figure | null {
  if (PART_OF_SPAN.has(words[i - 1]?.folded ?? '')) return null;
  const count = ARTICLES.has(words[i].folded) ? 1 : valueOf(words[i]);
  const k = count === undefined ? i : i + 1;
  const fraction = fractionWord(words[k]?.folded ?? '');
  if (fraction === undefined || words[k + 1]?.folded !== 'of' || ARTICLES.has(words[k + 2]?.folded ?? '')) return null;
  if (count === undefined && fraction !== 1 / 2) return null;
  const share = (count ?? 1) * fraction;
  return share < 1 ? { value: Math.round(100 * share), first: i, next: k + 1, share: true } : null;
}

/**
 * The figure that starts at word `i`, read as the share it gives when it opens a ratio ("eight in
 * ten"), or null; a lone "one", a pronoun more often than a figure, is none.
 */
function figureOrRatioAt(words: readonly Word[], i: number): Figure | null {
  const figure = figureAt(words, i);
  if (!figure) return null;
  const ratio = ratioAfter(words, figure);
  if (ratio) return ratio;
  return figure.next === i + 1 && words[i].folded === 'one' ? null : figure;
}

/** A percent sign or "pc" right after a figure ("80%", "5pc"). */
const PERCENT_SIGN = /^\s?(?:%|pc\b)/i;
/** An "a.m." or "p.m." after an hour, with its minutes ("10 a.m.", "7pm", "10:30 am"). */
const CLOCK = /^(?:[:.]\d\d)?\s?([ap])\.?\s?m\b\.?/i;

/**
 * What the text right after a figure of `value` adds to it: a percent sign the sense of
 * "percent", an "a.m." or "p.m." after an hour the part of the day ("morning", "afternoon",
 * "evening"); with the length of text it takes, or null.
 */
function suffixAfter(value: number, after: string): { length: number; sense: string } | null {
  const sign = PERCENT_SIGN.exec(after);
  if (sign) return { length: sign[0].length, sense: PERCENT };
  const clock = CLOCK.exec(after);
  const hour = Math.floor(value);
  if (!clock || hour < 1 || hour > 12) return null;
  if (clock[1].toLowerCase() === 'a') return { length: clock[0].length, sense: MORNING };
  return { length: clock[0].length, sense: hour === 12 || hour < 6 ? AFTERNOON : EVENING };
}

/**
 * The words of a quote with each figure made one content word of its value, a ratio its
 * percentage, a percent sign after a figure the word "percent", and an "a.m." or "p.m." after an
 * hour the part of the day (see the file comment); `text` is the text the words were read from.
 */
export function withFigures(words: Word[], text: string): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const read = fractionAt(words, i) ?? figureOrRatioAt(words, i);
    if (!read) {
      out.push(words[i]);
      continue;
    }
    const last = words[read.next - 1];
    const written = text.slice(words[i].start, last.end);
    out.push(senseWord(words[i].start, last.end, written.toLowerCase(), String(read.value), String(read.value)));
    i = read.next - 1;
    if (read.share) {
      out.push(senseWord(last.start, last.end, 'percent', 'percent', PERCENT));
      continue;
    }
    const suffix = suffixAfter(read.value, text.slice(last.end));
    if (!suffix) continue;
    const end = last.end + suffix.length;
    out.push(senseWord(last.end, end, text.slice(last.end, end).trim().toLowerCase(), suffix.sense, suffix.sense));
    // The words of the suffix ("a" and "m", "am", "pc") are read.
    while (i + 1 < words.length && words[i + 1].start < end) i++;
  }
  return out;
}

/**
 * The significant digits of the figures among a quote's words (read by {@link withFigures}):
 * "1.2 million", "1,200,000" and "1.2m" all give "12", and "20 000" gives "2" like "20,000", so
 * that a figure written with a scale word, a unit letter or a spaced thousands separator is not
 * taken for another figure. Ten times a figure counts as the same figure: the guard that reads
 * these errs towards one statement. Also whether any is a year ({@link isCalendarYear}: it dates
 * what is said, and another outlet may give the same time as a span, "since 2014" / "in twelve
 * years") and whether any is another figure.
 */
function figuresOf(words: readonly Word[]): { figures: Set<string>; years: boolean; counts: boolean } {
  const figures = new Set<string>();
  let years = false;
  let counts = false;
  for (const w of words) {
    if (!w.content || !FIGURE_SENSE.test(w.sense)) continue;
    figures.add(w.sense.replace('.', '').replace(/^0+|0+$/g, '') || '0');
    if (isCalendarYear(w.folded)) years = true;
    else counts = true;
  }
  return { figures, years, counts };
}

/**
 * True when both quotes give figures of one kind (years, or other figures) and none in common:
 * "we have cleared 80 percent" and "we have cleared 40 percent" are two statements however alike
 * the rest (words read by {@link withFigures}); a year and a span of years ("the best day since
 * 2014" / "in twelve years") are figures of two kinds, which no translation sets against each other.
 */
export function givesOtherFigures(a: readonly Word[], b: readonly Word[]): boolean {
  const inA = figuresOf(a);
  if (inA.figures.size === 0) return false;
  const inB = figuresOf(b);
  if (inB.figures.size === 0) return false;
  if (!(inA.years && inB.years) && !(inA.counts && inB.counts)) return false;
  for (const value of inA.figures) if (inB.figures.has(value)) return false;
  return true;
}
