/**
 * Who may have said a quote the rules left without a speaker, and what the text says about each of
 * them: the input of the learned fallback (see learnedFallback.ts).
 *
 * The candidates are the people and organisations named near the quote: in its own paragraph, the
 * next one, and the {@link BLOCKS_BACK} paragraphs before it, plus whoever the rules credited with
 * an earlier quote in that stretch. On the annotated development corpus the right speaker is among
 * them for most quotes (scripts/train-speaker-model.mjs prints the share). Each candidate gets a
 * vector of {@link FEATURE_NAMES}: where it is named relative to the quote, whether it is the
 * subject of a verb of saying there, whether it spoke the quotes before and after, whether a "he"
 * or "she" by the quote agrees with it, and how prominent it is in the article. The quote itself
 * gets a vector of {@link NOBODY_FEATURE_NAMES}, the clues that nobody of them speaks (a short or
 * title-case quote, a sentence whose subject names nobody). Every feature lies between 0 and 1, so the
 * weights of the model read as the strength of each clue.
 */
import type { Quotation } from '../../quotes/findQuotations';
import type { Entity, Quote } from '../../types';
import { opensParagraph } from '../quoteLayout';
import { isTitleWord } from '../../entities/titles';
import { mainClauseSubject, resolve, stanceAt, subjectBefore } from '../readReportingClause';
import { spanIndexAt, tokenAtOrAfter, type ReadingContext } from '../readingContext';
import { isOrganisationNoun, isSpokespersonWord } from '../readSpeakerPhrase';
import { resolvePronoun, type ReferenceIndex } from '../resolveReference';

/** How many paragraphs before the quote's own a candidate may be named in. */
export const BLOCKS_BACK = 4;

/**
 * How far, in tokens, the window of candidates and the quote's sentence reach from the quote at
 * most, and how many quotes away a neighbour's speaker is looked for: a transcript or a book in one
 * "paragraph" must not make every quote read all of it.
 */
const WINDOW_TOKENS = 1000;
const SENTENCE_TOKENS = 120;
const NEIGHBOUR_QUOTES = 50;

/** The features of a (quote, candidate) pair, in the order of the model's weights. */
export const FEATURE_NAMES = [
  'person',
  'organisation',
  'sameSentenceBefore',
  'sameSentenceAfter',
  'sameParagraphBefore',
  'sameParagraphAfter',
  'previousParagraph',
  'twoToFourParagraphsBefore',
  'nextParagraph',
  'namedOnlyInsideQuotes',
  'mostRecentNamed',
  'secondMostRecentNamed',
  'tokenDistanceBefore',
  'sayingSubjectSameParagraph',
  'sayingSubjectNearbyParagraph',
  'lastMentionAfterPreposition',
  'lastMentionPossessive',
  'previousQuoteSpeaker',
  'previousSpeakerNoOtherPersonSince',
  'previousSpeakerAndQuoteOpensParagraph',
  'nextQuoteSpeaker',
  'timesQuoted',
  'timesNamed',
  'namedInHeadline',
  'partialQuoteSameSentenceBefore',
  'pronounAgrees',
  'pronounDisagrees',
  'organisationWordNearAndOrganisation',
  'pluralSubjectNearAndOrganisation',
  'otherPeopleInParagraph',
  'lastMentionIsClauseSubject',
  'previousSpeakerSameParagraph',
  'subjectOfQuoteSentence',
  'subjectOfNearestVerbBeforeQuote',
  'pronounResolvesToCandidate',
  'titleWordNearQuote',
  'sentencesSinceLastMention',
] as const;

/**
 * The features of the quote itself, which weigh for the answer "nobody named here said it": a
 * scare quote or a title the layout took for speech, an unnamed speaker ("said a trader"), a quote
 * whose speaker is named farther away. `always` is 1, the bias of that answer.
 */
export const NOBODY_FEATURE_NAMES = [
  'always',
  'rulesFoundNobody',
  'partialQuote',
  'headlineQuote',
  'quoteLength',
  'quoteOfThreeWordsOrFewer',
  'quoteInFirstPerson',
  'quoteEndsWithPunctuation',
  'quoteInTitleCase',
  'sayingVerbInSentence',
  'nobodyNamedBefore',
  'quoteSentenceSubjectUnnamed',
  'nearestVerbBeforeQuoteHasNoNamedSubject',
] as const;

/** A person or organisation that may have said a quote, with its feature vector. */
export interface SpeakerCandidate {
  /** A mention of the candidate (the last one before the quote, or else the first one after it). */
  entity: Entity;
  features: number[];
}

/** Who may have said a quote: the candidates, and the features of the answer "nobody of them". */
export interface SpeakerChoices {
  candidates: SpeakerCandidate[];
  nobody: number[];
}

/** Counts over the whole article that every quote's candidates share, made once per article. */
export interface ArticleTallies {
  /** Mentions of each person or organisation, by entity key. */
  named: Map<string, number>;
  /** Quotes the rules credited to each, by entity key (joint speakers count for each). */
  quoted: Map<string, number>;
  /** Keys named in the headline or standfirst. */
  inHeadline: Set<string>;
}

/** Words of a speaker speaking of themselves: quoted speech, rarely a scare quote or a title. */
const FIRST_PERSON = /^(?:i|i'm|i've|i'd|i'll|me|my|mine|we|we're|we've|we'll|us|our|ours)[,.;:!?]*$/i;

const PRONOUN_GENDER: Record<string, 'male' | 'female'> = { he: 'male', him: 'male', his: 'male', she: 'female', her: 'female' };

/** True for the quotes a speaker is looked for: speech, not scare quotes, titles nor quotes within quotes. */
export function isSpeech(quote: Quote, q: Quotation): boolean {
  return quote.kind !== 'scare' && quote.kind !== 'title' && !q.nested;
}

/** Counts the mentions and credited quotes of everyone named, and who the headline names. */
export function tallyArticle(ctx: ReadingContext, quotes: Quote[]): ArticleTallies {
  const named = new Map<string, number>();
  const inHeadline = new Set<string>();
  for (const e of ctx.names) {
    if (e.type === 'PLACE') continue;
    named.set(e.key, (named.get(e.key) ?? 0) + 1);
    const kind = ctx.blocks[spanIndexAt(ctx.blocks, e.start)]?.kind;
    if (kind === 'headline' || kind === 'standfirst') inHeadline.add(e.key);
  }
  const quoted = new Map<string, number>();
  for (const q of quotes) for (const key of q.speakerKey?.split('; ') ?? []) quoted.set(key, (quoted.get(key) ?? 0) + 1);
  return { named, quoted, inHeadline };
}

/** Where one candidate is named around the quote, gathered in one pass over the window's mentions. */
interface Sightings {
  entity: Entity;
  lastBefore: number;
  /** The sentence of the last mention before the quote (-1 when none). */
  lastBeforeSentence: number;
  outsideQuotes: boolean;
  flags: Set<string>;
}

/** The first token index of the mention covering token k, walking back through the same mention. */
function mentionFirstToken(ctx: ReadingContext, k: number): number {
  let f = k;
  while (f > 0 && ctx.nameAt[f - 1] === ctx.nameAt[k]) f--;
  return f;
}

/** True when a verb of saying or stance follows the mention ending at token `last` within three tokens, no other name between. */
function sayingFollows(ctx: ReadingContext, last: number): boolean {
  for (let k = last + 1; k < ctx.tokens.length && k <= last + 4; k++) {
    if (ctx.nameAt[k] >= 0 || ctx.quoteAt[k] >= 0 || /^[.;:!?]$/.test(ctx.tokens[k].value)) return false;
    if (stanceAt(ctx, k)) return true;
  }
  return false;
}

/**
 * Whom the subject of the verb of saying or stance nearest before the opening mark (in the quote's
 * sentence) names: their keys, empty when the subject names nobody ("a schoolgirl who had written:
 * “…”"), undefined when no such verb stands there.
 */
function nearestVerbSubject(ctx: ReadingContext, index: ReferenceIndex, from: number, openTok: number): string[] | undefined {
  for (let m = openTok - 1; m >= from; m--) {
    if (ctx.quoteAt[m] >= 0 || !stanceAt(ctx, m)) continue;
    const ref = subjectBefore(ctx, m - 1, from);
    return ref ? resolve(index, ref, ref.mention.start)?.map((e) => e.key) ?? [] : [];
  }
  return undefined;
}

/**
 * True when a title the text gave the candidate ("chair", "minister", "spokeswoman": words of its
 * profile that are titles, not words of its name) stands among the words around the quote ("…,”
 * the chair said"), wherever in the article the candidate was given it.
 */
function titleWordNear(index: ReferenceIndex, key: string, around: Set<string>): boolean {
  const profile = index.profiles.get(key);
  if (!profile) return false;
  const nameWords = new Set(profile.entity.canonical.toLowerCase().split(/\s+/));
  for (const w of profile.words) if (around.has(w) && !nameWords.has(w) && isTitleWord(w)) return true;
  return false;
}

/** Tokens [from, to) outside quotations, lower case. */
function wordsOutsideQuotes(ctx: ReadingContext, from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k < to; k++) if (ctx.quoteAt[k] < 0) out.push(ctx.lower[k]);
  return out;
}

/** The speaker keys of the nearest speech quote before (step -1) or after (step 1) quote i that has one, within the given blocks. */
function neighbourSpeaker(quotations: Quotation[], quotes: Quote[], i: number, step: 1 | -1, minBlock: number, maxBlock: number): { keys: string[]; quotation: Quotation } | null {
  for (let j = i + step; j >= 0 && j < quotes.length && Math.abs(j - i) <= NEIGHBOUR_QUOTES; j += step) {
    const q = quotations[j];
    if (q.block < minBlock || q.block > maxBlock) return null;
    if (isSpeech(quotes[j], q) && quotes[j].speakerKey) return { keys: quotes[j].speakerKey!.split('; '), quotation: q };
  }
  return null;
}

/**
 * The candidates for quote i with their features (see {@link FEATURE_NAMES}; none when nobody is
 * named near it) and the features of the quote (see {@link NOBODY_FEATURE_NAMES}). Reads the
 * speakers the rules gave the other quotes, never changes anything.
 */
export function speakerCandidates(ctx: ReadingContext, index: ReferenceIndex, quotations: Quotation[], quotes: Quote[], i: number, tallies: ArticleTallies): SpeakerChoices {
  const q = quotations[i];
  const quote = quotes[i];
  const { tokens, blocks, sentences } = ctx;
  const b = q.block;
  const openTok = tokenAtOrAfter(ctx, q.open.start);
  const closeEnd = q.close?.end ?? q.end;
  const closeTok = tokenAtOrAfter(ctx, closeEnd);
  const openSentence = spanIndexAt(sentences, q.open.start);
  const closeSentence = spanIndexAt(sentences, Math.max(q.open.start, (q.close?.start ?? q.end) - 1));
  const firstBlock = Math.max(0, b - BLOCKS_BACK);
  const lastBlock = Math.min(blocks.length - 1, b + 1);
  const from = Math.max(tokenAtOrAfter(ctx, blocks[firstBlock].start), openTok - WINDOW_TOKENS);
  const to = Math.min(tokenAtOrAfter(ctx, blocks[lastBlock].end), closeTok + WINDOW_TOKENS);

  // Who is named where in the window, one pass over its tokens.
  const seen = new Map<string, Sightings>();
  for (let k = from; k < to; k++) {
    const n = ctx.nameAt[k];
    if (n < 0 || ctx.nameAt[k + 1] === n) continue;
    const e = ctx.names[n];
    if (e.type === 'PLACE') continue;
    const first = mentionFirstToken(ctx, k);
    const s = seen.get(e.key) ?? { entity: e, lastBefore: -1, lastBeforeSentence: -1, outsideQuotes: false, flags: new Set<string>() };
    seen.set(e.key, s);
    if (ctx.quoteAt[k] >= 0) continue;
    s.outsideQuotes = true;
    const block = spanIndexAt(blocks, e.start);
    const sentence = spanIndexAt(sentences, e.start);
    const before = e.end <= q.open.start;
    if (before) {
      s.lastBefore = k;
      s.lastBeforeSentence = sentence;
      s.entity = e;
      s.flags.delete('afterPreposition');
      s.flags.delete('possessive');
      if (tokens[first - 1]?.pos === 'ADP') s.flags.add('afterPreposition');
      if (/^['’]s?$/.test(tokens[k + 1]?.value ?? '')) s.flags.add('possessive');
    } else if (e.start < closeEnd) continue;
    if (sentence === openSentence && before) s.flags.add('sameSentenceBefore');
    else if (sentence === closeSentence && !before) s.flags.add('sameSentenceAfter');
    else if (block === b) s.flags.add(before ? 'sameParagraphBefore' : 'sameParagraphAfter');
    else if (block === b - 1) s.flags.add('previousParagraph');
    else if (block < b) s.flags.add('twoToFourParagraphsBefore');
    else s.flags.add('nextParagraph');
    if (sayingFollows(ctx, k)) s.flags.add(block === b ? 'sayingSubjectSameParagraph' : 'sayingSubjectNearbyParagraph');
  }
  // Whoever the rules credited with a quote in the window is a candidate even when named farther back.
  const previous = neighbourSpeaker(quotations, quotes, i, -1, firstBlock, b);
  const next = neighbourSpeaker(quotations, quotes, i, 1, b, lastBlock);
  for (const key of previous?.keys ?? []) {
    const profile = index.profiles.get(key);
    if (!seen.has(key) && profile) seen.set(key, { entity: profile.entity, lastBefore: -1, lastBeforeSentence: -1, outsideQuotes: true, flags: new Set<string>() });
  }

  const recency = [...seen.values()].filter((s) => s.lastBefore >= 0).sort((x, y) => y.lastBefore - x.lastBefore);
  // A person named since the previous quote's speaker may be the one now speaking.
  const sincePrevious = new Set<string>();
  if (previous) {
    for (let k = Math.max(from, tokenAtOrAfter(ctx, previous.quotation.close?.end ?? previous.quotation.end)); k < openTok; k++) {
      const n = ctx.nameAt[k];
      if (n >= 0 && ctx.quoteAt[k] < 0 && ctx.names[n].type === 'PERSON') sincePrevious.add(ctx.names[n].key);
    }
  }
  // The words around the quote in its sentences, outside the marks.
  const sentenceFrom = Math.max(openTok - SENTENCE_TOKENS, tokenAtOrAfter(ctx, openSentence >= 0 ? sentences[openSentence].start : blocks[b].start));
  const sentenceTo = Math.min(closeTok + SENTENCE_TOKENS, tokenAtOrAfter(ctx, closeSentence >= 0 ? sentences[closeSentence].end : blocks[b].end));
  const before = wordsOutsideQuotes(ctx, sentenceFrom, openTok);
  const after = wordsOutsideQuotes(ctx, closeTok, sentenceTo);
  const around = before.concat(after);
  // The "he" or "she" nearest the quote: right after it ("…,” she said) or else the last before it.
  const pronoun = after.slice(0, 3).map((w) => PRONOUN_GENDER[w]).find((g) => g !== undefined) ?? before.map((w) => PRONOUN_GENDER[w]).filter((g) => g !== undefined).pop() ?? null;
  // Whom that pronoun stands for by the rules' own reading of pronouns (the last fitting subject).
  const pronounReferent = pronoun !== null ? resolvePronoun(index, pronoun, q.open.start)?.key ?? null : null;
  const wordsAround = new Set(around);
  const organisationWord = around.some((w) => isSpokespersonWord(w) || isOrganisationNoun(w));
  const pluralSubject = around.some((w) => w === 'they' || w === 'we');
  let sayingVerb = false;
  for (let k = sentenceFrom; k < sentenceTo && !sayingVerb; k++) sayingVerb = ctx.quoteAt[k] < 0 && stanceAt(ctx, k);
  const peopleInParagraph = new Set<string>();
  for (const s of seen.values()) if (s.entity.type === 'PERSON' && [...s.flags].some((f) => f.startsWith('same'))) peopleInParagraph.add(s.entity.key);
  const opens = opensParagraph(ctx, q);
  // The subject of the main clause the quote stands in, and whom it names ("Of the eleven, the
  // oldest has asked that his age not be printed “in case …”" names nobody).
  const subject = sentenceFrom < openTok ? mainClauseSubject(ctx, sentenceFrom, openTok)?.ref ?? null : null;
  const subjectKeys = subject ? resolve(index, subject, subject.mention.start)?.map((e) => e.key) ?? [] : [];
  const verbSubjectKeys = nearestVerbSubject(ctx, index, sentenceFrom, openTok);
  const partial = quote.kind === 'partial';
  const quoteWords = quote.text.split(/\s+/).filter((w) => /\p{L}|\d/u.test(w));
  const words = quoteWords.length;
  const firstPerson = quoteWords.some((w) => FIRST_PERSON.test(w));
  const titleCase = words >= 2 && quoteWords.filter((w) => /^\p{Lu}/u.test(w)).length / words > 0.6;
  const subjectStarts = new Set([...index.subjects.map((x) => x.entity.start), ...index.organisationSubjects.map((x) => x.start)]);

  const candidates = [...seen.entries()].map(([key, s]) => {
    const rank = recency.indexOf(s);
    const gender = s.entity.type === 'PERSON' ? index.profiles.get(key)?.gender ?? null : null;
    const wasPrevious = previous?.keys.includes(key) ?? false;
    const othersSince = [...sincePrevious].some((k) => k !== key);
    const has = (f: string) => (s.flags.has(f) ? 1 : 0);
    const org = s.entity.type === 'ORG' ? 1 : 0;
    const values: Record<(typeof FEATURE_NAMES)[number], number> = {
      person: 1 - org,
      organisation: org,
      sameSentenceBefore: has('sameSentenceBefore'),
      sameSentenceAfter: has('sameSentenceAfter'),
      sameParagraphBefore: has('sameParagraphBefore'),
      sameParagraphAfter: has('sameParagraphAfter'),
      previousParagraph: has('previousParagraph'),
      twoToFourParagraphsBefore: has('twoToFourParagraphsBefore'),
      nextParagraph: has('nextParagraph'),
      namedOnlyInsideQuotes: s.outsideQuotes ? 0 : 1,
      mostRecentNamed: rank === 0 ? 1 : 0,
      secondMostRecentNamed: rank === 1 ? 1 : 0,
      tokenDistanceBefore: s.lastBefore >= 0 ? Math.min(1, Math.log1p(openTok - s.lastBefore) / 6) : 1,
      sayingSubjectSameParagraph: has('sayingSubjectSameParagraph'),
      sayingSubjectNearbyParagraph: has('sayingSubjectNearbyParagraph'),
      lastMentionAfterPreposition: has('afterPreposition'),
      lastMentionPossessive: has('possessive'),
      previousQuoteSpeaker: wasPrevious ? 1 : 0,
      previousSpeakerNoOtherPersonSince: wasPrevious && !othersSince ? 1 : 0,
      previousSpeakerAndQuoteOpensParagraph: wasPrevious && opens ? 1 : 0,
      nextQuoteSpeaker: next?.keys.includes(key) ? 1 : 0,
      timesQuoted: Math.min(1, Math.log1p(tallies.quoted.get(key) ?? 0) / 3),
      timesNamed: Math.min(1, Math.log1p(tallies.named.get(key) ?? 0) / 3),
      namedInHeadline: tallies.inHeadline.has(key) ? 1 : 0,
      partialQuoteSameSentenceBefore: partial && s.flags.has('sameSentenceBefore') ? 1 : 0,
      pronounAgrees: pronoun !== null && gender === pronoun ? 1 : 0,
      pronounDisagrees: pronoun !== null && (org === 1 || (gender !== null && gender !== pronoun)) ? 1 : 0,
      organisationWordNearAndOrganisation: organisationWord ? org : 0,
      pluralSubjectNearAndOrganisation: pluralSubject ? org : 0,
      otherPeopleInParagraph: Math.min(1, [...peopleInParagraph].filter((k) => k !== key).length / 3),
      lastMentionIsClauseSubject: s.lastBefore >= 0 && subjectStarts.has(s.entity.start) ? 1 : 0,
      previousSpeakerSameParagraph: wasPrevious && previous?.quotation.block === b ? 1 : 0,
      subjectOfQuoteSentence: subjectKeys.includes(key) ? 1 : 0,
      subjectOfNearestVerbBeforeQuote: verbSubjectKeys?.includes(key) ? 1 : 0,
      pronounResolvesToCandidate: pronounReferent === key ? 1 : 0,
      titleWordNearQuote: titleWordNear(index, key, wordsAround) ? 1 : 0,
      sentencesSinceLastMention: s.lastBeforeSentence >= 0 && openSentence >= 0 ? Math.min(1, Math.max(0, openSentence - s.lastBeforeSentence) / 8) : 1,
    };
    return { entity: s.entity, features: FEATURE_NAMES.map((f) => values[f]) };
  });
  const nobody: Record<(typeof NOBODY_FEATURE_NAMES)[number], number> = {
    always: 1,
    rulesFoundNobody: quote.speaker === null ? 1 : 0,
    partialQuote: partial ? 1 : 0,
    headlineQuote: quote.kind === 'headline' ? 1 : 0,
    quoteLength: Math.min(1, Math.log1p(words) / Math.log(41)),
    quoteOfThreeWordsOrFewer: words <= 3 ? 1 : 0,
    quoteInFirstPerson: firstPerson ? 1 : 0,
    quoteEndsWithPunctuation: /[.,!?…]\s*$/.test(quote.text) ? 1 : 0,
    quoteInTitleCase: titleCase ? 1 : 0,
    sayingVerbInSentence: sayingVerb ? 1 : 0,
    nobodyNamedBefore: recency.length === 0 ? 1 : 0,
    quoteSentenceSubjectUnnamed: subject && subjectKeys.length === 0 ? 1 : 0,
    nearestVerbBeforeQuoteHasNoNamedSubject: verbSubjectKeys?.length === 0 ? 1 : 0,
  };
  return { candidates, nobody: NOBODY_FEATURE_NAMES.map((f) => nobody[f]) };
}
