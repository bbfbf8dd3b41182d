/**
 * What the quote matcher's trainer (scripts/train-quote-matcher.mjs) reads of one corpus set: its
 * articles analysed and compared as the command line does, its quotes, the candidate pairs of
 * quotes the matcher weighs with their features (see quotePairsOf), and a way to group the quotes again with another
 * matcher, for cross-validation. Bundled by the trainer with esbuild, as the CLI is.
 */
import { comparisonOf, readSetTexts } from '../lib/setComparison';
import { groupQuotes, quotePairsOf } from '../../src/core/compare/groupQuotes';
import { quoteItemsOf } from '../../src/core/compare/quoteItems';
import { QUOTE_PAIR_FEATURES, type QuoteMatcherWeights, quoteMatcherOf } from '../../src/core/compare/quoteMatcher';

/** A quote of a set: its source (index into files) and span. */
export interface QuoteAt {
  source: number;
  start: number;
  end: number;
}

/** One set read for training (see the file comment). */
export interface SetForTraining {
  files: string[];
  texts: string[];
  quotes: QuoteAt[];
  /** The pairs the matcher weighs (see quotePairsOf): indexes into `quotes` and the features by name. */
  pairs: Array<{ a: number; b: number; features: Record<string, number> }>;
  /** The quote groups (members as quotes) by the matcher `weights` describe (null: the hand-written rules alone). */
  groups: (weights: QuoteMatcherWeights | null) => QuoteAt[][];
}

/** Reads, analyses and compares the articles of the corpus set in `dir` (see {@link SetForTraining}). */
export function quotePairsOfSet(dir: string): SetForTraining {
  const { files, texts } = readSetTexts(dir);
  return quotePairsOfTexts(files, texts);
}

/** Analyses and compares articles given as file names and texts (see {@link SetForTraining}). */
export function quotePairsOfTexts(files: string[], texts: string[]): SetForTraining {
  const { ctx } = comparisonOf(files, texts);
  const quotes = quoteItemsOf(ctx).map((item) => ({ source: item.source, start: item.quote.start, end: item.quote.end }));
  const pairs = quotePairsOf(ctx).open.map((p) => ({
    a: p.a,
    b: p.b,
    features: Object.fromEntries(QUOTE_PAIR_FEATURES.map((name, i) => [name, p.features[i]])),
  }));
  const index = new Map(files.map((f, i) => [f, i]));
  return {
    files,
    texts,
    quotes,
    pairs,
    groups: (weights) =>
      groupQuotes(ctx, weights && quoteMatcherOf(weights)).map((g) => g.members.map((m) => ({ source: index.get(m.source)!, start: m.start, end: m.end }))),
  };
}
