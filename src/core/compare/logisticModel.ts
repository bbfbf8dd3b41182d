/**
 * The arithmetic the learned comparison models share (the quantity matcher, the quote matcher and
 * the unique-unit model): each is a logistic regression whose weights file names a weight per
 * feature, read once into the order of its feature vectors.
 */

/** A logistic regression in feature order: the bias and one weight per feature. */
export interface LogisticModel {
  bias: number;
  weights: Float64Array;
}

/** Each feature's place in a feature vector: `features[i]` ↦ i. */
export function featurePlaces<F extends string>(features: readonly F[]): Readonly<Record<F, number>> {
  return Object.freeze(Object.fromEntries(features.map((name, i) => [name, i])) as Record<F, number>);
}

/** `byName`'s weights in the order of `features` (a feature it does not name weighs 0). */
export function weightsInOrder<F extends string>(features: readonly F[], byName: Partial<Record<F, number>>): Float64Array {
  return Float64Array.from(features, (name) => byName[name] ?? 0);
}

/** The probability `model` gives the example whose feature vector (in the model's order) is `features`. */
export function logisticProbability(model: LogisticModel, features: Float64Array): number {
  let z = model.bias;
  for (let i = 0; i < features.length; i++) z += model.weights[i] * features[i];
  return 1 / (1 + Math.exp(-z));
}
