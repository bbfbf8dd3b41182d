// Which fixture sets may shape the program. test/fixtures/corpus holds three kinds of set:
//   heldout*     held-out: nobody reads them, tunes on them or trains on them; only pooled scores
//                are read, to report how the program does on unseen text;
//   validation*  validation: nobody reads them or writes rules or tests from them and no model is
//                trained on them, but their pooled scores may choose a learned model's settings
//                (a threshold, a penalty): text the rules were not written on;
//   the others   development: rules, tests and the learned models' training data come from them.

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** True for a held-out set's folder name (heldout*). */
export const isHeldOut = (name) => name.toLowerCase().startsWith('heldout');

/** True for a validation set's folder name (validation*). */
export const isValidation = (name) => name.toLowerCase().startsWith('validation');

/** True for a development set: one that rules, tests and training may read. */
export const isDevelopment = (name) => !isHeldOut(name) && !isValidation(name);

/**
 * The development clusters of the corpus folder `root` (cluster-* folders with a gold.json), in
 * name order: what the comparison models are trained on. Stops if one is not a development set.
 */
export function developmentClusters(root) {
  const sets = readdirSync(root).filter((d) => d.startsWith('cluster-') && existsSync(join(root, d, 'gold.json'))).sort();
  if (sets.some((d) => !isDevelopment(d))) throw new Error('a held-out or validation set among the training sets');
  return sets;
}
