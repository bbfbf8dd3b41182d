/**
 * Analyses a set of sources about one story: each article alone, then entity keys linked across
 * them, then the comparison. The command line and the editor both go through here.
 */
import { analyzeArticle } from './analyzeArticle';
import { compareSources } from './compare/compareSources';
import { linkAcrossSources } from './entities/linkAcrossSources';
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

/**
 * Compares already analysed sources. Entity keys and speaker names are linked across them first
 * (Sergey / Sergei Lavrov get one key), in place: the returned sources are the ones given.
 */
export function compareAnalysed(sources: SourceInput[]): AnalysedSet {
  linkAcrossSources(sources.map((s) => s.analysis));
  return { sources, comparison: compareSources(sources) };
}

/** Analyses each text, then compares the set. */
export function analyzeSources(texts: SourceText[]): AnalysedSet {
  return compareAnalysed(texts.map((t) => ({ id: t.id, analysis: analyzeArticle(t.text) })));
}
