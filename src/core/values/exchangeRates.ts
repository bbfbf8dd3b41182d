/**
 * Rough exchange rates, shipped offline, so that one amount given in two currencies ("CHF 5
 * million" / "about £3m", "1.8 million euros" / "about £1.1m") can be set side by side: a report
 * converting a sum at a rate far from the day's gives the reader another sum. The rates are US
 * dollars per unit of each currency, rounded, about those of 2024–2026; a rate moves by some
 * per cent a year, so two amounts agree within {@link RATE_TOLERANCE} of each other, and a
 * currency whose rate moved by more than that in a recent year (the Turkish lira, the naira, the
 * Egyptian pound, the rouble, the Argentine peso) has no rate here: its amounts meet only amounts
 * of their own currency, as before.
 *
 * A currency is converted only when the words name it alone: "Rs" and "rupees" are written in
 * India, Pakistan, Sri Lanka and Nepal, "Sh" and "shillings" in Kenya, Tanzania and Uganda,
 * "kroner" in Denmark and Norway, "francs" in Switzerland and in two dozen countries of the CFA
 * franc; "₹", "KSh", "TSh", "CHF" or "Swiss francs" name one. "$" and "dollars" are read as US
 * dollars, but newspapers of Australia, Canada, New Zealand, Singapore or Hong Kong write their own
 * dollar so: against another dollar an amount in "$" may be either (see {@link ExchangedAmount}).
 */
import { wordTable } from '../text/wordTable';

/** US dollars per unit of a currency, by ISO 4217 code (see the file comment). */
const USD_PER_UNIT: Record<string, number> = wordTable({
  USD: 1, EUR: 1.1, GBP: 1.3, CHF: 1.15, JPY: 0.0068, CNY: 0.14, HKD: 0.128, SGD: 0.75, AUD: 0.65, NZD: 0.59, CAD: 0.73,
  INR: 0.0117, PKR: 0.0036, BDT: 0.0083, KRW: 0.00072, THB: 0.029, MYR: 0.225, IDR: 0.000062, PHP: 0.0175, VND: 0.00004,
  DKK: 0.147, SEK: 0.095, NOK: 0.093, PLN: 0.26, CZK: 0.044, HUF: 0.0028, RON: 0.22, BGN: 0.56, ILS: 0.27,
  SAR: 0.2667, AED: 0.2723, QAR: 0.2747, KZT: 0.002, MXN: 0.053, BRL: 0.18, ZAR: 0.055,
  KES: 0.0077, TZS: 0.0004, UGX: 0.00027, MZN: 0.0157,
});

/**
 * How far apart two amounts in two currencies may be, as a ratio of their values in dollars, and
 * still be one sum: a rate moves some per cent in a year, and a report converts at the day's.
 */
export const RATE_TOLERANCE = 1.2;

/** Dollar signs other than the US dollar's, by the currency they write. */
const OTHER_DOLLARS = new Set(['AUD', 'CAD', 'NZD', 'SGD', 'HKD']);

/**
 * Written forms that several currencies share, unless a word before them names the country
 * ("Swiss francs", "Kenyan shillings", "Danish kroner"): see the file comment.
 */
const SHARED_NAMES = /(?:^|[^\p{L}])(?:rs\.?|rupees?|sh|shillings?|kroner|krone|kronor|francs?)(?![\p{L}])/iu;
const COUNTRY_BEFORE = /(?:indian|pakistani|kenyan|tanzanian|ugandan|danish|norwegian|swedish|swiss)\s+\p{L}+/iu;

/** US dollars written as such ("US$", "USD", "US dollars"): no other dollar. */
const US_DOLLARS_WRITTEN = /US\$|USD|U\.?S\.? dollars?/i;

/**
 * An amount of money whose currency has a rate: the currency's code, its rate, and whether it is
 * written as a bare "$" or "dollars" that a paper may use for its own country's dollar.
 */
export interface ExchangedAmount {
  currency: string;
  usdPerUnit: number;
  anyDollar: boolean;
}

/**
 * The currency and rate of an amount in `unit` (an ISO code, as parseQuantity reads it) written as
 * `written`, or undefined when the currency has no rate or the words may name several currencies.
 */
export function exchangedAmount(unit: string | null, written: string): ExchangedAmount | undefined {
  if (unit === null) return undefined;
  const usdPerUnit = USD_PER_UNIT[unit];
  if (usdPerUnit === undefined || (SHARED_NAMES.test(written) && !COUNTRY_BEFORE.test(written))) return undefined;
  return { currency: unit, usdPerUnit, anyDollar: unit === 'USD' && !US_DOLLARS_WRITTEN.test(written) };
}

/**
 * True when two amounts in two currencies may be one sum: the intervals they stand for (in their
 * own currencies, see interval of quantityAgreement.ts), brought to dollars, come within
 * {@link RATE_TOLERANCE} of each other; or, for an amount in bare "$" against another country's
 * dollar, when the two intervals meet read in that dollar.
 */
export function amountsAgree(a: ExchangedAmount, [al, ah]: readonly [number, number], b: ExchangedAmount, [bl, bh]: readonly [number, number]): boolean {
  if ((a.anyDollar && OTHER_DOLLARS.has(b.currency)) || (b.anyDollar && OTHER_DOLLARS.has(a.currency))) {
    if (al <= bh && bl <= ah) return true;
  }
  const [xl, xh, yl, yh] = [al * a.usdPerUnit, ah * a.usdPerUnit, bl * b.usdPerUnit, bh * b.usdPerUnit];
  return xl <= yh * RATE_TOLERANCE && yl <= xh * RATE_TOLERANCE;
}
