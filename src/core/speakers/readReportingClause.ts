/**
 * Reading a reporting clause around a quote or in a sentence of indirect speech: which token is a
 * verb of saying or stance, who its subject is (through appositions, parentheticals, coordinated
 * verbs and -ing forms), and the clauses "X said", "said X", "according to X".
 */
import { isPostNominal, isTitleWord } from '../entities/titles';
import type { AttributionMethod, Entity } from '../types';
import { isParticiple, isReportingVerb, isStanceVerb } from './reportingVerbs';
import { readSpeakerBackward, readSpeakerForward, type SpeakerRef } from './readSpeakerPhrase';
import { isPassiveAt } from './passiveVoice';
import { endsClauseAt, remembered, spanIndexAt, tokenAtOrAfter, type ReadingContext } from './readingContext';
import { resolveDescription, resolveJoint, resolveOrganisationPronoun, resolvePronoun, type ReferenceIndex } from './resolveReference';

/** How far (in tokens) the attribution looks around a quote: keeps the work per quote bounded. */
export const REACH = 60;

/** A speaker found for a quote, before it is written into the quote. */
export interface Found {
  ref: SpeakerRef;
  cue: string;
  method: AttributionMethod;
}

/** Adverbs and auxiliaries that may stand between a speaker and the verb ("Lavrov also said", "X has repeatedly warned"). */
const SKIPPABLE = /^(?:also|further|later|then|again|previously|once|repeatedly|has|have|had|was|is|were|would|will|earlier|subsequently|simply|only|just|recently|reportedly|quickly|bluntly|flatly|firmly)$/i;
/** Days and times that stand between a subject and its verb ("X on Monday said", "X yesterday warned"). */
const TIME_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|week|weekend|month|year|morning|afternoon|evening|night)$/;
/** Verbs of saying whose object is who is told, never who speaks ("told the BBC", "urged Israel"). */
const LISTENER_VERB = /^(?:told|tells|tell|telling|asked|asks|urged|urges|informed|informs|reminded|reminds|assured|assures|warned|warns)$/i;
/** Verbs of telling that always take the listener for object, so one with none after it is a passive ("…, MPs told"). */
const TRANSITIVE_TELLING = /^(?:told|informed|reminded|assured)$/i;
/** Relays, in lower case: the outlet or source that passed the words on, not who said them. */
const RELAYS = new Set(['quoted', 'reported', 'cited', 'relayed', 'carried', 'broadcast', 'published', 'according']);
/** Forms of the commonest verbs of saying, in lower case, which are verbs however they are tagged. */
const SAYING_FORMS = new Set(['said', 'says', 'told', 'tells', 'added', 'adds']);

/** Letters after a name ("Martin Ferrier KC", "Jane Roe MP", "Dara Walsh TD"), written with a capital. */
function isLettersAfterName(word: string): boolean {
  return /^\p{Lu}/u.test(word) && isPostNominal(word);
}

/** True when a token can be a verb of saying here (tagged a verb, or an unambiguous form like "said"). */
export function sayingAt(ctx: ReadingContext, k: number): boolean {
  return remembered(ctx, ctx.memo.saying, k, isSayingToken);
}

/** {@link sayingAt}, worked out. */
function isSayingToken(ctx: ReadingContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || RELAYS.has(ctx.lower[k])) return false;
  if (SAYING_FORMS.has(ctx.lower[k])) return true;
  if ((ctx.lower[k] === 'put' || ctx.lower[k] === 'puts') && ctx.tokens[k + 1]?.value === 'it') return true;
  return t.pos === 'VERB' && isReportingVerb(t.value);
}

/** True when a token outside quotations is a verb of saying here, and no -ing form (which reports nothing on its own). */
export function finiteSayingAt(ctx: ReadingContext, k: number): boolean {
  return ctx.quoteAt[k] < 0 && sayingAt(ctx, k) && !/ing$/.test(ctx.tokens[k].value);
}

/** True when a token is a verb of saying or stance here. */
export function stanceAt(ctx: ReadingContext, k: number): boolean {
  return remembered(ctx, ctx.memo.stance, k, isStanceToken);
}

/** {@link stanceAt}, worked out. */
function isStanceToken(ctx: ReadingContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || RELAYS.has(ctx.lower[k])) return false;
  // Headlines drop articles, so "FM slams …" gets "slams" tagged as a noun: a lower-case -s form
  // right after a name or title still counts there (in the story, "the Gulf states" is a noun).
  const headlineVerb = t.pos === 'NOUN' && /^\p{Ll}.*s$/u.test(t.value) && k > 0 && /^(?:PROPN|NOUN)$/.test(ctx.tokens[k - 1].pos) && /^\p{Lu}/u.test(ctx.tokens[k - 1].value) && inHeadline(ctx, t.start);
  // "…, ruling that the jury had been given a “…” account": an -ing form after a comma and before
  // "that" or a colon is a verb, however the tagger took it (a ruling, a finding).
  const participle = t.pos === 'NOUN' && /^\p{Ll}+ing$/u.test(t.value) && ctx.tokens[k - 1]?.value === ',' && /^(?:that|:)$/.test(ctx.tokens[k + 1]?.value ?? '');
  return sayingAt(ctx, k) || ((t.pos === 'VERB' || headlineVerb || participle) && isStanceVerb(t.value));
}

/** True when an offset lies in a headline or standfirst, where articles and auxiliaries are dropped. */
function inHeadline(ctx: ReadingContext, offset: number): boolean {
  const b = spanIndexAt(ctx.blocks, offset);
  return b >= 0 && (ctx.blocks[b].kind === 'headline' || ctx.blocks[b].kind === 'standfirst');
}

/**
 * Reads "quoted as saying" at token k ("quoted" or "cited"): the passive "X was quoted (by TASS)
 * as saying" gives `passive` (the speaker is the subject before); the active "TASS quoted X as
 * saying" gives X, never the outlet. Null when k does not start such a phrase.
 */
export function quotedAsSaying(ctx: ReadingContext, k: number, limit: number): { ref: SpeakerRef | null; next: number } | null {
  const { tokens } = ctx;
  if (!/^(?:quoted|cited)$/i.test(tokens[k]?.value ?? '')) return null;
  const asSaying = (j: number): boolean => /^as$/i.test(tokens[j]?.value ?? '') && /^(?:saying|telling|stating|writing)$/i.test(tokens[j + 1]?.value ?? '');
  let j = k + 1;
  // "was quoted by the TASS news agency as saying": the outlet is skipped.
  if (/^by$/i.test(tokens[j]?.value ?? '')) while (j < limit && j - k <= 10 && !asSaying(j)) j++;
  if (asSaying(j)) return { ref: null, next: j + 2 };
  const object = readSpeakerForward(ctx, k + 1, limit);
  if (object && asSaying(object.next)) return { ref: object.ref, next: object.next + 2 };
  return null;
}

/** Skips adverbs and auxiliaries to the right from k; returns the first other token index. */
function skipRight(ctx: ReadingContext, k: number, limit: number): number {
  while (k < limit && (ctx.tokens[k].pos === 'ADV' || SKIPPABLE.test(ctx.tokens[k].value))) k++;
  return k;
}

/**
 * The subject of the verb just after token `k` (reading left, no further than `floor`): adverbs and
 * auxiliaries are skipped, a name between commas is an apposition naming the subject, any other
 * stretch between commas is a parenthetical and is skipped; a lone comma ends the search (what
 * lies before it is an introductory phrase).
 */
export function subjectBefore(ctx: ReadingContext, k: number, floor: number): SpeakerRef | null {
  floor = Math.max(floor, k - REACH);
  if (k < floor) return null;
  // The same subject is asked for from quotes, claims and pronouns: read once per start and reach.
  const key = k * (REACH + 1) + (k - floor);
  const known = ctx.subjectsRead.get(key);
  if (known !== undefined) return known;
  const subject = readSubjectBefore(ctx, k, floor);
  ctx.subjectsRead.set(key, subject);
  return subject;
}

/** {@link subjectBefore}, worked out. */
function readSubjectBefore(ctx: ReadingContext, k: number, floor: number): SpeakerRef | null {
  const { tokens } = ctx;
  const companions: Entity[] = [];
  while (k >= floor) {
    const t = tokens[k];
    if (ctx.quoteAt[k] >= 0 || /^["“”'‘’«»„]$/.test(t.value)) return null;
    // "Mariela Quispe, who promised …": the relative pronoun stands for the name before it.
    if (/^who$/i.test(t.value) && tokens[k - 1]?.value === ',' && k - 2 >= floor && ctx.nameAt[k - 2] >= 0) return readSpeakerBackward(ctx, k - 2, floor);
    // "Pope Francis on Monday called …": a time between the subject and its verb.
    if (TIME_WORD.test(t.value)) {
      k -= /^(?:on|last|this|next|early|late)$/i.test(tokens[k - 1]?.value ?? '') ? 2 : 1;
      continue;
    }
    if (t.pos === 'AUX' || t.pos === 'PART' || (t.pos === 'ADV' && !/^(?:who|which|that)$/i.test(t.value)) || SKIPPABLE.test(t.value) || isLettersAfterName(t.value)) {
      k--;
      continue;
    }
    // "pledged to maintain a “…”": the subject of the verb the infinitive depends on.
    if (t.pos === 'VERB' && ctx.tokens[k + 1]?.value === 'to') {
      k--;
      continue;
    }
    // "Lavrov addressed the conflict and highlighted their “…”": the subject of the first verb
    // (a finite one: "supported titling small farms but wanted" goes back to "supported").
    if (/^(?:and|but)$/.test(t.value)) {
      const finite = (v: number): boolean => ctx.quoteAt[v] < 0 && tokens[v].pos === 'VERB' && !/ing$/.test(tokens[v].value) && tokens[v - 1]?.value !== 'to';
      let v = k - 1;
      // "Of the people whose puzzles she publishes, the oldest is ninety-one and has asked …": a
      // clause with a verb of its own ("is") before a comma never goes on with a verb beyond it.
      let auxiliary = false;
      while (v >= floor && !finite(v) && !/^[.;:!?]$/.test(tokens[v].value) && !(auxiliary && tokens[v].value === ',')) {
        if (tokens[v].pos === 'AUX') auxiliary = true;
        v--;
      }
      if (v < floor || tokens[v].pos !== 'VERB' || ctx.quoteAt[v] >= 0) return null;
      // "Tom Hale paused, smiled and said", "she counted on her fingers, stopped at two, and
      // said": a series of verbs after commas shares the first one's subject.
      for (;;) {
        let w = v - 2;
        if (tokens[v - 1]?.value !== ',') break;
        while (w >= floor && !finite(w) && tokens[w].value !== ',' && !endsClauseAt(ctx, w) && ctx.quoteAt[w] < 0) w--;
        if (w < floor || !finite(w)) break;
        // "The union, which represents 9,000 workers, welcomed the order but said": a relative clause's verb is no verb of the series.
        let r = w - 1;
        while (r > floor && (tokens[r].pos === 'AUX' || tokens[r].pos === 'ADV')) r--;
        if (/^(?:who|which|that|whose)$/i.test(tokens[r]?.value ?? '')) break;
        v = w;
      }
      k = v - 1;
      continue;
    }
    if (t.value === ',' || t.value === '—' || t.value === '–' || t.value === ')') {
      const opener = t.value === ')' ? '(' : t.value;
      let j = k - 1;
      while (j >= floor && k - j < 30 && tokens[j].value !== opener && ctx.quoteAt[j] < 0 && !endsClauseAt(ctx, j)) j--;
      if (j < floor || tokens[j].value !== opener) return null;
      // "the Dutch regulator, Autoriteit Persoonsgegevens (AP), said": the name before its bracketed short form.
      let innerLast = k - 1;
      // "Sen. Marcus Oyelaran-Hughes (D-Milwaukee),": the name before its bracket, however long.
      if (tokens[innerLast]?.value === ')') {
        let open = innerLast - 1;
        while (open > j && innerLast - open <= 8 && tokens[open].value !== '(') open--;
        if (tokens[open]?.value === '(') innerLast = open - 1;
      }
      // "Mr Reid's barrister, Ian Pratt KC, told": letters after the name.
      while (innerLast > j + 1 && isLettersAfterName(tokens[innerLast].value)) innerLast--;
      const inner = opener === '(' ? null : readSpeakerBackward(ctx, innerLast, j + 1);
      // "The vessel's operator, Kivu Lake Lines, said": an organisation named after its description speaks too.
      if (inner?.kind === 'name' && (inner.names[0].type !== 'PLACE' || inner.names.length > 1) && onlyTitlesBetween(ctx, j + 1, inner.mention.start)) return withPartnerBefore(ctx, inner, j, floor);
      // "The statement, signed by Senators A and B, said": the signatories speak through their text.
      const signatories = opener === ',' ? signedBy(ctx, j + 1, k) : null;
      if (signatories) return signatories;
      companions.push(...(opener === ',' ? companionsIn(ctx, j + 1, k) : []));
      // "Ana Ruiz, 34, a teacher from Leeds, said", "Sen. Tom Eckersley, D-N.M., a longtime
      // supporter of …, called": the comma that opened this apposition may close another one.
      if (opener === ',' && !isApposition(ctx, j, k)) {
        // "Ruth Adair, whose son, Liam Adair, 19, was among the injured, said": the end of a
        // relative clause; its subject stands before the comma that opened it.
        const relative = relativeOpenerBefore(ctx, j, floor);
        k = relative >= 0 ? relative - 2 : j - 1;
      } else k = opener === ',' && closesApposition(ctx, j, floor) ? j : j - 1;
      continue;
    }
    const subject = readSpeakerBackward(ctx, k, floor);
    // "Anna Berg, together with her co-author Lars Holm, said": the companions speak with the subject.
    if (subject?.kind === 'name' && companions.length > 0 && subject.names.every((n) => n.type === 'PERSON')) return { ...subject, names: [...subject.names, ...companions.reverse()] };
    return subject;
  }
  return null;
}

/**
 * True when the comma at token `comma` closes an apposition opened by an earlier comma of the
 * same clause: a short run without a verb ("34", "D-N.M.", "the club's captain") or a relative
 * clause ("who lives in Leeds") stands between them.
 */
function closesApposition(ctx: ReadingContext, comma: number, floor: number): boolean {
  for (let j = comma - 1; j >= floor && comma - j <= 12; j--) {
    if (ctx.quoteAt[j] >= 0 || endsClauseAt(ctx, j)) return false;
    if (ctx.tokens[j].value === ',') return j < comma - 1 && isApposition(ctx, j, comma);
  }
  return false;
}

/**
 * The "who", "whose" or "which" after a comma that opens the relative clause the comma at token
 * `comma` ends, within its sentence and twenty tokens; -1 when none does.
 */
function relativeOpenerBefore(ctx: ReadingContext, comma: number, floor: number): number {
  for (let j = comma - 1; j > floor && comma - j <= 20; j--) {
    if (ctx.quoteAt[j] >= 0 || endsClauseAt(ctx, j)) return -1;
    if (/^(?:who|whose|which)$/i.test(ctx.tokens[j].value) && ctx.tokens[j - 1].value === ',') return j;
  }
  return -1;
}

/**
 * True when the tokens between the commas at `open` and `close` can be an apposition: no verb
 * before a relative pronoun ("34", "a physiotherapist from Utrecht who has climbed five peaks",
 * "who lives in Leeds"). The end of a longer relative clause ("whose father, Frederick Lowe, 91,
 * was among the victims,") is none: its subject stands farther back.
 */
function isApposition(ctx: ReadingContext, open: number, close: number): boolean {
  const { tokens } = ctx;
  for (let j = open + 1; j < close; j++) {
    if (/^(?:who|whose|which|that)$/i.test(tokens[j].value)) return true;
    // "of Perth-based Ellery Hale Capital": a participle glued to a word by a hyphen is an adjective.
    const glued = tokens[j - 1].value === '-' && tokens[j - 1].end === tokens[j].start && tokens[j - 2]?.end === tokens[j - 1].start;
    if ((tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX') && !glued) return false;
  }
  return true;
}

/**
 * "the union's chairman, Chief Ike Obi, and its secretary, Musa Danladi, said": a person named in
 * apposition to a description that "and" joins to another person named in apposition speaks with
 * that person. `ref` is the name read between the commas at `comma` and the verb; it comes back
 * with the partner's name before it, or alone.
 */
function withPartnerBefore(ctx: ReadingContext, ref: Extract<SpeakerRef, { kind: 'name' }>, comma: number, floor: number): SpeakerRef {
  const { tokens } = ctx;
  if (ref.names.some((n) => n.type !== 'PERSON')) return ref;
  // Back over the description ("its secretary", "the deputy chair") to "and", then ", Name,".
  let k = comma - 1;
  while (k > floor && comma - k <= 5 && ctx.nameAt[k] < 0 && /^\p{Ll}/u.test(tokens[k].value) && /^(?:NOUN|ADJ|DET|PRON)$/.test(tokens[k].pos)) k--;
  if (k === comma - 1 || !/^and$/i.test(tokens[k].value) || tokens[k - 1]?.value !== ',' || k - 2 < floor) return ref;
  const partner = readSpeakerBackward(ctx, k - 2, floor);
  if (partner?.kind !== 'name' || partner.names.some((n) => n.type !== 'PERSON')) return ref;
  return { kind: 'name', names: [...partner.names, ...ref.names], mention: { start: partner.mention.start, end: ref.mention.end } };
}

/**
 * The people after "together with", "along with" or "jointly with" opening the stretch [from, to)
 * between commas, when a person's name (with titles or a description before it) ends it ("together
 * with her co-author Lars Holm"); none otherwise.
 */
function companionsIn(ctx: ReadingContext, from: number, to: number): Entity[] {
  const { tokens } = ctx;
  if (!/^(?:together|along|jointly)$/i.test(tokens[from]?.value ?? '') || !/^with$/i.test(tokens[from + 1]?.value ?? '')) return [];
  const last = to - 1;
  if (last <= from + 1 || ctx.nameAt[last] < 0) return [];
  const ref = readSpeakerBackward(ctx, last, from + 2);
  return ref?.kind === 'name' && ref.names.every((n) => n.type === 'PERSON') ? ref.names : [];
}

/**
 * The names after "signed by", "issued by" or "written by" opening the stretch [from, to) between
 * commas, when they fill it ("signed by Senators Ruth Calloway and Dale Whitcomb"); null otherwise.
 */
function signedBy(ctx: ReadingContext, from: number, to: number): SpeakerRef | null {
  const { tokens } = ctx;
  if (!/^(?:signed|co-signed|issued|written|released)$/i.test(tokens[from]?.value ?? '') || !/^by$/i.test(tokens[from + 1]?.value ?? '')) return null;
  const read = readSpeakerForward(ctx, from + 2, to);
  return read?.ref.kind === 'name' && read.next === to ? read.ref : null;
}

/** True when tokens from index `first` up to offset `end` are only title words, nouns of roles, nationalities, articles, names or possessives ("the former King's Lynn manager", "publicist"). */
function onlyTitlesBetween(ctx: ReadingContext, first: number, end: number): boolean {
  for (let k = first; k < ctx.tokens.length && ctx.tokens[k].start < end; k++) {
    const t = ctx.tokens[k];
    // "…, Engr. Olumide Adeyemi-Ogunleye, told": a title written short keeps its point.
    const point = t.value === '.' && !endsClauseAt(ctx, k);
    if (!(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || /^\p{Lu}/u.test(t.value) || ctx.nameAt[k] >= 0 || /^['’]s$/.test(t.value) || isTitleWord(t.value) || point)) return false;
  }
  return true;
}

/**
 * The subject of the clause an -ing form hangs on (for "…, stating: “…”"): the nearest finite verb
 * of saying or stance before it ("Lavrov informed that …, adding that …"), else the sentence's
 * first finite verb ("The minister … shared his assessment …, noting that …"). When that verb
 * stands in a clause reported by a verb of saying before it, with no comma between ("She wrote
 * that the letter had called the firm “sleepy”, adding: “…”"), the -ing form hangs on the
 * reporting verb: the writer adds, not the letter. With no finite verb before it, the -ing form
 * opens the sentence and hangs on the main clause after it, read up to token `limit`.
 */
export function participleSubject(ctx: ReadingContext, floor: number, participle: number, limit: number): { ref: SpeakerRef | null; verb: number } | null {
  floor = Math.max(floor, participle - REACH);
  const finite = (m: number): boolean => ctx.quoteAt[m] < 0 && (ctx.tokens[m].pos === 'VERB' || stanceAt(ctx, m)) && !/ing$/.test(ctx.tokens[m].value);
  for (let m = participle - 1; m >= floor; m--) {
    if (!finite(m) || !stanceAt(ctx, m)) continue;
    let verb = m;
    for (let v = m - 1; v >= floor && ctx.tokens[v].value !== ',' && !/^[.;:!?]$/.test(ctx.tokens[v].value); v--) {
      if (finiteSayingAt(ctx, v)) verb = v;
    }
    return { ref: subjectBefore(ctx, verb - 1, floor), verb };
  }
  for (let m = floor; m < participle; m++) {
    if (finite(m)) return { ref: subjectBefore(ctx, m - 1, floor), verb: m };
  }
  // "Speaking to reporters on Monday, Smith called the plan “reckless”": a phrase opening the
  // sentence hangs on the main clause after it.
  return mainClauseSubject(ctx, floor, limit);
}

/** Words opening a subordinate clause, in lower case, whose verb is not the main clause's ("as the evacuees queued"). */
const SUBORDINATORS = new Set(['as', 'when', 'while', 'whilst', 'after', 'before', 'because', 'since', 'although', 'though', 'if', 'once', 'until', 'whereas']);
/**
 * Words that open a phrase before a sentence's main clause: subordinators ("As the evacuees
 * queued,"), prepositions ("After the vote,", "Despite the rain,") and the participles news
 * English opens with ("Asked about …,", "Speaking to reporters,", "Having lost,").
 */
const OPENING_WORD = new RegExp(`^(?:${[...SUBORDINATORS].join('|')})$|^(?:asked|pressed|questioned|speaking|having|despite|following|in|on|at|with|for|during|unlike|like)$`, 'i');

/** True when token k can open a phrase that comes before the main clause (see {@link OPENING_WORD}), or is a preposition, a subordinator or an -ing form. */
export function opensPhrase(ctx: ReadingContext, k: number): boolean {
  const t = ctx.tokens[k];
  return t !== undefined && (OPENING_WORD.test(t.value) || t.pos === 'ADP' || t.pos === 'SCONJ' || (t.pos === 'VERB' && /ing$/i.test(t.value)));
}

/** Words after a comma that go on with the phrase before it rather than open the main clause ("whose", "which", "where"). */
const GOES_ON = /^(?:who|whom|whose|which|where|that|and|or|but)$/i;

/**
 * The first token of the main clause after a phrase opening at token `floor` ("Asked whether
 * Chad, whose people are poor, could cope, she was emphatic" → "she"): the token after the first
 * comma that a subject follows (not a relative pronoun, a conjunction, a verb or a preposition).
 * -1 when no such comma stands before `end`.
 */
function clauseAfterOpeningPhrase(ctx: ReadingContext, floor: number, end: number): number {
  const { tokens } = ctx;
  for (let c = floor + 1; c + 1 < end && c - floor < REACH; c++) {
    if (tokens[c].value !== ',' || ctx.quoteAt[c] >= 0) continue;
    const next = tokens[c + 1];
    if (!GOES_ON.test(next.value) && !/^(?:VERB|AUX|ADP|CCONJ|SCONJ|PUNCT|PART)$/.test(next.pos)) return c + 1;
  }
  return -1;
}

/**
 * The subject and verb of the main clause of a sentence, read from token `floor` up to `end` (a
 * colon, a quote, the sentence's end): the first finite verb outside quotations and its subject.
 * A phrase opening the sentence is skipped up to the comma after which the main clause starts
 * ("Speaking to a radio station as evacuees queued, Ms Harcourt struck a similar note:" is
 * Harcourt's clause, not the evacuees'), and so is a stretch between commas after the subject
 * ("Ruiz, whose side plays on Tuesday, was unrepentant"). Null when no such verb stands there.
 */
export function mainClauseSubject(ctx: ReadingContext, floor: number, end: number): { ref: SpeakerRef | null; verb: number } | null {
  const { tokens } = ctx;
  // "In a statement on Saturday he said:": an opening phrase with no comma runs into the clause.
  const start = opensPhrase(ctx, floor) ? Math.max(floor, clauseAfterOpeningPhrase(ctx, floor, end)) : floor;
  let subordinate = false;
  for (let m = start; m < end && m - start < REACH; m++) {
    const t = tokens[m];
    if (ctx.quoteAt[m] >= 0) continue;
    if (t.value === ',') {
      // An apposition or relative clause after the subject: its verbs are not the main one.
      let close = m + 1;
      while (m > start && !subordinate && close < end && close - m < 30 && tokens[close].value !== ',' && ctx.quoteAt[close] < 0) close++;
      if (m > start && !subordinate && close < end && tokens[close].value === ',') m = close;
      subordinate = false;
      continue;
    }
    // "Hours after the ferry sank, as relatives gathered, the harbour master read …": a
    // subordinate clause or -ing phrase runs to its comma.
    if (SUBORDINATORS.has(ctx.lower[m]) || (t.pos === 'VERB' && ctx.lower[m].endsWith('ing'))) subordinate = true;
    if (!subordinate && (t.pos === 'VERB' || t.pos === 'AUX')) return { ref: subjectBefore(ctx, m - 1, start), verb: m };
  }
  return null;
}

/**
 * Reads a reporting clause starting at token j (before `limit`): "according to X", "said X",
 * "X said", "X, the minister, said", "X told reporters".
 */
export function attributionClause(ctx: ReadingContext, j: number, limit: number): Found | null {
  const { tokens } = ctx;
  if (j >= limit) return null;
  if (/^according$/i.test(tokens[j].value) && tokens[j + 1]?.value === 'to') {
    const r = readSpeakerForward(ctx, j + 2, limit);
    return r ? { ref: r.ref, cue: 'according to', method: 'according-to' } : null;
  }
  // "said X": only verbs whose subject may follow them; after "told", "asked" or "urged" comes the listener.
  // An -ing form never has its subject after it ("“…”, adding that …" continues the clause before the quote).
  if (sayingAt(ctx, j)) {
    if ((LISTENER_VERB.test(tokens[j].value) && !invertedAfterQuote(ctx, j)) || isParticiple(tokens[j].value)) return null;
    const r = readSpeakerForward(ctx, j + 1, limit);
    return r ? { ref: r.ref, cue: tokens[j].value, method: 'explicit-after' } : null;
  }
  // "“…,” the statement said", "“…,” the statement read in part", "“…,” the letter said": whoever
  // issued the statement or wrote the letter a sentence or two before.
  if (/^the$/i.test(tokens[j].value) && AUTHORED_TEXT.test(tokens[j + 1]?.value ?? '') && j + 2 < limit && (sayingAt(ctx, j + 2) || /^reads?$/i.test(tokens[j + 2].value))) {
    const author = statementAuthor(ctx, tokens[j].start, tokens[j + 1].value);
    return author ? { ref: author, cue: tokens[j + 2].value, method: 'explicit-after' } : null;
  }
  const r = readSpeakerForward(ctx, j, limit);
  if (!r) return null;
  let k = skipRight(ctx, r.next, limit);
  // "the mother of five said", "the father of three told …": a short "of" phrase after a description.
  if (r.ref.kind === 'description' && tokens[k]?.value === 'of') {
    let e = k + 1;
    while (e < limit && e - k <= 2 && /^(?:NUM|NOUN)$/.test(tokens[e].pos)) e++;
    if (e > k + 1 && e < limit && sayingAt(ctx, e)) k = e;
  }
  // "X, of the Portland firm Pruitt, Valdez & Okafor, said": the verb after an apposition, which may hold commas itself.
  if (tokens[k]?.value === ',') {
    for (let e = k + 1; e < limit && e - k <= 24; e++) {
      if (ctx.quoteAt[e] >= 0 || /^[.;:!?]$/.test(tokens[e].value)) break;
      if (tokens[e].value !== ',') continue;
      const verb = skipRight(ctx, e + 1, limit);
      if (verb < limit && sayingAt(ctx, verb)) {
        k = verb;
        break;
      }
    }
  }
  if (k < limit && sayingAt(ctx, k)) return listensAt(ctx, k, limit) ? null : { ref: r.ref, cue: tokens[k].value, method: 'explicit-after' };
  // "“…,” a statement from Harbour Council read": a statement reads what its author says.
  if (k < limit && /^reads?$/i.test(tokens[k].value) && /^(?:statement|communiqu[eé])$/i.test(tokens[j + 1]?.value ?? '') && /^from$/i.test(tokens[j + 2]?.value ?? '')) return { ref: r.ref, cue: tokens[k].value, method: 'explicit-after' };
  // "“…,” X was quoted as saying by TASS." / "“…,” TASS quoted X as saying.": the outlet only relays.
  const quoted = quotedAsSaying(ctx, k, limit);
  if (quoted) return { ref: quoted.ref ?? r.ref, cue: 'quoted as saying', method: 'explicit-after' };
  return null;
}

/**
 * True when the verb at token k, one that takes a listener ("asked", "urged", "warned"), stands in
 * lower case right after a quote's closing mark (and its comma): "“Who pays?” asked Ruth Kessler",
 * "“Go home,” urged the steward". There the subject follows the verb, as after "said"; a verb of
 * telling ("told", "informed") always has its listener after it.
 */
function invertedAfterQuote(ctx: ReadingContext, k: number): boolean {
  const { tokens } = ctx;
  let before = k - 1;
  if (tokens[before]?.value === ',') before--;
  return !TRANSITIVE_TELLING.test(tokens[k].value) && /^\p{Ll}/u.test(tokens[k].value) && before >= 0 && /^["”’'»]$/.test(tokens[before].value) && ctx.quoteAt[before] < 0;
}

/**
 * True when the subject of the verb of telling at token k is who listens: a passive ("…, the
 * committee was told", "…, the jurors were reminded") or, as headlines write it without "was", a
 * verb that needs a listener with none after it before `limit` or the clause's end ("… ‘misled
 * investors’, MPs told", "Pilot ‘ignored warnings’, inquiry told").
 */
function listensAt(ctx: ReadingContext, k: number, limit: number): boolean {
  const { tokens } = ctx;
  if (!LISTENER_VERB.test(tokens[k].value)) return false;
  if (isPassiveAt(ctx, k)) return true;
  return TRANSITIVE_TELLING.test(tokens[k].value) && (k + 1 >= limit || /^[.;:!?]$/.test(tokens[k + 1].value));
}

/**
 * Reads "according to X," starting at token `a` ("according"), up to the comma that closes it
 * (within 16 tokens, before `limit`): the source found and the comma's token, or null when the
 * tokens there are no such phrase, it has no closing comma or names nobody.
 */
export function accordingToAt(ctx: ReadingContext, a: number, limit: number): { found: Found; comma: number } | null {
  const { tokens } = ctx;
  if (!/^according$/i.test(tokens[a]?.value ?? '') || tokens[a + 1]?.value !== 'to' || ctx.quoteAt[a] >= 0) return null;
  let comma = a + 2;
  while (comma < limit && comma - a < 16 && tokens[comma].value !== ',') comma++;
  const found = comma < limit && tokens[comma].value === ',' ? attributionClause(ctx, a, comma) : null;
  return found ? { found, comma } : null;
}

/**
 * Resolves a reference to the entities it names, or null when unsure. A short name the article
 * defined in brackets ("Autoriteit Persoonsgegevens (AP)") stands for the full one.
 */
export function resolve(index: ReferenceIndex, ref: SpeakerRef, offset: number): Entity[] | null {
  return resolveNames(index, ref, offset)?.map((n) => index.aliases.get(n.text) ?? n) ?? null;
}

function resolveNames(index: ReferenceIndex, ref: SpeakerRef, offset: number): Entity[] | null {
  switch (ref.kind) {
    case 'name':
      return ref.names;
    case 'pronoun': {
      const e = resolvePronoun(index, ref.gender, offset);
      return e ? [e] : null;
    }
    case 'neuter': {
      const e = resolveOrganisationPronoun(index, offset);
      return e ? [e] : null;
    }
    case 'joint':
      return resolveJoint(index, offset, ref.count);
    case 'description': {
      const e = resolveDescription(index, ref.words, ref.head, ref.organisation, offset, ref.possessed, ref.affiliation);
      return e ? [e] : null;
    }
    default:
      return null;
  }
}

/**
 * The first verb of saying outside quotations among tokens [floor, end), no further than `reach`
 * tokens from `floor` (an -ing form reports nothing on its own), and the subject before it read no
 * further back than `floor`; null when there is no such verb. A later verb of saying stands in the
 * words the first reports ("X said his team leader had warned …"), so only the first is read.
 */
export function firstSayingSubject(ctx: ReadingContext, floor: number, end: number, reach: number): { ref: SpeakerRef | null; verb: number } | null {
  for (let k = floor; k < end && k - floor < reach; k++) {
    if (finiteSayingAt(ctx, k)) return { ref: subjectBefore(ctx, k - 1, floor), verb: k };
  }
  return null;
}

/** Texts that speak for whoever put them out ("the statement said", "the letter said"): the same noun names them in the sentence that says who did. */
const AUTHORED_TEXT = /^(?:statement|communiqu[eé]|letter)$/i;

/** Verbs that put out a text, whose subject is its author ("issued a statement", "released a short statement"). */
const ISSUING_VERB = /^(?:issued|issues|released|releases|published|publishes|posted|posts)$/i;

/**
 * Who issued the statement that "the statement said" refers to (or wrote the letter of "the
 * letter said", `noun`): the subject of the verb of saying in one of the two sentences before,
 * when that sentence mentions a statement ("Caritas said in a statement that …", "X and Y said in
 * a joint letter that …"), or of the verb that put the statement out ("The synod issued a
 * statement on Monday."). Null when no such sentence is found.
 */
function statementAuthor(ctx: ReadingContext, offset: number, noun: string): SpeakerRef | null {
  const s = spanIndexAt(ctx.sentences, offset);
  // A communiqué is announced as a statement ("said in a statement"); a letter as a letter.
  const word = /^letter$/i.test(noun) ? 'letter' : 'statement';
  for (let p = s - 1; p >= 0 && p >= s - 2; p--) {
    const floor = tokenAtOrAfter(ctx, ctx.sentences[p].start);
    const end = tokenAtOrAfter(ctx, ctx.sentences[p].end);
    let statement = -1;
    for (let k = floor; k < end && statement < 0; k++) if (ctx.quoteAt[k] < 0 && ctx.lower[k] === word) statement = k;
    if (statement < 0) continue;
    const issued = issuingVerbBefore(ctx, statement, floor);
    if (issued >= 0) return subjectBefore(ctx, issued - 1, floor);
    return firstSayingSubject(ctx, floor, end, REACH)?.ref ?? null;
  }
  return null;
}

/** The verb that put out the statement at token `statement` ("issued a brief statement"): its token, or -1 when none stands within three words before. */
function issuingVerbBefore(ctx: ReadingContext, statement: number, floor: number): number {
  for (let k = statement - 1; k >= floor && statement - k <= 4; k--) {
    if (ISSUING_VERB.test(ctx.tokens[k].value)) return k;
    // "a short statement", "a joint written statement": articles, adjectives, nouns and participles between.
    if (!/^(?:DET|ADJ|NOUN)$/.test(ctx.tokens[k].pos) && !/^\p{Ll}+(?:ed|en)$/u.test(ctx.tokens[k].value)) return -1;
  }
  return -1;
}

