/**
 * Analyses one article: structure, quotes and their speakers, entities and claims.
 * (Placeholder composition while the single-article analysis is being written.)
 */
import type { ArticleAnalysis } from './types';

/** Analyses one article's text (a leading BOM is removed first; offsets index the result's text). */
export function analyzeArticle(input: string): ArticleAnalysis {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  return { text, title: null, blocks: [], sentences: [], quotes: [], entities: [], claims: [] };
}
