/**
 * Analyses a set of sources about one story: each article alone, then entity keys linked across
 * them, then the comparison. The command line and the editor both go through here.
 */
import { analyzeArticle } from './analyzeArticle';
import { compareSources } from './compare/compareSources';
import type { Comparison, SourceInput } from './types';

/** A source's identifier (file name or URI) and its text. */
export interface SourceText {
  id: string;
  text: string;
}

/** Every source analysed and the set compared. */
export interface AnalysedSet {
  sources: SourceInput[];
  comparison: Comparison;
}

/** Compares already analysed sources (entity keys are linked across them first). */
export function compareAnalysed(sources: SourceInput[]): AnalysedSet {
  return { sources, comparison: compareSources(sources) };
}

/** Analyses each text, then compares the set. */
export function analyzeSources(texts: SourceText[]): AnalysedSet {
  return compareAnalysed(texts.map((t) => ({ id: t.id, analysis: analyzeArticle(t.text) })));
}
