/**
 * A figure of a report as the numeric comparison reads it: its mention, and what the comparison
 * asks of it for every pair of figures it weighs (its measure, role, context, interval…), read once
 * when the report's figures are located (see locateFigures.ts).
 */
import type { ExchangedAmount } from '../values/exchangeRates';
import type { Quantity } from '../values/parseQuantity';
import type { FigureContext } from './figureContext';
import type { QuantityMention } from './findQuantityMentions';
import type { TextUnit } from './splitIntoUnits';

/** A figure of a report, located and read once (see the file comment). */
export interface Located {
  mention: QuantityMention;
  /**
   * Where the figure stands in its report: its unit's index over the report's count of units, or
   * over SHORTEST_ARTICLE of locateFigures.ts in a shorter report (a brief's second sentence is still its lede).
   */
  position: number;
  /** Stems of the party that gives the figure (figureSource.ts). */
  parties: readonly string[];
  /** The figure's index among its report's figures. */
  index: number;
  /** The mention's quantity in the common unit of its dimension ("37 miles" as 59.5 km; see commonUnit.ts). */
  measure: Quantity;
  /** For an amount of money whose currency has a rate, its currency and rate (exchangeRates.ts). */
  exchange: ExchangedAmount | undefined;
  unit: TextUnit;
  /** The weighted words around the figure (figureContext.ts). */
  context: FigureContext;
  /** Years dating the mention ("in 2007 killed more than 500"). */
  years: string[];
  /** True for a yearly rate ("600,000 deaths a year"), which holds for any one year. */
  yearly: boolean;
  /** What the figure counts, by measure class ("death", "injury", "job"…), when its words say. */
  role: string | undefined;
  /** True for a count of the injured that its clause puts in hospital (see inHospital of figureRoles.ts). */
  inHospital: boolean;
  /** True for a figure a report gives as superseded by another ("up from 12,400 a day earlier"). */
  superseded: boolean;
  /** What a length measures, when the word after its unit says: "depth", "height", "distance"… */
  dimension: string | undefined;
  /** True for a measure given as what is left ("with seven kilometres left"; see remainders.ts). */
  remainder: boolean;
  /** The interval the figure stands for (interval of quantityAgreement.ts), read once rather than for every pair of figures. */
  interval: readonly [number, number];
  /** True when the measure's unit names people (countsPeople of figureRoles.ts), read once rather than for every pair of figures. */
  peopleUnit: boolean;
  /** True when the measure's unit fixes what is measured (isFixedUnit of locateFigures.ts), read once rather than for every pair of figures. */
  fixedUnit: boolean;
  /** What a span of time names after "of" (spannedSenses of locateFigures.ts), read once rather than for every pair of figures. */
  spanned: readonly string[];
  /** For the span a record is told over ("the first time in 15 years"), the record's word (recordSpans.ts). */
  record: string | undefined;
}
