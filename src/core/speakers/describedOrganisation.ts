/**
 * An organisation the text describes but never names: "a spokeswoman for the emergency
 * inspectorate said", "A government spokesman said", "the civil defence institute said". When no
 * named organisation fits the description (see resolveDescription), the quote is credited
 * to the description itself ("the emergency inspectorate"), which tells the reader who spoke as
 * precisely as the text does. Only a description that singles a body out qualifies: one with words
 * beyond its head noun ("the German economy ministry"), a body a country has one of ("the
 * government", "the police"), or a head noun capitalised inside the sentence ("a Commission
 * spokeswoman"). A business ("the company", "the Norwegian firm") is one the text
 * names or leaves unnamed, so it is never credited by description, nor is a bare "the ministry".
 */
import type { Span } from '../types';
import type { ReadingContext } from './readingContext';
import { isOrganisationNoun, isSpokespersonWord, type SpeakerRef } from './readSpeakerPhrase';
import { describedBodyOfPronoun, isBusinessNoun, type ReferenceIndex } from './resolveReference';
import { genderOfWord } from './genderWords';

/** Bodies a country has one of, which "the government said" singles out without a qualifier. */
const ONE_PER_COUNTRY = new Set(['government', 'police', 'army', 'navy', 'military', 'coastguard', 'presidency', 'cabinet']);

/**
 * The words that credit a quote to an organisation described but not named ("the emergency
 * inspectorate", "the government"), with the span they come from; null when the reference is no
 * such description or does not single a body out (see the file comment).
 */
export function describedOrganisation(ctx: ReadingContext, ref: SpeakerRef): { label: string; mention: Span } | null {
  if (ref.kind !== 'description' || !ref.organisation || ref.possessed) return null;
  // "the emergency inspectorate", "A government spokesman": the words between the determiner and any spokesperson word.
  const words = ctx.text.slice(ref.mention.start, ref.mention.end).split(/\s+/).filter((w) => w.length > 0);
  const determiner = words.length > 0 && /^(?:a|an|the|one)$/i.test(words[0]);
  if (determiner) words.shift();
  if (words.length > 0 && isSpokespersonWord(words[words.length - 1])) words.pop();
  const head = (words[words.length - 1] ?? '').toLowerCase();
  if (!isOrganisationNoun(head) || isBusinessNoun(head) || !words.every((w) => /^[\p{L}-]+$/u.test(w))) return null;
  // "A Commission spokeswoman": a capital inside the sentence makes the noun the name of one body.
  const proper = determiner && words.length === 1 && /^\p{Lu}/u.test(words[0]);
  if (words.length < 2 && !ONE_PER_COUNTRY.has(head) && !proper) return null;
  return { label: `the ${words.join(' ')}`, mention: ref.mention };
}

/**
 * The body described but never named that a "he", "she" or a bare "the spokesman" at `offset`
 * speaks for: "A spokesman for the military fire brigade told our correspondent …. “…,” the
 * spokesman said" is the fire brigade's, when the pronoun or the spokesperson points back at that
 * subject (see {@link describedBodyOfPronoun}); null for any other reference.
 */
export function describedBodyMeant(ctx: ReadingContext, index: ReferenceIndex, ref: SpeakerRef, offset: number): { label: string; mention: Span } | null {
  if (ref.kind === 'pronoun') return describedBodyOfPronoun(index, ref.gender, offset);
  if (ref.kind !== 'description' || ref.head !== 'spokesperson' || ref.possessed || ref.words.length > 1) return null;
  const word = ctx.text.slice(ref.mention.start, ref.mention.end).split(/\s+/).pop() ?? '';
  return describedBodyOfPronoun(index, genderOfWord(word), offset);
}
