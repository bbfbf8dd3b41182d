/**
 * Analyses one article: its layout, sentences, quotes and their speakers, entities and claims.
 * One wink reading per article; every later step works on its tokens and on the raw text:
 * blocks → quotations (a character scan) → tokens → sentences (never across a block or inside a
 * quotation) → entities → quote kinds → speakers → claims.
 */
import { extractClaims } from './claims/extractClaims';
import { recogniseEntities } from './entities/recogniseEntities';
import { tokenize } from './nlp/engine';
import { findQuotations, type Quotation } from './quotes/findQuotations';
import { findQuotes, quotationExtent } from './quotes/findQuotes';
import { attributeSpeakers } from './speakers/attributeSpeakers';
import { SPEAKER_MODEL, type SpeakerModel } from './speakers/learned/learnedFallback';
import { buildReadingContext, type ReadingContext } from './speakers/readingContext';
import { buildReferenceIndex, type ReferenceIndex } from './speakers/resolveReference';
import { breakOverlongRuns } from './structure/breakOverlongRuns';
import { withoutMarkup } from './structure/classifyLine';
import { detectBlocks } from './structure/detectBlocks';
import { splitSentences } from './structure/splitSentences';
import { stripBom } from './text/decodeArticle';
import type { ArticleAnalysis, Block, Entity, Quote, Span } from './types';

/**
 * One article read up to its speakers (every step of {@link analyzeArticle} before the claims),
 * with what later steps and the speaker model's trainer need: the scanned quotations, the reading
 * context and reference index, and the quotes whose speaker phrase names nobody the text names.
 */
export interface ArticleReading {
  text: string;
  blocks: Block[];
  sentences: Span[];
  quotations: Quotation[];
  quotes: Quote[];
  entities: Entity[];
  context: ReadingContext;
  index: ReferenceIndex;
  unnamed: Set<number>;
}

/**
 * Reads one article's text up to its speakers (a leading BOM is removed first; offsets index the
 * result's text). `speakerModel` is the learned fallback's (null: the rules alone speak, as its
 * training needs; see attributeSpeakers).
 */
export function readArticle(input: string, speakerModel: SpeakerModel | null = SPEAKER_MODEL): ArticleReading {
  const text = stripBom(input);
  const blocks = detectBlocks(text);
  const quotations = findQuotations(text, blocks);
  const tokenized = tokenize(breakOverlongRuns(text));
  const sentences = splitSentences(text, tokenized, blocks, quotations.filter((q) => !q.nested).map(quotationExtent));
  const entities = recogniseEntities(text, tokenized, blocks);
  const quotes = findQuotes(text, quotations, blocks, sentences);
  const context = buildReadingContext(text, tokenized, entities, quotations, sentences, blocks);
  const index = buildReferenceIndex(context);
  const unnamed = attributeSpeakers(context, index, quotations, quotes, speakerModel);
  return { text, blocks, sentences, quotations, quotes, entities, context, index, unnamed };
}

/** Analyses one article's text (a leading BOM is removed first; offsets index the result's text). */
export function analyzeArticle(input: string): ArticleAnalysis {
  const { text, blocks, sentences, quotations, quotes, entities, context, index } = readArticle(input);
  const claims = extractClaims(context, index, quotations, quotes, entities);
  const headline = blocks.find((b) => b.kind === 'headline');
  const title = headline ? withoutMarkup(text.slice(headline.start, headline.end)) : null;
  return { text, title, blocks, sentences, quotes, entities, claims };
}
