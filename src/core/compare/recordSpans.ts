/**
 * The span of time a record is told over: "for the first time in 15 years", "the biggest day for
 * Spanish cycling in twelve years", "the worst floods in 40 years". Such a span says how rare a
 * thing is, not how long anything lasted, so two reports' spans are one quantity only for one
 * record ("the worst floods in 40 years" / "the worst flooding in 50 years"), never for two ("the
 * first time in 15 years" / "the biggest day in twelve years") nor for a length ("jailed for 12
 * years").
 */
import type { Quantity } from '../values/parseQuantity';
import { TIME_UNITS } from '../values/units';
import type { QuantityMention } from './findQuantityMentions';
import type { TextUnit } from './splitIntoUnits';

/** Words that make a record besides superlatives in -est ("the first time in", "the worst floods in"). */
const RECORD_WORDS = new Set(['first', 'worst', 'best', 'most', 'least', 'record']);
/** Words in -est that are no superlative ("the protest in", "the inquest in"). */
const NOT_SUPERLATIVES = new Set(['interest', 'suggest', 'protest', 'request', 'arrest', 'invest', 'harvest', 'forest', 'latest', 'honest', 'modest', 'contest', 'digest', 'manifest', 'unrest', 'conquest', 'earnest', 'inquest']);
/**
 * Auxiliaries and forms of "be" and "have", which put a clause of its own between a record's word
 * and a span: "the first phase will be completed in three years" tells a length, not a record.
 */
const AUXILIARIES = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'be', 'been', 'being', 'is', 'are', 'was', 'were', 'has', 'have', 'had']);
/** Words a record's word may stand before the "in" of its span ("the biggest day for Spanish cycling in"). */
const RECORD_REACH = 8;

/**
 * The word of the record a span of time after "in" is told over ("first" in "for the first time in
 * 15 years", "biggest" in "the biggest day for Spanish cycling in twelve years", "worst" in "the
 * worst floods in 40 years"), folded; undefined for any other figure, and for a span a clause of its
 * own tells ("the first phase will be completed in three years"). Such a span says how rare a
 * thing is, and two reports' spans are one quantity only for one record.
 */
export function recordOf(unit: TextUnit, mention: QuantityMention, measure: Quantity): string | undefined {
  const words = unit.words;
  if (words[mention.before]?.folded !== 'in' || !TIME_UNITS.has(measure.unit ?? '') || mention.ordinal) return undefined;
  for (let i = mention.before - 1; i >= Math.max(0, mention.before - RECORD_REACH) && !AUXILIARIES.has(words[i].folded); i--) {
    const folded = words[i].folded;
    if (RECORD_WORDS.has(folded) || (folded.length > 5 && folded.endsWith('est') && !NOT_SUPERLATIVES.has(folded))) return folded;
  }
  return undefined;
}
