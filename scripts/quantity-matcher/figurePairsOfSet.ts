/**
 * What the quantity matcher's trainer (scripts/train-quantity-matcher.mjs) reads of one corpus
 * set: its articles analysed and compared as the command line does, the candidate pairs of
 * figures with their features (see figurePairs), and a way to run the numeric step again with
 * another matcher, for cross-validation. Bundled by the trainer with esbuild, as the CLI is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../../src/core/analyzeArticle';
import { linkAcrossSources } from '../../src/core/entities/linkAcrossSources';
import { compareContextOf, unitsOfSources } from '../../src/core/compare/compareSources';
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
  const files = readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md').sort();
  return figurePairsOfTexts(files, files.map((f) => readFileSync(join(dir, f), 'utf8').replace(/^\uFEFF/, '')));
}

/** Analyses and compares articles given as file names and texts (see {@link SetForTraining}). */
export function figurePairsOfTexts(files: string[], texts: string[]): SetForTraining {
  const sources = files.map((f, i) => ({ id: f, analysis: analyzeArticle(texts[i]) }));
  linkAcrossSources(sources.map((s) => s.analysis));
  const { units, unitsBySource } = unitsOfSources(sources);
  const ctx = compareContextOf(sources, units, unitsBySource);
  return {
    files,
    texts,
    pairs: figurePairs(ctx),
    findings: (weights) => findNumericDiscrepancies(ctx, weights && quantityMatcherOf(weights)).map((list) => list.map((f) => ({ start: f.start, end: f.end }))),
  };
}
