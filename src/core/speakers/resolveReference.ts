/**
 * Resolves a pronoun or a description to a named speaker.
 *
 * - Descriptions ("the Russian minister", "the coach", "the 34-year-old", "the ministry") are
 *   matched against what the article says about each person: the titles before their name
 *   ("Russian Foreign Minister Sergei Lavrov"), the appositions around it ("Sergey Lavrov, the
 *   Russian foreign minister,", "The Minister of Foreign Affairs of Russia, Sergey Lavrov,",
 *   "Smith, 34,"). A description's head must be among them, and so must its nationality and title
 *   qualifiers. Only one person (or organisation) may fit; otherwise nobody is chosen.
 * - Pronouns ("he", "she") go to the most recent person named as a subject before them, skipping
 *   a person of the other gender when the text tells it (Mr, Mrs, Ms, …); a joint subject
 *   ("Putin and Lula") makes a singular pronoun ambiguous, so nobody is chosen.
 */
import { isDemonym, placeOfDemonym } from '../entities/gazetteer';
import { isTitleHead, isTitleWord } from '../entities/titles';
import type { Entity } from '../types';
import type { ReadingContext } from './readingContext';
import { expandTitleAbbreviation } from './titleAbbreviations';

/** What the article says about one person or organisation (by entity key). */
interface Profile {
  entity: Entity;
  words: Set<string>;
  gender: 'male' | 'female' | null;
}


/** Mentions in subject position, with the profiles of everyone named, ready for resolution. */
export interface ReferenceIndex {
  profiles: Map<string, Profile>;
  /** PERSON mentions that stand as the subject of a clause, sorted, with joint subjects flagged. */
  subjects: Array<{ entity: Entity; joint: boolean }>;
  /** Organisation mentions that stand as the subject of a clause, sorted. */
  organisationSubjects: Entity[];
  /** Where the story's first paragraph starts: a description before it (in a headline) may point forward. */
  bodyStart: number;
}

const MALE = /^(?:mr\.?|sir|lord|king|prince|father|brother|son|husband|man|boy|pope|emir|sultan|sheikh)$/i;
const FEMALE = /^(?:mrs\.?|ms\.?|miss|dame|lady|queen|princess|mother|sister|daughter|wife|woman|girl|actress|chairwoman|spokeswoman|businesswoman)$/i;
const SPOKES = /^spokes(?:man|woman|person)$/;
/** Roles that name someone beside the person in focus, never that person ("the spokesman", "the lawyer"). */
const OTHER_PERSON_ROLE = /^(?:spokesperson|aide|lawyer|attorney|counsel|adviser|advisor|official|source|witness|representative|relative|friend|neighbou?r|colleague|deputy|assistant|agent|prosecutor|judge|interpreter|translator|victim|suspect|defendant)$/;

function addWords(profile: Profile, words: string[]): void {
  const age = /(\d{1,3})\s*-\s*year\s*-\s*old/.exec(words.join(' '));
  if (age) profile.words.add(`${age[1]}-year-old`);
  for (const raw of words) {
    const w = raw.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
    if (!/\p{L}|\d/u.test(w)) continue;
    profile.words.add(w);
    if (SPOKES.test(w)) profile.words.add('spokesperson');
    const place = isDemonym(raw) ? placeOfDemonym(raw) : null;
    if (place) profile.words.add(place.toLowerCase());
    for (const part of expandTitleAbbreviation(w) ?? []) profile.words.add(part);
    if (profile.gender === null && MALE.test(w)) profile.gender = 'male';
    if (profile.gender === null && FEMALE.test(w)) profile.gender = 'female';
  }
}

/**
 * Builds the profiles of everyone named (titles before the name, appositions after or before
 * it, an age given as ", 34,") and the list of subject mentions. Linear in the tokens.
 */
export function buildReferenceIndex(ctx: ReadingContext): ReferenceIndex {
  const { tokens, names, nameAt } = ctx;
  const profiles = new Map<string, Profile>();
  const subjects: ReferenceIndex['subjects'] = [];
  const organisationSubjects: Entity[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (nameAt[i] < 0) {
      i++;
      continue;
    }
    const entity = names[nameAt[i]];
    const first = i;
    while (i < tokens.length && nameAt[i] === nameAt[first]) i++;
    const last = i - 1;
    const profile = profiles.get(entity.key) ?? { entity, words: new Set<string>(), gender: null };
    profiles.set(entity.key, profile);
    if (entity.type !== 'PERSON') {
      addWords(profile, entity.text.split(/\s+/));
      if (entity.type === 'ORG' && isSubjectMention(ctx, first, last)) organisationSubjects.push(entity);
      continue;
    }
    // Titles and qualifiers right before the name: "Russian Foreign Minister", "NATO Secretary General".
    const before: string[] = [];
    for (let k = first - 1; k >= 0 && first - k <= 6; k--) {
      const v = tokens[k].value;
      if (isTitleWord(v) || isDemonym(v) || (nameAt[k] >= 0 && names[nameAt[k]].type !== 'PERSON')) before.unshift(v);
      else break;
    }
    addWords(profile, before);
    // An apposition after the name: ", the Russian foreign minister," or ", 34,".
    if (tokens[last + 1]?.value === ',') {
      const words: string[] = [];
      for (let k = last + 2; k < tokens.length && k <= last + 14 && !/^[,.;:!?)]$/.test(tokens[k].value); k++) words.push(tokens[k].value);
      if (words.length === 1 && /^\d{1,3}$/.test(words[0])) addWords(profile, [`${words[0]}-year-old`]);
      else if (words.length > 0 && /^(?:the|a|an)$/i.test(words[0])) addWords(profile, words);
    }
    // An apposition before the name: "The Minister of Foreign Affairs of Russia, Sergey Lavrov,".
    if (tokens[first - 1]?.value === ',' && tokens[last + 1] && /^[,]$/.test(tokens[last + 1].value)) {
      const words: string[] = [];
      for (let k = first - 2; k >= 0 && first - k <= 14 && !/^[,.;:!?(]$/.test(tokens[k].value) && !/[\n\r]/.test(ctx.text.slice(tokens[k].end, tokens[k + 1].start)); k--) words.unshift(tokens[k].value);
      if (words.length > 0 && /^(?:the|a)$/i.test(words[0])) addWords(profile, words);
    }
    if (profile.gender === null) profile.gender = genderFromPossessive(ctx, last);
    if (isSubjectMention(ctx, first, last)) {
      const joint = /^(?:and|&)$/.test(tokens[first - 1]?.value ?? '') || /^(?:and|&)$/.test(tokens[last + 1]?.value ?? '');
      subjects.push({ entity, joint });
    }
  }
  const body = ctx.blocks.find((b) => b.kind === 'paragraph');
  return { profiles, subjects, organisationSubjects, bodyStart: body ? body.start : ctx.text.length };
}

/**
 * True when a person mention is the subject of a clause that opens with it (at the start of a
 * sentence or after a comma or conjunction, titles aside) and a verb follows, possibly after an
 * apposition or a phrase such as "of the Brazilian diocese of Parintins, in the Amazon,". Names
 * inside prepositional phrases, possessives and subordinate clauses ("that defender Callum Reid
 * had …") are not subjects.
 */
function isSubjectMention(ctx: ReadingContext, first: number, last: number): boolean {
  const { tokens } = ctx;
  let p = first - 1;
  // Titles, descriptions and a possessive before the name: "Russia's deputy envoy Dmitry Volkonsky".
  while (p >= 0 && first - p <= 6 && (isTitleWord(tokens[p].value) || isDemonym(tokens[p].value) || /^['’]s$/.test(tokens[p].value) || /^(?:DET|ADJ|NOUN|PROPN)$/.test(tokens[p].pos) || ctx.nameAt[p] >= 0)) p--;
  const opensClause = p < 0 || /^(?:[,;:(—–]|and|but|while|as|when|Meanwhile|meanwhile)$/.test(tokens[p].value) || /[\n\r]/.test(ctx.text.slice(tokens[p].end, tokens[p + 1].start)) || /^[.!?"”’]$/.test(tokens[p].value);
  if (!opensClause) return false;
  for (let k = last + 1; k < tokens.length && k - last <= 24; k++) {
    const t = tokens[k];
    if (/^[.;:!?]$/.test(t.value) || ctx.quoteAt[k] >= 0) return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
    if (ctx.nameAt[k] >= 0 && ctx.names[ctx.nameAt[k]].type === 'PERSON' && !/^(?:and|&)$/.test(tokens[k - 1].value)) return false;
  }
  return false;
}

/**
 * The gender a sentence gives its subject through the first possessive or object pronoun after
 * the name ("Carvalho was unhappy with her side", "Smith said his team …"), before anyone else is
 * named; null when it says nothing.
 */
function genderFromPossessive(ctx: ReadingContext, last: number): 'male' | 'female' | null {
  for (let k = last + 1; k < ctx.tokens.length && k - last <= 20; k++) {
    const v = ctx.tokens[k].value;
    if (/^[.;!?]$/.test(v) || ctx.quoteAt[k] >= 0 || (ctx.nameAt[k] >= 0 && ctx.names[ctx.nameAt[k]].type === 'PERSON')) return null;
    if (/^(?:his|him|himself)$/i.test(v)) return 'male';
    if (/^(?:her|hers|herself)$/i.test(v)) return 'female';
  }
  return null;
}

/** The words of a description with abbreviated titles spelled out. */
function expand(words: string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    out.push(...(expandTitleAbbreviation(w) ?? [w]));
  }
  return out;
}

/**
 * Resolves a description to the one person (or, for an organisation head such as "ministry",
 * the one organisation) it fits. Prefers people named before `offset`; a headline description
 * (before the story's first paragraph, nobody named before it) may be resolved to the one fitting
 * person named after it. When
 * nobody was introduced with it, a description stands for the person or organisation in focus
 * (see the comment inside), unless it is `possessed` ("his lawyer", "Putin's spokesman"). Returns null when more than one fits or nobody can be told.
 */
export function resolveDescription(index: ReferenceIndex, words: string[], head: string, organisation: boolean, offset: number, possessed = false): Entity | null {
  const expanded = expand(words);
  const wantHead = SPOKES.test(head) ? 'spokesperson' : (expandTitleAbbreviation(head)?.slice(-1)[0] ?? head);
  const qualifiers = expanded.filter((w) => w !== wantHead && (isTitleWord(w) || isDemonym(capitalise(w))));
  const fits = (p: Profile): boolean => {
    if (organisation !== (p.entity.type !== 'PERSON')) return false;
    if (!p.words.has(wantHead)) return false;
    return qualifiers.every((q) => {
      const place = isDemonym(capitalise(q)) ? placeOfDemonym(capitalise(q)) : null;
      return p.words.has(q) || (place !== null && p.words.has(place.toLowerCase()));
    });
  };
  const before: Entity[] = [];
  const after: Entity[] = [];
  for (const p of index.profiles.values()) {
    if (fits(p)) (p.entity.start < offset ? before : after).push(p.entity);
  }
  const pool = before.length > 0 || offset >= index.bodyStart ? before : after;
  if (pool.length === 1) return pool[0];
  if (pool.length > 1 || possessed) return null;
  if (organisation) return organisationInFocus(index, offset);
  // Nobody was introduced with this description ("the Spaniard said", "the City boss said", "the
  // 87-year-old pontiff told …"): it stands for the person in focus, the last one named as a
  // subject in the last few sentences, unless that person holds another title the text gave.
  if (OTHER_PERSON_ROLE.test(wantHead)) return null;
  const focus = resolvePronoun(index, null, offset, 700);
  if (!focus) return null;
  const known = index.profiles.get(focus.key)?.words ?? new Set<string>();
  const otherTitle = isTitleHead(wantHead) && [...known].some((w) => isTitleHead(w) && w !== wantHead);
  return otherTitle ? null : focus;
}

/**
 * The organisation in focus for "the company said", "the ministry added" when no organisation's
 * name holds that word: the last organisation named as a subject within the last few sentences.
 */
function organisationInFocus(index: ReferenceIndex, offset: number, window = 700): Entity | null {
  let found: Entity | null = null;
  for (const e of index.organisationSubjects) {
    if (e.start >= offset) break;
    found = e;
  }
  return found && offset - found.start <= window ? found : null;
}

function capitalise(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/**
 * Resolves "he" or "she" at `offset` to the most recent person named as a subject before it
 * (within the last `window` characters), skipping people of the other gender (any gender when
 * `gender` is null); null when the most recent subject was a joint one or nobody fits.
 */
export function resolvePronoun(index: ReferenceIndex, gender: 'male' | 'female' | null, offset: number, window = 3000): Entity | null {
  let lo = 0;
  let hi = index.subjects.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.subjects[mid].entity.start < offset) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0; k--) {
    const { entity, joint } = index.subjects[k];
    if (offset - entity.start > window) return null;
    if (joint) return null;
    const known = index.profiles.get(entity.key)?.gender ?? null;
    if (known !== null && gender !== null && known !== gender) continue;
    return entity;
  }
  return null;
}
