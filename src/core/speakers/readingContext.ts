/**
 * What the speaker attribution reads an article through: its tokens, which entity mention each
 * token belongs to, which quotation each token stands in, and the sentence and block of any
 * offset. Built once per article in linear time; every lookup is constant or logarithmic.
 */
import type { Token, TokenizedText } from '../nlp/engine';
import type { Block, Entity, Span } from '../types';
import type { Quotation } from '../quotes/findQuotations';
import type { SpeakerRef } from './readSpeakerPhrase';
import { spellOutNameTitle } from './titleAbbreviations';

/** An article prepared for speaker attribution. */
export interface ReadingContext {
  text: string;
  /** The word and punctuation tokens (white-space tokens left out). */
  tokens: Token[];
  /**
   * Each token's value in lower case, made once: the attribution compares the same token with
   * words in any capitalisation again and again (from every quote, claim and mention near it).
   */
  lower: string[];
  /** PERSON, ORG and PLACE mentions, sorted. */
  names: Entity[];
  /** For each token, the index in `names` of the mention covering it, or -1. */
  nameAt: Int32Array;
  /** For each token, the index among the outermost quotations of the one whose inside covers it, or -1. */
  quoteAt: Int32Array;
  sentences: Span[];
  blocks: Block[];
  /**
   * Per-token answers the attribution asks again and again, each computed on first use: 1 yes,
   * 0 no, -1 not asked yet (see {@link remembered}).
   */
  memo: { saying: Int8Array; stance: Int8Array; unrecognisedNameWord: Int8Array };
  /** For each token, where {@link beforeTitles} stops for a name starting there, once asked (-2: not asked yet). */
  titlesStart: Int32Array;
  /**
   * The subjects {@link subjectBefore} read, by the token it started from and how far back it
   * could look: claims, quotes and pronouns ask for the same verb's subject again and again.
   */
  subjectsRead: Map<number, SpeakerRef | null>;
}

/** Prepares the lookups of an article (see {@link ReadingContext}). */
export function buildReadingContext(text: string, tokenized: TokenizedText, entities: Entity[], quotations: Quotation[], sentences: Span[], blocks: Block[]): ReadingContext {
  // wink makes tokens of runs of line breaks; they are not words and would break adjacency.
  const tokens = tokenized.tokens.filter((t) => t.pos !== 'SPACE' && t.value.trim().length > 0);
  const names = entities.filter((e) => e.type === 'PERSON' || e.type === 'ORG' || e.type === 'PLACE');
  const unknown = (): Int8Array => new Int8Array(tokens.length).fill(-1);
  const memo = { saying: unknown(), stance: unknown(), unrecognisedNameWord: unknown() };
  const lower = tokens.map((t) => t.value.toLowerCase());
  return { text, tokens, lower, names, nameAt: coverTokens(tokens, names), quoteAt: coverTokens(tokens, quotations.filter((q) => !q.nested)), sentences, blocks, memo, titlesStart: new Int32Array(tokens.length).fill(-2), subjectsRead: new Map() };
}

/**
 * The answer `memo` keeps for token k, computed by `ask` the first time: a per-token question the
 * attribution asks many times (from every quote, claim and mention near it) is worked out once.
 * Tokens out of range get `ask`'s own answer, unremembered.
 */
export function remembered(ctx: ReadingContext, memo: Int8Array, k: number, ask: (ctx: ReadingContext, k: number) => boolean): boolean {
  if (k < 0 || k >= memo.length) return ask(ctx, k);
  if (memo[k] < 0) memo[k] = ask(ctx, k) ? 1 : 0;
  return memo[k] === 1;
}

/** Maps each token to the index of the sorted, disjoint span that covers it (or -1), by a sweep. */
function coverTokens(tokens: Token[], spans: Span[]): Int32Array {
  const at = new Int32Array(tokens.length).fill(-1);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (s < spans.length && spans[s].end <= tokens[i].start) s++;
    if (s < spans.length && spans[s].start <= tokens[i].start && tokens[i].end <= spans[s].end) at[i] = s;
  }
  return at;
}

/** Index of the first token starting at or after an offset (tokens.length when none). */
export function tokenAtOrAfter(ctx: ReadingContext, offset: number): number {
  let lo = 0;
  let hi = ctx.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * True when token k ends a clause: a full stop, question or exclamation mark, colon or semicolon,
 * but not the point of an abbreviation, which a letter, a comma or a closing bracket follows
 * right away ("Rep. Ana Ruiz, D-Calif., said", "Tom Eckersley, D-N.M., called", "(D-Calif.)"),
 * nor that of a title written short before a name ("The director, Engr. Olumide Bello, told").
 */
export function endsClauseAt(ctx: ReadingContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!/^[.;:!?]$/.test(t.value)) return false;
  if (t.value !== '.') return true;
  const before = ctx.tokens[k - 1];
  if (before && before.end === t.start && spellOutNameTitle(before.value) !== null) return false;
  return !/^[\p{L},)]/u.test(ctx.text.slice(t.end, t.end + 1));
}

/** True when a name that `counts` accepts is mentioned in [from, to) outside quotations. */
export function namedOutsideQuotes(ctx: ReadingContext, from: number, to: number, counts: (name: Entity) => boolean): boolean {
  for (let k = tokenAtOrAfter(ctx, from); k < ctx.tokens.length && ctx.tokens[k].start < to; k++) {
    if (ctx.quoteAt[k] >= 0 || ctx.nameAt[k] < 0) continue;
    if (counts(ctx.names[ctx.nameAt[k]])) return true;
  }
  return false;
}

/** Index of the span (sorted, disjoint) containing an offset, or -1. */
export function spanIndexAt(spans: Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else if (spans[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** How many items of a list sorted by `at` stand before `offset` (a binary search). */
export function countBefore<T>(list: T[], offset: number, at: (x: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at(list[mid]) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
