/**
 * What the learned entity typer reads of a name: named features of its words (first and last
 * word, suffix, shape, what the gazetteer and the head-word lists say of them), of the words
 * around each of its mentions (the word before and after, two words before and after, a title
 * before, the words nearby up to the next name) and of the recogniser's own call: the rules' type
 * with what it rests on (RulesEvidence: read from the words, the name's shape, a hint of context,
 * the rest of the document). A name is typed once per article: all mentions that share an entity key form one
 * unit, whose features are the union of its mentions'.
 *
 * The rules' own readings of the context (RuledEntity.cues: "shares in …", "… said", "…'s
 * chief executive") are features too ("cue:before:ORG"), so that evidence too rare in the training
 * data for its words to carry weight ("shares in Quantix", "payments through Veltora") is read
 * through the rules' general classes of it.
 *
 * The features are plain strings ("last:ministry", "prev:in", "near:said") so that the weights
 * file reads like a table and a word the training data never saw simply has no weight.
 */
import type { Token } from '../../nlp/engine';
import type { Entity, EntityType } from '../../types';
import type { RuledEntity } from '../rulesEvidence';
import { isCommonWord, isDemonym, isGivenName, isRoleNoun, lookupName } from '../gazetteer';
import { isLocalInstitutionHead, isOrganisationHead, isOrganisationOpener, isPlaceHead, isPlaceOpener } from '../headWords';
import { NAMING_MONTHS } from '../findNameRuns';
import { isTitleHead } from '../titles';

/** The types the learned typer chooses between. */
export const LEARNED_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'PLACE'];

/** The mentions of one entity in one article, with what the typer reads of them. */
export interface TypingUnit {
  /** The entity key all the mentions share. */
  key: string;
  /** Indices of the mentions in the entity list given. */
  mentions: number[];
  /** The distinct named features of all the mentions. */
  features: string[];
}

/** How many words on each side of a mention count as its neighbourhood ("near:" features). */
const NEIGHBOURHOOD = 4;

/** The words of a name, split on spaces. */
function wordsOf(name: string): string[] {
  return name.split(/\s+/).filter((w) => w.length > 0);
}

/** A count in a few bands ("1", "2", "3", "4+"), so that counts are features. */
function band(count: number): string {
  return count >= 4 ? '4+' : String(count);
}

/** The features of a name's own words, the same for each of its mentions. */
function formFeatures(form: string): string[] {
  const words = wordsOf(form);
  const first = words[0];
  const last = words[words.length - 1];
  const lastLower = last.toLowerCase();
  const out = [`form:${form.toLowerCase()}`, `first:${first.toLowerCase()}`, `last:${lastLower}`, `words:${band(words.length)}`];
  if (/^\p{L}{3,}$/u.test(last)) out.push(`suffix3:${lastLower.slice(-3)}`, `suffix2:${lastLower.slice(-2)}`);
  if (/^[\p{Lu}\d&.-]{2,}$/u.test(form)) out.push('shape:capitals');
  if (/\d/.test(form)) out.push('shape:digit');
  if (/\p{L}-\p{L}/u.test(form)) out.push('shape:hyphen');
  if (/['’]s\s/.test(form)) out.push('shape:possessive-inside');
  if (/\s(of|for|and|de|du|la)\s/i.test(form)) out.push('shape:linking-word');
  if (/^the\s/i.test(form)) out.push('shape:the');
  if (/&/.test(form)) out.push('shape:ampersand');
  if (/\p{Ll}\p{Lu}/u.test(form)) out.push('shape:inner-capital');
  for (const word of words) {
    const marked = `<${word.toLowerCase()}>`;
    for (let k = 0; k + 3 <= marked.length; k++) out.push(`letters:${marked.slice(k, k + 3)}`);
  }
  const known = lookupName(form);
  if (known) out.push(`gazetteer:${known.type}`);
  if (words.length > 1) {
    const firstKnown = lookupName(first);
    const lastKnown = lookupName(last);
    if (firstKnown) out.push(`gazetteer-first:${firstKnown.type}`);
    if (lastKnown) out.push(`gazetteer-last:${lastKnown.type}`);
  }
  // (A month that names people, "June Okonjo", "April Ryan", is a given name the lists leave out.)
  if (isGivenName(first) || NAMING_MONTHS.has(first)) out.push(words.length > 1 ? 'given-name-first' : 'given-name-alone');
  if (isCommonWord(last)) out.push('common-word-last');
  if (isDemonym(first)) out.push('demonym-first');
  if (isOrganisationHead(last)) out.push('organisation-head-last');
  if (isPlaceHead(last)) out.push('place-head-last');
  if (words.some(isLocalInstitutionHead)) out.push('local-institution-head');
  if (isOrganisationOpener(first)) out.push('organisation-opener-first');
  if (isPlaceOpener(first)) out.push('place-opener-first');
  return out;
}

/** The index of the first token that starts at or after `offset` (tokens.length when none does). */
function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let [low, high] = [0, tokens.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle].start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A token's lower-case form, apostrophes unified. */
function lowerOf(token: Token): string {
  return token.value.toLowerCase().replace(/’/g, "'");
}

/** What ends a sentence or opens a quotation: the capital of the word after it proves nothing. */
const OPENS_SENTENCE = /^[.!?"“”‘’:;—]$/;

/**
 * The features of the words around one mention, read from wink's tokens: the word before and
 * after, two words before and after, the words nearby, and the parts of speech wink gives before,
 * after and at the name's last word (a verb right after a name, "Kett conceded", makes it an agent;
 * a preposition right before, "across Vale", a location, whatever the words themselves).
 */
function contextFeatures(text: string, tokens: readonly Token[], mention: Entity, window: { from: number; to: number }): string[] {
  const first = firstTokenFrom(tokens, mention.start);
  const end = firstTokenFrom(tokens, mention.end);
  // "Okafor's": the possessive is one word after the name, however wink split it.
  let after = end;
  const possessive = /^['’]s?$/.test(tokens[after]?.value ?? '');
  if (possessive) after += /^['’]$/.test(tokens[after].value) && tokens[after + 1]?.value === 's' ? 2 : 1;
  const [prev, prev2] = [tokens[first - 1], tokens[first - 2]];
  const out: string[] = [];
  out.push(prev ? `prev:${lowerOf(prev)}` : 'prev:<start>');
  if (prev2) out.push(`prev2:${lowerOf(prev2)}`);
  if (prev && /^\p{L}/u.test(prev.value) && isRoleNoun(prev.value)) out.push('prev:role-noun');
  if (prev && isTitleHead(prev.value)) out.push('prev:title');
  // "shares in", "analyst at", "mayor of": the two words before as one.
  if (prev && prev2) out.push(`before:${lowerOf(prev2)} ${lowerOf(prev)}`);
  // "chief executive of", "an analyst at", "mayor of": a post, then what it is held at.
  if (prev && prev2 && /^(of|at|for)$/.test(lowerOf(prev)) && (isTitleHead(prev2.value) || isRoleNoun(prev2.value))) out.push(`before:post-${lowerOf(prev)}`);
  if (prev && /^\p{Lu}/u.test(prev.value) && prev2 && !OPENS_SENTENCE.test(prev2.value)) out.push('prev:capitalised');
  const next = possessive ? "'s" : tokens[after] && lowerOf(tokens[after]);
  const next2 = possessive ? tokens[after] : tokens[after + 1];
  out.push(next ? `next:${next}` : 'next:<end>');
  if (next2) out.push(`next2:${lowerOf(next2)}`);
  // The words nearby, up to the next name on either side: its words are its own evidence.
  const nearby = [...tokens.slice(Math.max(0, first - NEIGHBOURHOOD, firstTokenFrom(tokens, window.from)), first), ...tokens.slice(after, Math.min(after + NEIGHBOURHOOD, firstTokenFrom(tokens, window.to)))];
  for (const word of nearby.map(lowerOf)) if (/^\p{L}{2,}$/u.test(word)) out.push(`near:${word}`);
  if (prev) out.push(`prev-pos:${prev.pos}`);
  if (end > first) out.push(`last-pos:${tokens[end - 1].pos}`);
  if (after < tokens.length) out.push(`next-pos:${tokens[after].pos}`);
  if (/\n\s*$/.test(text.slice(Math.max(0, mention.start - 3), mention.start)) || mention.start === 0) out.push('line-start');
  return out;
}

/** Where the first name (PERSON, ORG or PLACE) at or after index `from` of `entities` starts (`end` when none does). */
function nextNameStart(entities: readonly Entity[], from: number, end: number): number {
  for (let k = from; k < entities.length; k++) if (LEARNED_TYPES.includes(entities[k].type)) return entities[k].start;
  return end;
}

/**
 * The typing units of one article: the name mentions (PERSON, ORG or PLACE) grouped by entity
 * key, in order of first mention, each with the union of its mentions' features. `tokens` are
 * wink's reading of the text (for the parts of speech); `wanted` leaves out the keys the caller
 * will not type (their features are not worked out).
 */
export function typingUnits(text: string, entities: readonly RuledEntity[], tokens: readonly Token[], wanted: (key: string) => boolean = () => true): TypingUnit[] {
  const byKey = new Map<string, { mentions: number[]; features: Set<string>; forms: Set<string> }>();
  let previousNameEnd = 0;
  for (const [index, entity] of entities.entries()) {
    if (!LEARNED_TYPES.includes(entity.type)) continue;
    if (!wanted(entity.key)) {
      previousNameEnd = entity.end;
      continue;
    }
    const unit = byKey.get(entity.key) ?? { mentions: [], features: new Set<string>(), forms: new Set<string>() };
    byKey.set(entity.key, unit);
    unit.mentions.push(index);
    if (!unit.forms.has(entity.text)) {
      unit.forms.add(entity.text);
      for (const f of formFeatures(entity.text)) unit.features.add(f);
      // A lone word of a longer name the text gives ("Okafor" of "Ada Okafor").
      if (wordsOf(entity.text).length < wordsOf(entity.key).length) unit.features.add('shorter-than-key');
    }
    const window = { from: previousNameEnd, to: nextNameStart(entities, index + 1, text.length) };
    for (const f of contextFeatures(text, tokens, entity, window)) unit.features.add(f);
    if (entity.evidence) unit.features.add(`rules:${entity.type}:${entity.evidence}`);
    for (const cue of entity.cues ?? []) unit.features.add(`cue:${cue}`);
    previousNameEnd = entity.end;
  }
  return [...byKey].map(([key, unit]) => {
    const features = [...unit.features, `mentions:${band(unit.mentions.length)}`];
    if (unit.forms.size > 1) features.push('several-forms');
    return { key, mentions: unit.mentions, features };
  });
}
