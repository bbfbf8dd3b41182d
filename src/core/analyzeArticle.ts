/**
 * Analyses one article: its layout, sentences, quotes and their speakers, entities and claims.
 * One wink reading per article; every later step works on its tokens and on the raw text:
 * blocks → quotations (a character scan) → tokens → sentences (never across a block or inside a
 * quotation) → entities → quote kinds → speakers → claims.
 */
import { extractClaims } from './claims/extractClaims';
import { recogniseEntities } from './entities/recogniseEntities';
import { tokenize } from './nlp/engine';
import { findQuotations } from './quotes/findQuotations';
import { findQuotes, quotationExtent } from './quotes/findQuotes';
import { attributeSpeakers } from './speakers/attributeSpeakers';
import { buildReadingContext } from './speakers/readingContext';
import { buildReferenceIndex } from './speakers/resolveReference';
import { breakOverlongRuns } from './structure/breakOverlongRuns';
import { withoutMarkup } from './structure/classifyLine';
import { detectBlocks } from './structure/detectBlocks';
import { splitSentences } from './structure/splitSentences';
import { stripBom } from './text/decodeArticle';
import type { ArticleAnalysis } from './types';

/** Analyses one article's text (a leading BOM is removed first; offsets index the result's text). */
export function analyzeArticle(input: string): ArticleAnalysis {
  const text = stripBom(input);
  const blocks = detectBlocks(text);
  const quotations = findQuotations(text, blocks);
  const tokenized = tokenize(breakOverlongRuns(text));
  const sentences = splitSentences(text, tokenized, blocks, quotations.filter((q) => !q.nested).map(quotationExtent));
  const entities = recogniseEntities(text, tokenized, blocks);
  const quotes = findQuotes(text, quotations, blocks, sentences);
  const context = buildReadingContext(text, tokenized, entities, quotations, sentences, blocks);
  const index = buildReferenceIndex(context);
  attributeSpeakers(context, index, quotations, quotes);
  const claims = extractClaims(context, index, quotations, quotes, entities);
  const headline = blocks.find((b) => b.kind === 'headline');
  const title = headline ? withoutMarkup(text.slice(headline.start, headline.end)) : null;
  return { text, title, blocks, sentences, quotes, entities, claims };
}
