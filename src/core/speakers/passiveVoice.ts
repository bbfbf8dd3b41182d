/**
 * The passive voice, which turns who does the saying around: in "Ruiz was told: “…”" Ruiz listens,
 * in "Smith was jailed" someone else acts, and in "was branded “reckless” by the union" the agent
 * after "by" speaks.
 */
import type { ReadingContext } from './readingContext';

/** Forms of "be" that make a passive with a past participle after them ("was jailed", "are being told", "has been charged"). */
const BE = /^(?:is|are|was|were|be|been|being)$/i;

/** Irregular past participles that a passive may use ("was held", "were told", "was struck"). */
const IRREGULAR_PARTICIPLE = /^(?:told|held|found|kept|left|sent|brought|caught|taught|bought|sold|built|paid|led|fed|hit|hurt|cut|put|shot|struck|hung|won|stuck|set|met|read|heard|made|said|thrown|shown|known|flown|drawn|born|borne|torn|worn|sworn|done|gone|beaten|bitten|hidden|stolen|chosen|frozen|spoken|broken|taken|given|seen|driven|ridden|written|forgiven|forbidden)$/i;

/** True for a past participle ("jailed", "charged", "held"); the tagger calls "blunt" in "was blunt" a verb too. */
function isPastParticiple(word: string): boolean {
  return /ed$/i.test(word) || IRREGULAR_PARTICIPLE.test(word);
}

/**
 * True when the verb at token m is a past participle in the passive: a form of "be" before it,
 * past adverbs and "not" ("was jailed", "were being told", "has not been charged").
 */
export function isPassiveAt(ctx: ReadingContext, m: number): boolean {
  const { tokens } = ctx;
  if (!isPastParticiple(tokens[m]?.value ?? '')) return false;
  let b = m - 1;
  while (b >= 0 && (tokens[b].pos === 'ADV' || tokens[b].pos === 'PART')) b--;
  return BE.test(tokens[b]?.value ?? '');
}
