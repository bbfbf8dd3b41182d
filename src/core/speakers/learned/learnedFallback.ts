/**
 * The learned fallback: a speaker for the speech quotes every rule left without one.
 *
 * The rules credit a quote only when the text says plainly who speaks. For the rest, a conditional
 * logistic regression (a softmax over the choices of one quote) trained on the annotated
 * development corpus (scripts/train-speaker-model.mjs, weights in speakerModel.json) scores each
 * person or organisation named near the quote (see speakerCandidates.ts) against one more answer:
 * nobody of them. The best candidate is credited only when its probability reaches the threshold
 * chosen on the validation sets' pooled scores (text neither the rules nor the model were made
 * on), so that a credit is right most of the time; otherwise the quote keeps no speaker, since a
 * wrong speaker is worse than none. The threshold depends on how the rules left the quote: open,
 * by a verb of saying whose speaker they declined, or with a speaker phrase naming nobody (see
 * whyRulesSaidNobody).
 * A credit is marked `learned`, with its probability, so a hover says how it was made.
 */
import type { Quotation } from '../../quotes/findQuotations';
import type { Entity, Quote } from '../../types';
import { assignSpeaker } from '../assignSpeaker';
import { isPassiveAt } from '../passiveVoice';
import { REACH, sayingAt, stanceAt } from '../readReportingClause';
import { spanIndexAt, tokenAtOrAfter, type ReadingContext } from '../readingContext';
import type { ReferenceIndex } from '../resolveReference';
import { FEATURE_NAMES, isSpeech, NOBODY_FEATURE_NAMES, speakerCandidates, tallyArticle, type SpeakerChoices } from './speakerCandidates';
import modelData from './speakerModel.json';

/** A trained model: a weight per feature of a candidate and per feature of the answer "nobody", and when to credit. */
export interface SpeakerModel {
  features: readonly string[];
  weights: number[];
  nobodyFeatures: readonly string[];
  nobodyWeights: number[];
  /** The best candidate's probability must reach this for a quote no rule spoke about... */
  minProbability: number;
  /**
   * ...this for a quote by a verb of saying whose speaker the rules declined ("Putin’s spokesman
   * said", "as quoted by Sputnik"): see {@link whyRulesSaidNobody}...
   */
  minProbabilityBySayingVerb: number;
  /** ...and this for a quote whose speaker phrase the rules read as naming nobody ("said a trader"); above 1, never. */
  minProbabilityUnnamed: number;
}

/** The model shipped with the extension (its features are checked when it is first used). */
export const SPEAKER_MODEL: SpeakerModel = modelData;

/** True when two lists of names are the same, in order. */
function sameNames(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Throws when a model's features are not exactly those this code computes (the code changed since it was trained). */
function checkFeatures(model: SpeakerModel): void {
  if (!sameNames(model.features, FEATURE_NAMES) || !sameNames(model.nobodyFeatures, NOBODY_FEATURE_NAMES) || model.weights.length !== FEATURE_NAMES.length || model.nobodyWeights.length !== NOBODY_FEATURE_NAMES.length) {
    throw new Error('the speaker model was trained on other features: run scripts/train-speaker-model.mjs');
  }
}

/** The weighted sum of a feature vector. */
function score(weights: number[], features: number[]): number {
  let z = 0;
  for (let f = 0; f < features.length; f++) z += weights[f] * features[f];
  return z;
}

/**
 * The model's probability for each candidate and, last, for nobody of them: a softmax of their
 * scores, so the probabilities of one quote's answers add up to 1.
 */
export function answerProbabilities(model: SpeakerModel, choices: SpeakerChoices): number[] {
  const scores = [...choices.candidates.map((c) => score(model.weights, c.features)), score(model.nobodyWeights, choices.nobody)];
  const top = Math.max(...scores);
  const exp = scores.map((z) => Math.exp(z - top));
  const sum = exp.reduce((x, y) => x + y, 0);
  return exp.map((e) => e / sum);
}

/**
 * The candidate the model would credit, with its probability, or null when it is not sure enough:
 * its probability must reach `minProbability` (by default the model's threshold for a quote no
 * rule spoke about).
 */
export function chooseSpeaker(model: SpeakerModel, choices: SpeakerChoices, minProbability = model.minProbability): { entity: Entity; probability: number } | null {
  const p = answerProbabilities(model, choices);
  let best = -1;
  for (let c = 0; c < choices.candidates.length; c++) if (best < 0 || p[c] > p[best]) best = c;
  if (best < 0 || p[best] < minProbability) return null;
  return { entity: choices.candidates[best].entity, probability: p[best] };
}

/** How many tokens from a quotation mark a verb of saying makes a reporting clause the rules have read. */
const CLAUSE_REACH = 6;

/**
 * Why the rules judged that nobody named said quote i, or null when they did not:
 * - `unnamed`: they read its speaker phrase and it names nobody ("said a trader who asked not to
 *   be named", a "she" after an unnamed onlooker: the indices in `unnamed`);
 * - `saying-verb`: a verb of saying stands right after the closing mark or right before the
 *   opening one, a reporting clause whose speaker the rules declined ("Putin’s spokesman said",
 *   "as quoted by Sputnik");
 * - `passive`: that verb of saying, or the one nearest before the quote, is a passive whose
 *   subject listens ("Hale was told: “…”"), so whoever the sentence names is the one the words
 *   were said to.
 */
export function whyRulesSaidNobody(ctx: ReadingContext, q: Quotation, i: number, unnamed: Set<number>): 'unnamed' | 'saying-verb' | 'passive' | null {
  if (unnamed.has(i)) return 'unnamed';
  const openTok = tokenAtOrAfter(ctx, q.open.start);
  const opening = spanIndexAt(ctx.sentences, q.open.start);
  const from = Math.max(openTok - REACH, tokenAtOrAfter(ctx, opening >= 0 ? ctx.sentences[opening].start : ctx.blocks[q.block].start));
  const closeTok = tokenAtOrAfter(ctx, q.close?.end ?? q.end);
  const closing = spanIndexAt(ctx.sentences, Math.max(q.open.start, (q.close?.start ?? q.end) - 1));
  const to = tokenAtOrAfter(ctx, closing >= 0 ? ctx.sentences[closing].end : ctx.blocks[q.block].end);
  for (let k = closeTok; k < Math.min(to, closeTok + CLAUSE_REACH); k++) if (ctx.quoteAt[k] < 0 && sayingAt(ctx, k)) return isPassiveAt(ctx, k) ? 'passive' : 'saying-verb';
  for (let k = openTok - 1; k >= Math.max(from, openTok - CLAUSE_REACH / 2); k--) if (sayingAt(ctx, k)) return isPassiveAt(ctx, k) ? 'passive' : 'saying-verb';
  for (let m = openTok - 1; m >= from; m--) if (ctx.quoteAt[m] < 0 && stanceAt(ctx, m)) return isPassiveAt(ctx, m) ? 'passive' : null;
  return null;
}

/**
 * The probability the model's best candidate must reach to be credited with quote i: by how the
 * rules left it (see {@link whyRulesSaidNobody}); above 1 (never) after a passive "was told".
 */
function thresholdFor(model: SpeakerModel, why: ReturnType<typeof whyRulesSaidNobody>): number {
  if (why === null) return model.minProbability;
  if (why === 'saying-verb') return model.minProbabilityBySayingVerb;
  if (why === 'unnamed') return model.minProbabilityUnnamed;
  return Infinity;
}

/**
 * Credits the speech quotes left without a speaker to the candidate {@link chooseSpeaker} picks, at
 * the threshold for how the rules left each of them (see {@link whyRulesSaidNobody}): `unnamed`
 * holds the quotes whose speaker phrase the rules read but could credit to nobody named. Every
 * choice is made on the rules' speakers alone (a credit here never feeds the next quote's
 * features), as in training.
 */
export function creditByModel(ctx: ReadingContext, index: ReferenceIndex, quotations: Quotation[], quotes: Quote[], unnamed: Set<number>, model: SpeakerModel = SPEAKER_MODEL): void {
  checkFeatures(model);
  const thresholds = quotes.map((quote, i) => (isSpeech(quote, quotations[i]) && quote.speaker === null ? thresholdFor(model, whyRulesSaidNobody(ctx, quotations[i], i, unnamed)) : Infinity));
  // Most articles leave no quote to the model: their tallies are not worth counting.
  if (thresholds.every((t) => t > 1)) return;
  const tallies = tallyArticle(ctx, quotes);
  const choices = thresholds.map((t, i) => (t <= 1 ? chooseSpeaker(model, speakerCandidates(ctx, index, quotations, quotes, i, tallies), t) : null));
  choices.forEach((choice, i) => {
    if (!choice) return;
    assignSpeaker(quotes[i], [choice.entity], null, 'learned', { start: choice.entity.start, end: choice.entity.end });
    quotes[i].attribution!.probability = Math.round(choice.probability * 100) / 100;
  });
}
