/**
 * When do two figures of one thing agree? Values are compared after normalisation (digits and
 * number words, scales, units brought to one: "12 miles" / "15 km"; two currencies by rough
 * rates, see exchangeRates.ts; spans of time in days: "three weeks" / "21 days"): ranges overlap → consistent; a figure in digits stands
 * for those that round to it ("$88 billion" / "$88.2 billion", "€3.1bn" / "€3.05bn", "2%" /
 * "1.9%"); figures in two units agree within the rounding of the one stated plainly;
 * "about"/"around" allows 10 % either way and "nearly" 10 % below, within the figure's own rounding
 * ("about 100" against "100" is no discrepancy, "an estimated 597,000" against "more than 600,000"
 * is, and so is "4.3 million" against "nearly 5 million"); "at least" and "more than" round a count
 * down as "nearly" rounds one up ("more than 40 homes" may be 43), and are otherwise hedges on a
 * stated figure, as "up to" is, so "at least 12 dead" against "15 killed" IS a discrepancy (the
 * reader gets two different counts). Hedges do not add up: one source's figure must fall within
 * what the other's hedge allows ("an estimated 12,400" and "nearly 15,000" differ), and "more than"
 * or "fewer than" leaves out the figure it names ("more than 1,100" is outside "about 1,000").
 */
import { amountsAgree } from '../values/exchangeRates';
import { isCurrencyUnit } from '../values/units';
import { isRange, type Quantity } from '../values/parseQuantity';
import { commonValueOf, conversionOf } from './commonUnit';
import type { QuantityMention } from './findQuantityMentions';
import type { Located } from './locatedFigure';

/**
 * The place value of a figure's last significant digit: 100,000 for "600,000", 1,000 for
 * "597,000", 0.1 for "3.5". A round figure is rounded; an exact one is not, however hedged.
 */
function lastDigitPlace(value: number): number {
  let place = 10 ** Math.floor(Math.log10(Math.abs(value)));
  while (place > 1e-6 && Math.abs(value / place - Math.round(value / place)) > 1e-9) place /= 10;
  return place;
}

/**
 * The interval a hedged value, or one written with decimals, stands for, in the common unit of its
 * dimension. "About" allows 10 % either way and "nearly" 10 % below, but never more than the
 * figure's own rounding as written: "about 600,000" may be 597,000, "an estimated 597,000" is
 * 597,000 give or take a thousand, "about 12 miles" is 12 miles give or take one, "about three
 * dozen" 36 give or take 3.6, and "about" before a figure of one significant digit only what
 * rounds to it ("about 70 per cent" is 65 to 75 per cent). "More than" and "at least" before a
 * round figure round a count down, as "nearly" rounds one up: "more than 40 homes" may be 43 and "more than four million accounts"
 * 4.2 million, up to 10 % above; "at least 12 dead" is 12, and 15 dead is another count. "Less
 * than" before a round figure rounds up as "nearly" does: "less than Rs 5 crore" may be Rs 4.75
 * crore, up to 10 % below, though not 5 crore itself.
 */
export function interval(m: QuantityMention): readonly [number, number] {
  let known = INTERVALS.get(m.quantity);
  if (!known) {
    known = intervalOf(m.quantity);
    INTERVALS.set(m.quantity, known);
  }
  return known;
}

/**
 * Each quantity's interval (see {@link interval}), worked out once: a comparison asks for it for
 * every pair of figures it weighs, and a quantity is not changed once read.
 */
const INTERVALS = new WeakMap<Quantity, readonly [number, number]>();

/** The interval of {@link interval}, worked out. */
function intervalOf(q: Quantity): [number, number] {
  const factor = conversionOf(q.unit)?.[1] ?? 1;
  if (isRange(q)) return [q.low * factor, q.high * factor];
  // A figure written in digits stands for the figures that round to it: from half its last
  // written place below up to, not including, half that place above, never further than "about"
  // would allow ("€3.1 billion" is €3.05 billion up to €3.15 billion, so agrees with "€3.05
  // billion"; "$88 billion" with "$88.2 billion", "2%" with "1.9%"; "£12bn" not with "£12.5bn",
  // which rounds up, nor "3m" with "2.5 million").
  if (q.qualifier === null && q.precision !== undefined) {
    const half = Math.min(q.precision / 2, Math.abs(q.value) * 0.1);
    return [(q.value - half) * factor, (q.value + half * (1 - 1e-6)) * factor];
  }
  if (q.value === 0 || (q.qualifier !== 'about' && q.qualifier !== 'nearly' && q.qualifier !== 'less than' && q.qualifier !== 'more than' && q.qualifier !== 'at least')) return [q.value * factor, q.value * factor];
  const step = Math.max(lastDigitPlace(q.value), q.rounding ?? 0);
  const slack = Math.min(q.value * 0.1, step);
  if (q.qualifier === 'about') {
    // A figure of one significant digit ("about 70", "about 600,000") is what rounds to it: half
    // its place either way, so "about 70 per cent" is not "more than three-quarters".
    const reach = q.value / step < 10 ? Math.min(slack, step / 2) : slack;
    return [(q.value - reach) * factor, (q.value + reach) * factor];
  }
  if (q.qualifier === 'nearly' || q.qualifier === 'less than') return [(q.value - slack) * factor, q.value * factor];
  return [q.value * factor, (q.value + slack) * factor];
}

/**
 * True when two mentions of one thing agree (see the file comment). Ranges agree when they
 * overlap; otherwise the figure one source states must fall within what the other's hedge allows:
 * hedges do not add up, so "an estimated 12,400" and "nearly 15,000" are two figures, though
 * 12,400 plus 10 % and 15,000 less 10 % would meet.
 */
export function quantitiesAgree(a: QuantityMention, b: QuantityMention): boolean {
  return agreeWithin(a.quantity, interval(a), b.quantity, interval(b));
}

/**
 * {@link quantitiesAgree} of two located figures, by the intervals read when they were located;
 * two amounts in two currencies agree by the rough rates of exchangeRates.ts.
 */
export function figuresAgree(x: Located, y: Located): boolean {
  if (inTwoCurrencies(x, y)) return amountsAgree(x.exchange!, x.interval, y.exchange!, y.interval);
  return agreeWithin(x.mention.quantity, x.interval, y.mention.quantity, y.interval);
}

/** True for two amounts of money in two currencies that have rates (see exchangeRates.ts). */
export function inTwoCurrencies(x: Located, y: Located): boolean {
  return x.exchange !== undefined && y.exchange !== undefined && x.exchange.currency !== y.exchange.currency;
}

/**
 * The values of two figures in one unit, to be set side by side (their ratio, their order of
 * magnitude): amounts in two currencies in US dollars, by rough rates (exchangeRates.ts); others
 * in the common unit of their dimension.
 */
export function comparedValues(x: Located, y: Located): [number, number] {
  if (!inTwoCurrencies(x, y)) return [x.measure.value, y.measure.value];
  return [x.measure.value * x.exchange!.usdPerUnit, y.measure.value * y.exchange!.usdPerUnit];
}

/** {@link quantitiesAgree} of two quantities, given their intervals (see {@link interval}). */
function agreeWithin(a: Quantity, [al, ah]: readonly [number, number], b: Quantity, [bl, bh]: readonly [number, number]): boolean {
  // Only floating-point error: a figure's hedge and rounding are in its interval.
  const slack = 1e-9 * Math.max(Math.abs(ah), Math.abs(bh));
  if (isRange(a) && isRange(b)) return al <= bh + slack && bl <= ah + slack;
  if (a.unit !== b.unit && conversionOf(a.unit) && conversionOf(b.unit)) {
    // One figure given in two units is rounded in one of them ("3.1 metres (10 feet)", "15,000
    // hectares (37,000 acres)"): across units, each stands for its value give or take its rounding.
    const [ar, br] = [conversionRounding(a), conversionRounding(b)];
    return al - ar <= bh + br + slack && bl - br <= ah + ar + slack;
  }
  return (!isRange(a) && within(commonValueOf(a), bl, bh, slack) && !boundedOutside(a, bl, bh, slack) && !leftOutByBound(a, b)) || (!isRange(b) && within(commonValueOf(b), al, ah, slack) && !boundedOutside(b, al, ah, slack) && !leftOutByBound(b, a));
}

/**
 * True when `bound` ("more than a dozen species", "fewer than 30 boats") leaves out the very count
 * `plain` gives ("twelve species", "30 boats") and that count is exact: a count of things (no
 * measure, money or share, whose figures are mostly rounded) whose last digit is a unit, so it
 * stands for itself alone. A round count ("more than 40 homes" / "40 homes") may be rounded down
 * from what the bound says, and stays within it.
 */
function leftOutByBound(plain: Quantity, bound: Quantity): boolean {
  if ((bound.qualifier !== 'more than' && bound.qualifier !== 'less than') || isRange(bound) || plain.qualifier !== null || plain.value !== bound.value) return false;
  const unit = plain.unit;
  return plain.value > 0 && (unit === null || (conversionOf(unit) === undefined && !isCurrencyUnit(unit) && unit !== '%' && unit !== 'pp')) && lastDigitPlace(plain.value) === 1;
}

/**
 * True for a bound that leaves out the very figure it names, standing at the edge of another
 * figure's interval: "more than 1,100 riders" is above 1,100, so outside "about 1,000" (900 to
 * 1,100), and "fewer than 180 homes" below "about 200" (180 to 220). A plain figure the bound
 * names is still within it ("more than 1,100" / "1,100": the plain figure's own rounding).
 */
function boundedOutside(q: Quantity, low: number, high: number, slack: number): boolean {
  const value = commonValueOf(q);
  return (q.qualifier === 'more than' && value >= high - slack) || (q.qualifier === 'less than' && value <= low + slack);
}

/**
 * How far a figure stated plainly in one unit may stand from its value, in the common unit: half its
 * last digit's place ("37,000 acres" is 36,500 to 37,500 acres), at most 5 % ("10 feet" is 9.5 to
 * 10.5 feet, not 5 to 15), and so does a bound "up to" names ("up to 88 lb" / "as much as 40kg"). A
 * hedged figure's allowance is its hedge's (see {@link interval}).
 */
function conversionRounding(q: Quantity): number {
  const factor = conversionOf(q.unit)?.[1] ?? 1;
  return q.value === 0 || (q.qualifier !== null && q.qualifier !== 'up to') ? 0 : Math.min(lastDigitPlace(q.value) / 2, Math.abs(q.value) * 0.05) * factor;
}

/** True when `value` lies between `low` and `high`, give or take `slack`. */
function within(value: number, low: number, high: number, slack: number): boolean {
  return value >= low - slack && value <= high + slack;
}

