/**
 * Numbers given differently: the same quantity stated by two sources about one event with values
 * that disagree. Two mentions are about the same thing when they measure in the same unit (or one
 * states none) and the words around them agree — the counted noun, the verb, the subject
 * ("killing at least 12 people" / "15 people were killed"). Context words count by IDF and
 * by closeness to the number; aligned units need less shared context than units that only share
 * words, because their alignment already says they report the same fact.
 *
 * When is a difference a discrepancy? Values are compared after normalisation (digits and number
 * words, scales, currencies, units): ranges overlap → consistent; "about"/"around" allows 10 %
 * either way and "nearly" 15 % below ("about 100" against "100" is no discrepancy); "at least",
 * "more than", "up to" are hedges on a stated figure, so "at least 12 dead" against "15 killed"
 * IS a discrepancy (the reader gets two different counts). A mention is flagged only when no
 * mention about the same thing in that peer agrees with it: one peer stating both "37 miles" and
 * "60 km (37 miles)" agrees with "37 miles" elsewhere.
 */
import type { Finding } from '../types';
import { type CompareContext, joinNames } from './compareContext';
import { findQuantityMentions, type QuantityMention } from './findQuantityMentions';
import { makeFinding, sourceRef } from './makeFinding';
import type { TextUnit } from './splitIntoUnits';

/** Context words considered on each side of a number. */
const WINDOW = 6;
/** Context agreement (sum of shared IDF weights) needed in aligned units, and in others. */
const MIN_CONTEXT_ALIGNED = 1.5;
const MIN_CONTEXT_UNALIGNED = 4;

interface Located {
  mention: QuantityMention;
  unit: TextUnit;
  context: Map<string, number>;
}

/** Weighted context words of a mention: IDF, halved every three words of distance. */
function contextOf(ctx: CompareContext, unit: TextUnit, mention: QuantityMention): Map<string, number> {
  const context = new Map<string, number>();
  const add = (i: number, distance: number): void => {
    const w = unit.words[i];
    if (!w || !w.content || /^\d/.test(w.folded)) return;
    const id = ctx.index.termIds.get(w.stem);
    const weight = (id === undefined ? 0 : ctx.index.idf[id]) * Math.pow(0.5, distance / 3);
    context.set(w.stem, Math.max(context.get(w.stem) ?? 0, weight));
  };
  for (let d = 0; d < WINDOW; d++) {
    add(mention.before - d, d);
    add(mention.after + d, d);
  }
  if (mention.quantity.unit) context.set(`#${mention.quantity.unit}`, 2);
  return context;
}

/** Shared context weight of two mentions. */
function agreement(a: Map<string, number>, b: Map<string, number>): number {
  let sum = 0;
  for (const [stem, weight] of a) {
    const other = b.get(stem);
    if (other !== undefined) sum += Math.min(weight, other);
  }
  return sum;
}

/** The interval a hedged value stands for. */
function interval(m: QuantityMention): [number, number] {
  const q = m.quantity;
  if (q.low !== undefined && q.high !== undefined) return [q.low, q.high];
  if (q.qualifier === 'about') return [q.value * 0.9, q.value * 1.1];
  if (q.qualifier === 'nearly') return [q.value * 0.85, q.value];
  return [q.value, q.value];
}

/** True when two mentions of one thing agree (see the file comment). */
export function quantitiesAgree(a: QuantityMention, b: QuantityMention): boolean {
  const [al, ah] = interval(a);
  const [bl, bh] = interval(b);
  const slack = 0.005 * Math.max(Math.abs(ah), Math.abs(bh));
  return al <= bh + slack && bl <= ah + slack;
}

/** True when two mentions may measure the same kind of thing. */
function unitsCompatible(a: QuantityMention, b: QuantityMention): boolean {
  const ua = a.quantity.unit;
  const ub = b.quantity.unit;
  const fixed = (u: string | null): boolean => u !== null && /^(?:%|pp|[A-Z]{3}|t|kg|g|lb|km|mi|m|ft|km2|ha|acre|l|bbl)$/.test(u);
  if (ua && ub) return ua === ub;
  return !fixed(ua) && !fixed(ub);
}

/** Numeric findings per source index. */
export function findNumericDiscrepancies(ctx: CompareContext): Finding[][] {
  const located: Located[][] = ctx.sources.map((source, s) => {
    if (!ctx.sameEvent[s]) return [];
    return ctx.unitsBySource[s].flatMap((unit) =>
      findQuantityMentions(source.analysis.text, unit).map((mention) => ({ mention, unit, context: contextOf(ctx, unit, mention) })),
    );
  });
  const aligned = (a: TextUnit, b: TextUnit): boolean => ctx.partners[a.id].some((p) => p.a === b.id || p.b === b.id);
  return ctx.sources.map((source, s) => {
    const findings: Finding[] = [];
    for (const here of located[s]) {
      const disagreeing: Array<{ peer: number; there: Located; score: number }> = [];
      for (const peer of ctx.peers[s]) {
        let best: { there: Located; score: number } | null = null;
        let agrees = false;
        for (const there of located[peer]) {
          if (!unitsCompatible(here.mention, there.mention)) continue;
          const score = agreement(here.context, there.context);
          if (score < (aligned(here.unit, there.unit) ? MIN_CONTEXT_ALIGNED : MIN_CONTEXT_UNALIGNED)) continue;
          if (quantitiesAgree(here.mention, there.mention)) agrees = true;
          else if (!best || score > best.score) best = { there, score };
        }
        if (!agrees && best) disagreeing.push({ peer, ...best });
      }
      if (disagreeing.length === 0) continue;
      const text = source.analysis.text;
      const related = disagreeing.map((d) => sourceRef(ctx.sources[d.peer].id, ctx.sources[d.peer].analysis.text, d.there.mention));
      const gives = disagreeing.map((d, i) => `${ctx.names[d.peer]} gives ${related[i].text}`);
      const message = `${joinNames(gives)}; this source gives ${text.slice(here.mention.start, here.mention.end)}.`;
      findings.push(makeFinding(source.id, text, 'numeric', here.mention, message, related));
    }
    return findings;
  });
}
