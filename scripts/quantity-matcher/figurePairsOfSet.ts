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
import { alignedAt, alignUnits, bestCounterparts, type UnitPairs } from '../../src/core/compare/alignUnits';
import { buildTermIndex } from '../../src/core/compare/buildTermIndex';
import { type CompareContext, displayName, UnitPartners } from '../../src/core/compare/compareContext';
import { findPeers } from '../../src/core/compare/detectSameEvent';
import { findNumericDiscrepancies } from '../../src/core/compare/findNumericDiscrepancies';
import { figurePairs, type FigurePair } from '../../src/core/compare/quantityPairFeatures';
import { headerDays } from '../../src/core/compare/headerDate';
import { namedKeysByUnit } from '../../src/core/compare/namedKeysByUnit';
import { type MatcherWeights, quantityMatcherOf } from '../../src/core/compare/quantityMatcher';
import { splitIntoUnits, type TextUnit } from '../../src/core/compare/splitIntoUnits';
import type { SourceInput, Span } from '../../src/core/types';

/** One set read for training: its files, their texts, its figure pairs and its numeric findings by a matcher. */
export interface SetForTraining {
  files: string[];
  texts: string[];
  pairs: FigurePair[];
  /** Spans of the numeric findings per file, by the matcher `weights` describe (null: the hand-written rules alone). */
  findings: (weights: MatcherWeights | null) => Span[][];
}

/** Every pair each unit takes part in at `threshold`, as compareSources.ts builds them. */
function partnersOf(units: TextUnit[], pairs: UnitPairs, threshold: number): UnitPartners {
  const starts = new Int32Array(units.length + 1);
  const inPair = (p: number): boolean => alignedAt(pairs, p, threshold);
  for (let p = 0; p < pairs.length; p++) if (inPair(p)) [pairs.a(p), pairs.b(p)].forEach((u) => starts[u + 1]++);
  for (let u = 0; u < units.length; u++) starts[u + 1] += starts[u];
  const filled = starts.slice(0, units.length);
  const pairIndexes = new Int32Array(starts[units.length]);
  for (let p = 0; p < pairs.length; p++) if (inPair(p)) [pairs.a(p), pairs.b(p)].forEach((u) => (pairIndexes[filled[u]++] = p));
  return new UnitPartners(pairs, starts, pairIndexes);
}

/**
 * The comparison context of the articles of `dir`, with compareSources' default settings
 * (alignment at 0.2, counterparts at 0.15, posting lists capped at 50).
 */
function contextOf(sources: SourceInput[]): CompareContext {
  const units: TextUnit[] = [];
  const unitsBySource = sources.map((source, s) => {
    const own = splitIntoUnits(source.analysis, s, units.length);
    units.push(...own);
    return own;
  });
  const namedKeys = namedKeysByUnit(sources, units);
  const index = buildTermIndex(units, (unit) => namedKeys[unit.id]);
  const pairs = alignUnits(units, index, { threshold: 0.15, postingCap: 50 });
  const { sameEvent: peers, related } = findPeers(unitsBySource, pairs, units, index, headerDays(sources.map((s) => s.analysis.text)));
  return {
    sources,
    names: sources.map((s) => displayName(s.id)),
    units,
    unitsBySource,
    index,
    alignment: bestCounterparts(units, pairs, 0.2),
    partners: partnersOf(units, pairs, 0.15),
    peers,
    related,
    sameEvent: peers.map((p) => p.size > 0 || sources.length === 1),
  };
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
  const ctx = contextOf(sources);
  return {
    files,
    texts,
    pairs: figurePairs(ctx),
    findings: (weights) => findNumericDiscrepancies(ctx, weights && quantityMatcherOf(weights)).map((list) => list.map((f) => ({ start: f.start, end: f.end }))),
  };
}
