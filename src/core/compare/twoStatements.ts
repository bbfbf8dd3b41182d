/**
 * Two quotes that cannot be one utterance whatever their words: they say opposite things, their
 * paragraphs place them on different occasions, or they give figures and none in common. A
 * negation a translation moves ("no threat, but nor…" / "not a threat, but … not … either") is
 * no opposite: only one put in or taken out is.
 */
import { contradicts } from './detectContradiction';
import type { QuoteItem } from './quoteItems';
import { givesOtherFigures } from './quoteNumbers';
import type { Word } from './readWords';
import { differentOccasions } from './quoteOccasion';
import { reversesContinuation } from './reversesContinuation';

/**
 * True when two near-identical wordings say opposite things ({@link contradicts}; negations both
 * hold as many of are left out, see {@link withoutMovedNegations}), or one that a state still
 * holds and the other that it has ended ({@link reversesContinuation}).
 */
function saysOpposite(a: QuoteItem, b: QuoteItem): boolean {
  const [wordsA, wordsB] = withoutMovedNegations(a.words, b.words);
  return contradicts(wordsA, wordsB) || reversesContinuation(a.words, b.words);
}

/** A word that negates what it stands in ("not", "no", "nor", "never", "cannot", "isn't"). */
const NEGATING = /^(?:not|no|nor|never|cannot)$|n't$/;

/**
 * Two wordings without their negations when both hold as many: a translation moves a negation
 * ("the strike is no threat, but nor is it a game" / "the strike is not a threat, but it is not
 * a game either") without putting one in or taking one out.
 */
function withoutMovedNegations(a: Word[], b: Word[]): [Word[], Word[]] {
  const negating = (w: Word): boolean => NEGATING.test(w.folded);
  const inA = a.filter(negating).length;
  if (inA === 0 || inA !== b.filter(negating).length) return [a, b];
  return [a.filter((w) => !negating(w)), b.filter((w) => !negating(w))];
}

/**
 * True when two quotes cannot be one utterance whatever their words: they say opposite things
 * ({@link saysOpposite}), their paragraphs place them on different occasions (quoteOccasion.ts), or
 * they give figures and none in common (quoteNumbers.ts).
 */
export function twoStatements(a: QuoteItem, b: QuoteItem): boolean {
  return differentOccasions(a.occasion, b.occasion) || givesOtherFigures(a.words, b.words) || saysOpposite(a, b);
}
