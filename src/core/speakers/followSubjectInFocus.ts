/**
 * A quote that stands on its own right after a sentence about one person is that person's words,
 * though no verb of saying stands next to it: `Esterhuizen was scathing. “The board is
 * unanimous.”`, `Pillai-Jensen led the voyage. “We went back to the same positions.”`, or a quote
 * paragraph after a paragraph whose last sentence has that person as its subject, or whose first
 * sentence does when the rest names no organisation and quotes nobody (the paragraph's topic). The speaker is
 * the grammatical subject of the sentence before (its main clause, after an opening "Asked about
 * …," or "After the hearing,"), never the person named last in it, and only when:
 * - that subject resolves to exactly one person (a name, or "he"/"she"/"the judge" resolved), or
 *   to people named together when the sentence says they act together ("issued a joint statement");
 * - the clause is not passive ("Smith was jailed for six years." is followed by the judge's words
 *   as often as by Smith's), except "was asked" or "was pressed", whose subject answers;
 * - nobody else is named in that sentence (for a quote paragraph, in that whole paragraph) nor
 *   described as a source after its verb ("Smith received a text from her son."), and it holds
 *   no quotation of its own (those are the other carrying rules' business).
 */
import type { Entity, Quote, Span } from '../types';
import type { Quotation } from '../quotes/findQuotations';
import { namedOutsideQuotes, spanIndexAt, tokenAtOrAfter, type ReadingContext } from './readingContext';
import { mainClauseSubject, resolve } from './readReportingClause';
import type { ReferenceIndex } from './resolveReference';
import { blockBefore, fillsParagraph, previousSentenceFor } from './quoteLayout';
import { assignSpeaker } from './assignSpeaker';
import { isPersonNoun } from './readSpeakerPhrase';
import { isPassiveAt } from './passiveVoice';

/** One who "was asked" or "was pressed" about something answers in the quote that follows. */
const ASKED = /^(?:asked|questioned|pressed)$/i;
/** Words that say people named together speak together. */
const JOINT = /\b(?:joint|jointly|together)\b/i;

/** Who a sentence is about: one person, or people named together who speak together, and where they are named. */
interface Focus {
  people: Entity[];
  mention: Span;
}

/**
 * The one person who is the subject of the main clause of a sentence (see the file comment), with
 * the mention that names them there; null when the subject is not one known person or the clause
 * is passive.
 */
function personInFocus(ctx: ReadingContext, index: ReferenceIndex, sentence: Span): Focus | null {
  const start = tokenAtOrAfter(ctx, sentence.start);
  const end = tokenAtOrAfter(ctx, sentence.end);
  for (let k = start; k < end; k++) if (ctx.quoteAt[k] >= 0) return null;
  const clause = mainClauseSubject(ctx, start, end);
  if (!clause?.ref || isPassive(ctx, clause.verb, end) || someoneDescribedAfter(ctx, clause.verb, end)) return null;
  const { ref, verb } = clause;
  const names = resolve(index, ref, ctx.tokens[verb].start);
  if (!names || names.length === 0 || names.some((n) => n.type !== 'PERSON')) return null;
  // People named together speak together only when the sentence says so ("issued a joint statement").
  if (names.length > 1 && !JOINT.test(ctx.text.slice(sentence.start, sentence.end))) return null;
  return { people: names, mention: ref.mention };
}

/**
 * The person a paragraph introduces as its topic: the subject of its first sentence, when the
 * sentences after it hold no quotation and name no organisation ("Dr Lena Berg has dived on the
 * reef since 1998. The coral has halved since then."); null otherwise. Whether anyone else is
 * named is checked by the caller.
 */
function paragraphTopic(ctx: ReadingContext, index: ReferenceIndex, block: number): Focus | null {
  const { start, end } = ctx.blocks[block];
  const first = spanIndexAt(ctx.sentences, start);
  if (first < 0) return null;
  const topic = personInFocus(ctx, index, ctx.sentences[first]);
  if (!topic) return null;
  for (let k = tokenAtOrAfter(ctx, ctx.sentences[first].end); k < ctx.tokens.length && ctx.tokens[k].start < end; k++) {
    if (ctx.quoteAt[k] >= 0 || (ctx.nameAt[k] >= 0 && ctx.names[ctx.nameAt[k]].type === 'ORG')) return null;
  }
  return topic;
}

/**
 * True when the predicate names someone else as a source ("Smith received a text from her son.",
 * "… a call by a neighbour"): the quote after it may be theirs. One spoken to ("turned to the
 * defendant") leaves the subject the speaker.
 */
function someoneDescribedAfter(ctx: ReadingContext, verb: number, end: number): boolean {
  for (let k = verb + 1; k < end; k++) {
    const t = ctx.tokens[k];
    if (!(t.pos === 'NOUN' && /^\p{Ll}/u.test(t.value) && isPersonNoun(t.value))) continue;
    let p = k - 1;
    while (p > verb && /^(?:DET|PRON|ADJ|NUM)$/.test(ctx.tokens[p].pos)) p--;
    if (/^(?:from|by)$/i.test(ctx.tokens[p].value)) return true;
  }
  return false;
}

/**
 * True when the verb group opening at token `verb` is a passive ("was jailed", "has been
 * charged"), except "was asked" or "was pressed", whose subject answers.
 */
function isPassive(ctx: ReadingContext, verb: number, end: number): boolean {
  let k = verb;
  while (k < end && (ctx.tokens[k].pos === 'AUX' || ctx.tokens[k].pos === 'ADV' || ctx.tokens[k].pos === 'PART')) k++;
  return k < end && ctx.tokens[k].pos === 'VERB' && isPassiveAt(ctx, k) && !ASKED.test(ctx.tokens[k].value);
}

/** True when a person other than the given ones is named in [from, to) outside quotations. */
function otherPersonNamed(ctx: ReadingContext, from: number, to: number, people: Entity[]): boolean {
  return namedOutsideQuotes(ctx, from, to, (name) => name.type === 'PERSON' && !people.some((p) => p.key === name.key));
}

/**
 * Gives a direct quote still without a speaker, standing as a sentence or paragraph of its own,
 * the person the sentence before is about (see the file comment). Never overrides a speaker.
 */
export function followSubjectInFocus(ctx: ReadingContext, index: ReferenceIndex, quotations: Quotation[], quotes: Quote[]): void {
  quotations.forEach((q, i) => {
    const previous = previousSentenceFor(ctx, q, quotes[i]);
    if (!previous) return;
    const block = spanIndexAt(ctx.blocks, previous.start);
    if (block < 0 || ctx.blocks[block].kind !== 'paragraph') return;
    if (block !== q.block && !(block === blockBefore(ctx, q.block) && fillsParagraph(ctx, q))) return;
    const focus = personInFocus(ctx, index, previous) ?? (block === q.block ? null : paragraphTopic(ctx, index, block));
    if (!focus) return;
    const from = block === q.block ? previous.start : ctx.blocks[block].start;
    if (otherPersonNamed(ctx, from, q.open.start, focus.people)) return;
    assignSpeaker(quotes[i], focus.people, null, 'continuation', focus.mention);
  });
}
