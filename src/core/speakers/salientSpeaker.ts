/**
 * The last resort for a quote of speech still without a speaker: the paragraph's only speaker, as
 * a reader takes it. News prose names a speaker once and lets the paragraph run on in their voice;
 * when the quote's own paragraph names exactly one person or organisation as the subject of a verb
 * of saying (before or after the quote) and nobody else, the words are theirs ("Okafor said the
 * appeal would be lodged on Friday. The decision was, in her words, “a gift to every landlord”.").
 * Nobody is credited when:
 * - a verb of saying in the paragraph has a subject that cannot be told ("a trader said", "said
 *   one trader", a pronoun nobody fits) or is the listener of a passive ("was told by aides"), for
 *   someone else may be the speaker;
 * - the quote's own sentence holds a verb of saying or stance: the attribution has read that
 *   clause and found nobody sure ("was described by colleagues as “…”", "was told: “…”");
 * - the sentence names a written text (a report, a letter, a ruling), whose words they may be.
 * Only direct and partial quotes of body paragraphs are read (never scare quotes, titles,
 * headlines or quotes within quotes), and a speaker already found is never changed. Carrying the
 * previous paragraph's speaker or the speaker last heard over to such quotes was measured and
 * left out: on the development sets it credited only wrong speakers, titles and scare quotes.
 */
import type { Entity, Quote, Span } from '../types';
import type { Quotation } from '../quotes/findQuotations';
import { spanIndexAt, tokenAtOrAfter, type ReadingContext } from './readingContext';
import { finiteSayingAt, resolve, stanceAt, subjectBefore } from './readReportingClause';
import type { ReferenceIndex } from './resolveReference';
import { assignSpeaker } from './assignSpeaker';
import { readSpeakerForward } from './readSpeakerPhrase';
import { isPassiveAt } from './passiveVoice';

/** The one speaker a stretch of text credits with a verb of saying. */
interface SoleSpeaker {
  names: Entity[];
  cue: string;
  mention: Span;
}

/** Gives every speech quote still without a speaker its paragraph's only speaker, where it has one (see the file comment). */
export function creditSalientSpeakers(ctx: ReadingContext, index: ReferenceIndex, quotations: Quotation[], quotes: Quote[]): void {
  quotes.forEach((quote, i) => {
    const q = quotations[i];
    if (quote.speaker !== null || q.nested || (quote.kind !== 'direct' && quote.kind !== 'partial') || ctx.blocks[q.block].kind !== 'paragraph') return;
    if (quotesDocument(ctx, q) || reportedInOwnSentence(ctx, q)) return;
    const block = ctx.blocks[q.block];
    const own = paragraphSpeaker(ctx, index, block);
    if (own && !othersNamed(ctx, block, keysOf(own.names))) assignSpeaker(quote, own.names, own.cue, 'sentence-subject', own.mention);
  });
}

/**
 * The one speaker the paragraph credits with a verb of saying outside quotations: null when it
 * credits nobody, undefined when it credits more than one, someone who cannot be told ("a
 * witness said", "said one trader", a pronoun nobody fits) or a listener in a passive ("was
 * told"), for then nobody can be sure whose the words are.
 */
function paragraphSpeaker(ctx: ReadingContext, index: ReferenceIndex, block: Span): SoleSpeaker | null | undefined {
  let sole: SoleSpeaker | null = null;
  const first = spanIndexAt(ctx.sentences, block.start);
  for (let s = Math.max(first, 0); s < ctx.sentences.length && ctx.sentences[s].start < block.end; s++) {
    const floor = tokenAtOrAfter(ctx, ctx.sentences[s].start);
    const end = tokenAtOrAfter(ctx, Math.min(ctx.sentences[s].end, block.end));
    for (let k = floor; k < end; k++) {
      if (!finiteSayingAt(ctx, k)) continue;
      // "Berg was told by aides …": the subject of a passive listens; who spoke is unsure.
      if (isPassiveAt(ctx, k)) return undefined;
      // "“…,” said a witness": a subject after the verb when none stands before it; a verb whose
      // subject cannot be read either way neither credits nor excludes anyone.
      const ref = subjectBefore(ctx, k - 1, floor) ?? readSpeakerForward(ctx, k + 1, end)?.ref;
      if (!ref) continue;
      const names = resolve(index, ref, ctx.tokens[k].start);
      if (!names) return undefined;
      if (sole && !sameKeys(keysOf(sole.names), keysOf(names))) return undefined;
      sole ??= { names, cue: ctx.tokens[k].value, mention: ref.mention };
    }
  }
  return sole;
}

/** Nouns for a written text whose words a quote may give, with no speaker ("the report called it …", "the ruling said …"). */
const DOCUMENT_NOUN = /^(?:report|reports|document|documents|letter|letters|text|texts|filing|filings|ruling|judgment|judgement|indictment|papers|study|survey|paper|memo|email|e-mail|post|posts|tweet|message|book|article|guidance|guidelines|law|bill|act|lawsuit|suit|complaint|affidavit|transcript|minutes|charter|contract|agreement|decree|order|notice|sign|banner|placard|headline|caption|label|manual|policy|plan|proposal|review|audit|inquiry|verdict|resolution|declaration|communiqué|communique|petition|motion|summons|warrant|brief|submission|dossier|leaflet|website|statute|regulation|rules)$/i;

/**
 * True when the sentence the quote opens in names a written text outside quotations ("The report
 * described the wards as “dangerously understaffed”"): the words may be the document's, not any
 * speaker's.
 */
function quotesDocument(ctx: ReadingContext, q: Quotation): boolean {
  const s = spanIndexAt(ctx.sentences, q.open.start);
  if (s < 0) return false;
  const sentence = ctx.sentences[s];
  for (let k = tokenAtOrAfter(ctx, sentence.start); k < ctx.tokens.length && ctx.tokens[k].start < sentence.end; k++) {
    if (ctx.quoteAt[k] < 0 && ctx.tokens[k].pos !== 'VERB' && DOCUMENT_NOUN.test(ctx.tokens[k].value)) return true;
  }
  return false;
}

/**
 * True when the sentences the quote stands in hold a verb of saying or stance outside quotations:
 * a reporting clause of the quote's own, which the attribution has read already.
 */
function reportedInOwnSentence(ctx: ReadingContext, q: Quotation): boolean {
  const first = spanIndexAt(ctx.sentences, q.open.start);
  const last = spanIndexAt(ctx.sentences, Math.max(q.open.start, (q.close?.start ?? q.end) - 1));
  if (first < 0 || last < 0) return false;
  const end = tokenAtOrAfter(ctx, ctx.sentences[last].end);
  for (let k = tokenAtOrAfter(ctx, ctx.sentences[first].start); k < end; k++) if (ctx.quoteAt[k] < 0 && stanceAt(ctx, k)) return true;
  return false;
}

/**
 * True when someone other than those with the given keys is named outside quotations in a span: a
 * person, an organisation, or a place that is no adjunct of place, for a place after no
 * preposition acts ("Jakarta rejected the plan") or is a name taken for one ("Analyst Jo Park").
 */
function othersNamed(ctx: ReadingContext, span: Span, keys: Set<string>): boolean {
  for (let k = tokenAtOrAfter(ctx, span.start); k < ctx.tokens.length && ctx.tokens[k].start < span.end; k++) {
    if (ctx.quoteAt[k] >= 0 || ctx.nameAt[k] < 0) continue;
    const name = ctx.names[ctx.nameAt[k]];
    if (keys.has(name.key) || ctx.nameAt[k - 1] === ctx.nameAt[k]) continue;
    if (name.type !== 'PLACE' || ctx.tokens[k - 1]?.pos !== 'ADP') return true;
  }
  return false;
}

/** The entity keys of a speaker's names. */
function keysOf(names: Entity[]): Set<string> {
  return new Set(names.map((n) => n.key));
}

/** True when two sets of keys hold the same keys. */
function sameKeys(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((k) => b.has(k));
}
