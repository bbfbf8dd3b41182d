/**
 * Reads the noun phrase that names who speaks, next to a reporting verb, in either direction:
 * a name ("Lavrov", "Chinese Foreign Ministry spokesperson Mao Ning" → the person, not the
 * ministry), joint names ("Putin and Lula"), a pronoun ("he", "it"), people spoken of together
 * ("they", "both", "the two leaders"), a description ("the Russian minister", "the 34-year-old",
 * "the ministry", "the regulator") or somebody left unnamed ("a source", "officials"), which stops
 * the search: a wrong speaker is worse than none.
 */
import type { Token } from '../nlp/engine';
import { isOrganisationHead } from '../entities/headWords';
import { isDemonym } from '../entities/gazetteer';
import { isTitleHead, isTitleWord } from '../entities/titles';
import type { Entity, Span } from '../types';
import type { ReadingContext } from './readingContext';
import { expandTitleAbbreviation, spellOutNameTitle } from './titleAbbreviations';
import { knownSurnameAt } from './knownSurname';

/** Who a speaker phrase points at, before pronouns and descriptions are resolved. */
export type SpeakerRef =
  | { kind: 'name'; names: Entity[]; mention: Span }
  | { kind: 'pronoun'; gender: 'male' | 'female'; mention: Span }
  /** "it": an organisation. */
  | { kind: 'neuter'; mention: Span }
  /** "they", "both", "the two leaders": people named together; `count` when the phrase gives it. */
  | { kind: 'joint'; count: number | null; mention: Span }
  /** `possessed`: someone's associate ("his lawyer", "Putin's spokesman"), never the person in focus. */
  /** `affiliation`: the words of an organisation qualifying it ("the Rovers manager" → ["rovers"]). */
  | { kind: 'description'; words: string[]; head: string; organisation: boolean; possessed: boolean; mention: Span; affiliation?: string[] }
  | { kind: 'unnamed'; mention: Span };

/** Nouns for people that can head a description besides titles ("the 34-year-old", "the mother"). */
const PERSON_NOUNS = new Set([
  'man', 'woman', 'boy', 'girl', 'mother', 'father', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'player',
  'fan', 'victim', 'survivor', 'witness', 'resident', 'teenager', 'pensioner', 'veteran', 'actor', 'actress', 'singer',
  'star', 'champion', 'driver', 'rider', 'owner', 'boss', 'politician', 'lawmaker', 'legislator', 'diplomat', 'activist',
  'campaigner', 'scientist', 'doctor', 'nurse', 'teacher', 'student', 'worker', 'farmer', 'soldier', 'pilot', 'novelist',
  'writer', 'artist', 'striker', 'runner', 'swimmer', 'batsman', 'bowler', 'defendant', 'accused', 'suspect', 'claimant',
  'plaintiff', 'businessman', 'businesswoman', 'billionaire', 'entrepreneur', 'economist', 'official', 'spokesman',
  'spokeswoman', 'spokesperson', 'source', 'expert', 'analyst', 'investor', 'trader', 'manager', 'coach', 'chief',
  'pontiff', 'monarch', 'forward', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'captain', 'skipper', 'veteran',
  'youngster', 'teenager', 'prodigy', 'head', 'founder', 'entrepreneur', 'executive', 'candidate', 'nominee', 'challenger',
  'priest', 'nun', 'monk', 'engineer', 'architect', 'onlooker', 'bystander', 'passer-by', 'spectator', 'passenger',
  'commuter', 'shopper', 'customer', 'neighbour', 'neighbor', 'parent', 'mourner', 'protester', 'villager',
]);
/** True for a noun that names a person ("defendant", "coach", "mother", "minister"); case-insensitive. */
export function isPersonNoun(word: string): boolean {
  const w = word.toLowerCase();
  return PERSON_NOUNS.has(w) || isTitleHead(w);
}

/** Heads that name nobody in particular when plural or indefinite ("officials", "a source"). */
const PRONOUNS_MALE = new Set(['he', 'He']);
const PRONOUNS_FEMALE = new Set(['she', 'She']);
const UNNAMED_PRONOUNS = new Set(['we', 'We', 'I', 'you', 'You', 'who', 'which', 'that', 'one', 'some', 'others', 'many', 'all']);
const NEUTER_PRONOUNS = new Set(['it', 'It']);
/** Pronouns for people spoken of together, with how many they are when they say it. */
const JOINT_PRONOUNS = new Map<string, number | null>([['they', null], ['They', null], ['both', 2], ['Both', 2]]);
/** Counts that make a plural description name people spoken of together ("the two leaders", "both men"). */
const COUNTS = new Map<string, number>([['two', 2], ['both', 2], ['three', 3], ['four', 4]]);
/** Nouns that name two people at once ("the pair said"). */
const PAIR_NOUNS = /^(?:pair|duo|couple)$/;
/**
 * Lower-case nouns that stand for an organisation in a description ("the ministry said", "the
 * regulator added", "the club said"). Not every head word of organisation names does: "the
 * international", "the united" or "the times" name no organisation in lower case.
 */
const ORGANISATION_NOUNS = new Set([
  'ministry', 'department', 'office', 'council', 'commission', 'committee', 'assembly', 'parliament', 'congress', 'senate',
  'court', 'tribunal', 'bank', 'fund', 'university', 'college', 'school', 'academy', 'institute', 'institution', 'foundation',
  'trust', 'charity', 'company', 'corporation', 'group', 'party', 'agency', 'association', 'federation', 'society', 'union',
  'organisation', 'organization', 'alliance', 'league', 'coalition', 'army', 'navy', 'military', 'police', 'service',
  'authority', 'administration', 'board', 'bureau', 'directorate', 'secretariat', 'cabinet', 'government', 'club', 'team',
  'network', 'church', 'mission', 'hospital', 'clinic', 'museum', 'observatory', 'centre', 'center', 'laboratory', 'embassy',
  'force', 'forces', 'guard', 'coastguard', 'command', 'brigade', 'battalion', 'regiment', 'corps', 'presidency', 'legislature',
  'regulator', 'watchdog', 'firm', 'carrier', 'airline', 'lender', 'insurer', 'retailer', 'broadcaster', 'manufacturer',
  'maker', 'carmaker', 'automaker', 'producer', 'operator', 'supplier', 'giant', 'conglomerate', 'startup', 'start-up',
  'utility', 'chain', 'publisher', 'developer', 'miner', 'brewer', 'distributor', 'platform', 'body', 'organiser', 'organizer',
  'airport', 'inspectorate', 'diocese', 'archdiocese', 'eparchy', 'synod', 'patriarchate', 'chamber', 'confederation',
  'consortium', 'cooperative', 'co-operative', 'guild', 'syndicate', 'district', 'archive', 'library', 'zoo', 'aquarium',
]);

/**
 * Nouns for things that bear names but say nothing: vessels, craft, instruments and storms ("the
 * research vessel Polarstern", "the orbiter Juno", "Hurricane Delia"). A name right after one
 * names the thing, never a speaker.
 */
const THING_NOUNS = new Set([
  'vessel', 'ship', 'boat', 'ferry', 'tanker', 'trawler', 'freighter', 'yacht', 'frigate', 'destroyer', 'submarine', 'cruiser',
  'liner', 'icebreaker', 'aircraft', 'plane', 'jet', 'airliner', 'helicopter', 'rocket', 'spacecraft', 'probe', 'rover',
  'lander', 'orbiter', 'satellite', 'telescope', 'instrument', 'camera', 'detector', 'spectrometer', 'robot', 'drone',
  'storm', 'hurricane', 'typhoon', 'cyclone', 'train', 'locomotive', 'car', 'horse', 'colt', 'filly', 'mare', 'stallion',
]);

/** True when token k is a title written with a capital that is no part of a name ("Rabbi", "Associate Professor"), as titles before a name are. */
function capitalisedTitleAt(ctx: ReadingContext, k: number): boolean {
  const { value } = ctx.tokens[k];
  return ctx.nameAt[k] < 0 && isTitleWord(value) && /^\p{Lu}/u.test(value);
}

/** True when the token before a name is a noun for a thing that bears names (see THING_NOUNS). */
export function namesThing(tokens: Token[], before: number): boolean {
  return before >= 0 && THING_NOUNS.has(tokens[before].value.toLowerCase()) && (tokens[before].pos === 'NOUN' || tokens[before].pos === 'PROPN');
}

/** True when a lower-case noun stands for an organisation ("ministry", "company", "regulator"). */
export function isOrganisationNoun(word: string): boolean {
  return ORGANISATION_NOUNS.has(word.toLowerCase());
}

/** The reference a pronoun makes on its own, or null when the word is not one. */
function pronounRef(word: string, mention: Span): SpeakerRef | null {
  if (PRONOUNS_MALE.has(word)) return { kind: 'pronoun', gender: 'male', mention };
  if (PRONOUNS_FEMALE.has(word)) return { kind: 'pronoun', gender: 'female', mention };
  if (NEUTER_PRONOUNS.has(word)) return { kind: 'neuter', mention };
  if (JOINT_PRONOUNS.has(word)) return { kind: 'joint', count: JOINT_PRONOUNS.get(word) ?? null, mention };
  if (UNNAMED_PRONOUNS.has(word)) return { kind: 'unnamed', mention };
  return null;
}
const DEFINITE = new Set(['the', 'The', 'his', 'her', 'its', 'their', 'His', 'Her', 'Its', 'Their', 'this', 'This']);
const POSSESSIVE = new Set(['his', 'her', 'its', 'their', 'His', 'Her', 'Its', 'Their']);
const INDEFINITE = new Set(['a', 'an', 'A', 'An', 'one', 'One', 'another', 'Another', 'some', 'Some', 'several', 'Several', 'two', 'three']);

const spanOf = (tokens: Token[], first: number, last: number): Span => ({ start: tokens[first].start, end: tokens[last].end });

/** True when a token can stand inside a description ("Russian", "foreign", "minister", "34", "-"). */
function isDescriptionWord(t: Token): boolean {
  if (/^[-–]$/.test(t.value) || /^\d+$/.test(t.value)) return true;
  if (isTitleWord(t.value) || isDemonym(t.value) || expandTitleAbbreviation(t.value) !== null) return true;
  if (t.pos === 'ADJ' || t.pos === 'NOUN') return /^[\p{L}][\p{L}'’-]*$/u.test(t.value);
  return t.pos === 'PROPN' && isOrganisationHead(t.value);
}

const SPOKESPERSON = /^spokes(?:man|woman|person|people)$/i;

/** True when a word names someone who speaks for another ("spokesman", "spokeswoman", "spokesperson", "spokespeople"). */
export function isSpokespersonWord(word: string): boolean {
  return SPOKESPERSON.test(word);
}
/** What an organisation issues that speaks for it ("a Kremlin statement said"). */
const ISSUED = /^(?:statement|communiqu[eé]|release|letter|post|tweet|filing|report|notice|bulletin)$/;
/** Texts an organisation issues, which speak for it ("the document calls for …", "the report called …"). */
const ISSUED_TEXT = /^(?:statement|communiqu[eé]|release|letter|report|document|text|paper|declaration|ruling|judgment|judgement|guidance|memo|study|review)$/;
/** Texts many hands wrote and no one speaker issues ("the bill describes …", "the treaty calls for …"). */
const SHARED_TEXT = /^(?:bill|law|act|plan|resolution|charter|treaty|agreement|accord|deal|decree|constitution|motion|amendment)$/;

/** True when the preposition at p is the "for", "of" or "from" of a spokesperson or a statement ("a spokesman for", "a statement from"). */
function speaksFor(tokens: Token[], p: number, floor: number): boolean {
  return /^(?:for|of|from)$/i.test(tokens[p].value) && p - 1 >= floor && (isSpokespersonWord(tokens[p - 1].value) || /^(?:representative|statement)$/i.test(tokens[p - 1].value));
}

/**
 * When token p is the "of" or "for" after a person's title or role (`head`) and its phrase runs,
 * without a verb or quotation, to a comma that a person's name follows ("the head of research,
 * Timur Baimukhanov"), the index of that comma; otherwise -1.
 */
function titleComplementEnd(ctx: ReadingContext, p: number, head: string, limit: number): number {
  const { tokens } = ctx;
  if (!/^(?:of|for)$/i.test(tokens[p].value) || !isPersonNoun(head)) return -1;
  for (let k = p + 1; k < limit && k - p <= 7; k++) {
    const t = tokens[k];
    if (ctx.quoteAt[k] >= 0 || t.pos === 'VERB' || t.pos === 'AUX') return -1;
    if (t.value !== ',') continue;
    let name = k + 1;
    while (name < limit && name - k <= 3 && capitalisedTitleAt(ctx, name)) name++;
    return name < limit && ctx.nameAt[name] >= 0 && ctx.names[ctx.nameAt[name]].type === 'PERSON' ? k : -1;
  }
  return -1;
}

/** True when two names can be listed together as joint speakers (people with people, others with others). */
function sameKind(a: Entity, b: Entity): boolean {
  return (a.type === 'PERSON') === (b.type === 'PERSON');
}

/** First and last token of the name mention covering token k. */
function mentionTokens(ctx: ReadingContext, k: number): [number, number] {
  const n = ctx.nameAt[k];
  let first = k;
  let last = k;
  while (first > 0 && ctx.nameAt[first - 1] === n) first--;
  while (last + 1 < ctx.tokens.length && ctx.nameAt[last + 1] === n) last++;
  return [first, last];
}

/**
 * The token after an affiliation that follows a person's name ("Sarah Holt of Kent Police said",
 * "Ana Ruiz from the University of Lima said"): `k` itself when none stands there.
 */
function affiliationEnd(ctx: ReadingContext, k: number, limit: number): number {
  const { tokens } = ctx;
  if (k >= limit || !/^(?:of|from|at)$/.test(tokens[k].value)) return k;
  const j = /^the$/i.test(tokens[k + 1]?.value ?? '') ? k + 2 : k + 1;
  if (j >= limit || ctx.nameAt[j] < 0 || ctx.names[ctx.nameAt[j]].type === 'PERSON') return k;
  return mentionTokens(ctx, j)[1] + 1;
}

/**
 * True for a capitalised word inside a description that names nothing the recogniser knows and is
 * no title, nationality or organisation head ("the Rovers manager", "Segura coach"), however the
 * tagger tagged it: it ties the description to a club, firm or team.
 */
function isUnknownQualifier(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!/^\p{Lu}/u.test(t.value) || t.pos === 'DET' || t.pos === 'PRON') return false;
  // A club's or firm's head word ("Rovers", "United") before the description's own noun qualifies it.
  if (t.pos === 'PROPN') return !isDescriptionWord(t) || (!isOrganisationNoun(t.value) && tokens[k + 1] !== undefined && /^\p{Ll}/u.test(tokens[k + 1].value) && isDescriptionWord(tokens[k + 1]));
  return t.pos === 'NOUN' && !isTitleWord(t.value) && !isDemonym(t.value) && expandTitleAbbreviation(t.value) === null && !isOrganisationHead(t.value) && !isOrganisationNoun(t.value) && !isPersonNoun(t.value);
}

/** The number of tokens of an organisation's short form in brackets at token k ("(BJD)", "(ICIP)"): 3, or 0 when none stands there. */
function shortFormLength(tokens: Token[], k: number): number {
  return tokens[k]?.value === '(' && /^\p{Lu}[\p{Lu}\d&-]+$/u.test(tokens[k + 1]?.value ?? '') && tokens[k + 2]?.value === ')' ? 3 : 0;
}

/**
 * One person's title before their name, without a determiner, goes on past the token k where its
 * words stop: "co-founder and chief executive Ana Ruiz" (a second title after "and"), "president
 * of basketball operations Victor Almeida", "director for communications Jo Hale" (a portfolio of
 * common nouns after "of" or "for"). Returns the token of the person's name, or -1. A noun for a
 * person after "of" or "for" is someone else's role ("the lawyer for defendant Mark Hill"), and a
 * determiner there opens a phrase of its own ("the coach of the Leeds striker Ana Ruiz").
 */
function titleGoesOnToPerson(ctx: ReadingContext, k: number, limit: number, words: string[]): number {
  const { tokens } = ctx;
  const title = words[words.length - 1];
  if (title === undefined || !(isTitleHead(title) || isPersonNoun(title))) return -1;
  const coordinated = /^(?:and|&)$/.test(tokens[k].value);
  if (!coordinated && !/^(?:of|for)$/.test(tokens[k].value)) return -1;
  let n = k + 1;
  while (n < limit && n - k <= 4 && ctx.nameAt[n] < 0) {
    const t = tokens[n];
    const fits = coordinated ? isTitleWord(t.value) || (t.pos !== 'DET' && isDescriptionWord(t)) : /^\p{Ll}[\p{Ll}-]*$/u.test(t.value) && (t.pos === 'NOUN' || t.pos === 'ADJ') && !isTitleWord(t.value) && !isPersonNoun(t.value);
    if (!fits) return -1;
    n++;
  }
  const named = n > k + 1 && n < limit && ctx.nameAt[n] >= 0 && ctx.names[ctx.nameAt[n]].type === 'PERSON';
  return named && (!coordinated || isTitleWord(tokens[n - 1].value) || isPersonNoun(tokens[n - 1].value)) ? n : -1;
}

/**
 * True when token k is a lower-case word the tagger took for a verb that qualifies the title
 * words in lower case after it, which run up to a person's name: "said works council chair Sabine
 * Berg", "said shipping minister Ana Duarte" ("the agency quoted Deputy Minister Olga Petrova" is a verb).
 */
function verbTaggedQualifier(ctx: ReadingContext, k: number, limit: number): boolean {
  const { tokens } = ctx;
  if (tokens[k].pos !== 'VERB' || !/^\p{Ll}+$/u.test(tokens[k].value) || !isDescriptionWord({ ...tokens[k], pos: 'NOUN' })) return false;
  let n = k + 1;
  while (n < limit && n - k <= 3 && ctx.nameAt[n] < 0 && /^\p{Ll}/u.test(tokens[n].value) && isDescriptionWord(tokens[n])) n++;
  return n > k + 1 && n < limit && isTitleWord(tokens[n - 1].value) && ctx.nameAt[n] >= 0 && ctx.names[ctx.nameAt[n]].type === 'PERSON';
}

/** Words that put a role in the past ("a former police spokesman" speaks for no one now). */
const PAST_ROLE = /^(?:former|ex|then|retired|onetime|erstwhile|one-time)$/;

/** Builds a description (or an unnamed reference) from its words, head last. */
function describe(described: string[], determiner: string | null, mention: Span, possessed = false): SpeakerRef | null {
  // "the same spokesman", "the same official": "same" only points back, like "the" itself.
  const words = /^the$/i.test(determiner ?? '') ? described.filter((w) => w !== 'same') : described;
  if (words.length === 0) return null;
  const joined = words.join(' ').replace(/\s*-\s*/g, '-');
  const age = joined.includes('-year-old') ? /(\d+)-year-old/.exec(joined) : null;
  // "the 7-footer said": a player described by height, like one described by age.
  const height = /(\d+)-footer$/.exec(joined);
  const head = age ? `${age[1]}-year-old` : height ? `${height[1]}-footer` : words[words.length - 1];
  // "a spokesperson said", "the spokeswoman added": someone who speaks for the organisation in focus.
  if (words.length === 1 && isSpokespersonWord(head) && !possessed && determiner !== null && /^(?:a|an|the)$/i.test(determiner)) {
    return { kind: 'description', words: ['spokesperson'], head: 'spokesperson', organisation: true, possessed: false, mention };
  }
  // "a hospital spokesman said", "a police spokeswoman added", "a fire service spokeswoman": the
  // organisation the nouns before it describe speaks, its head noun last; a former one does not.
  const qualifiers = words.slice(0, -1).filter((w) => w !== '-');
  // "the company's spokesperson said" is the same: the possessive's owner is the organisation described.
  if (isSpokespersonWord(head) && qualifiers.length > 0 && isOrganisationNoun(qualifiers[qualifiers.length - 1]) && !qualifiers.some((w) => PAST_ROLE.test(w))) {
    return { kind: 'description', words: qualifiers, head: qualifiers[qualifiers.length - 1], organisation: true, possessed: false, mention };
  }
  const organisation = isOrganisationNoun(head);
  const nationality = isDemonym(head.charAt(0).toUpperCase() + head.slice(1)) && !/s$/.test(head);
  const personal = age !== null || height !== null || nationality || isTitleHead(head) || PERSON_NOUNS.has(head) || expandTitleAbbreviation(head) !== null;
  // Plural people ("its members", "passengers") speak, but name nobody in particular.
  if (!organisation && !personal) return /[^s]s$/.test(head) ? { kind: 'unnamed', mention } : null;
  // "owners say", "ministers warned": people of a kind (the title lists hold plurals too).
  const plural = (/s$/.test(head) && !PERSON_NOUNS.has(head) && !isTitleHead(head) && !organisation) || isPluralOfPerson(head);
  if ((determiner !== null && INDEFINITE.has(determiner)) || plural) return { kind: 'unnamed', mention };
  if (determiner === null && !organisation && !isTitleHead(head) && expandTitleAbbreviation(head) === null) return { kind: 'unnamed', mention };
  return { kind: 'description', words: words.filter((w) => w !== '-'), head, organisation, possessed: possessed || POSSESSIVE.has(determiner ?? ''), mention };
}

/**
 * Reads people spoken of together from token `start`: "the two leaders", "both men", "the
 * three ministers", "the senators" (how many left open), "the pair", "the two" right before a verb. The head must be a person noun or a title in the plural; a
 * number needs "the" ("two leaders said" may be any two). Returns how many they are and the
 * phrase's last token, or null.
 */
function readJointPhrase(tokens: Token[], start: number, limit: number): { count: number | null; last: number } | null {
  let k = start;
  const definite = /^the$/i.test(tokens[k]?.value ?? '');
  if (definite) k++;
  if (definite && k < limit && PAIR_NOUNS.test(tokens[k].value)) return { count: 2, last: k };
  // "the senators", "the bishops", "the players": people of one kind named together, however many.
  if (definite && k < limit && tokens[k].pos === 'NOUN' && /^\p{Ll}/u.test(tokens[k].value) && isPluralOfPerson(tokens[k].value)) return { count: null, last: k };
  const count = k < limit ? COUNTS.get(tokens[k].value.toLowerCase()) : undefined;
  if (count === undefined || (count !== 2 && !definite) || (!definite && !/^both$/i.test(tokens[k].value))) return null;
  // "“…,” the two wrote.": the number alone, right before the verb.
  if (definite && k + 1 < tokens.length && (tokens[k + 1].pos === 'VERB' || tokens[k + 1].pos === 'AUX')) return { count, last: k };
  k++;
  if (k < limit && tokens[k].pos === 'ADJ') k++;
  if (k >= limit) return null;
  return isPluralOfPerson(tokens[k].value) ? { count, last: k } : null;
}

/** True for the plural of a person noun or title ("leaders", "ministers", "men"); case-insensitive. */
function isPluralOfPerson(word: string): boolean {
  const head = word.toLowerCase();
  const singular = head === 'men' ? 'man' : head === 'women' ? 'woman' : /[^s]s$/.test(head) ? head.slice(0, -1) : null;
  return singular !== null && (PERSON_NOUNS.has(singular) || isTitleHead(singular));
}

/**
 * Reads a speaker phrase that ends at token `last` (inclusive), looking left no further than
 * token `floor`. A name in a prepositional phrase ("in Tehran", "with his counterpart Lula") is
 * not a subject: the reading then stops with `unnamed`.
 */
export function readSpeakerBackward(ctx: ReadingContext, last: number, floor: number): SpeakerRef | null {
  const { tokens } = ctx;
  if (last < floor) return null;
  const t = tokens[last];
  const pronoun = pronounRef(t.value, spanOf(tokens, last, last));
  if (pronoun) return pronoun;
  for (let start = Math.max(floor, last - 3); start < last; start++) {
    const joint = readJointPhrase(tokens, start, last + 1);
    if (joint?.last === last) return { kind: 'joint', count: joint.count, mention: spanOf(tokens, start, last) };
  }
  if (ctx.nameAt[last] >= 0) {
    const [first] = mentionTokens(ctx, last);
    if (namesThing(tokens, first - 1)) return { kind: 'unnamed', mention: spanOf(tokens, first - 1, last) };
    const names = [ctx.names[ctx.nameAt[last]]];
    let start = first;
    // "Putin and Lula", "Putin, Lula and Xi", "Greenpeace and the WWF": more names joined to this one.
    // A comma joins a name to a list only before the list's "and": in "In an interview with the
    // BBC, Acme Corp said" or "After meeting Putin, Lula said" the comma closes an opening phrase.
    let listed = false;
    for (;;) {
      // "Bishop Anne Carlow and Rabbi David Stern": each name may carry its own titles.
      let before = start - 1;
      while (before > floor && capitalisedTitleAt(ctx, before)) before--;
      const joiner = /^the$/i.test(tokens[before]?.value ?? '') ? before - 1 : before;
      if (joiner - 1 < floor || !/^(?:and|&|,)$/.test(tokens[joiner].value) || ctx.nameAt[joiner - 1] < 0 || !sameKind(ctx.names[ctx.nameAt[joiner - 1]], names[0])) break;
      if (tokens[joiner].value === ',' && !listed) break;
      listed = true;
      const [f] = mentionTokens(ctx, joiner - 1);
      names.unshift(ctx.names[ctx.nameAt[joiner - 1]]);
      start = f;
    }
    let p = start - 1;
    const inTitle = (t: Token): boolean => isTitleWord(t.value) || isDemonym(t.value) || t.pos === 'DET' || t.pos === 'ADJ' || t.value === 'Both' || t.value === 'both';
    for (;;) {
      while (p >= floor && (inTitle(tokens[p]) || ctx.nameAt[p] >= 0)) p--;
      // "UN humanitarian coordinator for Sudan Karin Lindqvist-Osei": a preposition inside a
      // person's title ("a manager at the Dunleavy Group" names the group's manager, not the group).
      if (p - 1 >= floor && /^(?:for|to|of|at|in)$/.test(tokens[p].value) && isTitleHead(tokens[p - 1].value) && p + 1 < first && names[0].type === 'PERSON') p -= 2;
      else break;
    }
    // "The Employment Tribunal in Leeds said", "the embassy in Dublin said": a place after "in" or
    // "at" locates the noun phrase before it, which is the subject.
    if (names[0].type === 'PLACE' && names.length === 1 && p - 1 >= floor && /^(?:in|at)$/.test(tokens[p].value) && p + 1 === start) return readSpeakerBackward(ctx, p - 1, floor);
    // "as O'Rourke put it", "as Lavrov said": "as" opens a clause, not a prepositional phrase.
    if (p >= floor && tokens[p].pos === 'ADP' && !/^as$/i.test(tokens[p].value)) {
      // "Rachel Obi of Northamptonshire Police said", "The Halifax Mooseheads of the Quebec league
      // said": the person or organisation before the preposition speaks.
      if (/^(?:of|from|at|with)$/i.test(tokens[p].value) && p - 1 >= floor && ctx.nameAt[p - 1] >= 0 && ctx.names[ctx.nameAt[p - 1]].type !== 'PLACE') return readSpeakerBackward(ctx, p - 1, floor);
      // "Analysts at Shore Capital said", "researchers from the Karolinska Institute said": people
      // of a kind speak for the organisation they work at.
      if (/^(?:at|from)$/i.test(tokens[p].value) && names[0].type === 'ORG' && names.length === 1 && p - 1 >= floor && isPluralOfPerson(tokens[p - 1].value)) return { kind: 'name', names, mention: spanOf(tokens, start, last) };
      // "A spokesman for North Yorkshire Police said", "a spokeswoman for Ana Ruiz said": the
      // organisation or person speaks through a spokesperson (a lawyer for someone speaks for themself).
      if (speaksFor(tokens, p, floor) && (names[0].type !== 'PERSON' || isSpokespersonWord(tokens[p - 1].value))) return { kind: 'name', names, mention: spanOf(tokens, start, last) };
      return { kind: 'unnamed', mention: spanOf(tokens, start, last) };
    }
    return { kind: 'name', names, mention: spanOf(tokens, start, last) };
  }
  if (!isDescriptionWord(t)) return null;
  const words: string[] = [];
  let k = last;
  // A name the tagger took for a common noun ("A WHO spokesperson") ends the description like any name.
  while (k >= floor && !(ctx.nameAt[k] >= 0 && tokens[k].pos === 'NOUN' && /^\p{Lu}/u.test(tokens[k].value)) && (isDescriptionWord(tokens[k]) || (tokens[k].pos === 'PROPN' && ctx.nameAt[k] < 0)) && last - k < 8) {
    words.unshift(ctx.lower[k]);
    k--;
  }
  // "A Department of Health spokesperson added": the organisation speaks through its spokesperson.
  if (k >= floor && ctx.nameAt[k] >= 0 && ctx.names[ctx.nameAt[k]].type === 'ORG' && isSpokespersonWord(tokens[last].value) && !/^['’]s?$/.test(tokens[k + 1].value)) {
    const organisation = ctx.names[ctx.nameAt[k]];
    return { kind: 'name', names: [organisation], mention: { start: organisation.start, end: tokens[last].end } };
  }
  const determiner = k >= floor && (DEFINITE.has(tokens[k].value) || INDEFINITE.has(tokens[k].value)) ? tokens[k].value : null;
  const possessed = k >= floor && /^['’]s?$/.test(tokens[k].value);
  // "Harbour Foods' spokesperson said: “…”": the organisation speaks through its own spokesperson.
  if (possessed && k - 1 >= floor && ctx.nameAt[k - 1] >= 0 && speaksThroughSpokesperson(ctx.names[ctx.nameAt[k - 1]], words)) {
    const organisation = ctx.names[ctx.nameAt[k - 1]];
    return { kind: 'name', names: [organisation], mention: { start: organisation.start, end: tokens[last].end } };
  }
  // "The company's spokeswoman said: “…”": the organisation described speaks through its spokesperson.
  if (possessed && words.length === 1 && isSpokespersonWord(words[0]) && k - 2 >= floor && isOrganisationNoun(tokens[k - 1].value) && /^(?:the|a)$/i.test(tokens[k - 2].value)) {
    return describe([ctx.lower[k - 1], words[0]], tokens[k - 2].value, spanOf(tokens, k - 2, last));
  }
  const beforePhrase = determiner === null ? k : k - 1;
  // "The province's director of health, who …, said": a title with its field after "of" is one
  // description, its head the title.
  if (determiner === null && beforePhrase - 1 >= floor && /^of$/i.test(tokens[beforePhrase].value) && isTitleHead(tokens[beforePhrase - 1].value) && /^\p{Ll}/u.test(tokens[beforePhrase - 1].value) && words.every((w) => !isTitleHead(w))) {
    const title = readSpeakerBackward(ctx, beforePhrase - 1, floor);
    if (title?.kind === 'description' && !title.organisation) return { ...title, mention: { start: title.mention.start, end: tokens[last].end } };
  }
  // "a spokesperson for the network said": the organisation described speaks; any other
  // description inside a prepositional phrase ("the head of the regulator") names nobody sure.
  if (beforePhrase >= floor && tokens[beforePhrase].pos === 'ADP') {
    const described = speaksFor(tokens, beforePhrase, floor) ? describe(words, determiner, spanOf(tokens, determiner ? k : k + 1, last)) : null;
    return described?.kind === 'description' && described.organisation ? described : { kind: 'unnamed', mention: spanOf(tokens, beforePhrase + 1, last) };
  }
  const mention = spanOf(tokens, determiner ? k : k + 1, last);
  // "the document called for “…”", "the report described …": a text speaks like "it" for the
  // organisation in focus that issued it; a bill or a treaty for nobody in particular. Inside
  // reported speech, either is the reporter's words.
  const described = describe(words, determiner, mention, possessed);
  // "Apple's chief executive said": the firm that owns the title narrows it, like "the Rovers manager".
  const owner = possessed && k - 1 >= floor && /^\p{Lu}/u.test(tokens[k - 1].value) && !(ctx.nameAt[k - 1] >= 0 && ctx.names[ctx.nameAt[k - 1]].type === 'PERSON') ? ctx.lower[k - 1] : null;
  if (described?.kind === 'description' && !described.organisation && owner) return { ...described, affiliation: [owner] };
  if (described || !/^(?:the|this)$/i.test(determiner ?? '')) return described;
  const head = words[words.length - 1];
  return ISSUED_TEXT.test(head) ? { kind: 'neuter', mention } : SHARED_TEXT.test(head) ? { kind: 'unnamed', mention } : null;
}

/** True for a possessive's mark at token k: "'s", or an apostrophe glued to a plural's or name's final s ("Harbour Foods' spokesperson"). */
function isPossessiveMark(tokens: Token[], k: number): boolean {
  if (/^['’]s$/.test(tokens[k].value)) return true;
  return /^['’]$/.test(tokens[k].value) && k > 0 && tokens[k - 1].end === tokens[k].start && /s$/i.test(tokens[k - 1].value) && k + 1 < tokens.length && isDescriptionWord(tokens[k + 1]);
}

/** A part of an organisation that speaks for it ("the party's state branch", "the union's youth wing"). */
const BRANCH = /^(?:branch|wing|chapter|division|section|arm|headquarters|leadership)$/;

/**
 * True when `words` after an organisation's possessive are its spokesperson alone ("Harbour
 * Foods' spokesperson", "the Kremlin's spokesman") or one of its branches ("the PSD's state
 * branch", "the union's youth wing"): the body speaks. A person's or a country's spokesman
 * ("Putin's spokesman", "Russia's spokeswoman") speaks for someone else, and any other word
 * narrows the role to a person ("Google's chief spokesperson").
 */
function speaksThroughSpokesperson(owner: Entity, words: string[]): boolean {
  if (owner.type !== 'ORG') return false;
  if (words.length === 1 && isSpokespersonWord(words[0])) return true;
  return words.length > 0 && words.length <= 3 && BRANCH.test(words[words.length - 1]);
}

/**
 * Reads a speaker phrase that starts at token `first`, looking right no further than token
 * `limit` (exclusive). Title words and organisations before a person are read through, so
 * "Chinese Foreign Ministry spokesperson Mao Ning" gives Mao Ning; "said the minister" gives a
 * description. Returns the reference and the token after the phrase.
 */
export function readSpeakerForward(ctx: ReadingContext, first: number, limit: number): { ref: SpeakerRef; next: number } | null {
  const { tokens } = ctx;
  if (first >= limit) return null;
  const t = tokens[first];
  const pronoun = pronounRef(t.value, spanOf(tokens, first, first));
  const joint = readJointPhrase(tokens, first, limit);
  if (joint) return { ref: { kind: 'joint', count: joint.count, mention: spanOf(tokens, first, joint.last) }, next: joint.last + 1 };
  if (pronoun && !(first + 1 < limit && isDescriptionWord(tokens[first + 1]))) return { ref: pronoun, next: first + 1 };
  // "“…,” al-Dosari said" after "Fahd bin Mutlaq al-Dosari": a surname the recogniser left unnamed.
  const surname = knownSurnameAt(ctx, first, limit);
  if (surname) return { ref: { kind: 'name', names: [surname.person], mention: spanOf(tokens, first, surname.last) }, next: surname.last + 1 };
  let k = first;
  const determiner = DEFINITE.has(t.value) || INDEFINITE.has(t.value) ? t.value : null;
  if (determiner) k++;
  const words: string[] = [];
  let possessed = false;
  let organisation: { entity: Entity; last: number } | null = null;
  /** Capitalised words the recogniser named nothing with ("the Rovers manager"): they narrow the description. */
  const qualifiers: string[] = [];
  while (k < limit && k - first < 14) {
    // "“…,” Usec. Ramon Cruz said": a title written short, its full stop split off, before a name.
    if (tokens[k + 1]?.value === '.' && tokens[k + 1].start === tokens[k].end && ctx.nameAt[k + 2] >= 0 && spellOutNameTitle(tokens[k].value) !== null) {
      k += 2;
      continue;
    }
    if (ctx.nameAt[k] >= 0) {
      const entity = ctx.names[ctx.nameAt[k]];
      const [, last] = mentionTokens(ctx, k);
      // "said the orbiter Juno Prime": a named thing says nothing.
      if (namesThing(tokens, k - 1)) return { ref: { kind: 'unnamed', mention: spanOf(tokens, first, last) }, next: last + 1 };
      // "Segura coach Ignacio Barrenechea": a name, a title, then the person who speaks; the name
      // may carry its short form in brackets ("Biju Janata Dal (BJD) spokesperson Manas Jena").
      const titleFrom = last + 1 + shortFormLength(tokens, last + 1);
      let after = titleFrom;
      while (after < limit && after - titleFrom <= 3 && ctx.nameAt[after] < 0 && isDescriptionWord(tokens[after])) after++;
      if (after > titleFrom && after < limit && ctx.nameAt[after] >= 0 && ctx.names[ctx.nameAt[after]].type === 'PERSON') {
        k = after;
        continue;
      }
      if (entity.type === 'PERSON') {
        const names = [entity];
        let end = last;
        for (;;) {
          if (end + 2 >= limit || !/^(?:and|&)$/.test(tokens[end + 1].value)) break;
          // "… Anne Carlow and Rabbi David Stern said": the next name may carry its own titles.
          let next = end + 2;
          while (next < limit && capitalisedTitleAt(ctx, next)) next++;
          if (next >= limit || ctx.nameAt[next] < 0 || ctx.names[ctx.nameAt[next]].type !== 'PERSON') break;
          names.push(ctx.names[ctx.nameAt[next]]);
          end = mentionTokens(ctx, next)[1];
        }
        return { ref: { kind: 'name', names, mention: spanOf(tokens, k, end) }, next: affiliationEnd(ctx, end + 1, limit) };
      }
      if (!organisation) organisation = { entity, last };
      k = last + 1;
      continue;
    }
    // "Segura coach …", "Veridia's co-founder …", "Harbour Foods' spokesperson": unknown names and possessives qualify what follows.
    const possessive = isPossessiveMark(tokens, k);
    if (possessive) possessed = true;
    if (possessive || isUnknownQualifier(tokens, k)) {
      if (!possessive) qualifiers.push(ctx.lower[k]);
      k++;
      continue;
    }
    if (!isDescriptionWord(tokens[k]) && !verbTaggedQualifier(ctx, k, limit)) {
      // "a spokesman for the civil defence institute": the organisation speaks.
      if (!organisation && speaksFor(tokens, k, first)) {
        const represented = readSpeakerForward(ctx, k + 1, limit);
        const ref = represented?.ref;
        if (ref && ((ref.kind === 'name' && (ref.names[0].type !== 'PERSON' || isSpokespersonWord(tokens[k - 1].value))) || (ref.kind === 'description' && ref.organisation))) return represented;
        // "a spokesman for the family": someone who speaks for nobody the text names.
        return { ref: { kind: 'unnamed', mention: spanOf(tokens, first, Math.max(first, (represented?.next ?? k + 1) - 1)) }, next: represented?.next ?? k + 1 };
      }
      // "said co-founder and chief executive Ana Ruiz", "president of basketball operations Victor
      // Almeida said": one person's title goes on past "and" or its portfolio up to the name.
      const person = determiner === null ? titleGoesOnToPerson(ctx, k, limit, words) : -1;
      if (person > k) {
        k = person;
        continue;
      }
      // "said the head of research, Timur Baimukhanov": the title's own "of" phrase, then the name in apposition.
      const complementEnd = words.length > 0 ? titleComplementEnd(ctx, k, words[words.length - 1], limit) : -1;
      if (complementEnd > k) k = complementEnd;
      break;
    }
    words.push(ctx.lower[k]);
    k++;
  }
  // "a Department of Health spokesperson said", "Harbour Foods' spokesperson said": the organisation speaks through its spokesperson.
  if (organisation && ((!possessed && words.length > 0 && isSpokespersonWord(words[words.length - 1])) || (possessed && speaksThroughSpokesperson(organisation.entity, words)))) {
    return { ref: { kind: 'name', names: [organisation.entity], mention: { start: organisation.entity.start, end: tokens[k - 1].end } }, next: k };
  }
  // "the Segura coach": an organisation qualifying a person's description, which it then narrows.
  let described = words.length > 0 ? describe(words, determiner, spanOf(tokens, first, Math.max(first, k - 1)), possessed) : null;
  if (described?.kind === 'description' && organisation && !described.organisation) described = { ...described, affiliation: organisation.entity.text.toLowerCase().split(/\s+/) };
  else if (described?.kind === 'description' && qualifiers.length > 0 && !described.organisation) described = { ...described, affiliation: qualifiers };
  const personal = described !== null && !(described.kind === 'description' && described.organisation);
  // "the Ghana international": a name qualifying a noun that names nobody is not the speaker; "a Kremlin statement" is.
  const qualifiesOther = organisation !== null && words.length > 0 && described === null && !ISSUED.test(words[words.length - 1]);
  const ref: SpeakerRef | null = personal || !organisation ? described : qualifiesOther ? { kind: 'unnamed', mention: spanOf(tokens, first, k - 1) } : { kind: 'name', names: [organisation.entity], mention: { start: organisation.entity.start, end: organisation.entity.end } };
  // "one resident, Maria Lopez, 45," / "Fedegán's president, Hernán Echavarría,": the name in apposition speaks,
  // also behind titles of its own ("the study's lead author, Associate Professor Meera Pillai,").
  let appositive = k + 1;
  while (appositive < limit && appositive - k <= 3 && capitalisedTitleAt(ctx, appositive)) appositive++;
  // "according to the central bank, Bank Negara,": an organisation named after its description.
  const appositiveType = appositive < limit && ctx.nameAt[appositive] >= 0 ? ctx.names[ctx.nameAt[appositive]].type : null;
  const namesIt = appositiveType === 'PERSON' || (appositiveType === 'ORG' && ref?.kind === 'description' && ref.organisation);
  if (ref && ref.kind !== 'name' && tokens[k]?.value === ',' && namesIt) {
    const named = readSpeakerForward(ctx, appositive, limit);
    if (named?.ref.kind === 'name') {
      let next = named.next;
      // Skip the rest of the apposition (", 45,") up to its closing comma.
      if (tokens[next]?.value === ',') {
        let e = next + 1;
        while (e < limit && e - next <= 6 && tokens[e].value !== ',') e++;
        next = e < limit && tokens[e].value === ',' ? e + 1 : next + 1;
      }
      return { ref: named.ref, next };
    }
  }
  return ref ? { ref, next: k } : null;
}
