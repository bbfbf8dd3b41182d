/**
 * The learned judgement "two mentions in two reports give the same quantity": a logistic
 * regression over named features of a pair of figures (see {@link PAIR_FEATURES}), trained by
 * scripts/train-quantity-matcher.mjs on the candidate pairs of the development clusters, where the
 * members of one gold numeric discrepancy in two files are pairs about one thing and every other
 * pair of differing figures is not. The weights (quantityMatcherWeights.json, with the commit whose
 * data trained them) are read as a JSON module, as the core's other data: no file system at run
 * time. A pair is about one thing when its probability reaches the threshold the training chose by
 * cross-validation by cluster.
 */
import { featurePlaces, type LogisticModel, logisticProbability, weightsInOrder } from './logisticModel';
import model from './quantityMatcherWeights.json';

/**
 * The features of a pair of figures, each 0/1 or a small non-negative number. The hand-written
 * tests of sameQuantityRules.ts are features here, so that the model weighs them by what
 * they were worth on clusters it did not see, instead of each vetoing or admitting a pair alone.
 */
export const PAIR_FEATURES = [
  'rulesAbout', 'rulesScore', 'rulesSameFact', 'singleFact', 'unitsCompatible', 'aligned', 'unitOverlap', 'context', 'bestForHere', 'bestForThere', 'contextOverNeeded',
  'sameRole', 'roleClash', 'oneRole', 'sameUnit', 'bothPeople', 'bothBare', 'oneBare',
  'logRatio', 'hedged', 'bothLede', 'positionGap', 'sameParty', 'partyClash', 'small', 'magnitude',
  'superseded', 'percent', 'money', 'exchanged', 'time', 'ordinal', 'age', 'compound', 'nounsDiffer',
] as const;

/** A feature's name. */
export type PairFeature = (typeof PAIR_FEATURES)[number];

/** Each feature's place in a feature vector (a pair's features are numbers in this order). */
export const FEATURE = featurePlaces(PAIR_FEATURES);

/** A matcher as its weights file and the trainer write it: a weight per feature by name. */
export interface MatcherWeights {
  bias: number;
  weights: Partial<Record<PairFeature, number>>;
  threshold: number;
  rescueThreshold: number;
}

/**
 * A trained matcher: a weight per feature in {@link PAIR_FEATURES} order, the bias, and the
 * probability a pair must reach to be about one thing: `threshold` for a pair the hand-written
 * rules admit (rulesAbout or rulesSameFact), `rescueThreshold` for one they do not.
 */
export interface QuantityMatcher extends LogisticModel {
  threshold: number;
  rescueThreshold: number;
}

/** The matcher `weights` describe, its weights in feature order (a feature it does not name weighs 0). */
export function quantityMatcherOf(weights: MatcherWeights): QuantityMatcher {
  return { ...weights, weights: weightsInOrder(PAIR_FEATURES, weights.weights) };
}

/** The matcher shipped with the extension (see the file comment). */
export const QUANTITY_MATCHER: QuantityMatcher = quantityMatcherOf(model);

/**
 * The probability, by `matcher`, that the pair whose feature vector is `features` (in
 * {@link PAIR_FEATURES} order) gives one quantity twice.
 */
export const sameQuantityProbability: (matcher: QuantityMatcher, features: Float64Array) => number = logisticProbability;
