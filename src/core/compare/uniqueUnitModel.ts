/**
 * The learned judgement "no other report of the story gives this unit's facts": a logistic
 * regression over named features of a unit and what the comparison found for it (see
 * {@link UNIT_FEATURES} and uniqueUnitFeatures.ts), trained by scripts/train-unique-unit-model.mjs
 * on the development clusters' units that a gold `unique` item covers (singular) or a gold
 * `not_unique` item covers (reported elsewhere, in other words or translated). The weights
 * (uniqueUnitModelWeights.json, with the commit whose data trained them) are read as a JSON module,
 * as the core's other data: no file system at run time.
 *
 * It replaces two thresholds on similarity that decided alone: a unit without any counterpart was
 * flagged whole, and a unit with counterparts was flagged whole only when they lacked 80% of its
 * content weight and a run of its words was new to every peer. A unit whose probability reaches
 * `threshold` is flagged whole; below it, a unit with counterparts is still searched for added
 * runs of words, and a unit without any is not flagged.
 */
import { type LogisticModel, logisticProbability, weightsInOrder } from './logisticModel';
import model from './uniqueUnitModelWeights.json';

/** The features of a unit, each 0/1 or a share between 0 and 1 (see uniqueUnitFeatures.ts). */
export const UNIT_FEATURES = [
  'noCounterpart', 'aligned', 'covering', 'uncovered', 'fresh', 'best', 'second', 'peerShare',
  'newNames', 'newFigure', 'position', 'length', 'quoted', 'summary',
] as const;

/** A feature's name. */
export type UnitFeature = (typeof UNIT_FEATURES)[number];

/** A model as its weights file and the trainer write it: a weight per feature by name. */
export interface UniqueUnitWeights {
  bias: number;
  weights: Partial<Record<UnitFeature, number>>;
  threshold: number;
}

/** A trained model: a weight per feature in {@link UNIT_FEATURES} order, the bias and the threshold. */
export interface UniqueUnitModel extends LogisticModel {
  threshold: number;
}

/** The model `weights` describe, its weights in feature order (a feature it does not name weighs 0). */
export function uniqueUnitModelOf(weights: UniqueUnitWeights): UniqueUnitModel {
  return { bias: weights.bias, threshold: weights.threshold, weights: weightsInOrder(UNIT_FEATURES, weights.weights) };
}

/** The model shipped with the extension (see the file comment). */
export const UNIQUE_UNIT_MODEL: UniqueUnitModel = uniqueUnitModelOf(model);

/** The probability, by `model`, that the unit whose features are `features` (in {@link UNIT_FEATURES} order) is singular. */
export const uniqueProbability: (model: UniqueUnitModel, features: Float64Array) => number = logisticProbability;
