/**
 * Who said each quote. The story, for each quote that is speech (not scare quotes, a title, nor a
 * quote within a quote, which speaks only when the outer speaker quotes themselves: see
 * nestedQuoteSpeakers.ts):
 *
 * 1. After the closing mark, in the same sentence: `“…,” Lavrov said`, `“…,” said the minister`,
 *    `“…,” he added`, `“…,” Lavrov told reporters`, `“…,” according to X`, `“…,” the statement
 *    said`, `“…,” they said` (people named together), `“…,” X was quoted as saying by TASS`, or,
 *    after a quote ending in "?" or "!", at the start of the next sentence. An outlet that merely
 *    relays ("as quoted by Sputnik", "as reported by the Kremlin", "TASS quoted X as saying") is
 *    never the speaker, nor is the listener after "told" or "urged".
 * 2. A reporting clause closing the sentence: `… where “almost nothing is known”, Castellanos said.`;
 *    a closing "according to X" only when no speaker stands before the quote (X then relays).
 * 3. Before the opening mark: a verb of saying right before it (`Lavrov said: “…”`,
 *    `X told reporters: “…”`, `…, stating: “…”`) or, farther, the nearest verb of saying or stance
 *    (`X called for “…”`, `X highlighted their “…”`, `Putin and Lula discussed “…”`), then who does
 *    the saying: the noun phrase before the verb, or, for an -ing form, the subject of the clause it
 *    hangs on. Inside reported speech the reporter speaks for an unnamed group ("The RMT said its
 *    members had voted “…”") and for a view or wish put in their words ("X said Jakarta wanted
 *    “…”"); a named one who says the words makes it unclear, so nobody is credited. A sentence
 *    opening with "According to X," gives X; "X was quoted by TASS as saying: “…”" gives X; a
 *    claim, remark or proposal someone owns holds their words ("rejected Price's claim that the
 *    scheme was “a waste”", "asked about Turkey's proposal for a “…”"). In a
 *    passive ("Ruiz was told by referee Dolan: “…”", "was described as “…” by X") the agent after
 *    "by" speaks, never the subject.
 * 4. Across sentences and paragraphs (see carrySpeakers.ts): colon paragraphs ("In a statement,
 *    the union said:"), continuations, multi-paragraph quotations, the person a sentence or
 *    paragraph is about (followSubjectInFocus.ts), and headline, standfirst or crosshead quotes the
 *    story repeats (echoSummaryQuotes.ts).
 * 5. What is still without a speaker goes to the learned fallback (learned/learnedFallback.ts): a
 *    model trained on annotated news credits the person or body named nearby only when it is sure,
 *    and the attribution says so (`learned`, with its probability).
 * An -ing form after a quote ("“…”, adding that …") never names a speaker after it; "adding: “…”"
 * hangs on the verb that reports the clause before it. A "he said" goes to nobody when a sentence
 * since the last subject introduced another person who may be meant (see resolvePronoun), and to
 * the subject that named nobody by name since ("A spokeswoman for the airport said …. She added":
 * the airport; "One resident said …": nobody; see describedSubjects.ts).
 * Subjects are read through appositions and parentheticals between commas ("Putin, in a call with
 * Lula, called for …" is Putin), never out of a prepositional phrase, and pronouns and
 * descriptions are resolved through {@link resolvePronoun} and {@link resolveDescription}. When
 * anything is unsure the speaker stays null.
 */
import type { AttributionMethod, Entity, Quote, Span } from '../types';
import type { Quotation } from '../quotes/findQuotations';
import { isAttitudeVerb, isParticiple } from './reportingVerbs';
import { readSpeakerBackward, readSpeakerForward, type SpeakerRef } from './readSpeakerPhrase';
import { spanIndexAt, tokenAtOrAfter, type ReadingContext } from './readingContext';
import { accordingToAt, attributionClause, finiteSayingAt, mainClauseSubject, opensPhrase, participleSubject, quotedAsSaying, REACH, resolve, sayingAt, stanceAt, subjectBefore, type Found } from './readReportingClause';
import type { ReferenceIndex } from './resolveReference';
import { carrySpeakers } from './carrySpeakers';
import { noteDescribedSubjects } from './describedSubjects';
import { identifyLedeSpeaker, ledeSpeakerOf } from './ledeIdentification';
import { creditSelfQuotes } from './nestedQuoteSpeakers';
import { assignDescribedSpeaker, assignSpeaker } from './assignSpeaker';
import { describedBodyMeant, describedOrganisation, spokespersonOrganisation } from './describedOrganisation';
import { isPassiveAt } from './passiveVoice';
import { creditByModel, SPEAKER_MODEL, type SpeakerModel } from './learned/learnedFallback';

/** Pattern 1: the attribution after the closing mark. */
function attributionAfter(ctx: ReadingContext, q: Quotation, sentence: Span, nextOpen: number): Found | null {
  if (!q.close) return null;
  const { tokens } = ctx;
  const first = tokenAtOrAfter(ctx, q.close.end);
  const limit = Math.min(tokenAtOrAfter(ctx, sentence.end), tokenAtOrAfter(ctx, nextOpen));
  let j = first;
  while (j < limit && /^[,.!?—–-]$/.test(tokens[j].value) && j - first < 2) j++;
  const found = attributionClause(ctx, j, limit) ?? afterQuestion(ctx, q, sentence, nextOpen);
  // Headlines put the speaker after a colon and a present-tense verb: "‘We will not give up’: Zelensky vows".
  if (!found && ctx.blocks[q.block].kind === 'headline' && tokens[first]?.value === ':') {
    const r = readSpeakerForward(ctx, first + 1, limit);
    if (r?.ref.kind === 'name' && r.next < limit && stanceAt(ctx, r.next)) return { ref: r.ref, cue: tokens[r.next].value, method: 'explicit-after' };
  }
  return found;
}

/**
 * "“Who will invest in a farm the state can seize?” Echeverri wrote on X.": a quote that ends with
 * a question or exclamation mark ends its sentence for the splitter, so its reporting clause opens
 * the next one.
 */
function afterQuestion(ctx: ReadingContext, q: Quotation, sentence: Span, nextOpen: number): Found | null {
  if (!q.close || !/[?!]\s*$/.test(ctx.text.slice(q.start, q.close.start)) || !/^[\s.]*$/.test(ctx.text.slice(q.close.end, sentence.end))) return null;
  const s = spanIndexAt(ctx.sentences, sentence.start);
  const target = s >= 0 ? ctx.sentences[s + 1] : undefined;
  if (!target || spanIndexAt(ctx.blocks, target.start) !== q.block) return null;
  return attributionClause(ctx, tokenAtOrAfter(ctx, target.start), Math.min(tokenAtOrAfter(ctx, target.end), tokenAtOrAfter(ctx, nextOpen)));
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
 * Patterns 1, 2 and 3 in that order, except that an "according to X" after the quote only relays
 * when the sentence has a speaker of its own before the quote: "Tang told a meeting that the
 * government would “step up …”, according to state broadcaster CCTV" is Tang's.
 */
function reportedAttribution(ctx: ReadingContext, q: Quotation, closingSentence: Span, openingSentence: Span, nextOpen: number): Found | null {
  const after = attributionAfter(ctx, q, closingSentence, nextOpen) ?? attributionAtSentenceEnd(ctx, q, closingSentence);
  if (after && after.method !== 'according-to') return after;
  return attributionBefore(ctx, q, openingSentence) ?? after;
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
  // "Vasconcelos to Brussels: “…”", "Pope to young Catholics: “…”": a headline's name, whom it
  // addresses, a colon, then the words.
  if (tokens[openTok - 1]?.value === ':' && ctx.blocks[spanIndexAt(ctx.blocks, q.open.start)]?.kind === 'headline') {
    const read = readSpeakerForward(ctx, floor, openTok - 1);
    if (read?.ref.kind === 'name' && /^to$/i.test(tokens[read.next]?.value ?? '') && read.ref.mention.start === tokens[floor].start) return { ref: read.ref, cue: ':', method: 'explicit-before' };
  }
  for (let m = k; m >= floor; m--) {
    if (ctx.quoteAt[m] >= 0) continue;
    const quoted = quotedAsSayingBefore(ctx, m, floor, openTok);
    if (quoted) return quoted;
    const owned = ownedWords(ctx, m, floor);
    if (owned) return owned;
    if (!stanceAt(ctx, m)) continue;
    const close = m >= k - 8 && sayingAt(ctx, m) && !hasVerbBetween(ctx, m + 1, k + 1);
    const method: AttributionMethod = close ? 'explicit-before' : 'sentence-subject';
    let cue = tokens[m].value;
    const agent = passiveAgent(ctx, m, openTok);
    if (agent !== undefined) return agent ? { ref: agent, cue, method } : null;
    // "… posted a message shortly after the deal was confirmed: “South Beach.”": a passive with no
    // agent names no speaker; the verb before it may.
    if (isPassiveAt(ctx, m) && !toldWithoutAgent(ctx, m)) continue;
    // "Costa said workers were being told they “must work until they die”": whoever is told
    // listens; an unnamed teller's words come through the one who reports them.
    if (toldWithoutAgent(ctx, m)) {
      const outer = outerReporter(ctx, m, floor);
      return outer && !commaBetween(ctx, outer.verb, m) ? { ref: outer.ref, cue: outer.cue, method: 'sentence-subject' } : null;
    }
    let ref: SpeakerRef | null;
    if (isParticiple(cue)) {
      const main = participleSubject(ctx, floor, m, openTok);
      ref = main?.ref ?? null;
      if (main && stanceAt(ctx, main.verb)) cue = tokens[main.verb].value;
    } else {
      // A relative clause's "who" has the name before it for subject, whatever verb reports the clause around it.
      const antecedent = relativeAntecedent(ctx, m, floor);
      if (antecedent) return { ref: antecedent, cue, method };
      ref = subjectBefore(ctx, m - 1, floor);
    }
    // "Said the minister: “…”": the subject after the verb, when a mark parts it from the quote; in
    // "and said Blackwood ‘has had his day’" the name is the subject of the words the quote goes on with.
    if (!ref && close) {
      const after = readSpeakerForward(ctx, m + 1, openTok);
      ref = after && after.next < openTok ? after.ref : null;
    }
    // "The cuts, said Finance Minister Rosa Klein, were “painful”": a reporting clause set between
    // commas inside the sentence, its subject after the verb, reports the whole sentence.
    if (!ref && !close && tokens[m - 1]?.value === ',' && sayingAt(ctx, m)) {
      const after = readSpeakerForward(ctx, m + 1, openTok);
      if (after?.ref.kind === 'name' && tokens[after.next]?.value === ',') return { ref: after.ref, cue, method };
    }
    // "Dobrescu told the Senate that the search would continue “for as long as …”": a verb whose
    // subject is nobody who speaks, inside reported speech, puts the words in the reporter's mouth.
    if (!ref) {
      const outer = outerReporter(ctx, m, floor);
      return outer ? { ref: outer.ref, cue: outer.cue, method } : null;
    }
    if (!close) {
      const subject = tokenAtOrAfter(ctx, ref.mention.start);
      const outer = outerReporter(ctx, subject, floor);
      if (outer) {
        // "The RMT said its members had voted “overwhelmingly”", "She said the union would ask to
        // meet the minister “as a matter of urgency”", "He said his manager had warned that …
        // “…”": unnamed people, an organisation or someone's associate described inside reported
        // speech, so the words are the reporter's; a named one ("Blinken told reporters the United
        // States believed …") makes it unclear whose they are.
        // A subject after a comma stands in a clause of its own ("Police put the crowd at 40,000, a
        // figure the union dismissed as “…”", "…, and hours later the ministry called them “…”"),
        // which the verb before the comma does not report.
        const reported = !commaBetween(ctx, outer.verb, subject);
        if (reported && reportsForOthers(ref)) return { ref: outer.ref, cue: outer.cue, method };
        // "Kusumawati said Jakarta wanted “…”": a view or wish put in the reporter's words is the reporter's.
        if (isAttitudeVerb(tokens[m].value)) return { ref: outer.ref, cue: outer.cue, method };
        // "Lowe said Ashcombe had told his father there was ‘no money left’": a named one told
        // or said the words, reported in turn, and the quote holds what they said.
        if (reported && ref.kind === 'name' && finiteSayingAt(ctx, m)) return { ref, cue, method };
        if (reported && ref.kind === 'name' && !(outer.ref.kind === 'name' && outer.ref.names.every((n) => ref.names.some((r) => r.key === n.key)))) return null;
      }
    }
    return { ref, cue, method };
  }
  // "According to the minister, Moscow and Tehran “share the view” …", "The toll, according to
  // the ministry, was “unprecedented”": the source of the whole sentence.
  const start = tokenAtOrAfter(ctx, sentence.start);
  for (let a = Math.max(start, openTok - REACH); a < openTok - 1; a++) {
    if (a > start && tokens[a - 1].value !== ',') continue;
    const according = accordingToAt(ctx, a, openTok);
    if (according) return according.found;
  }
  // "O'Rourke was blunt: “…”", "The minister was blunt: “…”": a colon introduces the words of the clause's subject.
  if (tokens[openTok - 1]?.value === ':') {
    const ref = mainClauseSubject(ctx, start, openTok - 1)?.ref;
    return ref?.kind === 'name' || ref?.kind === 'pronoun' || ref?.kind === 'description' ? { ref, cue: ':', method: 'explicit-before' } : null;
  }
  return null;
}

/**
 * "X was quoted by TASS as saying: “…”" and "TASS quoted X as saying: “…”" when token m is the
 * "saying" of "as saying" before the quote: X, never the outlet. Null otherwise.
 */
function quotedAsSayingBefore(ctx: ReadingContext, m: number, floor: number, openTok: number): Found | null {
  const { tokens } = ctx;
  if (!/^(?:saying|telling|stating|writing)$/i.test(tokens[m].value) || !/^as$/i.test(tokens[m - 1]?.value ?? '')) return null;
  for (let q = m - 2; q >= floor && m - q <= 14; q--) {
    const read = quotedAsSaying(ctx, q, openTok);
    if (!read) continue;
    const ref = read.ref ?? subjectBefore(ctx, q - 1, floor);
    return ref ? { ref, cue: 'quoted as saying', method: 'explicit-before' } : null;
  }
  return null;
}

/** Nouns for something said whose owner says the words they hold ("Jones's claim that …", "her call for …", "Her message ended: “…”"). */
const SPEECH_NOUN = /^(?:remark|remarks|comment|comments|claim|claims|words|response|reply|answer|message|verdict|pledge|promise|warning|call|calls|proposal|plea|appeal|demand|demands|assertion|insistence|suggestion|description|accusation|vow|threat|boast|admission|complaint|criticism|statement|argument|arguments|contention|allegation|allegations|assurance|assurances|denial)$/i;

/**
 * "Smith rejected Jones's claim that the plan was “reckless”", "Asked about Đurić’s post-match
 * remark that he would ‘play every point …’": a noun for something said, owned by a name or a
 * pronoun, governs the quote after it; its owner said the words. Null when token m is no such noun.
 */
function ownedWords(ctx: ReadingContext, m: number, floor: number): Found | null {
  const { tokens } = ctx;
  if (!SPEECH_NOUN.test(tokens[m].value)) return null;
  let p = m - 1;
  while (p > floor && m - p <= 3 && (tokens[p].pos === 'ADJ' || /^[-–]$/.test(tokens[p].value) || (tokens[p].pos === 'NOUN' && /^\p{Ll}/u.test(tokens[p].value)))) p--;
  const owner = tokens[p]?.value ?? '';
  if (/^(?:his|her)$/i.test(owner)) {
    const mention = { start: tokens[p].start, end: tokens[p].end };
    return { ref: { kind: 'pronoun', gender: /^his$/i.test(owner) ? 'male' : 'female', mention }, cue: tokens[m].value, method: 'sentence-subject' };
  }
  if (!/^['’]s?$/.test(owner) || p - 1 < floor || ctx.nameAt[p - 1] < 0) return null;
  // The owner may stand inside a prepositional phrase ("asked about Turkey's proposal"): it still owns the words.
  const name = ctx.names[ctx.nameAt[p - 1]];
  return { ref: { kind: 'name', names: [name], mention: { start: name.start, end: name.end } }, cue: tokens[m].value, method: 'sentence-subject' };
}

/** Auxiliaries and adverbs that may stand between "who" and its verb ("who has long called", "who had also described"). */
const BEFORE_RELATIVE_VERB = /^(?:has|have|had|also|long|repeatedly|previously|already|since|once|publicly|herself|himself)$/i;

/**
 * "The review was demanded by Transport Secretary Gareth Pelham, who has called the failure
 * “completely unacceptable”": the subject of a verb at token m that opens a relative clause after a
 * person's name and a comma is that person. Null when no such "who" stands right before the verb.
 */
function relativeAntecedent(ctx: ReadingContext, m: number, floor: number): SpeakerRef | null {
  const { tokens } = ctx;
  let who = m - 1;
  while (who > floor && m - who <= 3 && BEFORE_RELATIVE_VERB.test(tokens[who].value)) who--;
  if (who - 2 < floor || !/^who$/i.test(tokens[who].value) || tokens[who - 1].value !== ',' || ctx.nameAt[who - 2] < 0) return null;
  const name = ctx.names[ctx.nameAt[who - 2]];
  return name.type === 'PERSON' ? { kind: 'name', names: [name], mention: { start: name.start, end: name.end } } : null;
}

/**
 * "Ruiz was told by referee Mark Dolan: “…”", "The plan was branded “reckless” by the union": in
 * a passive, the agent after "by" speaks, never the subject. For the verb at token m: the agent
 * (null when it cannot be read), or undefined when the verb is not a passive with "by".
 */
function passiveAgent(ctx: ReadingContext, m: number, openTok: number): SpeakerRef | null | undefined {
  const { tokens } = ctx;
  if (!isPassiveAt(ctx, m)) return undefined;
  let by = m + 1;
  // "was described as “reckless” by the union": the agent may follow the quote itself.
  if (openTok - m <= 3 && !/^by$/i.test(tokens[by]?.value ?? '')) by = closingTokenAfter(ctx, openTok) + 1;
  if (!/^by$/i.test(tokens[by]?.value ?? '')) return undefined;
  const agent = readSpeakerForward(ctx, by + 1, Math.min(tokens.length, by + 15))?.ref ?? null;
  return agent && agent.kind !== 'unnamed' ? agent : null;
}

/** True when the verb at token m is a passive of telling or warning ("were told", "was warned"), whose subject listens. */
function toldWithoutAgent(ctx: ReadingContext, m: number): boolean {
  return /^(?:told|warned|informed|reminded|assured)$/i.test(ctx.tokens[m].value) && isPassiveAt(ctx, m);
}

/** The token of the closing mark of the quotation whose opening mark is token `open`. */
function closingTokenAfter(ctx: ReadingContext, open: number): number {
  let k = open + 1;
  while (k < ctx.tokens.length && ctx.quoteAt[k] >= 0) k++;
  return k;
}

/**
 * The reporting clause earlier in the sentence that the clause starting at token `from` depends
 * on ("Blinken told reporters [the United States believed …]"): its subject and verb, or null. A
 * verb of the sentence's opening phrase governs nothing after that phrase's comma ("When I asked
 * the ICO whether …, a spokesperson said …"), nor does one before a semicolon anything after it,
 * nor one before a clause a subordinating conjunction opens ("… as unions accuse …").
 */
function outerReporter(ctx: ReadingContext, from: number, floor: number): { ref: SpeakerRef; cue: string; verb: number } | null {
  // "X says 400 jobs must go as unions accuse management of ‘…’": a clause a subordinating
  // conjunction opens is no complement of the verb of saying before it.
  const opener = ctx.tokens[from - 1]?.pos === 'DET' ? from - 2 : from - 1;
  if (ADVERBIAL_OPENER.test(ctx.tokens[opener]?.value ?? '')) return null;
  for (let v = from - 1; v >= floor; v--) {
    // "Police say the ring sold 1,400 tonnes; the firm's lawyer speaks of «a witch hunt»": a
    // semicolon closes the clause the verb before it reports.
    if (ctx.tokens[v].value === ';' && ctx.quoteAt[v] < 0) return null;
    if (!finiteSayingAt(ctx, v)) continue;
    if (inOpeningPhrase(ctx, floor, v, from)) return null;
    const outer = subjectBefore(ctx, v - 1, floor);
    return outer ? { ref: outer, cue: ctx.tokens[v].value, verb: v } : null;
  }
  return null;
}

/** Conjunctions that open an adverbial clause ("as", "while", "because"), not the words a verb of saying reports. */
const ADVERBIAL_OPENER = /^(?:as|while|whilst|whereas|although|though|because|when|after|before|until|unless)$/i;

/** True when a comma stands outside quotations between tokens `from` and `to` (exclusive). */
function commaBetween(ctx: ReadingContext, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (ctx.tokens[k].value === ',' && ctx.quoteAt[k] < 0) return true;
  return false;
}

/**
 * True when a subject inside reported speech is no one whose words a quote there can be: unnamed
 * people, "it" or "they", an organisation described, or someone's associate ("his manager").
 */
function reportsForOthers(ref: SpeakerRef): boolean {
  return ref.kind === 'unnamed' || ref.kind === 'neuter' || ref.kind === 'joint' || (ref.kind === 'description' && (ref.organisation || ref.possessed));
}

/**
 * True when token v stands in a sentence-opening subordinate or prepositional phrase ("When I
 * asked …,", "In a statement posted on X,") whose comma comes before token `to`.
 */
function inOpeningPhrase(ctx: ReadingContext, floor: number, v: number, to: number): boolean {
  return opensPhrase(ctx, floor) && commaBetween(ctx, v, to);
}

/** True when a finite verb stands in [from, to). */
function hasVerbBetween(ctx: ReadingContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ctx.tokens[k].pos === 'VERB' || ctx.tokens[k].pos === 'AUX') return true;
  return false;
}

/** The entity as a list of one, or null. */
function listOf(entity: Entity | null): Entity[] | null {
  return entity ? [entity] : null;
}

/** The method shown to a reader: how the reference itself was resolved, when not a plain name. */
function methodOf(found: Found, names: Entity[]): AttributionMethod {
  if (found.ref.kind === 'pronoun' || found.ref.kind === 'neuter' || (found.ref.kind === 'joint' && found.ref.count === null)) return 'pronoun';
  if (found.ref.kind === 'description' || found.ref.kind === 'joint') return 'description';
  if (found.method === 'according-to') return found.method;
  if (names.every((n) => n.type !== 'PERSON')) return 'organisation';
  return found.method;
}

/**
 * Fills `speaker`, `speakerKey`, `cue` and `attribution` of every speech quote (direct, partial,
 * headline) whose speaker can be told with confidence. `quotations[i]` is the scanned form of
 * `quotes[i]`; `index` holds who is named where (see {@link buildReferenceIndex}). Scare quotes
 * and titles keep a null speaker. Quotes with no attribution of their own may then inherit one
 * from their neighbours (see {@link carrySpeakers}). Those still without one are left to the learned
 * fallback's `model` (see {@link creditByModel}); with `model` null the rules alone speak, as the
 * fallback's training needs. Returns the indices of the quotes whose speaker phrase the rules read
 * but could credit to nobody the text names ("said a trader who asked not to be named").
 */
export function attributeSpeakers(ctx: ReadingContext, index: ReferenceIndex, quotations: Quotation[], quotes: Quote[], model: SpeakerModel | null = SPEAKER_MODEL): Set<number> {
  const unnamed = new Set<number>();
  identifyLedeSpeaker(ctx, index);
  noteDescribedSubjects(ctx, index);
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
    const found = reportedAttribution(ctx, q, closingSentence, openingSentence, nextOuterOpen[i]);
    if (!found) return;
    // "the ministers said …, adding that funding would “…”", "He added that the referee, Kirsty
    // Maddox, had “…”": a pronoun or description is looked up where it stands, not past the words
    // of its own reported clause, whose subject it cannot mean.
    const at = Math.min(found.ref.mention.start, q.open.start);
    const lede = ledeSpeakerOf(index, found.ref);
    // "A spokesman for the Ministry of Trade said …. “…,” the spokesman said": the ministry, before
    // any organisation in focus ("Sources said …" typed a body by the recogniser).
    const names = listOf(spokespersonOrganisation(ctx, index, found.ref, at)) ?? resolve(index, found.ref, at) ?? (lede ? [lede] : null);
    if (names) assignSpeaker(quote, names, found.cue, methodOf(found, names), found.ref.mention);
    else {
      // "a spokeswoman for the emergency inspectorate said", or a "he said" after her: a body described but never named.
      const described = describedOrganisation(ctx, found.ref) ?? describedBodyMeant(ctx, index, found.ref, at);
      if (described) assignDescribedSpeaker(quote, described.label, found.cue, described.mention);
      else unnamed.add(i);
    }
  });
  carrySpeakers(ctx, index, quotations, quotes);
  creditSelfQuotes(ctx, quotations, quotes);
  if (model) creditByModel(ctx, index, quotations, quotes, unnamed, model);
  return unnamed;
}
