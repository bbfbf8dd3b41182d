/**
 * Figures another report gives in other words: "12,000 tonnes" / "12 million kilograms", "3.1
 * gigawatts" / "3,100 megawatts", "1.5 million" / "1,500,000". Their digits and units differ, so
 * word matching sees a new figure, yet the peers report it: the figure is no singular reading, and
 * the peer's sentence that gives it is a counterpart of the sentence here. Only figures with a unit
 * or of four digits and more are matched: small bare numbers coincide too often.
 */
import type { Span } from '../types';
import { UNIT_WORDS } from '../values/units';
import { type CompareContext } from './compareContext';
import { inCommonUnit } from './commonUnit';
import { quantitiesAgree } from './quantityAgreement';
import { quantityMentionsOf, type QuantityMention } from './findQuantityMentions';
import type { Word } from './readWords';
import type { TextUnit } from './splitIntoUnits';

/** A figure of a source, in the common unit of its dimension, with the unit stating it. */
interface Figure {
  mention: QuantityMention;
  unit: TextUnit;
}

/**
 * A source's figures by the unit stating them, and by their measure (the common unit, or null for
 * a bare number), in text order: a figure is only ever matched with figures of its own measure, so
 * each is set against those, not against all of a peer's figures.
 */
interface SourceFigures {
  byUnit: Map<TextUnit, Figure[]>;
  byMeasure: Map<string | null, Figure[]>;
}

/** The figures of every source, read once per comparison (undefined until asked for). */
const FIGURES = new WeakMap<CompareContext, Array<SourceFigures | undefined>>();

/** Smallest bare number (no unit) matched across reports. */
const MIN_BARE = 1000;

/** The figures of source `s` (see {@link Figure}). */
function figuresOf(ctx: CompareContext, s: number): SourceFigures {
  let bySource = FIGURES.get(ctx);
  if (!bySource) {
    bySource = ctx.sources.map(() => undefined);
    FIGURES.set(ctx, bySource);
  }
  const known = bySource[s];
  if (known) return known;
  const figures: SourceFigures = { byUnit: new Map(), byMeasure: new Map() };
  for (const unit of ctx.unitsBySource[s]) {
    const here = quantityMentionsOf(ctx, unit)
      .filter((m) => !m.ordinal && !m.age && (m.quantity.unit !== null || Math.abs(m.quantity.value) >= MIN_BARE))
      .map((m) => ({ mention: { ...m, quantity: inCommonUnit(m.quantity) }, unit }));
    if (here.length === 0) continue;
    figures.byUnit.set(unit, here);
    for (const figure of here) {
      const measure = figure.mention.quantity.unit;
      const group = figures.byMeasure.get(measure);
      if (group) group.push(figure);
      else figures.byMeasure.set(measure, [figure]);
    }
  }
  bySource[s] = figures;
  return figures;
}

/**
 * Where a figure's unit words end: the figure's span takes in the unit the peer writes otherwise
 * ("12,000 tonnes", "30 square kilometres").
 */
function unitEnd(text: string, unit: TextUnit, mention: QuantityMention): number {
  const [first, second] = unit.words.slice(mention.after, mention.after + 2);
  const adjoins = (w: Word | undefined, from: number): w is Word => w !== undefined && /^\s*$/.test(text.slice(from, w.start));
  if (mention.quantity.unit === null || !adjoins(first, mention.end) || !first.content) return mention.end;
  return adjoins(second, first.end) && `${first.folded} ${second.folded}` in UNIT_WORDS ? second.end : first.end;
}

/** What the peers restate of a unit's figures: the figures' spans here and the peers' units giving them. */
export interface Restated {
  spans: Span[];
  counterparts: TextUnit[];
}

/** The figures of `unit` (of source `s`) that a peer gives in other words, and where. */
export function findRestatedFigures(ctx: CompareContext, s: number, unit: TextUnit, peers: Set<number>): Restated {
  const restated: Restated = { spans: [], counterparts: [] };
  const here = figuresOf(ctx, s).byUnit.get(unit);
  if (!here) return restated;
  const text = ctx.sources[s].analysis.text;
  for (const figure of here) {
    for (const peer of peers) {
      const ofMeasure = figuresOf(ctx, peer).byMeasure.get(figure.mention.quantity.unit);
      if (!ofMeasure) continue;
      const same = ofMeasure.filter((f) => quantitiesAgree(f.mention, figure.mention));
      if (same.length === 0) continue;
      restated.spans.push({ start: figure.mention.start, end: unitEnd(text, unit, figure.mention) });
      restated.counterparts.push(...same.map((f) => f.unit));
    }
  }
  return restated;
}
