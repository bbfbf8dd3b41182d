/**
 * The words around a figure, weighed: context words count by IDF and by closeness to the number,
 * its unit counts 2, and the party that gives the figure counts in full however far it stands
 * ("killing at least 12 people" / "15 people were killed", "organisers said 200,000" /
 * "organisers claimed 250,000"). Two figures agree in context by the weight of the words they share.
 */
import type { Quantity } from '../values/parseQuantity';
import { type CompareContext, idfOf } from './compareContext';
import type { QuantityMention } from './findQuantityMentions';
import { figureSourceOf } from './figureSource';
import type { TextUnit } from './splitIntoUnits';

/** Context words considered on each side of a number. */
export const WINDOW = 6;

/** Weighted context words of a mention: IDF, halved every three words of distance. */
export function contextOf(ctx: CompareContext, unit: TextUnit, mention: QuantityMention, measure: Quantity): Map<string, number> {
  const context = new Map<string, number>();
  const add = (i: number, distance: number): void => {
    const w = unit.words[i];
    if (!w || !w.content || /^\d/.test(w.folded)) return;
    const weight = idfOf(ctx, w.stem) * Math.pow(0.5, distance / 3);
    context.set(w.stem, Math.max(context.get(w.stem) ?? 0, weight));
  };
  for (let d = 0; d < WINDOW; d++) {
    add(mention.before - d, d);
    add(mention.after + d, d);
  }
  if (measure.unit) context.set(`#${measure.unit}`, 2);
  // The party that gives the figure counts in full, however far it stands ("the organisers, the
  // workers' confederation, said 200,000" / "organisers claimed more than 250,000").
  for (const party of figureSourceOf(unit, mention)) context.set(`@${party.stem}`, idfOf(ctx, party.stem));
  return context;
}

/** Shared context weight of two mentions. */
export function agreement(a: Map<string, number>, b: Map<string, number>): number {
  let sum = 0;
  // forEach, not for…of: no entry array per word, on a path run for every pair of figures.
  a.forEach((weight, stem) => {
    const other = b.get(stem);
    if (other !== undefined) sum += Math.min(weight, other);
  });
  return sum;
}
