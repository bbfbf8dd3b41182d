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
import type { Entity, Span } from '../types';
import { tokenAtOrAfter, type ReadingContext } from './readingContext';
import { isOrganisationNoun, isSpokespersonWord, type SpeakerRef } from './readSpeakerPhrase';
import { describedBodyOfPronoun, isBusinessNoun, organisationOfPronoun, type ReferenceIndex } from './resolveReference';
import { genderOfWord } from './genderWords';

/** Bodies a country has one of, which "the government said" singles out without a qualifier. */
const ONE_PER_COUNTRY = new Set(['government', 'police', 'army', 'navy', 'military', 'coastguard', 'presidency', 'cabinet']);

/**
 * The words that credit a quote to an organisation described but not named ("the emergency
 * inspectorate", "the government"), with the span they come from; null when the reference is no
 * such description or does not single a body out (see the file comment).
 */
export function describedOrganisation(ctx: ReadingContext, ref: SpeakerRef): { label: string; mention: Span } | null {
  if (ref.kind !== 'description' || !ref.organisation) return null;
  if (ref.possessed) return placeOwnedBody(ctx, ref.mention);
  // "the emergency inspectorate", "A government spokesman": the words between the determiner and any spokesperson word.
  const written = mentionWords(ctx, ref.mention);
  const determiner = written.length > 0 && /^(?:a|an|the|one)$/i.test(written[0]);
  const { words, head } = bodyWords(determiner ? written.slice(1) : written);
  if (!isOrganisationNoun(head) || isBusinessNoun(head) || !words.every((w) => /^[\p{L}-]+$/u.test(w))) return null;
  // "A Commission spokeswoman": a capital inside the sentence makes the noun the name of one body.
  const proper = determiner && words.length === 1 && /^\p{Lu}/u.test(words[0]);
  if (words.length < 2 && !ONE_PER_COUNTRY.has(head) && !proper) return null;
  return { label: `the ${words.join(' ')}`, mention: ref.mention };
}

/** The words of a mention as written, split at spaces. */
function mentionWords(ctx: ReadingContext, mention: Span): string[] {
  return ctx.text.slice(mention.start, mention.end).split(/\s+/).filter((w) => w.length > 0);
}

/**
 * The words that describe a body, without a spokesperson word closing them ("health ministry
 * spokesman" gives "health ministry"), and the head they then close with, in lower case.
 */
function bodyWords(words: string[]): { words: string[]; head: string } {
  const body = words.length > 0 && isSpokespersonWord(words[words.length - 1]) ? words.slice(0, -1) : words;
  return { words: body, head: (body[body.length - 1] ?? '').toLowerCase() };
}

/**
 * "A spokesman for Senegal’s foreign ministry said": a body a country owns, described by its
 * common nouns, is one body; the label names the place ("Senegal’s foreign ministry"). Null when
 * the owner before the description at `mention` is no place ("the firm’s board") or the words are
 * no body that a country has one of in its government (a ministry, a department, an agency …).
 */
function placeOwnedBody(ctx: ReadingContext, mention: Span): { label: string; mention: Span } | null {
  const first = tokenAtOrAfter(ctx, mention.start);
  const mark = ctx.tokens[first - 1];
  const owner = ctx.nameAt[first - 2] ?? -1;
  if (!mark || !/^['’]s$/.test(mark.value) || owner < 0 || ctx.names[owner].type !== 'PLACE') return null;
  const { words, head } = bodyWords(mentionWords(ctx, mention));
  if (!GOVERNMENT_BODY.test(head) || !words.every((w) => /^\p{Ll}[\p{L}-]*$/u.test(w))) return null;
  const place = ctx.names[owner];
  return { label: `${place.text}${mark.value} ${words.join(' ')}`, mention: { start: place.start, end: mention.end } };
}

/** Bodies of a government that a country's possessive singles out ("Japan’s health ministry", "Kenya’s interior department"). */
const GOVERNMENT_BODY = /^(?:ministry|department|agency|government|embassy|presidency|cabinet|military|army|navy|police|parliament|senate|regulator|watchdog)$/;

/**
 * The body described but never named that a "he", "she" or a bare "the spokesman" at `offset`
 * speaks for: "A spokesman for the military fire brigade told our correspondent …. “…,” the
 * spokesman said" is the fire brigade's, when the pronoun or the spokesperson points back at that
 * subject (see {@link describedBodyOfPronoun}); null for any other reference.
 */
export function describedBodyMeant(ctx: ReadingContext, index: ReferenceIndex, ref: SpeakerRef, offset: number): { label: string; mention: Span } | null {
  if (ref.kind === 'pronoun') return describedBodyOfPronoun(index, ref.gender, offset);
  const gender = bareSpokespersonGender(ctx, ref);
  return gender === undefined ? null : describedBodyOfPronoun(index, gender, offset);
}

/**
 * The named organisation a bare "the spokesman" at `offset` speaks for: "A spokesman for the
 * Ministry of Trade said …. “…,” the spokesman said" is the ministry's, when the spokesperson
 * points back at a subject that spoke for it (as a "he" there would: see
 * {@link organisationOfPronoun}); null for any other reference.
 */
export function spokespersonOrganisation(ctx: ReadingContext, index: ReferenceIndex, ref: SpeakerRef, offset: number): Entity | null {
  const gender = bareSpokespersonGender(ctx, ref);
  return gender === undefined ? null : organisationOfPronoun(index, gender, offset);
}

/** The gender a bare "the spokesman" or "the spokeswoman" tells (null for "the spokesperson"); undefined when the reference is no such description. */
function bareSpokespersonGender(ctx: ReadingContext, ref: SpeakerRef): 'male' | 'female' | null | undefined {
  if (ref.kind !== 'description' || ref.head !== 'spokesperson' || ref.possessed || ref.words.length > 1) return undefined;
  return genderOfWord(ctx.text.slice(ref.mention.start, ref.mention.end).split(/\s+/).pop() ?? '');
}
