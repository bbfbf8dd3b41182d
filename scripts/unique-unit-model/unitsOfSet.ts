/**
 * What the unique-unit model's trainer (scripts/train-unique-unit-model.mjs) reads of one corpus
 * set: its articles analysed and compared as the command line does, every judged unit with its
 * span and features (see judgedUnits in findUnique.ts), and a way to make the unique findings
 * again with another model, for cross-validation. Bundled by the trainer with esbuild, as the CLI is.
 */
import { comparisonOf, readSetTexts } from '../lib/setComparison';
import { sourceIndexes } from '../../src/core/compare/compareContext';
import { findNumericDiscrepancies } from '../../src/core/compare/findNumericDiscrepancies';
import { findUnique, judgedUnits } from '../../src/core/compare/findUnique';
import { groupQuotes } from '../../src/core/compare/groupQuotes';
import { SenseSet, senseNumbers } from '../../src/core/compare/senseNumbers';
import { type UniqueUnitWeights, uniqueUnitModelOf } from '../../src/core/compare/uniqueUnitModel';
import type { Span } from '../../src/core/types';

/** The model's feature names in vector order, for the trainer to name the weights it writes. */
export { UNIT_FEATURES } from '../../src/core/compare/uniqueUnitModel';

/** A judged unit as the trainer reads it: its source, span and features. */
export interface UnitForTraining extends Span {
  source: number;
  features: number[];
}

/** One set read for training. */
export interface SetForTraining {
  files: string[];
  texts: string[];
  units: UnitForTraining[];
  /** Spans of the unique findings per file, by the model `weights` describe (null: the hand-written thresholds alone). */
  findings: (weights: UniqueUnitWeights | null) => Span[][];
}

/** Reads, analyses and compares the articles of the corpus set in `dir` (see {@link SetForTraining}). */
export function unitsOfSet(dir: string): SetForTraining {
  const { files, texts } = readSetTexts(dir);
  const { sources, ctx } = comparisonOf(files, texts);
  const sharedQuotes: Span[][] = sources.map(() => []);
  for (const group of groupQuotes(ctx)) {
    if (new Set(group.members.map((m) => m.source)).size < 2) continue;
    for (const m of group.members) sharedQuotes[sourceIndexes(ctx).get(m.source) as number].push(m);
  }
  const numeric = findNumericDiscrepancies(ctx);
  const judged: UnitForTraining[] = [];
  sources.forEach((_, s) => {
    if (ctx.related[s].size === 0) return;
    const peerSenses = new SenseSet();
    for (const p of ctx.related[s]) for (const sense of senseNumbers(ctx).contentOf(p)) peerSenses.add(sense);
    for (const j of judgedUnits(ctx, s, numeric[s], peerSenses)) judged.push({ source: s, start: j.unit.start, end: j.unit.end, features: [...j.features] });
  });
  return {
    files,
    texts,
    units: judged,
    findings: (weights) => sources.map((_, s) => findUnique(ctx, s, sharedQuotes[s], numeric[s], weights && uniqueUnitModelOf(weights)).map((f) => ({ start: f.start, end: f.end }))),
  };
}
