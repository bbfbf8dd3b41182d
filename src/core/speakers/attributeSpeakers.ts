/**
 * Who said each quote. The story, for each quote that is speech (not scare quotes, a title, nor a
 * quote within a quote):
 *
 * 1. After the closing mark, in the same sentence: `“…,” Lavrov said`, `“…,” said the minister`,
 *    `“…,” he added`, `“…,” Lavrov told reporters`, `“…,” according to X`, `“…,” the statement
 *    said`. An outlet that merely relays ("as quoted by Sputnik", "as reported by the Kremlin")
 *    is never the speaker, nor is the listener after "told" or "urged".
 * 2. A reporting clause closing the sentence: `… where “almost nothing is known”, Castellanos said.`
 * 3. Before the opening mark: a verb of saying right before it (`Lavrov said: “…”`,
 *    `X told reporters: “…”`, `…, stating: “…”`) or, farther, the nearest verb of saying or stance
 *    (`X called for “…”`, `X highlighted their “…”`, `Putin and Lula discussed “…”`), then who does
 *    the saying: the noun phrase before the verb, or, for an -ing form, the subject of the clause it
 *    hangs on. Inside reported speech the reporter speaks for an unnamed group ("The RMT said its
 *    members had voted “…”"); a named one makes it unclear, so nobody is credited. A sentence
 *    opening with "According to X," gives X.
 * 4. Across sentences and paragraphs: a quote paragraph after a paragraph ending with a colon is
 *    that sentence's subject's; a quote standing alone after reported speech or after another
 *    attributed quote continues that speaker (unless someone else is named in between); the parts
 *    of a quotation running over several paragraphs share one speaker.
 * Subjects are read through appositions and parentheticals between commas ("Putin, in a call with
 * Lula, called for …" is Putin), never out of a prepositional phrase, and pronouns and
 * descriptions are resolved through {@link resolvePronoun} and {@link resolveDescription}. When
 * anything is unsure the speaker stays null.
 */
import type { AttributionMethod, Entity, Quote, Span } from '../types';
import type { Quotation } from '../quotes/findQuotations';
import { isParticiple } from './reportingVerbs';
import { readSpeakerBackward, readSpeakerForward, type SpeakerRef } from './readSpeakerPhrase';
import { spanIndexAt, tokenAtOrAfter, type ReadingContext } from './readingContext';
import { attributionClause, participleSubject, REACH, resolve, sayingAt, stanceAt, subjectBefore, type Found } from './readReportingClause';
import type { ReferenceIndex } from './resolveReference';

/** Pattern 1: the attribution after the closing mark. */
function attributionAfter(ctx: ReadingContext, q: Quotation, sentence: Span, nextOpen: number): Found | null {
  if (!q.close) return null;
  const { tokens } = ctx;
  const first = tokenAtOrAfter(ctx, q.close.end);
  const limit = Math.min(tokenAtOrAfter(ctx, sentence.end), tokenAtOrAfter(ctx, nextOpen));
  let j = first;
  while (j < limit && /^[,.!?—–-]$/.test(tokens[j].value) && j - first < 2) j++;
  const found = attributionClause(ctx, j, limit);
  // Headlines put the speaker after a colon and a present-tense verb: "‘We will not give up’: Zelensky vows".
  if (!found && ctx.blocks[q.block].kind === 'headline' && tokens[first]?.value === ':') {
    const r = readSpeakerForward(ctx, first + 1, limit);
    if (r?.ref.kind === 'name' && r.next < limit && stanceAt(ctx, r.next)) return { ref: r.ref, cue: tokens[r.next].value, method: 'explicit-after' };
  }
  return found;
}

/**
 * A reporting clause closing the sentence the quote stands in: "…, where “almost nothing is
 * known” about it, Castellanos said." The clause follows the sentence's last comma (outside
 * quotations) and ends it, apart from a short phrase such as "on Monday" or "in a statement".
 */
function attributionAtSentenceEnd(ctx: ReadingContext, q: Quotation, sentence: Span): Found | null {
  const { tokens } = ctx;
  const from = tokenAtOrAfter(ctx, q.close?.end ?? q.end);
  let end = tokenAtOrAfter(ctx, sentence.end);
  for (let n = 0; n < 3 && end > from && /^[.!?"”’'»]$/.test(tokens[end - 1].value); n++) end--;
  let comma = -1;
  for (let k = end - 1; k >= from && end - k <= 14; k--) {
    if (ctx.quoteAt[k] >= 0) return null;
    if (tokens[k].value === ',') {
      comma = k;
      break;
    }
  }
  if (comma < 0) return null;
  const found = attributionClause(ctx, comma + 1, end);
  if (!found) return null;
  // What follows the verb must be a short adjunct, not a new clause.
  let verb = comma + 1;
  while (verb < end && tokens[verb].value !== found.cue) verb++;
  for (let k = verb + 1; k < end; k++) if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX' || tokens[k].value === 'that') return null;
  return end - verb <= 6 ? found : null;
}

/**
 * Patterns 2 and 3: the verb before the opening mark (same sentence) and its subject. A verb of
 * saying close before the mark is `explicit-before`; a farther verb of saying or stance is
 * `sentence-subject`.
 */
function attributionBefore(ctx: ReadingContext, q: Quotation, sentence: Span): Found | null {
  const { tokens } = ctx;
  const openTok = tokenAtOrAfter(ctx, q.open.start);
  const floor = Math.max(tokenAtOrAfter(ctx, sentence.start), openTok - REACH);
  let k = openTok - 1;
  while (k >= floor && /^(?::|,|—|–|-|that)$/.test(tokens[k].value)) k--;
  // "Lavrov: “…”" (a headline or a transcript): a name and a colon right before the quote.
  if (tokens[openTok - 1]?.value === ':' && k >= floor && ctx.nameAt[k] >= 0) {
    const ref = readSpeakerBackward(ctx, k, floor);
    if (ref?.kind === 'name' && ref.mention.start === tokens[floor].start) return { ref, cue: ':', method: 'explicit-before' };
  }
  for (let m = k; m >= floor; m--) {
    if (ctx.quoteAt[m] >= 0) continue;
    if (!stanceAt(ctx, m)) continue;
    const close = m >= k - 8 && sayingAt(ctx, m) && !hasVerbBetween(ctx, m + 1, k + 1);
    const method: AttributionMethod = close ? 'explicit-before' : 'sentence-subject';
    let cue = tokens[m].value;
    let ref: SpeakerRef | null;
    if (isParticiple(cue)) {
      const main = participleSubject(ctx, floor, m);
      ref = main?.ref ?? null;
      if (main && stanceAt(ctx, main.verb)) cue = tokens[main.verb].value;
    } else ref = subjectBefore(ctx, m - 1, floor);
    if (!ref && close) ref = readSpeakerForward(ctx, m + 1, openTok)?.ref ?? null;
    if (ref && !close) {
      const outer = outerReporter(ctx, ref, floor);
      // "The RMT said its members had voted “overwhelmingly”": unnamed people inside reported
      // speech, so the words are the reporter's; a named one ("Blinken told reporters the United
      // States believed …") makes it unclear whose they are.
      if (outer && ref.kind === 'unnamed') return { ref: outer.ref, cue: outer.cue, method };
      if (outer && ref.kind === 'name' && !(outer.ref.kind === 'name' && outer.ref.names.every((n) => ref.names.some((r) => r.key === n.key)))) return null;
    }
    return ref ? { ref, cue, method } : null;
  }
  // "According to the minister, Moscow and Tehran “share the view” …": the source of the whole sentence.
  const start = tokenAtOrAfter(ctx, sentence.start);
  if (/^according$/i.test(tokens[start]?.value ?? '') && tokens[start + 1]?.value === 'to' && start < openTok) {
    let comma = start + 2;
    while (comma < openTok && comma - start < 16 && tokens[comma].value !== ',') comma++;
    const found = comma < openTok ? attributionClause(ctx, start, comma) : null;
    if (found) return found;
  }
  // "O'Rourke was blunt: “…”": a colon introduces the words of the clause's subject.
  if (tokens[openTok - 1]?.value === ':') {
    for (let m = start; m < openTok - 1; m++) {
      const t = tokens[m];
      if (ctx.quoteAt[m] >= 0 || !(t.pos === 'VERB' || t.pos === 'AUX') || /ing$/.test(t.value)) continue;
      const ref = subjectBefore(ctx, m - 1, start);
      return ref?.kind === 'name' || ref?.kind === 'pronoun' ? { ref, cue: ':', method: 'explicit-before' } : null;
    }
  }
  return null;
}

/**
 * The reporting clause earlier in the sentence that the clause whose subject is `ref` depends on
 * ("Blinken told reporters [the United States believed …]"): its subject and verb, or null.
 */
function outerReporter(ctx: ReadingContext, ref: SpeakerRef, floor: number): { ref: SpeakerRef; cue: string } | null {
  for (let v = tokenAtOrAfter(ctx, ref.mention.start) - 1; v >= floor; v--) {
    if (ctx.quoteAt[v] >= 0 || !sayingAt(ctx, v) || /ing$/.test(ctx.tokens[v].value)) continue;
    const outer = subjectBefore(ctx, v - 1, floor);
    return outer ? { ref: outer, cue: ctx.tokens[v].value } : null;
  }
  return null;
}

/** True when a finite verb stands in [from, to). */
function hasVerbBetween(ctx: ReadingContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ctx.tokens[k].pos === 'VERB' || ctx.tokens[k].pos === 'AUX') return true;
  return false;
}

/** The method shown to a reader: how the reference itself was resolved, when not a plain name. */
function methodOf(found: Found, names: Entity[]): AttributionMethod {
  if (found.ref.kind === 'pronoun') return 'pronoun';
  if (found.ref.kind === 'description') return 'description';
  if (found.method === 'according-to') return found.method;
  if (names.every((n) => n.type !== 'PERSON')) return 'organisation';
  return found.method;
}

function assign(quote: Quote, names: Entity[], cue: string | null, method: AttributionMethod, mention: Span | null): void {
  quote.speaker = names.map((n) => n.canonical).join('; ');
  quote.speakerKey = names.map((n) => n.key).join('; ');
  quote.cue = cue;
  quote.attribution = { method, mention };
}

/** True when a quote fills its paragraph on its own (nothing but punctuation outside the marks). */
function fillsParagraph(ctx: ReadingContext, q: Quotation): boolean {
  const block = ctx.blocks[q.block];
  const end = q.close?.end ?? q.end;
  return q.open.start === block.start && /^[\s.,;:!?]*$/.test(ctx.text.slice(end, block.end));
}

/**
 * Fills `speaker`, `speakerKey`, `cue` and `attribution` of every speech quote (direct, partial,
 * headline) whose speaker can be told with confidence. `quotations[i]` is the scanned form of
 * `quotes[i]`; `index` holds who is named where (see {@link buildReferenceIndex}). Scare quotes and titles keep a null speaker.
 */
export function attributeSpeakers(ctx: ReadingContext, index: ReferenceIndex, quotations: Quotation[], quotes: Quote[]): void {
  const nextOuterOpen = new Array<number>(quotations.length);
  for (let i = quotations.length - 1, next = Number.MAX_SAFE_INTEGER; i >= 0; i--) {
    nextOuterOpen[i] = next;
    if (!quotations[i].nested) next = quotations[i].open.start;
  }
  quotes.forEach((quote, i) => {
    const q = quotations[i];
    if (quote.kind === 'scare' || quote.kind === 'title' || q.nested) return;
    const anchor = q.close?.start ?? q.end;
    const s = spanIndexAt(ctx.sentences, Math.max(q.open.start, anchor - 1));
    const closingSentence = s >= 0 ? ctx.sentences[s] : ctx.blocks[q.block];
    const openingIndex = spanIndexAt(ctx.sentences, q.open.start);
    const openingSentence = openingIndex >= 0 ? ctx.sentences[openingIndex] : ctx.blocks[q.block];
    const found = attributionAfter(ctx, q, closingSentence, nextOuterOpen[i]) ?? attributionAtSentenceEnd(ctx, q, closingSentence) ?? attributionBefore(ctx, q, openingSentence);
    if (!found) return;
    const names = resolve(index, found.ref, q.open.start);
    if (names) assign(quote, names, found.cue, methodOf(found, names), found.ref.mention);
  });
  introducedByColon(ctx, quotations, quotes);
  followIndirectSpeech(ctx, index, quotations, quotes);
  shareAcrossParts(quotations, quotes);
  continueQuoteParagraphs(ctx, quotations, quotes);
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
      q.speaker = source.speaker;
      q.speakerKey = source.speakerKey;
      q.cue = source.cue;
      q.attribution = { method: 'continuation', mention: source.attribution?.mention ?? null };
    }
  }
}

/**
 * A quote that stands as a sentence of its own with no attribution continues the speaker of the
 * quote before it, the common layout of a long statement: `“…,” Merriman said. “The reaction was
 * magnificent.”`, or a paragraph that is nothing but a quote right after a quote paragraph. Nobody
 * else may be named in between (outside quotations), or the chain breaks.
 */
function continueQuoteParagraphs(ctx: ReadingContext, quotations: Quotation[], quotes: Quote[]): void {
  let previous = -1;
  for (let i = 0; i < quotes.length; i++) {
    const q = quotations[i];
    if (q.nested) continue;
    const p = previous;
    previous = i;
    if (p < 0 || quotes[i].speaker !== null || quotes[i].kind !== 'direct' || quotes[p].speaker === null || quotes[p].kind !== 'direct') continue;
    const before = quotations[p];
    const sameBlock = before.block === q.block;
    if (sameBlock ? !standsAlone(ctx, q) : !(before.block === q.block - 1 && fillsParagraph(ctx, q) && before.open.start <= ctx.blocks[before.block].start + 200)) continue;
    // Names in the previous quote's own attribution ("said X, an analyst at Berenberg.") do not count.
    const attributed = spanIndexAt(ctx.sentences, (before.close?.end ?? before.end) - 1);
    const from = attributed >= 0 ? Math.max(ctx.sentences[attributed].end, before.close?.end ?? before.end) : before.close?.end ?? before.end;
    if (someoneElseNamed(ctx, from, q.open.start, quotes[p].speakerKey ?? '')) continue;
    quotes[i].speaker = quotes[p].speaker;
    quotes[i].speakerKey = quotes[p].speakerKey;
    quotes[i].cue = null;
    quotes[i].attribution = { method: 'continuation', mention: quotes[p].attribution?.mention ?? null };
  }
}

/** True when a quote is a sentence on its own: it opens its sentence and only punctuation follows it there. */
function standsAlone(ctx: ReadingContext, q: Quotation): boolean {
  const s = spanIndexAt(ctx.sentences, q.open.start);
  if (s < 0) return false;
  const sentence = ctx.sentences[s];
  return sentence.start === q.open.start && /^[\s.,;:!?]*$/.test(ctx.text.slice(q.close?.end ?? q.end, sentence.end));
}

/** True when a person or organisation other than the given speaker(s) is named in [from, to) outside quotations. */
function someoneElseNamed(ctx: ReadingContext, from: number, to: number, speakerKey: string): boolean {
  const keys = new Set(speakerKey.split('; '));
  for (let k = tokenAtOrAfter(ctx, from); k < ctx.tokens.length && ctx.tokens[k].start < to; k++) {
    if (ctx.quoteAt[k] >= 0 || ctx.nameAt[k] < 0) continue;
    const name = ctx.names[ctx.nameAt[k]];
    if (name.type !== 'PLACE' && !keys.has(name.key)) return true;
  }
  return false;
}

/**
 * A quote paragraph right after a paragraph that ends with a colon ("Gareth O'Rourke was blunt
 * about the timetable:") is the words of that sentence's subject.
 */
function introducedByColon(ctx: ReadingContext, quotations: Quotation[], quotes: Quote[]): void {
  quotations.forEach((q, i) => {
    if (q.nested || quotes[i].speaker !== null || quotes[i].kind !== 'direct' || q.block === 0) return;
    const block = ctx.blocks[q.block];
    const previous = ctx.blocks[q.block - 1];
    if (!/^[\s>]*$/.test(ctx.text.slice(block.start, q.open.start)) || !/:\s*$/.test(ctx.text.slice(previous.start, previous.end))) return;
    const s = spanIndexAt(ctx.sentences, previous.end - 1);
    if (s < 0) return;
    const floor = tokenAtOrAfter(ctx, ctx.sentences[s].start);
    const end = tokenAtOrAfter(ctx, ctx.sentences[s].end);
    for (let m = floor; m < end && m - floor < REACH; m++) {
      const t = ctx.tokens[m];
      if (ctx.quoteAt[m] >= 0 || !(t.pos === 'VERB' || t.pos === 'AUX') || /ing$/.test(t.value)) continue;
      const ref = subjectBefore(ctx, m - 1, floor);
      const names = ref?.kind === 'name' ? ref.names : null;
      if (names && ref) assign(quotes[i], names, t.value, 'explicit-before', ref.mention);
      return;
    }
  });
}

/**
 * A quote that stands as a sentence (or paragraph) of its own right after a sentence of reported
 * speech goes on with the same speaker: `Delgado said she was already planning the summer
 * program. “We're staying.”`, `He added that he would not criticise Reid. “Callum has been
 * brilliant.”` The sentence before must open with its speaker and a verb of saying.
 */
function followIndirectSpeech(ctx: ReadingContext, index: ReferenceIndex, quotations: Quotation[], quotes: Quote[]): void {
  quotations.forEach((q, i) => {
    if (q.nested || quotes[i].speaker !== null || quotes[i].kind !== 'direct') return;
    const s = spanIndexAt(ctx.sentences, q.open.start);
    if (s <= 0 || !(standsAlone(ctx, q) || fillsParagraph(ctx, q))) return;
    const previous = ctx.sentences[s - 1];
    const sameBlock = spanIndexAt(ctx.blocks, previous.start) === q.block;
    if (!sameBlock && !(spanIndexAt(ctx.blocks, previous.start) === q.block - 1 && fillsParagraph(ctx, q))) return;
    const floor = tokenAtOrAfter(ctx, previous.start);
    const end = tokenAtOrAfter(ctx, previous.end);
    for (let m = floor; m < end && m - floor < 25; m++) {
      if (ctx.quoteAt[m] >= 0) return;
      if (!sayingAt(ctx, m) || /ing$/.test(ctx.tokens[m].value)) continue;
      const ref = subjectBefore(ctx, m - 1, floor);
      const names = ref ? resolve(index, ref, ctx.tokens[m].start) : null;
      if (ref && names && names.every((n) => n.type === 'PERSON')) {
        assign(quotes[i], names, null, 'continuation', ref.mention);
      }
      return;
    }
  });
}
