/**
 * Two quotes that cannot be one utterance whatever their words: they say opposite things, their
 * paragraphs place them on different occasions, or they give figures and none in common.
 */
import { contradicts } from './detectContradiction';
import type { QuoteItem } from './quoteItems';
import { givesOtherFigures } from './quoteNumbers';
import { differentOccasions } from './quoteOccasion';
import { reversesContinuation } from './reversesContinuation';

/**
 * True when two near-identical wordings say opposite things ({@link contradicts}), or one that a
 * state still holds and the other that it has ended ({@link reversesContinuation}).
 */
function saysOpposite(a: QuoteItem, b: QuoteItem): boolean {
  return contradicts(a.words, b.words) || reversesContinuation(a.words, b.words);
}

/**
 * True when two quotes cannot be one utterance whatever their words: they say opposite things
 * ({@link saysOpposite}), their paragraphs place them on different occasions (quoteOccasion.ts), or
 * they give figures and none in common (quoteNumbers.ts).
 */
export function twoStatements(a: QuoteItem, b: QuoteItem): boolean {
  return differentOccasions(a.occasion, b.occasion) || givesOtherFigures(a.words, b.words) || saysOpposite(a, b);
}
