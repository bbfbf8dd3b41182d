/**
 * The learned judgement "two quotes of two reports are one utterance": a logistic regression over
 * named features of a pair of quotes (see {@link QUOTE_PAIR_FEATURES}), trained by
 * scripts/train-quote-matcher.mjs on the candidate pairs of the development clusters that the
 * hand-written tests of groupQuotes.ts leave apart between two quotes credited to one named
 * speaker, where two members of one gold shared quote in
 * two files are one utterance and every other pair (among them the gold's look-alikes, the same
 * speaker saying something else) is not. It has the last word on those pairs only: a pair the
 * tests link stays linked. The weights
 * (quoteMatcherWeights.json, with the commit whose data trained them) are read as a JSON module,
 * as the core's other data: no file system at run time. A translation the tests miss can so be
 * linked on what survives translation: the names and figures, synonyms, where the quote stands,
 * the reporter's sentences around it. Quotes credited to nobody or to different people are left to
 * the tests: alone, likeness of meaning could join any two remarks on one topic.
 */
import { featurePlaces, type LogisticModel, logisticProbability, weightsInOrder } from './logisticModel';
import model from './quoteMatcherWeights.json';

/** The features of a pair of quotes, each 0/1 or a small non-negative number (see quotePairFeatures.ts). */
export const QUOTE_PAIR_FEATURES = [
  'cosine', 'ordered', 'contained', 'nearCosine', 'nearOrdered', 'nearContained',
  'sharedNames', 'otherNames', 'sharedFigures', 'lengthRatio', 'fragment', 'partial', 'headline',
  'positionGap', 'speakerOrderGap', 'sentenceCosine', 'sentencesAligned', 'neighbourCosine', 'reporterCosine', 'bestForHere', 'bestForThere', 'matchReach', 'namesConflict', 'phrasedShare',
] as const;

/** A feature's name. */
export type QuotePairFeature = (typeof QUOTE_PAIR_FEATURES)[number];

/** Each feature's place in a feature vector. */
export const QUOTE_FEATURE = featurePlaces(QUOTE_PAIR_FEATURES);

/** A matcher as its weights file and the trainer write it: a weight per feature by name. */
export interface QuoteMatcherWeights {
  bias: number;
  weights: Partial<Record<QuotePairFeature, number>>;
  /** Probability a pair the hand-written tests leave apart must reach to be linked. */
  threshold: number;
}

/** A trained matcher: its weights in {@link QUOTE_PAIR_FEATURES} order, the bias and the threshold. */
export interface QuoteMatcher extends LogisticModel {
  threshold: number;
}

/** The matcher `weights` describe (a feature it does not name weighs 0). */
export function quoteMatcherOf(weights: QuoteMatcherWeights): QuoteMatcher {
  return { ...weights, weights: weightsInOrder(QUOTE_PAIR_FEATURES, weights.weights) };
}

/** The matcher shipped with the extension (see the file comment). */
export const QUOTE_MATCHER: QuoteMatcher = quoteMatcherOf(model);

/** The probability, by `matcher`, that the pair whose feature vector is `features` is one utterance. */
export const sameUtteranceProbability: (matcher: QuoteMatcher, features: Float64Array) => number = logisticProbability;
