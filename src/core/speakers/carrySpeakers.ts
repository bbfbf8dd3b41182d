/**
 * Speakers carried across sentences and paragraphs, for quotes that have no attribution of their
 * own:
 * - a quote paragraph after a paragraph ending with a colon is that sentence's subject's;
 * - a quote standing alone after a sentence of reported speech goes on with its speaker;
 * - the parts of a quotation running over several paragraphs share one speaker;
 * - a quote standing alone after another attributed quote continues that speaker, unless someone
 *   else is named in between;
 * - a quote standing alone after a sentence about one person is that person's (see
 *   followSubjectInFocus.ts);
 * - a headline or standfirst quote takes the speaker of the body quote that repeats its words
 *   (see echoSummaryQuotes.ts).
 */
import type { Quote, Span } from '../types';
import type { Quotation } from '../quotes/findQuotations';
import { namedOutsideQuotes, spanIndexAt, tokenAtOrAfter, type ReadingContext } from './readingContext';
import { attributionClause, firstSayingSubject, mainClauseSubject, resolve, sayingAt } from './readReportingClause';
import type { ReferenceIndex } from './resolveReference';
import { blockBefore, fillsParagraph, opensParagraph, previousSentenceFor, standsAlone } from './quoteLayout';
import { echoSummaryQuotes } from './echoSummaryQuotes';
import { followSubjectInFocus } from './followSubjectInFocus';
import { assignSpeaker, copySpeaker } from './assignSpeaker';

/**
 * Gives quotes still without a speaker the one their context carries (see the file comment), in
 * that order. Never overrides a speaker already found.
 */
export function carrySpeakers(ctx: ReadingContext, index: ReferenceIndex, quotations: Quotation[], quotes: Quote[]): void {
  introducedByColon(ctx, index, quotations, quotes);
  followIndirectSpeech(ctx, index, quotations, quotes);
  followSubjectInFocus(ctx, index, quotations, quotes);
  shareAcrossParts(quotations, quotes);
  continueQuoteParagraphs(ctx, quotations, quotes);
  echoSummaryQuotes(ctx, quotations, quotes);
}

/** Parts of one multi-paragraph quotation share the speaker one of them was given. */
function shareAcrossParts(quotations: Quotation[], quotes: Quote[]): void {
  let chainStart = 0;
  for (let i = 0; i < quotations.length; i++) {
    if (!quotations[i].continued) chainStart = i;
    if (quotations[i].continues) continue;
    const chain = quotes.slice(chainStart, i + 1).filter((_, k) => !quotations[chainStart + k].nested);
    const source = chain.find((q) => q.speaker !== null);
    if (!source || chain.length < 2) continue;
    for (const q of chain) {
      if (q.speaker !== null || q.kind === 'scare' || q.kind === 'title') continue;
      copySpeaker(q, source, source.cue, { method: 'continuation', mention: source.attribution?.mention ?? null });
    }
  }
}

/**
 * A quote that stands as a sentence of its own with no attribution continues the speaker of the
 * quote before it, the common layout of a long statement: `“…,” Merriman said. “The reaction was
 * magnificent.”`, or a paragraph that opens with a quote right after a paragraph whose last quote
 * was attributed (see {@link continuesTurn}). Nobody else may be named in between (outside
 * quotations), or the chain breaks. After an exchange between two speakers in the two paragraphs
 * before, a paragraph of questions and answers takes the turn of the one who spoke two paragraphs
 * up, and any other paragraph nobody's.
 */
function continueQuoteParagraphs(ctx: ReadingContext, quotations: Quotation[], quotes: Quote[]): void {
  let previous = -1;
  let beforePrevious = -1;
  for (let i = 0; i < quotes.length; i++) {
    const q = quotations[i];
    if (q.nested) continue;
    const p = previous;
    const pp = beforePrevious;
    beforePrevious = previous;
    previous = i;
    // "‘Were those men on a bus?’ she asked. / ‘I don't believe they were,’ he said. / ‘Then
    // what were they paying for?’": in an exchange of questions and answers the turns alternate.
    if (p >= 0 && pp >= 0 && quotations[p].block !== q.block && quotations[pp].block === blockBefore(ctx, quotations[p].block) && quotes[pp].speakerKey !== null && quotes[pp].speakerKey !== quotes[p].speakerKey) {
      const questions = isQuestion(quotes[i]) || isQuestion(quotes[p]);
      if (questions && quotes[i].speaker === null && quotes[i].kind === 'direct' && fillsParagraph(ctx, q) && quotations[p].block === blockBefore(ctx, q.block)) copySpeaker(quotes[i], quotes[pp], null, { method: 'continuation', mention: quotes[pp].attribution?.mention ?? null });
      continue;
    }
    if (p < 0 || quotes[i].speaker !== null || quotes[i].kind !== 'direct' || quotes[p].speaker === null || quotes[p].kind !== 'direct' || !inParagraph(ctx, q)) continue;
    const before = quotations[p];
    const sameBlock = before.block === q.block;
    // Names in the previous quote's own attribution ("said X, an analyst at Berenberg.") do not count.
    const attributed = spanIndexAt(ctx.sentences, (before.close?.end ?? before.end) - 1);
    const from = attributed >= 0 ? Math.max(ctx.sentences[attributed].end, before.close?.end ?? before.end) : before.close?.end ?? before.end;
    if (sameBlock ? !standsAlone(ctx, q) : !(before.block === blockBefore(ctx, q.block) && continuesTurn(ctx, before, q, from, quotes[p].speakerKey ?? ''))) continue;
    if (someoneElseNamed(ctx, from, q.open.start, quotes[p].speakerKey ?? '')) continue;
    copySpeaker(quotes[i], quotes[p], null, { method: 'continuation', mention: quotes[p].attribution?.mention ?? null });
  }
}

/**
 * True when a quotation stands in a paragraph of the story: a crosshead, caption or headline quote
 * sums up what a story says, often ahead of whoever says it ("‘No room to turn round’" over the
 * diver's account), and goes on with no speaker before it (see echoSummaryQuotes.ts).
 */
function inParagraph(ctx: ReadingContext, q: Quotation): boolean {
  return ctx.blocks[q.block]?.kind === 'paragraph' && !quoteLineHeading(ctx, q);
}

/**
 * True when a quotation is a line of its own with no full stop, question or exclamation mark
 * ("‘No room to turn round’"): a heading however the blocks were read, since a quote that is
 * speech ends its sentence.
 */
function quoteLineHeading(ctx: ReadingContext, q: Quotation): boolean {
  if (!q.close || /[.?!…]\s*$/.test(ctx.text.slice(q.open.end, q.close.start))) return false;
  return lineEdge(ctx.text, q.open.start - 1, -1) && lineEdge(ctx.text, q.close.end, 1);
}

/** True when only spaces stand from offset `from` in direction `step` up to a line break or the text's edge (read in place: a quote on a long line costs only its spaces). */
function lineEdge(text: string, from: number, step: 1 | -1): boolean {
  for (let k = from; k >= 0 && k < text.length; k += step) {
    const c = text[k];
    if (c === '\n' || c === '\r') return true;
    if (c !== ' ' && c !== '\t') return false;
  }
  return true;
}

/** True when a quote asks a question ("Then what were they paying for?"). */
function isQuestion(quote: Quote): boolean {
  return /\?\s*$/.test(quote.text);
}

/**
 * True when a quote paragraph goes on with the turn of the quote at the end of the paragraph
 * before: it opens its paragraph, and either fills it or is followed only by the reporter's words
 * naming nobody; the quote before opens its paragraph or its attribution (ending at `from`)
 * closes it.
 */
function continuesTurn(ctx: ReadingContext, before: Quotation, q: Quotation, from: number, speakerKey: string): boolean {
  const block = ctx.blocks[q.block];
  if (fillsParagraph(ctx, q)) return before.open.start <= ctx.blocks[before.block].start + 200 || /^\s*$/.test(ctx.text.slice(from, ctx.blocks[before.block].end));
  if (!opensParagraph(ctx, q)) return false;
  const rest = q.close?.end ?? q.end;
  return /^\s*$/.test(ctx.text.slice(from, ctx.blocks[before.block].end)) && !someoneElseNamed(ctx, rest, block.end, speakerKey) && !reportsSpeech(ctx, rest, block.end);
}

/** True when a verb of saying stands in [from, to) outside quotations: someone else may speak there ("…,” a firefighter said). */
function reportsSpeech(ctx: ReadingContext, from: number, to: number): boolean {
  for (let k = tokenAtOrAfter(ctx, from); k < ctx.tokens.length && ctx.tokens[k].start < to; k++) {
    if (ctx.quoteAt[k] < 0 && sayingAt(ctx, k)) return true;
  }
  return false;
}

/** True when a person or organisation other than the given speaker(s) is named in [from, to) outside quotations. */
function someoneElseNamed(ctx: ReadingContext, from: number, to: number, speakerKey: string): boolean {
  const keys = new Set(speakerKey.split('; '));
  return namedOutsideQuotes(ctx, from, to, (name) => name.type !== 'PLACE' && !keys.has(name.key));
}

/**
 * A quote paragraph right after a paragraph that ends with a colon ("Gareth O'Rourke was blunt
 * about the timetable:") is the words of that sentence's subject: a name, or, when the verb is one
 * of saying ("In a statement, the union said:", "He told the inquiry:"), also a description or a
 * pronoun, resolved like any other.
 */
function introducedByColon(ctx: ReadingContext, index: ReferenceIndex, quotations: Quotation[], quotes: Quote[]): void {
  quotations.forEach((q, i) => {
    const before = blockBefore(ctx, q.block);
    if (q.nested || quotes[i].speaker !== null || quotes[i].kind !== 'direct' || before < 0) return;
    const previous = ctx.blocks[before];
    if (!opensParagraph(ctx, q) || !/:\s*$/.test(ctx.text.slice(previous.start, previous.end))) return;
    let s = spanIndexAt(ctx.sentences, previous.end - 1);
    if (s < 0) return;
    // "Ana Ruiz explained the decision in a letter. The key passage:": a colon line with no verb
    // introduces the words of the one the sentence before it had say something.
    const verbless = !hasVerb(ctx, ctx.sentences[s]);
    if (verbless) s--;
    if (s < 0 || ctx.sentences[s].start < previous.start) return;
    const clause = mainClauseSubject(ctx, tokenAtOrAfter(ctx, ctx.sentences[s].start), tokenAtOrAfter(ctx, ctx.sentences[s].end));
    const ref = clause?.ref;
    if (!clause || !ref || (verbless && !sayingAt(ctx, clause.verb))) return;
    const verb = ctx.tokens[clause.verb];
    const readable = ref.kind === 'name' || (sayingAt(ctx, clause.verb) && (ref.kind === 'description' || ref.kind === 'pronoun'));
    const names = readable ? resolve(index, ref, verb.start) : null;
    if (names) assignSpeaker(quotes[i], names, verb.value, 'explicit-before', ref.mention);
  });
}

/** True when a verb or an auxiliary stands in the sentence outside quotations. */
function hasVerb(ctx: ReadingContext, sentence: Span): boolean {
  for (let k = tokenAtOrAfter(ctx, sentence.start); k < ctx.tokens.length && ctx.tokens[k].start < sentence.end; k++) {
    if (ctx.quoteAt[k] < 0 && (ctx.tokens[k].pos === 'VERB' || ctx.tokens[k].pos === 'AUX')) return true;
  }
  return false;
}

/**
 * A quote that stands as a sentence (or paragraph) of its own right after a sentence of reported
 * speech goes on with the same speaker: `Delgado said she was already planning the summer
 * program. “We're staying.”`, `He added that he would not criticise Reid. “Callum has been
 * brilliant.”` The sentence before must open with its speaker and a verb of saying, or close
 * with them after a comma (`The river rose at night, said Ana Ruiz, a baker. “We lost everything.”`).
 */
function followIndirectSpeech(ctx: ReadingContext, index: ReferenceIndex, quotations: Quotation[], quotes: Quote[]): void {
  quotations.forEach((q, i) => {
    const previous = inParagraph(ctx, q) ? previousSentenceFor(ctx, q, quotes[i]) : null;
    if (!previous) return;
    const sameBlock = spanIndexAt(ctx.blocks, previous.start) === q.block;
    if (!sameBlock && !(spanIndexAt(ctx.blocks, previous.start) === blockBefore(ctx, q.block) && fillsParagraph(ctx, q))) return;
    const floor = tokenAtOrAfter(ctx, previous.start);
    const end = tokenAtOrAfter(ctx, previous.end);
    const saying = firstSayingSubject(ctx, floor, end, 25);
    // Words quoted before the verb of saying are that sentence's own, not the speech going on.
    if (!saying || ctx.quoteAt.subarray(floor, saying.verb).some((x) => x >= 0)) return;
    const { verb } = saying;
    // "The river burst its banks at night, said Margaret Oyelowo, who runs a bakery.": the
    // reporting clause closes the sentence, its subject after the verb.
    const ref = saying.ref ?? (ctx.tokens[verb - 1]?.value === ',' ? attributionClause(ctx, verb, end)?.ref : null);
    if (!ref) return;
    const names = resolve(index, ref, ctx.tokens[verb].start);
    // "Taal Mobile said in a statement that it would …" and the statement's words set off after it: a body speaks on through its statement.
    if (names && names.every((n) => n.type === 'PERSON' || (n.type === 'ORG' && mentionsStatement(ctx, floor, end)))) assignSpeaker(quotes[i], names, null, 'continuation', ref.mention);
  });
}

/** True when the word "statement" stands in tokens [from, to) outside quotations ("said in a statement that …"). */
function mentionsStatement(ctx: ReadingContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ctx.quoteAt[k] < 0 && ctx.lower[k] === 'statement') return true;
  return false;
}
