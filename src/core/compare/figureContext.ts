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

/**
 * The weighted context words of a figure (see {@link contextOf}), ready to be set against another
 * figure's by a merge: their term ids ({@link ContextTerms}) in increasing order, each with its
 * weight and the order in which the words were first met, in which agreements are summed.
 */
export interface FigureContext {
  terms: Int32Array;
  weights: Float64Array;
  ranks: Int32Array;
}

/** Ids of the context words of one comparison's figures ("#" before a unit, "@" before a party), given in order of first sight. */
export class ContextTerms {
  private readonly ids = new Map<string, number>();

  /** The id of `term`. */
  idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(term, id);
    }
    return id;
  }
}

/**
 * Weighted context words of a mention: IDF, halved every three words of distance; its unit counts
 * 2, and the party that gives it counts in full (see the file comment). `terms` give the words ids.
 */
export function contextOf(ctx: CompareContext, terms: ContextTerms, unit: TextUnit, mention: QuantityMention, measure: Quantity): FigureContext {
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
  const met = [...context].map(([term, weight], rank) => ({ id: terms.idOf(term), weight, rank })).sort((a, b) => a.id - b.id);
  return {
    terms: Int32Array.from(met, (m) => m.id),
    weights: Float64Array.from(met, (m) => m.weight),
    ranks: Int32Array.from(met, (m) => m.rank),
  };
}

/**
 * The agreements of {@link agreement} by the rank of the first context's word, 0 where none: a merge
 * finds them in term order, and they are summed in the order the words were met.
 */
let byRank = new Float64Array(32);

/**
 * Shared context weight of two mentions: the smaller weight of each word both contexts have, summed
 * in the order of the first context's words (a merge over their sorted terms, on a path run for
 * every pair of figures).
 */
export function agreement(a: FigureContext, b: FigureContext): number {
  const count = a.terms.length;
  if (byRank.length < count) byRank = new Float64Array(2 * count);
  for (let i = 0, j = 0; i < count && j < b.terms.length; ) {
    if (a.terms[i] === b.terms[j]) {
      byRank[a.ranks[i]] = Math.min(a.weights[i], b.weights[j]);
      i++;
      j++;
    } else if (a.terms[i] < b.terms[j]) i++;
    else j++;
  }
  // Adding the zeros of words not shared leaves the sum as it is.
  let sum = 0;
  for (let r = 0; r < count; r++) {
    sum += byRank[r];
    byRank[r] = 0;
  }
  return sum;
}
