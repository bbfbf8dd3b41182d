/**
 * What the quantity matcher's trainer (scripts/train-quantity-matcher.mjs) reads of one corpus
 * set: its articles analysed and compared as the command line does, the candidate pairs of
 * figures with their features (see figurePairs), and a way to run the numeric step again with
 * another matcher, for cross-validation. Bundled by the trainer with esbuild, as the CLI is.
 */
import { comparisonOf, readSetTexts } from '../lib/setComparison';
import { findNumericDiscrepancies } from '../../src/core/compare/findNumericDiscrepancies';
import { figurePairs, type FigurePair } from '../../src/core/compare/quantityPairFeatures';
import { type MatcherWeights, quantityMatcherOf } from '../../src/core/compare/quantityMatcher';
import type { Span } from '../../src/core/types';

/** One set read for training: its files, their texts, its figure pairs and its numeric findings by a matcher. */
export interface SetForTraining {
  files: string[];
  texts: string[];
  pairs: FigurePair[];
  /** Spans of the numeric findings per file, by the matcher `weights` describe (null: the hand-written rules alone). */
  findings: (weights: MatcherWeights | null) => Span[][];
}

/** Reads, analyses and compares the articles of the corpus set in `dir` (see {@link SetForTraining}). */
export function figurePairsOfSet(dir: string): SetForTraining {
  const { files, texts } = readSetTexts(dir);
  return figurePairsOfTexts(files, texts);
}

/** Analyses and compares articles given as file names and texts (see {@link SetForTraining}). */
export function figurePairsOfTexts(files: string[], texts: string[]): SetForTraining {
  const { ctx } = comparisonOf(files, texts);
  return {
    files,
    texts,
    pairs: figurePairs(ctx),
    findings: (weights) => findNumericDiscrepancies(ctx, weights && quantityMatcherOf(weights)).map((list) => list.map((f) => ({ start: f.start, end: f.end }))),
  };
}
