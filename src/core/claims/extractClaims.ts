/**
 * Who asserts what in an article. Three kinds of claim, read only from the story's prose
 * (paragraphs and standfirst: never from headlines, captions, credits, bylines or link lines):
 *
 * - `quote`: every direct or partial quote of speech, with the speaker attribution found for it.
 * - `indirect`: reported speech without quotation marks. "Lavrov said (that) …", "X warned the
 *   conflict could …", "X told reporters on Monday the …" (the clause after the verb), "According
 *   to X, …" (the rest of the sentence) and "…, X said." (the sentence before the reporting clause).
 * - `numeric`: a sentence that asserts a quantity (a count, an amount of money, a percentage) and
 *   is not already someone's quoted or reported words; its speaker is the subject of a verb of
 *   saying or stance when there is one ("The United Nations has highlighted the need for about 100
 *   aid trucks a day"), else the outlet itself (null).
 *
 * A speaker that the text leaves unnamed ("officials said") keeps its words as the speaker's name
 * with a null key: the claim is theirs, not the outlet's.
 */
import { isTextBlock } from '../structure/detectBlocks';
import type { Quotation } from '../quotes/findQuotations';
import { accordingToAt, attributionClause, finiteSayingAt, resolve, stanceAt, subjectBefore, REACH } from '../speakers/readReportingClause';
import type { SpeakerRef } from '../speakers/readSpeakerPhrase';
import { countBefore, spanIndexAt, tokenAtOrAfter, type ReadingContext } from '../speakers/readingContext';
import type { ReferenceIndex } from '../speakers/resolveReference';
import type { Claim, Entity, Quote, Span } from '../types';

const NUMERIC_TYPES = new Set(['NUMBER', 'MONEY', 'PERCENT']);
/** Verbs whose object is who is told, before what is said ("told Reuters the …", "warned Israel that …"). */
const LISTENER_VERB = /^(?:told|tells|tell|informed|informs|assured|assures|reminded|reminds|warned|warns)$/i;

/** A claim's speaker fields from a reference: resolved names, or the words of an unnamed party. */
function speakerOf(ctx: ReadingContext, index: ReferenceIndex, ref: SpeakerRef | null, offset: number): { speaker: string | null; speakerKey: string | null } {
  if (!ref) return { speaker: null, speakerKey: null };
  const names = resolve(index, ref, offset);
  if (names) return { speaker: names.map((n) => n.canonical).join('; '), speakerKey: names.map((n) => n.key).join('; ') };
  if (ref.kind === 'unnamed' || ref.kind === 'description') return { speaker: ctx.text.slice(ref.mention.start, ref.mention.end), speakerKey: null };
  return { speaker: null, speakerKey: null };
}

/** Trims white space and trailing commas or full stops off a span. */
function trimmed(text: string, start: number, end: number): Span | null {
  while (start < end && /[\s,]/.test(text[start])) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1])) end--;
  return end - start >= 12 ? { start, end } : null;
}

/**
 * True when the quotations inside a span cover most of it (it is someone's quoted words, not
 * reported ones). `outer` holds the outermost quotations, sorted and disjoint: a binary search
 * finds the first that may overlap.
 */
function mostlyQuoted(outer: Quotation[], span: Span): boolean {
  let covered = 0;
  for (let i = countBefore(outer, span.start + 1, (q) => q.end); i < outer.length && outer[i].start < span.end; i++) covered += Math.min(outer[i].end, span.end) - Math.max(outer[i].start, span.start);
  return covered > 0.6 * (span.end - span.start);
}

/** Finds indirect speech in one sentence (see the file comment), or null. */
function indirectSpeech(ctx: ReadingContext, index: ReferenceIndex, sentence: Span, outerQuotations: Quotation[]): Claim | null {
  const { tokens, text } = ctx;
  const first = tokenAtOrAfter(ctx, sentence.start);
  const end = tokenAtOrAfter(ctx, sentence.end);
  if (end - first < 4) return null;
  const make = (clause: Span | null, ref: SpeakerRef | null, cue: string, at: number): Claim | null => {
    if (!clause || mostlyQuoted(outerQuotations, clause)) return null;
    return { ...clause, text: text.slice(clause.start, clause.end), kind: 'indirect', cue, ...speakerOf(ctx, index, ref, at) };
  };

  // "According to X, …"
  const opening = accordingToAt(ctx, first, end);
  if (opening) return make(trimmed(text, tokens[opening.comma].end, sentence.end), opening.found.ref, 'according to', sentence.start);

  // "The toll, according to the ministry, rose to 40.": the whole sentence, credited to its source.
  for (let k = first + 1; k < end - 2; k++) {
    if (tokens[k].value !== ',' || ctx.quoteAt[k] >= 0) continue;
    const according = accordingToAt(ctx, k + 1, end - 1);
    if (according) return make(trimmed(text, sentence.start, sentence.end), according.found.ref, 'according to', tokens[k + 1].start);
  }

  // "…, X said." / "…, said X." / "…, according to X."
  let last = end;
  while (last > first && /^[.!?]$/.test(tokens[last - 1].value)) last--;
  for (let k = last - 1; k > first && last - k <= 12; k--) {
    if (ctx.quoteAt[k] >= 0) break;
    if (tokens[k].value !== ',') continue;
    const found = attributionClause(ctx, k + 1, last);
    if (found && !hasClauseAfterVerb(ctx, k + 1, last, found.cue)) return make(trimmed(text, sentence.start, tokens[k].start), found.ref, found.cue, tokens[k + 1].start);
    break;
  }

  // "X said (that) …", "X warned the conflict could …", "X told reporters on Monday that …"
  for (let m = first; m < end && m - first < REACH; m++) {
    if (!finiteSayingAt(ctx, m)) continue;
    const clauseStart = complementStart(ctx, m, end);
    if (clauseStart < 0) continue;
    const ref = subjectBefore(ctx, m - 1, first) ?? plainSubject(ctx, m - 1, first);
    if (!ref) continue;
    return make(trimmed(text, tokens[clauseStart].start, sentence.end), ref, tokens[m].value, tokens[m].start);
  }
  return null;
}

/** A plain noun phrase right before a verb ("Aid groups said"), as a party the text leaves unnamed. */
function plainSubject(ctx: ReadingContext, last: number, floor: number): SpeakerRef | null {
  let k = last;
  while (k >= floor && last - k < 6 && /^(?:NOUN|PROPN|ADJ|DET|NUM)$/.test(ctx.tokens[k].pos) && ctx.quoteAt[k] < 0) k--;
  if (k === last || (k >= floor && !/^[,;:(—–]$/.test(ctx.tokens[k].value))) return null;
  return { kind: 'unnamed', mention: { start: ctx.tokens[k + 1].start, end: ctx.tokens[last].end } };
}

/** True when a finite verb other than the cue follows the cue before `limit` (the clause goes on). */
function hasClauseAfterVerb(ctx: ReadingContext, from: number, limit: number, cue: string): boolean {
  let k = from;
  while (k < limit && ctx.tokens[k].value !== cue) k++;
  for (k++; k < limit; k++) if (ctx.tokens[k].pos === 'VERB' || ctx.tokens[k].pos === 'AUX' || ctx.tokens[k].value === 'that') return true;
  return false;
}

/**
 * Where the reported clause after a verb of saying starts: after "that", or at the subject of a
 * clause that follows the verb (and an object such as "reporters" or a time such as "on Monday").
 * Returns -1 when no clause follows (a quote, a colon, nothing with a verb of its own).
 */
function complementStart(ctx: ReadingContext, verb: number, end: number): number {
  const { tokens } = ctx;
  // "said in a post on Telegram that …": an adjunct, then "that".
  for (let j = verb + 1; j < end && j - verb <= 10; j++) {
    const t = tokens[j];
    if (t.value === 'that') return hasFiniteVerb(ctx, j + 1, end) ? j + 1 : -1;
    if (t.pos === 'VERB' || t.pos === 'AUX' || ctx.quoteAt[j] >= 0 || /^[:;,.]$/.test(t.value)) break;
  }
  let k = verb + 1;
  // "told Reuters the deployment would …": the one told is not part of what was said.
  if (LISTENER_VERB.test(tokens[verb].value) && ctx.nameAt[k] >= 0) {
    const listener = ctx.nameAt[k];
    while (k < end && ctx.nameAt[k] === listener) k++;
  }
  for (let skipped = 0; k < end && skipped < 8; skipped++) {
    const t = tokens[k];
    if (t.value === 'that') return hasFiniteVerb(ctx, k + 1, end) ? k + 1 : -1;
    if (t.value === ':' || ctx.quoteAt[k] >= 0 || /^["“‘'«„]$/.test(t.value)) return -1;
    if (t.pos === 'ADP' || /^(?:reporters|journalists|parliament|lawmakers|the|a|an|on|in|at|last|this|next|him|her|them|us|me|also|later|earlier|told)$/i.test(t.value) || t.pos === 'PROPN' && isTimeWord(t.value)) {
      k++;
      continue;
    }
    break;
  }
  // A clause of its own: a subject (noun phrase or pronoun) then a finite verb within a few tokens.
  if (k >= end || !/^(?:NOUN|PROPN|PRON|DET|ADJ|NUM|ADV)$/.test(tokens[k].pos)) return -1;
  // The subject's article or adjectives were read as part of an adjunct: give them back ("on Monday | the bank").
  while (k - 1 > verb && /^(?:DET|ADJ)$/.test(tokens[k - 1].pos)) k--;
  for (let j = k + 1; j < end && j - k <= 8; j++) {
    if (tokens[j].pos === 'AUX') return k;
    // "the risks associated with …", "action based on …": a participle modifying a noun, not a verb of the clause.
    if (tokens[j].pos === 'VERB' && !/ing$/.test(tokens[j].value)) return /(?:ed|en)$/.test(tokens[j].value) && tokens[j + 1]?.pos === 'ADP' ? -1 : k;
    if (/^[,;:.]$/.test(tokens[j].value)) return -1;
  }
  return -1;
}

function isTimeWord(word: string): boolean {
  return /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/.test(word);
}

function hasFiniteVerb(ctx: ReadingContext, from: number, end: number): boolean {
  for (let k = from; k < end && k - from < 30; k++) if (ctx.tokens[k].pos === 'AUX' || ctx.tokens[k].pos === 'VERB') return true;
  return false;
}

/** The speaker of a numeric sentence and its verb: the subject of its first verb of saying or stance, if any. */
function numericSpeaker(ctx: ReadingContext, sentence: Span): { ref: SpeakerRef | null; cue: string | null } {
  const first = tokenAtOrAfter(ctx, sentence.start);
  const end = tokenAtOrAfter(ctx, sentence.end);
  for (let m = first; m < end && m - first < REACH; m++) {
    if (ctx.quoteAt[m] >= 0 || !stanceAt(ctx, m) || /ing$/.test(ctx.tokens[m].value)) continue;
    const ref = subjectBefore(ctx, m - 1, first);
    return { ref, cue: ref ? ctx.tokens[m].value : null };
  }
  return { ref: null, cue: null };
}

/**
 * Extracts the claims of an article (see the file comment), sorted by start. `quotes[i]` is the
 * attributed form of `quotations[i]`; `entities` gives the numbers, amounts and percentages.
 */
export function extractClaims(ctx: ReadingContext, index: ReferenceIndex, quotations: Quotation[], quotes: Quote[], entities: Entity[]): Claim[] {
  const claims: Claim[] = [];
  const outerQuotations = quotations.filter((q) => !q.nested);
  const prose = (offset: number): boolean => {
    const b = spanIndexAt(ctx.blocks, offset);
    return b >= 0 && isTextBlock(ctx.blocks[b].kind) && ctx.blocks[b].kind !== 'headline' && ctx.blocks[b].kind !== 'crosshead';
  };
  quotes.forEach((q, i) => {
    if (quotations[i].nested || (q.kind !== 'direct' && q.kind !== 'partial') || !prose(q.start)) return;
    claims.push({ start: q.start, end: q.end, text: q.text, kind: 'quote', speaker: q.speaker, speakerKey: q.speakerKey, cue: q.cue, quoteIndex: i });
  });

  // Sentences asserting a quantity in the reporter's words (a number inside a quotation is the speaker's).
  const numericSentences = new Set<number>();
  const quotedSentences = new Set<number>();
  for (const e of entities) {
    if (!NUMERIC_TYPES.has(e.type) || spanIndexAt(outerQuotations, e.start) >= 0) continue;
    const s = spanIndexAt(ctx.sentences, e.start);
    if (s >= 0) numericSentences.add(s);
  }
  for (const c of claims) {
    const s = spanIndexAt(ctx.sentences, c.start);
    if (s >= 0) quotedSentences.add(s);
  }
  ctx.sentences.forEach((sentence, s) => {
    if (!prose(sentence.start)) return;
    const indirect = indirectSpeech(ctx, index, sentence, outerQuotations);
    if (indirect) {
      claims.push(indirect);
      return;
    }
    if (!numericSentences.has(s) || quotedSentences.has(s)) return;
    const { ref, cue } = numericSpeaker(ctx, sentence);
    const speaker = speakerOf(ctx, index, ref, sentence.start);
    claims.push({ start: sentence.start, end: sentence.end, text: ctx.text.slice(sentence.start, sentence.end), kind: 'numeric', cue: speaker.speaker === null ? null : cue, ...speaker });
  });
  return claims.sort((a, b) => a.start - b.start || a.end - b.end);
}
