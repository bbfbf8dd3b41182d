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
 *   a person of the other gender when the text tells it (Mr, Mrs, Ms, …, a given name, a
 *   possessive: see {@link genderOfGivenName}); a joint subject
 *   ("Putin and Lula") makes a singular pronoun ambiguous, so nobody is chosen. A subject since
 *   that names nobody by name ("a spokeswoman for the airport", "one resident") takes the pronoun
 *   instead: who it stands for, or nobody.
 * - "They", "both" and "the two leaders" go to people named together as the subject of a clause
 *   ("Mayor Tom Reyes and council member Barbara Kline voted against …") in the same sentence or
 *   the one before, when nobody else (a person, an organisation, an unnamed group such as
 *   "residents") has stood as a subject since.
 * - "It" and "the company" go to the organisation last named (or so described) as a subject in the
 *   same sentence or the two before.
 */
import { isDemonym, placeOfDemonym } from '../entities/gazetteer';
import { isTitleHead, isTitleWord } from '../entities/titles';
import { startsUpperCase } from '../entities/letterCase';
import type { Entity, Span } from '../types';
import { countBefore, spanIndexAt, type ReadingContext } from './readingContext';
import { genderOfGivenName } from './givenNameGender';
import { genderOfWord } from './genderWords';
import { isOrganisationNoun, isPersonNoun, isSpokespersonWord, namesThing } from './readSpeakerPhrase';
import { isReportingVerb } from './reportingVerbs';
import { beforeTitles, closesOpeningPhrase, coordinatedPeople, titleFullStop, interviewedByWriter, isPluralParty, isSubjectMention, lineBreakBetween, opensClauseBefore, reachOfJoint, unrecognisedNameEnd, verbFollows } from './subjectMentions';
import { expandTitleAbbreviation, spellOutNameTitle } from './titleAbbreviations';
import { counterpartBefore, type CounterpartOwner } from './counterpart';
import { spellsInitialsOf } from './initials';
import { headsRelativeClause } from './relativeClauseTopic';

/** What the article says about one person or organisation (by entity key). */
interface Profile {
  entity: Entity;
  words: Set<string>;
  gender: 'male' | 'female' | null;
  /** True when the gender comes from the English given-name lists only ("Chanda" reads as a woman's name): the text may tell otherwise. */
  listGender: boolean;
  /** True when that given name is written with accents ("Élie" reads as "Ellie"): weaker evidence still. */
  guessedGender: boolean;
  /** Words of the organisations named in the person's titles ("Rovers boss Steve Archer" → "rovers"). */
  affiliations: Set<string>;
}


/**
 * A subject that names nobody by name: who it stands for (null when nobody can be told), the
 * gender its words give, and, for a spokesperson of a body the text describes but never names
 * ("a spokesman for the military fire brigade"), that description as the speaker a "he" or "the
 * spokesman" after it is credited to.
 */
export interface DescribedSubject {
  start: number;
  entity: Entity | null;
  gender: 'male' | 'female' | null;
  body?: { label: string; mention: Span };
}

/** Mentions in subject position, with the profiles of everyone named, ready for resolution. */
export interface ReferenceIndex {
  profiles: Map<string, Profile>;
  /** PERSON mentions that stand as the subject of a clause, sorted, with joint subjects flagged. */
  subjects: Array<{ entity: Entity; joint: boolean }>;
  /** Organisations that stand as the subject of a clause, named or described ("the union said"), sorted by `start`. */
  organisationSubjects: Array<{ entity: Entity; start: number }>;
  /** Every organisation mention, sorted, and where each organisation (by key) was first named. */
  organisationMentions: Entity[];
  organisationFirstNamed: Map<string, number>;
  /** Organisations named at least once other than as someone's employer before a noun for a person ("a former Athletic Club coach"), by key. */
  organisationsNamedAlone: Set<string>;
  /** People named together as the subject of a clause, sorted; `reach` is where a "they" may no longer point at them. */
  jointSubjects: Array<{ names: Entity[]; start: number; end: number; reach: number }>;
  /** Offsets of unnamed plural parties ("Residents said", "met farmers' leaders"), sorted: a "they" after one may be theirs. */
  pluralParties: number[];
  /**
   * Offsets of subjects that look like names the recogniser missed (capitalised words opening a
   * clause before its verb: "Inés García de la Fuente, who …, said"), sorted: a pronoun after one may be theirs.
   */
  unrecognisedSubjects: number[];
  /**
   * Offsets of places and organisations named as the subject of a verb of saying ("Sutrisno said",
   * typed an organisation; "Albuquerque de Sousa agrees"), sorted: a "he" or "she" right after one
   * may mean a person the recogniser typed as a place or body, so it reaches no one named before.
   */
  nonPersonSpeakers: number[];
  /**
   * Subjects that name nobody by name ("a spokeswoman for the airport", "the minister", "one
   * resident"), sorted by `start`: what each stands for when it can be told, and the gender its
   * words give. Filled by {@link noteDescribedSubjects}; a "he" or "she" after one is that subject's.
   */
  describedSubjects: DescribedSubject[];
  /** PERSON mentions that are no clause's subject ("a line from its director, Graham Berg"), sorted: bystanders a pronoun after them may mean. */
  bystanders: Entity[];
  /** Bystanders who head a relative clause of their own ("… came from Aisha Rahimi, who produced …"), sorted: see {@link headsRelativeClause}. */
  relativeTopics: Entity[];
  /**
   * The lede's speaker described by title ("…, its chief executive has said") and the person the
   * next paragraph names for it: the description's start and that person. Filled by {@link identifyLedeSpeaker}.
   */
  ledeSpeaker?: { start: number; entity: Entity };
  /**
   * Short names the article defines in brackets after a full one ("Transport for London (TfL)"),
   * by the short name as written: a speaker credited by the short name is given the full one.
   */
  aliases: Map<string, Entity>;
  /** Where the story's first paragraph starts: a description before it (in a headline) may point forward. */
  bodyStart: number;
  /** The article's sentences, to tell how far back a reference reaches. */
  sentences: Span[];
}

// A regular expression with Unicode classes, made once: it runs for every mention of a name.
/** A letter or a digit anywhere in a word. */
const LETTER_OR_DIGIT = /\p{L}|\d/u;

/** Roles that name someone beside the person in focus, never that person ("the spokesman", "the lawyer"). */
const OTHER_PERSON_ROLE = /^(?:spokesperson|aide|lawyer|attorney|counsel|adviser|advisor|official|source|witness|representative|relative|friend|neighbou?r|colleague|deputy|assistant|agent|prosecutor|judge|interpreter|translator|victim|suspect|defendant)$/;

function addWords(profile: Profile, words: string[]): void {
  const age = /(\d{1,3})\s*-\s*year\s*-\s*old/.exec(words.join(' '));
  if (age) profile.words.add(`${age[1]}-year-old`);
  for (const raw of words) {
    const w = raw.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
    if (!LETTER_OR_DIGIT.test(w)) continue;
    profile.words.add(w);
    if (isSpokespersonWord(w)) profile.words.add('spokesperson');
    const place = isDemonym(raw) ? placeOfDemonym(raw) : null;
    if (place) profile.words.add(place.toLowerCase());
    for (const part of expandTitleAbbreviation(w) ?? spellOutNameTitle(w) ?? []) profile.words.add(part);
    // A word of the text ("Mr", "spokeswoman") tells the gender better than the given-name lists.
    const told = genderOfWord(w);
    if (told !== null && (profile.gender === null || profile.listGender)) {
      profile.gender = told;
      profile.listGender = false;
      profile.guessedGender = false;
    }
  }
}

/**
 * Builds the profiles of everyone named (titles before the name, appositions after or before
 * it, an age given as ", 34,") and the list of subject mentions. Linear in the tokens.
 */
export function buildReferenceIndex(ctx: ReadingContext): ReferenceIndex {
  const { tokens, names, nameAt } = ctx;
  const body = ctx.blocks.find((b) => b.kind === 'paragraph');
  const index: ReferenceIndex = { profiles: new Map(), subjects: [], organisationSubjects: [], organisationMentions: [], organisationFirstNamed: new Map(), organisationsNamedAlone: new Set(), jointSubjects: [], pluralParties: [], unrecognisedSubjects: [], nonPersonSpeakers: [], describedSubjects: [], bystanders: [], relativeTopics: [], aliases: new Map(), bodyStart: body ? body.start : ctx.text.length, sentences: ctx.sentences };
  const { profiles, subjects, organisationSubjects, jointSubjects, pluralParties } = index;
  let groupEnd = -1;
  // The spellings already read, by entity key.
  const spelled = new Map<string, Set<string>>();
  let i = 0;
  while (i < tokens.length) {
    if (nameAt[i] < 0) {
      if (isPluralParty(ctx, i)) pluralParties.push(tokens[i].start);
      const unrecognised = unrecognisedNameEnd(ctx, i);
      if (unrecognised > i) {
        index.unrecognisedSubjects.push(tokens[i].start);
        i = unrecognised;
        continue;
      }
      // "In a statement, the association said …": the organisation it describes stands in focus too.
      const described = describedOrganisationSubject(ctx, index, i);
      if (described) organisationSubjects.push({ entity: described, start: tokens[i].start });
      i++;
      continue;
    }
    const entity = names[nameAt[i]];
    const first = i;
    while (i < tokens.length && nameAt[i] === nameAt[first]) i++;
    const last = i - 1;
    const profile = profiles.get(entity.key) ?? { entity, words: new Set<string>(), gender: null, listGender: false, guessedGender: false, affiliations: new Set<string>() };
    profiles.set(entity.key, profile);
    // "Transport for London (TfL)" defines a short name; "Théo Brunelière (Alpine)" names his team, not him.
    const alias = bracketedAlias(ctx, last);
    if (alias && alias.type === entity.type && !index.aliases.has(alias.text)) index.aliases.set(alias.text, entity);
    // "In Britain, the Office for Product Safety urged …": the comma closes an opening phrase, and what follows is no apposition.
    const apposition = closesOpeningPhrase(ctx, first) ? null : appositionAfter(ctx, last);
    // People named together as a clause's subject ("Mayor Tom Reyes and council member Barbara Kline voted"), read from the mention that opens the group.
    const group = tokens[first].start > groupEnd && opensClauseBefore(ctx, first) ? coordinatedPeople(ctx, first) : null;
    if (group) {
      groupEnd = tokens[group.verb].start;
      jointSubjects.push({ names: group.names, start: entity.start, end: groupEnd, reach: reachOfJoint(ctx, entity.start) });
    }
    if (entity.type !== 'PERSON') {
      if (entity.type === 'ORG') {
        index.organisationMentions.push(entity);
        if (!index.organisationFirstNamed.has(entity.key)) index.organisationFirstNamed.set(entity.key, entity.start);
        if (!namesEmployer(ctx, last)) index.organisationsNamedAlone.add(entity.key);
      }
      // The words of a name are the same at every mention: read once per spelling.
      const spellings = spelled.get(entity.key) ?? new Set<string>();
      spelled.set(entity.key, spellings);
      if (!spellings.has(entity.text)) {
        spellings.add(entity.text);
        addWords(profile, entity.text.split(/\s+/));
      }
      // "Finansforbundet, the Norwegian finance sector union, said": what the organisation is.
      if (apposition && /^(?:the|a|an)$/i.test(apposition[0])) addWords(profile, apposition);
      // An organisation stays in focus from a reported clause too ("Rasmussen said that Brightwater now expected …").
      const reported = /^that$/i.test(tokens[beforeTitles(ctx, first)]?.value ?? '') && verbFollows(ctx, last);
      const subject = isSubjectMention(ctx, first, last);
      if (entity.type === 'ORG' && (reported || subject || possessesSubject(ctx, first, last))) organisationSubjects.push({ entity, start: entity.start });
      // "Her colleague and later director of the institute, Hans-Jürgen de Boor, recalled": the verb may follow the comma closing an apposition before the name.
      const verb = tokens[first - 1]?.value === ',' && tokens[last + 1]?.value === ',' ? last + 2 : last + 1;
      if (subject && tokens[verb]?.pos === 'VERB' && isReportingVerb(tokens[verb].value) && !/ing$/.test(tokens[verb].value)) index.nonPersonSpeakers.push(entity.start);
      continue;
    }
    // Titles and qualifiers right before the name: "Russian Foreign Minister", "NATO Secretary General".
    const before: string[] = [];
    // "Minister of Agriculture Serik Abdrakhmanov", "Secretary of State Ana Ruiz": a title with its portfolio after "of" or "for".
    const portfolio = first >= 3 && (nameAt[first - 1] < 0 || names[nameAt[first - 1]].type === 'ORG') && startsUpperCase(tokens[first - 1].value) && /^(?:of|for)$/.test(tokens[first - 2].value) && isTitleHead(tokens[first - 3].value);
    if (portfolio) before.push(tokens[first - 3].value, tokens[first - 2].value, tokens[first - 1].value);
    for (let k = portfolio ? first - 4 : first - 1; k >= 0 && first - k <= 6; k--) {
      const v = tokens[k].value;
      // "Fr. Dante Reyes", "Det. Supt. Ian Cole": the tokenizer may split a title's full stop off.
      if (titleFullStop(ctx, k)) continue;
      if (nameAt[k] >= 0 && names[nameAt[k]].type === 'ORG') profile.affiliations.add(v.toLowerCase());
      if (isTitleWord(v) || isDemonym(v) || (nameAt[k] >= 0 && names[nameAt[k]].type !== 'PERSON')) before.unshift(v);
      // "Tesla's chief executive Elon Musk": the firm that owns the title, through its possessive.
      else if (/^['’]s$/.test(v) && before.length > 0 && isTitleWord(before[0]) && k > 0 && startsUpperCase(tokens[k - 1].value) && !(nameAt[k - 1] >= 0 && names[nameAt[k - 1]].type === 'PERSON')) continue;
      else if ((tokens[k].pos === 'PROPN' || tokens[k].pos === 'NOUN') && nameAt[k] < 0 && startsUpperCase(v) && before.length > 0 && isTitleWord(before[0])) {
        // "Rovers boss Steve Archer" with "Rovers" named as nothing: it still ties the person to a club.
        before.unshift(v);
        profile.affiliations.add(v.toLowerCase());
      } else break;
    }
    addWords(profile, before);
    // "her Senegalese counterpart, Awa Diop Faye": the owner's office, qualified for the counterpart's side.
    const counterpart = counterpartBefore(ctx, first);
    if (counterpart) addWords(profile, [...counterpart.qualifiers, ...officeOfOwner(index, counterpart.owner)]);
    // "Justice Ramona Ortiz", "Mr Justice Hale", "Lord Justice Bean": a justice right before the name is a judge ("Justice Minister Ana Ruiz" is not).
    if (/^justice$/i.test(before[before.length - 1] ?? '')) profile.words.add('judge');
    // An apposition after the name: ", the Russian foreign minister," or ", 34,".
    if (apposition?.length === 1 && /^\d{1,3}$/.test(apposition[0])) addWords(profile, [`${apposition[0]}-year-old`]);
    else if (apposition && (/^(?:the|a|an)$/i.test(apposition[0]) || ownedTitle(apposition))) addWords(profile, apposition);
    // An apposition before the name, which may carry titles of its own: "The Minister of Foreign
    // Affairs of Russia, Sergey Lavrov,", "The Bishop of Leeds, the Rt Rev Nicholas Baines,".
    let comma = first - 1 - before.length;
    if (before.length > 0 && /^(?:the|a)$/i.test(tokens[comma]?.value ?? '')) comma--;
    if (tokens[comma]?.value !== ',') comma = -1;
    if (comma > 0 && tokens[last + 1] && /^[,]$/.test(tokens[last + 1].value)) {
      let from = comma;
      const scanBack = (): void => {
        while (from - 1 >= 0 && comma - (from - 1) <= 13 && !/^[,.;:!?(—–]$/.test(tokens[from - 1].value) && !lineBreakBetween(ctx.text, tokens[from - 1].end, tokens[from].start)) from--;
      };
      scanBack();
      // "the Minister of the Sea, Inland Waters and Fisheries, Helena Muianga,": a portfolio listed
      // with commas (capitalised words on both sides of one) is one title.
      if (from >= 2 && from < comma && tokens[from - 1].value === ',' && startsUpperCase(tokens[from].value) && startsUpperCase(tokens[from - 2].value) && !/^(?:the|a)$/i.test(tokens[from].value)) {
        from--;
        scanBack();
      }
      // "…, and on Monday the state’s governor, Itzel Carrasco,": a conjunction, then a phrase
      // setting the scene, may stand before the apposition, which starts at its article.
      if (/^(?:and|but)$/i.test(tokens[from]?.value ?? '')) from++;
      if (tokens[from]?.pos === 'ADP') while (from < comma && !/^(?:the|a)$/i.test(tokens[from].value)) from++;
      const words = tokens.slice(from, comma).map((t) => t.value);
      // "Brazil's Minister of Sport, Luciana Prado Vasconcelos,": a country or body may own the title.
      if (words.length > 0 && (/^(?:the|a)$/i.test(words[0]) || (startsUpperCase(words[0]) && /^['’]s$/.test(words[1] ?? '')))) addWords(profile, words);
    }
    // "Laura Vidal": a given name tells the gender when no title did; a possessive after the name comes last.
    const [givenName, ...surnames] = profile.gender === null ? entity.canonical.split(/\s+/) : [];
    if (profile.gender === null && surnames.length > 0) {
      profile.gender = genderOfGivenName(givenName);
      profile.listGender = profile.gender !== null;
      profile.guessedGender = profile.listGender && givenName.normalize('NFKD') !== givenName;
    }
    if (profile.gender === null) profile.gender = genderFromPossessive(ctx, first, last);
    // "Dlamini said the federation respected Mokoena. “…,” he said": only the subject's own quote tells.
    if (profile.gender === null && isSubjectMention(ctx, first, last)) profile.gender = genderFromQuotePronoun(ctx, last);
    // "The research vessel Marta Lind docked …": a named ship is no one a "she said" points at.
    // "Priyanka Bell, Halvard's co-founder, explained …": the owner of a possessive is no subject; what it owns is.
    const owner = /^['’]s?$/.test(tokens[last + 1]?.value ?? '');
    // "said the Marmara was paying": a name with "the" right before it names a thing, not a person.
    const thing = namesThing(tokens, first - 1) || /^the$/i.test(tokens[first - 1]?.value ?? '');
    if (((isSubjectMention(ctx, first, last) && !owner) || interviewedByWriter(ctx, first)) && !thing) {
      const joint = joinedAfterName(ctx, first) || /^(?:and|&)$/.test(tokens[last + 1]?.value ?? '');
      subjects.push({ entity, joint });
    } else if (!namesThing(tokens, first - 1) && !afterPersonalPronoun(ctx, first) && ctx.quoteAt[first] < 0) {
      // Someone named only inside a speaker's own words ("‘We will ask Mr Hale to explain,’ Smith said. He said …") is no one a later "he" means.
      index.bystanders.push(entity);
      if (headsRelativeClause(ctx, last)) index.relativeTopics.push(entity);
    }
  }
  return index;
}

/**
 * True when an "and" right before the name starting at token `first` may join it to a person
 * named before it in its sentence ("Putin and Lula", "X said cracks had opened, and Paul Favre
 * agreed": a "he" after either is unsure). After a clause about no person ("The board has
 * scheduled four Tests, and Marufu has been outspoken") the name is the one subject.
 */
function joinedAfterName(ctx: ReadingContext, first: number): boolean {
  return /^(?:and|&)$/.test(ctx.tokens[first - 1]?.value ?? '') && personNamedBefore(ctx, first, first - 2);
}

/**
 * True when a person is named at or before token `from` in the sentence of the name starting at
 * token `first` (read back from `from` to the sentence's start).
 */
function personNamedBefore(ctx: ReadingContext, first: number, from: number): boolean {
  const { tokens, nameAt, names } = ctx;
  const sentence = ctx.sentences[spanIndexAt(ctx.sentences, tokens[first].start)];
  for (let k = from; sentence && k >= 0 && tokens[k].start >= sentence.start; k--) {
    if (nameAt[k] >= 0 && names[nameAt[k]].type === 'PERSON') return true;
  }
  return false;
}

/**
 * The title words of the one whose counterpart someone is ("Foreign Minister Lucía Herrera … her
 * Senegalese counterpart": "foreign", "minister"): read from the owner's profile, the "his" or
 * "her" resolved to the person last named as a subject before it; none when nobody can be told.
 */
function officeOfOwner(index: ReferenceIndex, owner: CounterpartOwner): string[] {
  const entity = owner.kind === 'pronoun' ? resolvePronoun(index, owner.gender, owner.at) : index.profiles.get(owner.key)?.entity ?? null;
  const words = entity ? index.profiles.get(entity.key)?.words ?? new Set<string>() : new Set<string>();
  return [...words].filter((w) => isTitleWord(w) && !isDemonym(capitalise(w)));
}

/**
 * True when the organisation named at [first, last] owns the subject of its clause ("Tesla's
 * shares fell", "Prairie Crown's chief executive, Gordon Van Huizen, rejected that"): it opens
 * the clause, takes a possessive, and a verb follows in the sentence. The organisation is then in
 * focus for a later "the company said".
 */
function possessesSubject(ctx: ReadingContext, first: number, last: number): boolean {
  const { tokens } = ctx;
  if (!/^['’]s$/.test(tokens[last + 1]?.value ?? '') || !opensClauseBefore(ctx, first)) return false;
  for (let k = last + 2; k < tokens.length && k - last <= 16; k++) {
    if (/^[.;:!?]$/.test(tokens[k].value) || ctx.quoteAt[k] >= 0) return false;
    if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return true;
  }
  return false;
}

/**
 * True when the name ending at token `last` qualifies a noun for a person after it ("the former
 * Athletic Club youth coach", "a Goldman Sachs analyst"): it names someone's employer, not a
 * speaker ("Brenmouth airport staff" still names the airport).
 */
function namesEmployer(ctx: ReadingContext, last: number): boolean {
  const { tokens } = ctx;
  let head = last;
  while (head + 1 < tokens.length && ctx.nameAt[head + 1] < 0 && /^\p{Ll}/u.test(tokens[head + 1].value) && /^(?:NOUN|ADJ)$/.test(tokens[head + 1].pos)) head++;
  return head > last && (isPersonNoun(tokens[head].value) || isTitleHead(tokens[head].value));
}

/**
 * True when "he" or "she" stands earlier in the sentence of the token at `first`: the sentence is
 * still about the one the pronoun means ("He was sitting with Mr Justice Patrick McGrath").
 */
function afterPersonalPronoun(ctx: ReadingContext, first: number): boolean {
  const sentence = ctx.sentences[spanIndexAt(ctx.sentences, ctx.tokens[first].start)];
  for (let k = first - 1; k >= 0 && sentence && ctx.tokens[k].start >= sentence.start; k--) {
    if (/^(?:he|she)$/i.test(ctx.tokens[k].value) && ctx.quoteAt[k] < 0) return true;
  }
  return false;
}

/** The name in brackets right after the name ending at token `last` ("… Agency (Irena)"), or null. */
function bracketedAlias(ctx: ReadingContext, last: number): Entity | null {
  const { tokens, nameAt } = ctx;
  if (tokens[last + 1]?.value !== '(' || nameAt[last + 2] === undefined || nameAt[last + 2] < 0) return null;
  let k = last + 2;
  while (k + 1 < tokens.length && nameAt[k + 1] === nameAt[last + 2]) k++;
  return tokens[k + 1]?.value === ')' ? ctx.names[nameAt[last + 2]] : null;
}

/**
 * The words of an apposition after the name ending at token `last` (", the Russian foreign
 * minister,"), up to a verb or a preposition other than "of" (", the Salem firm hired by the
 * association," describes a firm, not an association), or null; null too when the words run into
 * an auxiliary or a verb of saying (they are the next clause's subject).
 */
function appositionAfter(ctx: ReadingContext, last: number): string[] | null {
  const { tokens } = ctx;
  if (tokens[last + 1]?.value !== ',') return null;
  const words: string[] = [];
  for (let k = last + 2; k < tokens.length && k <= last + 14 && !/^[,.;:!?)]$/.test(tokens[k].value); k++) {
    const t = tokens[k];
    // "In a statement on X, the association said": words running into their own verb of saying are
    // the next clause's subject, not an apposition to the name that closed the phrase before.
    if (t.pos === 'AUX' || (t.pos === 'VERB' && isReportingVerb(t.value))) return null;
    if (t.pos === 'VERB' || /^(?:who|which|that)$/i.test(t.value) || (t.pos === 'ADP' && t.value !== 'of')) break;
    words.push(t.value);
  }
  return words.length > 0 ? words : null;
}

/**
 * True when the words of an apposition are a title owned by a country or body through its
 * possessive (", Turkey's environment minister,", ", Severnside's chief operating officer,"): they
 * describe the person as ", the environment minister," would.
 */
function ownedTitle(words: string[]): boolean {
  return words.length >= 3 && startsUpperCase(words[0]) && /^['’]s$/.test(words[1]) && isTitleHead(words[words.length - 1]);
}

/**
 * The organisation that "the <organisation noun>" at token k stands for when it is the subject
 * of a clause ("In a statement, the association said …"), resolved as a description against what
 * the index knows so far; null otherwise.
 */
function describedOrganisationSubject(ctx: ReadingContext, index: ReferenceIndex, k: number): Entity | null {
  const { tokens } = ctx;
  const noun = tokens[k + 1];
  if (ctx.lower[k] !== 'the' || !noun || ctx.quoteAt[k] >= 0 || !/^\p{Ll}/u.test(noun.value) || !isOrganisationNoun(noun.value)) return null;
  let v = k + 2;
  while (v < tokens.length && tokens[v].pos === 'ADV') v++;
  if (!(tokens[v]?.pos === 'VERB' || tokens[v]?.pos === 'AUX') || !opensClauseBefore(ctx, k)) return null;
  return resolveDescription(index, [noun.value.toLowerCase()], noun.value.toLowerCase(), true, tokens[k].start);
}

/**
 * The gender the text gives the subject named up to token `last` through the "he said" or "she
 * said" of the quote that follows, in the name's sentence or the next, before anyone else is named or
 * described ("Aurélien Morand said cracks had opened. “…,” he said": a man, whom a later "she"
 * does not mean); null when no such pronoun comes first.
 */
function genderFromQuotePronoun(ctx: ReadingContext, last: number): 'male' | 'female' | null {
  const { tokens } = ctx;
  const here = spanIndexAt(ctx.sentences, tokens[last].start);
  if (here < 0) return null;
  const end = ctx.sentences[here + 1]?.end ?? ctx.sentences[here].end;
  for (let k = last + 1; k < tokens.length && tokens[k].start < end && k - last <= 80; k++) {
    if (ctx.quoteAt[k] >= 0) continue;
    const v = tokens[k].value;
    if (ctx.nameAt[k] >= 0 && ctx.names[ctx.nameAt[k]].type === 'PERSON') return null;
    if (/^\p{Ll}/u.test(v) && tokens[k].pos === 'NOUN' && (isPersonNoun(v) || isTitleHead(v))) return null;
    if (!/^(?:he|she)$/i.test(v)) continue;
    const afterQuote = /^[”"’'»“]$/.test(tokens[k - 1]?.value ?? '');
    const verb = tokens[k + 1];
    if (!afterQuote || !verb || verb.pos !== 'VERB' || !isReportingVerb(verb.value)) return null;
    return /^he$/i.test(v) ? 'male' : 'female';
  }
  return null;
}

/**
 * The gender a sentence gives its subject through the first possessive or object pronoun after
 * the name ("Carvalho was unhappy with her side", "Smith said his team …"), before anyone else is
 * named, described or spoken of as "he" or "she" ("Lee said the defendant had signed the checks
 * to himself" says nothing of Lee, nor does "de Boor recalled that she kept it above her desk" of
 * de Boor); null when it says nothing, or when someone else is named before the name in its
 * sentence ("Mr Castellano's wife, Giulia, said they had cancelled a trip to see his sister").
 */
function genderFromPossessive(ctx: ReadingContext, first: number, last: number): 'male' | 'female' | null {
  if (personNamedBefore(ctx, first, first - 1)) return null;
  for (let k = last + 1; k < ctx.tokens.length && k - last <= 20; k++) {
    const v = ctx.tokens[k].value;
    if (/^[.;!?]$/.test(v) || ctx.quoteAt[k] >= 0 || (ctx.nameAt[k] >= 0 && ctx.names[ctx.nameAt[k]].type === 'PERSON')) return null;
    if (/^\p{Ll}/u.test(v) && ctx.tokens[k].pos === 'NOUN' && isPersonNoun(v)) return null;
    // "de Boor recalled that she kept a letter above her desk": the possessives after a "she" are hers.
    if (/^(?:he|she)$/i.test(v)) return null;
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
export function resolveDescription(index: ReferenceIndex, words: string[], head: string, organisation: boolean, offset: number, possessed = false, affiliation: string[] = []): Entity | null {
  const expanded = expand(words);
  const wantHead = isSpokespersonWord(head) ? 'spokesperson' : (expandTitleAbbreviation(head)?.slice(-1)[0] ?? head);
  const qualifiers = expanded.filter((w) => w !== wantHead && (isTitleWord(w) || isDemonym(capitalise(w))));
  const fits = (p: Profile): boolean => {
    if (organisation !== (p.entity.type !== 'PERSON')) return false;
    // "the club" is never the club a text names only in "the former Athletic Club coach".
    if (p.entity.type === 'ORG' && !index.organisationsNamedAlone.has(p.entity.key)) return false;
    // "the IPMAN chairman": an affiliation may be written as the initials of the organisation the person's titles spell out.
    if (!(p.words.has(wantHead) || (FIRM.has(wantHead) && [...FIRM].some((w) => p.words.has(w)))) || !affiliation.every((w) => p.words.has(w) || spellsInitialsOf(w, p.words))) return false;
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
  // "“…,” the director told AFP. … The director, Alseny Camara, said": a person the text names
  // with these words only after the description, within the next two sentences, is the one meant;
  // one it names so farther on may be too, so nobody in focus is credited.
  if (before.length === 0 && offset >= index.bodyStart && !organisation && after.length > 0) {
    const near = after.filter((e) => sentencesApart(index, offset, e.start) <= 2);
    return near.length === 1 ? near[0] : null;
  }
  const pool = before.length > 0 || offset >= index.bodyStart ? before : after;
  if (pool.length === 1) return pool[0];
  if (pool.length > 1) {
    // "the chairman said" with a chairman and a vice chairman named: the one without a rank below.
    const unranked = pool.filter((e) => ![...(index.profiles.get(e.key)?.words ?? [])].some((w) => LOWER_RANK.test(w) && !expanded.includes(w)));
    if (unranked.length === 1) return unranked[0];
    // "Foreign Minister A and her counterpart, Minister B, signed …. A said …. “…,” the minister
    // added": of the people it fits, the one in focus, as a pronoun there would be, unless another
    // of them is named after that mention ("Minister A met Minister B. “…,” the minister said").
    const focus = organisation ? null : resolvePronoun(index, null, offset, 700);
    if (!focus || !unranked.some((e) => e.key === focus.key)) return null;
    const others = new Set(unranked.filter((e) => e.key !== focus.key).map((e) => e.key));
    const namedSince = (e: Entity): boolean => others.has(e.key) && e.start > focus.start && e.start < offset;
    return index.bystanders.some(namedSince) || index.subjects.some((x) => namedSince(x.entity)) ? null : focus;
  }
  if (possessed) return null;
  if (organisation) {
    // "Hydro-Québec, which runs the dam, is not a party. In a statement, the utility said": a
    // subject the recogniser could not name, in this sentence or the one before, may be the one meant.
    const from = sentenceBeforeStart(index, offset);
    if (from !== null && unrecognisedSubjectBetween(index, from - 1, offset)) return null;
    // "The airline said" is never the aviation authority in focus: a business noun skips public bodies.
    const focus = organisationInFocus(index, offset);
    if (focus && !(COMPANY_NOUNS.has(wantHead) && PUBLIC_BODY_HEADS.test(headOfName(focus.text)))) return focus;
    return companyMentioned(index, wantHead, offset) ?? onlyBusinessNamed(index, wantHead, offset);
  }
  // Nobody was introduced with this description ("the Spaniard said", "the City boss said", "the
  // 87-year-old pontiff told …"): it stands for the person in focus, the last one named as a
  // subject in the last few sentences, unless that person holds another title the text gave.
  if (OTHER_PERSON_ROLE.test(wantHead)) return null;
  const focus = resolvePronoun(index, null, offset, 700);
  if (!focus) return null;
  const known = index.profiles.get(focus.key)?.words ?? new Set<string>();
  const otherTitle = isTitleHead(wantHead) && [...known].some((w) => isOfficeTitle(w) && w !== wantHead && !(TEAM_ROLES.has(w) && TEAM_ROLES.has(wantHead)));
  // "the 38-year-old" is not the person in focus when the text gave that person another age.
  const otherAge = AGE.test(wantHead) && [...known].some((w) => AGE.test(w) && w !== wantHead);
  // "the Rovers manager" is not the person in focus when the text tied that person to another organisation.
  const affiliations = index.profiles.get(focus.key)?.affiliations ?? new Set<string>();
  const otherAffiliation = affiliations.size > 0 && !affiliation.every((w) => affiliations.has(w));
  // "Halimé Issa, 34, who arrived in April, said …. The minister also appealed …": a public
  // office stands for someone the text put in office, not for a person it gave no title at all.
  const untitled = PUBLIC_OFFICE.test(wantHead) && ![...known].some(isOfficeTitle);
  // "the Dutch minister" is not the person in focus when the text made that person Belgian.
  const nationalities = [...qualifiers, ...affiliation].filter((q) => isDemonym(capitalise(q)));
  const otherNationality = nationalities.length > 0 && [...known].some((w) => isDemonym(capitalise(w)) && !nationalities.includes(w));
  return otherTitle || otherAge || otherAffiliation || untitled || otherNationality ? null : focus;
}

/**
 * The one person the text names after offset `offset`, at most `reach` sentences on, with the
 * description's head `head` among their titles ("The province's director of health said ….
 * “…,” she said. … The director, Ana Lima, said …"), when nobody named before that offset holds
 * it: the person the description stood for before the text named them. Null otherwise.
 */
export function namedLaterAs(index: ReferenceIndex, head: string, offset: number, reach = 6): Entity | null {
  const word = head.toLowerCase();
  let found: Entity | null = null;
  for (const profile of index.profiles.values()) {
    if (profile.entity.type !== 'PERSON' || !profile.words.has(word)) continue;
    if (profile.entity.start < offset) return null;
    if (sentencesApart(index, offset, profile.entity.start) > reach) continue;
    if (found) return null;
    found = profile.entity;
  }
  return found;
}

/** Public offices, which a text gives its holder before a description refers back to them ("the minister", "the mayor"). */
const PUBLIC_OFFICE = /^(?:minister|president|secretary|governor|mayor|senator|ambassador|envoy|chancellor|premier|commissioner|judge|justice|magistrate|prosecutor)$/;

/** Courtesy titles, which hold no office: "Mrs Kehinde Adebisi" may still be "the mother of four" or "the trader". */
const COURTESY_TITLE = /^(?:mr|mrs|ms|miss|mx)\.?$/;
/** True for a title that holds an office or rank, not a courtesy title ("minister", "Dr"; not "Mr", "Ms"). */
export function isOfficeTitle(word: string): boolean {
  return isTitleHead(word) && !COURTESY_TITLE.test(word);
}
const AGE = /^\d{1,3}-year-old$/;
/** Words for a business that news English uses one for the other ("Halvorsen Biologics, a Norwegian firm, … a company spokesman"). */
const FIRM = new Set(['company', 'firm']);
/** Qualifiers of a title one rank below it ("vice chairman", "deputy minister", "assistant coach"). */
const LOWER_RANK = /^(?:vice|deputy|assistant|associate|junior|under|acting|interim)$/;
/** A player's position and their role in the team go together: "club captain Jordan Esi … the defender said". */
const TEAM_ROLES = new Set(['captain', 'skipper', 'vice-captain', 'striker', 'forward', 'winger', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'batsman', 'bowler', 'pitcher', 'quarterback', 'substitute']);

/**
 * Resolves "it" (the subject of a verb of saying) to the organisation last named as a subject a
 * few sentences before ("Harbour Energy cut its forecast. “…,” it said."), or null.
 */
export function resolveOrganisationPronoun(index: ReferenceIndex, offset: number): Entity | null {
  return organisationInFocus(index, offset);
}

/**
 * Resolves "they", "both" or "the two leaders" at `offset` to the people last named together as
 * a subject (see the file comment), or null. `count`, when the phrase gives one ("the two
 * leaders"), must match the number of people.
 */
export function resolveJoint(index: ReferenceIndex, offset: number, count: number | null): Entity[] | null {
  const group = index.jointSubjects[countBefore(index.jointSubjects, offset, (g) => g.start) - 1];
  if (!group || offset >= group.reach || (count !== null && count !== group.names.length)) return null;
  // Anyone standing as a subject in [end of the group, offset) breaks the reference.
  const since = <T>(list: T[], at: (x: T) => number): boolean => countBefore(list, offset, at) > countBefore(list, group.end, at);
  if (since(index.subjects, (x) => x.entity.start) || since(index.organisationSubjects, (x) => x.start) || since(index.pluralParties, (x) => x)) return null;
  return group.names;
}

/** Descriptions that stand for a business ("the company said", "the firm added"). */
const COMPANY_NOUNS = new Set(['company', 'firm', 'group', 'business', 'carrier', 'airline', 'lender', 'bank', 'insurer', 'retailer', 'maker', 'manufacturer', 'producer', 'operator', 'supplier', 'giant', 'conglomerate', 'startup', 'start-up', 'chain', 'brand', 'developer', 'publisher', 'broadcaster', 'carmaker', 'automaker', 'miner', 'utility', 'brewer']);
/** True for a noun that stands for a business ("company", "firm", "airline"), not a public body. */
export function isBusinessNoun(word: string): boolean {
  return COMPANY_NOUNS.has(word);
}

/** Head words of public bodies and associations, which no "the company" stands for. */
const PUBLIC_BODY_HEADS = /^(?:ministry|department|office|council|commission|committee|assembly|parliament|congress|senate|court|tribunal|university|college|school|academy|institute|foundation|trust|charity|party|agency|association|federation|society|union|organisation|organization|alliance|league|coalition|front|movement|forces|force|army|navy|guard|police|service|authority|authorities|administration|board|bureau|directorate|secretariat|cabinet|government|club|team|church|mission|hospital|museum|observatory)$/i;

/**
 * "Shares in Hallbrook Foods fell. “…,” the company said.": a business description stands for the
 * one organisation named (in any position) in its sentence or the one before, when that name is
 * not a public body's and the article named it before (a story's company recurs; a chip standard
 * named once does not). Null otherwise.
 */
function companyMentioned(index: ReferenceIndex, head: string, offset: number): Entity | null {
  const from = sentenceBeforeStart(index, offset);
  if (!COMPANY_NOUNS.has(head) || from === null) return null;
  const end = countBefore(index.organisationMentions, offset, (e) => e.start);
  const keys = new Map<string, Entity>();
  for (let i = end - 1; i >= 0 && end - i <= 200 && index.organisationMentions[i].start >= from && keys.size < 2; i--) keys.set(index.organisationMentions[i].key, index.organisationMentions[i]);
  const [only] = keys.values();
  if (keys.size !== 1 || PUBLIC_BODY_HEADS.test(only.text.split(/\s+/).pop() ?? '')) return null;
  return (index.organisationFirstNamed.get(only.key) ?? from) < from ? only : null;
}

/**
 * "Marlow Petroleum … (three paragraphs on the hearing) … In a statement, the company said": a
 * business description with no organisation named in its sentence or the one before stands for the one business the article has named so
 * far, when it named it more than once (the story's company) and named no other business; public
 * bodies ("the ministry", "the state government") are no business and do not compete. Null otherwise.
 */
function onlyBusinessNamed(index: ReferenceIndex, head: string, offset: number): Entity | null {
  const from = sentenceBeforeStart(index, offset);
  if (!COMPANY_NOUNS.has(head) || from === null) return null;
  const end = countBefore(index.organisationMentions, offset, (e) => e.start);
  // An organisation named in this sentence or the one before may be meant: companyMentioned's case.
  if (end > 0 && index.organisationMentions[end - 1].start >= from) return null;
  const counts = new Map<string, { entity: Entity; count: number }>();
  for (let i = 0; i < end; i++) {
    const e = index.organisationMentions[i];
    if (PUBLIC_BODY_HEADS.test(headOfName(e.text))) continue;
    const seen = counts.get(e.key) ?? { entity: e, count: 0 };
    seen.count++;
    counts.set(e.key, seen);
    if (counts.size > 1) return null;
  }
  const [only] = counts.values();
  return only && only.count > 1 ? only.entity : null;
}

/** The head word of an organisation's name: the word before its first "of" ("Department of Water"), else its last ("Kestrel Mining"). */
function headOfName(name: string): string {
  const words = name.split(/\s+/);
  const of = words.findIndex((w, i) => i > 0 && w === 'of');
  return of > 0 ? words[of - 1] : words[words.length - 1];
}

/**
 * The organisation in focus for "the company said", "the ministry added", "it said" when no
 * organisation's name holds that word: the last organisation named (or described) as a subject in
 * the same sentence or the two before, or null.
 */
function organisationInFocus(index: ReferenceIndex, offset: number): Entity | null {
  const found = index.organisationSubjects[countBefore(index.organisationSubjects, offset, (e) => e.start) - 1];
  if (!found) return null;
  // A subject the recogniser could not name since ("Hydro-Québec, which runs the dam, is …") may be the one meant.
  if (unrecognisedSubjectBetween(index, found.start, offset)) return null;
  return sentencesApart(index, found.start, offset) <= 2 ? found.entity : null;
}

/** True when a subject that looks like a name the recogniser missed stands after offset `from` and before `offset`. */
function unrecognisedSubjectBetween(index: ReferenceIndex, from: number, offset: number): boolean {
  const latest = index.unrecognisedSubjects[countBefore(index.unrecognisedSubjects, offset, (x) => x) - 1];
  return latest !== undefined && latest > from;
}

/**
 * True when a place or organisation was the subject of a verb of saying after offset `from`, in
 * the sentence holding `offset` or the one before ("In Selo, village head Sutrisno said …. “…,” he said").
 */
function nonPersonSpeakerBefore(index: ReferenceIndex, from: number, offset: number): boolean {
  const list = index.nonPersonSpeakers;
  const latest = list[countBefore(list, offset, (x) => x) - 1];
  return latest !== undefined && latest > from && sentencesApart(index, latest, offset) <= 1;
}

function capitalise(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** True when two genders are both known and differ: a "she" never means someone known to be a man. */
function gendersClash(a: 'male' | 'female' | null, b: 'male' | 'female' | null): boolean {
  return a !== null && b !== null && a !== b;
}

/**
 * Resolves "he" or "she" at `offset` to the most recent person named as a subject before it
 * (within the last `window` characters), skipping people of the other gender (any gender when
 * `gender` is null); null when the most recent subject was a joint one or nobody fits, or when a
 * sentence between the subject's and the pronoun's introduces someone else who may be meant
 * ("Åkerlund has said …. The response carried a line from its director, Graham Berg. He wrote …").
 * The English given-name lists may misread a name from elsewhere ("Chanda", "Élie"): when nobody
 * of the pronoun's gender stands before it, the latest subject whose gender only the lists told
 * is the one meant if it stands in the pronoun's sentence or the one before (farther back, someone
 * unnamed may have spoken since: "A juror told the court …"); a name written with accents is not
 * even skipped for an older subject.
 */
export function resolvePronoun(index: ReferenceIndex, gender: 'male' | 'female' | null, offset: number, window = 3000): Entity | null {
  return pronounReferent(index, gender, offset, window).entity;
}

/**
 * The body described but never named that a "he" or "she" at `offset` stands for ("A spokesman
 * for the military fire brigade said …. He added"): the described subject {@link resolvePronoun}
 * settles on, when that one has no entity but a body; null otherwise.
 */
export function describedBodyOfPronoun(index: ReferenceIndex, gender: 'male' | 'female' | null, offset: number): { label: string; mention: Span } | null {
  const referent = pronounReferent(index, gender, offset, 3000);
  return referent.entity === null ? referent.body ?? null : null;
}

/**
 * The named organisation a "he" or "she" at `offset` speaks for: the one the described subject
 * {@link resolvePronoun} settles on speaks for ("A spokesman for the Ministry of Trade said …"),
 * null when that referent is a person or nobody.
 */
export function organisationOfPronoun(index: ReferenceIndex, gender: 'male' | 'female' | null, offset: number): Entity | null {
  const { entity } = pronounReferent(index, gender, offset, 3000);
  return entity?.type === 'ORG' ? entity : null;
}

/** What {@link resolvePronoun} settles on: an entity, or a described subject (see {@link DescribedSubject}). */
type Referent = { entity: Entity | null; body?: { label: string; mention: Span } };

/** The referent of a pronoun; see {@link resolvePronoun} for the story. */
function pronounReferent(index: ReferenceIndex, gender: 'male' | 'female' | null, offset: number, window: number): Referent {
  const topic = relativeTopicBefore(index, gender, offset);
  if (topic) return { entity: topic };
  const lo = countBefore(index.subjects, offset, (s) => s.entity.start);
  let misread: Entity | null = null;
  let k = lo - 1;
  for (; k >= 0; k--) {
    const { entity, joint } = index.subjects[k];
    // Someone the recogniser could not name since the last named subject: the pronoun may be theirs.
    if (offset - entity.start > window || unrecognisedSubjectBetween(index, entity.start, offset) || nonPersonSpeakerBefore(index, entity.start, offset)) break;
    if (joint) return NOBODY;
    const profile = index.profiles.get(entity.key);
    if (gendersClash(profile?.gender ?? null, gender)) {
      if (profile?.listGender) misread ??= entity;
      continue;
    }
    if (misread && index.profiles.get(misread.key)?.guessedGender) return NOBODY;
    return subjectMeant(index, entity, gender, offset);
  }
  if (misread && sentencesApart(index, misread.start, offset) <= 1) return subjectMeant(index, misread, gender, offset);
  if (k >= 0) return NOBODY;
  const described = describedSince(index, Math.max(-1, offset - window), gender, offset);
  // "A spokesman for the provincial government said …. One survivor, …, Espoir, said …. “…,” he
  // said": someone the recogniser could not name since is as likely meant.
  return described && !unrecognisedSubjectBetween(index, described.start, offset) ? described : NOBODY;
}

const NOBODY: Referent = { entity: null };

/** True when an item of `list` (sorted by `at`) stands at an offset in [from, to). */
function standsBetween<T>(list: T[], at: (x: T) => number, from: number, to: number): boolean {
  const k = countBefore(list, from, at);
  return k < list.length && at(list[k]) < to;
}

/**
 * The person a "he" or "she" at `offset` means when the sentence before names, outside any
 * subject, one person of a gender the pronoun may mean and that person heads a relative clause
 * ("The sharpest questioning came from the Greens senator Aisha Rahimi, who produced …. “…,” she
 * said"); null when someone stands as a subject (named, described, unnamed or a body) from that
 * sentence on, or another person who may be meant is named there.
 */
function relativeTopicBefore(index: ReferenceIndex, gender: 'male' | 'female' | null, offset: number): Entity | null {
  const k = countBefore(index.relativeTopics, offset, (e) => e.start) - 1;
  const topic = index.relativeTopics[k];
  if (!topic || sentencesApart(index, topic.start, offset) !== 1) return null;
  if (gendersClash(index.profiles.get(topic.key)?.gender ?? null, gender)) return null;
  const from = sentenceBeforeStart(index, offset) ?? topic.start;
  const within = <T>(list: T[], at: (x: T) => number): boolean => standsBetween(list, at, from, offset);
  const offsetOf = (at: number) => at;
  if (within(index.subjects, (s) => s.entity.start) || within(index.describedSubjects, (d) => d.start) || within(index.organisationSubjects, (o) => o.start)) return null;
  if (within(index.unrecognisedSubjects, offsetOf) || within(index.nonPersonSpeakers, offsetOf)) return null;
  const { bystanders } = index;
  for (let b = countBefore(bystanders, from, (e) => e.start); b < bystanders.length && bystanders[b].start < offset; b++) {
    const other = bystanders[b];
    if (other.key !== topic.key && !gendersClash(index.profiles.get(other.key)?.gender ?? null, gender)) return null;
  }
  return topic;
}

/** Where the sentence before the one holding offset `offset` starts (that sentence's own start when it is the first); null when no sentence holds the offset. */
function sentenceBeforeStart(index: ReferenceIndex, offset: number): number | null {
  const here = spanIndexAt(index.sentences, offset);
  return here < 0 ? null : index.sentences[Math.max(0, here - 1)].start;
}

/** How many sentences lie between the ones holding offsets `from` and `to` (0: the same sentence; infinitely many when either stands in none). */
function sentencesApart(index: ReferenceIndex, from: number, to: number): number {
  const here = spanIndexAt(index.sentences, to);
  const there = spanIndexAt(index.sentences, from);
  return here >= 0 && there >= 0 ? here - there : Number.POSITIVE_INFINITY;
}

/**
 * What a pronoun at `offset` means when `subject` is the latest person named as a subject that
 * fits it: a subject naming nobody by name since, or nobody when a bystander stands between them,
 * or else that person.
 */
function subjectMeant(index: ReferenceIndex, subject: Entity, gender: 'male' | 'female' | null, offset: number): Referent {
  // "Its chairman, Rohan Perera, said …. The 61-year-old said: …. Union leader Sunil Rajan
  // (CWU) welcomed it. “…,” he said": someone named after the description may be meant as well.
  const described = describedSince(index, subject.start, gender, offset);
  if (described) return bystanderBetween(index, described.start, described.entity?.key ?? null, gender, offset) ? NOBODY : described;
  return bystanderBetween(index, subject.start, subject.key, gender, offset) ? NOBODY : { entity: subject };
}

/**
 * The latest subject that names nobody by name ("a spokeswoman for the airport said …") after
 * offset `from` and before `offset`, of a gender the pronoun may mean; undefined when none stands
 * there. Its entity is who it stands for, or null when nobody can be told.
 */
function describedSince(index: ReferenceIndex, from: number, gender: 'male' | 'female' | null, offset: number): DescribedSubject | undefined {
  const list = index.describedSubjects;
  for (let k = countBefore(list, offset, (d) => d.start) - 1; k >= 0 && list[k].start > from; k--) {
    const d = list[k];
    if (gendersClash(d.gender, gender)) continue;
    const known = d.entity ? index.profiles.get(d.entity.key)?.gender ?? null : null;
    if (gendersClash(known, gender)) continue;
    return d;
  }
  return undefined;
}

/**
 * True when a person other than the subject at offset `at` (whose entity key is `key`, null for
 * nobody named), of a gender the pronoun may mean, is named outside any subject in a sentence
 * after the subject's and before the one of the pronoun at `offset`.
 */
function bystanderBetween(index: ReferenceIndex, at: number, key: string | null, gender: 'male' | 'female' | null, offset: number): boolean {
  const from = index.sentences[spanIndexAt(index.sentences, at)]?.end ?? at;
  const to = index.sentences[spanIndexAt(index.sentences, offset)]?.start ?? offset;
  const { bystanders } = index;
  for (let k = countBefore(bystanders, from, (e) => e.start); k < bystanders.length && bystanders[k].start < to; k++) {
    const other = bystanders[k];
    const known = index.profiles.get(other.key)?.gender ?? null;
    if (other.key !== key && !gendersClash(known, gender)) return true;
  }
  return false;
}
