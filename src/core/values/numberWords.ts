/**
 * English number words as newspapers write them: cardinals ("twenty-seven"), ordinals ("third"),
 * fractions ("half", "two-thirds"), collective counts ("a dozen", "a score") and scale words
 * ("million", "bn").
 */
import { wordTable } from '../text/wordTable';

const UNITS: Record<string, number> = wordTable({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
});
const TENS: Record<string, number> = wordTable({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 });
const ORDINALS: Record<string, number> = wordTable({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, twentieth: 20, hundredth: 100,
});
const FRACTIONS: Record<string, number> = wordTable({
  half: 1 / 2, halves: 1 / 2, third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4, fifth: 1 / 5, fifths: 1 / 5,
  tenth: 1 / 10, tenths: 1 / 10,
});
const COLLECTIVES: Record<string, number> = wordTable({ dozen: 12, dozens: 12, score: 20, scores: 20, hundreds: 100, thousands: 1000, millions: 1e6, billions: 1e9, couple: 2, pair: 2 });
const SCALES: Record<string, number> = wordTable({
  hundred: 100, thousand: 1e3, k: 1e3, million: 1e6, mln: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9,
  trillion: 1e12, tn: 1e12, trn: 1e12, lakh: 1e5, crore: 1e7,
});

/** The value of a cardinal number word or hyphenated compound ("seven", "twenty-seven"), or undefined. */
export function cardinalWord(word: string): number | undefined {
  const w = word.toLowerCase();
  if (w in UNITS) return UNITS[w];
  if (w in TENS) return TENS[w];
  const m = /^([a-z]+)[-‐ ]([a-z]+)$/.exec(w);
  if (m && m[1] in TENS && m[2] in UNITS && UNITS[m[2]] < 10) return TENS[m[1]] + UNITS[m[2]];
  return undefined;
}

/** The number an ordinal word stands for ("third" → 3), or undefined. */
export function ordinalWord(word: string): number | undefined {
  return ORDINALS[word.toLowerCase()];
}

/** The fraction a word names ("half" → 0.5, "thirds" → 1/3), or undefined. */
export function fractionWord(word: string): number | undefined {
  return FRACTIONS[word.toLowerCase()];
}

/** The count a collective word names ("dozen" → 12, "thousands" → 1000), or undefined. */
export function collectiveWord(word: string): number | undefined {
  return COLLECTIVES[word.toLowerCase()];
}

/** The multiplier of a scale word or abbreviation ("million", "bn", "k" → 1000), or undefined. */
export function scaleWord(word: string): number | undefined {
  return SCALES[word.toLowerCase().replace(/\.$/, '')];
}
