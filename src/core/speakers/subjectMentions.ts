/**
 * Where a clause's subject stands, for pronouns and descriptions to point back at: a name opening
 * a clause before its verb ("Russia's deputy envoy Dmitry Volkonsky, the diplomat who led the
 * talks, defended …"), people named together ("Putin and Lula held …"), a person introduced after
 * a copula ("Among the walkers was …"), an unnamed plural subject ("Residents said") and a name the
 * recogniser missed ("Inés García de la Fuente, who …, said"). Names in prepositional phrases,
 * possessives, subordinate clauses and appositions to an object are not subjects.
 */
import { isDemonym } from '../entities/gazetteer';
import { isPostNominal, isTitleHead, isTitleWord } from '../entities/titles';
import { startsLowerCase, startsUpperCase } from '../entities/letterCase';
import type { Entity } from '../types';
import { endsClauseAt, remembered, spanIndexAt, tokenAtOrAfter, type ReadingContext } from './readingContext';
import { isOrganisationNoun, isPersonNoun } from './readSpeakerPhrase';
import { isReportingVerb } from './reportingVerbs';
import { spellOutNameTitle } from './titleAbbreviations';

/**
 * The people named together as the subject that opens with the person mention at [first, last]:
 * "Putin and Lula held …", "Putin, Lula and Xi said …", "Finance Minister Ruth Adeyemi and her
 * Ghanaian counterpart Kwame Boateng met …", "Oman's Minister of Energy, Hilal al-Busaidi, and
 * Kuwait's Oil Minister, Nawaf al-Roumi, said …". Reading right up to the clause's verb, only
 * names, titles and their qualifiers, commas and "and" may stand; at least two different people
 * must be joined by an "and", and the last may not be someone's possessor ("Smith and Jones's
 * lawyer said"). Returns the people and the token of the verb, or null.
 */
export function coordinatedPeople(ctx: ReadingContext, first: number): { names: Entity[]; verb: number } | null {
  const { tokens, names, nameAt } = ctx;
  const people = [names[nameAt[first]]];
  const kind = people[0].type;
  let joined = false;
  let k = first;
  while (k + 1 < tokens.length && nameAt[k + 1] === nameAt[first]) k++;
  let lastPerson = k;
  for (k++; k < tokens.length && k - first <= 40; k++) {
    const t = tokens[k];
    if (t.pos === 'VERB' || t.pos === 'AUX') break;
    if (ctx.quoteAt[k] >= 0) return null;
    if (nameAt[k] >= 0) {
      const entity = names[nameAt[k]];
      while (k + 1 < tokens.length && nameAt[k + 1] === nameAt[k]) k++;
      if (entity.type !== kind) continue;
      if (!people.some((p) => p.key === entity.key)) people.push(entity);
      lastPerson = k;
      continue;
    }
    if (/^(?:and|&)$/.test(t.value)) {
      if (people.length >= 1) joined = true;
      continue;
    }
    // "Reyes and Lind, who grew up two streets apart, both called …": the relative clause is read past.
    if (/^who$/i.test(t.value) && tokens[k - 1].value === ',') {
      const close = closingComma(ctx, k);
      if (close < 0) return null;
      k = close;
      continue;
    }
    if (!isQualifier(ctx, k)) return null;
  }
  if (k >= tokens.length || !(tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX')) return null;
  if (/^['’]s?$/.test(tokens[lastPerson + 1]?.value ?? '') || appositionToObject(ctx, first, lastPerson)) return null;
  // Teams, firms or countries named together speak together only through a verb of saying
  // ("Hamas and Islamic Jihad said in a joint statement"): "Rovers and City drew" says nothing.
  if (kind !== 'PERSON' && !(tokens[k].pos === 'VERB' && isReportingVerb(tokens[k].value))) return null;
  return joined && people.length >= 2 ? { names: people, verb: k } : null;
}

/** The comma closing a relative clause that opens at token k, within twenty tokens and its sentence; -1 when none does. */
function closingComma(ctx: ReadingContext, k: number): number {
  for (let c = k + 1; c < ctx.tokens.length && c - k <= 20; c++) {
    if (ctx.quoteAt[c] >= 0 || /^[.;:!?]$/.test(ctx.tokens[c].value)) return -1;
    if (ctx.tokens[c].value === ',') return c;
  }
  return -1;
}

/**
 * True when the token at k can stand in a subject between names: a comma, a title or
 * nationality, an article or possessive, a lower-case noun or adjective ("counterpart",
 * "founder"), a capitalised word, an age, or a preposition inside a title ("Minister of Energy").
 */
function isQualifier(ctx: ReadingContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (t.value === ',' || /^['’]s$/.test(t.value) || /^\d{1,3}$/.test(t.value)) return true;
  // "Minister of Energy", "Imam Sajid al-Azhari, of the Bury Road mosque,": a title's or an affiliation's preposition.
  if (/^(?:of|for|at|from)$/.test(t.value)) return k > 0 && (startsUpperCase(ctx.tokens[k - 1].value) || ctx.tokens[k - 1].value === ',');
  return isTitleWord(t.value) || isDemonym(t.value) || /^(?:his|her|their)$/i.test(t.value) || /^(?:DET|ADJ|NOUN|PROPN)$/.test(t.pos);
}

/** Where a "they" can no longer point at a joint subject starting at `offset`: the end of the next sentence. */
export function reachOfJoint(ctx: ReadingContext, offset: number): number {
  const s = spanIndexAt(ctx.sentences, offset);
  if (s < 0) return offset;
  return (ctx.sentences[s + 1] ?? ctx.sentences[s]).end;
}

// Regular expressions with Unicode classes, made once: they run for most tokens of an article.
/** A capital then a lower-case letter: "Espoir", "Brightwater". */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}/u;
/** A word in lower-case letters only. */
const LOWER_CASE_WORD = /^\p{Ll}+$/u;
/** An -ing form in lower case: "speaking", "standing". */
const LOWER_CASE_ING = /^\p{Ll}+ing$/u;

/** Lower-case particles inside names ("Inés García de la Fuente", "Jan van der Berg", "Khalid bin Saeed"). */
const NAME_PARTICLE = /^(?:de|del|della|der|den|di|da|do|dos|das|du|la|le|van|von|bin|ibn|al|el|y)$/;
/** A particle or a hyphen between two words of one name. */
const NAME_JOINER = new RegExp(`${NAME_PARTICLE.source}|^-$`);

/** True when token j is a capitalised proper noun outside every name and quotation, and no title. */
function unrecognisedNameWord(ctx: ReadingContext, j: number): boolean {
  return remembered(ctx, ctx.memo.unrecognisedNameWord, j, isUnrecognisedNameWord);
}

/** {@link unrecognisedNameWord}, worked out. */
function isUnrecognisedNameWord(ctx: ReadingContext, j: number): boolean {
  const t = ctx.tokens[j];
  return (t.pos === 'PROPN' || t.pos === 'X') && ctx.nameAt[j] < 0 && ctx.quoteAt[j] < 0 && CAPITALISED_WORD.test(t.value) && !isTitleWord(t.value);
}

/**
 * When a name the recogniser missed opens a clause at token k (two or more capitalised words, or
 * one right before a verb of saying, no title or organisation word among them, then the clause's
 * verb), the index of the token after
 * it; otherwise k.
 */
export function unrecognisedNameEnd(ctx: ReadingContext, k: number): number {
  const { tokens } = ctx;
  if (!unrecognisedNameWord(ctx, k)) return k;
  let end = k + 1;
  let words = 1;
  // A particle or a hyphen joins the words of one name ("García de la Fuente", "Hydro-Québec").
  while (end < tokens.length && end - k < 8 && (unrecognisedNameWord(ctx, end) || (NAME_JOINER.test(tokens[end].value) && end + 1 < tokens.length && unrecognisedNameWord(ctx, end + 1)))) {
    if (unrecognisedNameWord(ctx, end)) words++;
    end++;
  }
  // "the Nazca and South American plates": capitalised words before a common noun qualify it and name nobody.
  const modifier = end < tokens.length && tokens[end].pos === 'NOUN' && startsLowerCase(tokens[end].value);
  // One capitalised word is a name only in apposition before a verb of saying: "…, who gave only
  // his first name, Espoir, said" ("Contracts concluded before …" opening a sentence is no name).
  if ((words < 2 && !(tokens[k - 1]?.value === ',' && sayingFollows(ctx, end))) || modifier || !opensClauseBefore(ctx, k) || !verbFollows(ctx, end - 1)) return k;
  const b = spanIndexAt(ctx.blocks, tokens[k].start);
  return b >= 0 && ctx.blocks[b].kind === 'paragraph' ? end : k;
}

/** True when a verb of saying (no -ing form) stands at token k, or after a comma there. */
function sayingFollows(ctx: ReadingContext, k: number): boolean {
  const verb = ctx.tokens[k]?.value === ',' ? k + 1 : k;
  const t = ctx.tokens[verb];
  return t !== undefined && t.pos === 'VERB' && isReportingVerb(t.value) && !/ing$/.test(t.value);
}

/** Plural nouns for people that are no plural of a person noun ("people", "families", "protesters"). */
const PLURAL_PEOPLE = /^(?:people|men|women|children|families|crowds|protesters|demonstrators|voters|members|supporters|critics|villagers|relatives|parents|refugees|migrants|delegates|mourners|pilgrims|rescuers)$/;

/** Words before a plural noun, in lower case, that make it an object or a count, not people acting together ("their supporters", "told reporters"). */
const NOT_PARTY_BEFORE = new Set(['their', 'his', 'her', 'its', 'two', 'three', 'four', 'both', 'told', 'asked', 'urged', 'informed', 'briefed', 'assured']);

/**
 * True when the token at k names an unnamed plural party that a "they" after it may stand for: a
 * lower-case plural noun right before a verb ("Residents said", "two crew members were
 * rescued"), or a plural of people anywhere ("met farmers' leaders", "visited residents"),
 * outside quotations. What belongs to someone named ("their countries would contribute"), people
 * counted as the ones named ("the two leaders") and the ones told ("told reporters") are not
 * another party.
 */
export function isPluralParty(ctx: ReadingContext, k: number): boolean {
  const { tokens } = ctx;
  const t = tokens[k];
  const next = tokens[k + 1];
  if (ctx.quoteAt[k] >= 0 || t.pos !== 'NOUN' || !LOWER_CASE_WORD.test(t.value) || !next) return false;
  let d = k - 1;
  while (d >= 0 && tokens[d].pos === 'ADJ') d--;
  if (d >= 0 && NOT_PARTY_BEFORE.has(ctx.lower[d])) return false;
  const plural = /[^s]s$/.test(t.value);
  // "“…,” the ministers said": officials by title, with "the", point back at the ones named together.
  const singularTitle = plural ? t.value.slice(0, -1) : '';
  if (plural && ctx.lower[k - 1] === 'the' && isTitleHead(singularTitle) && !isPersonNoun(singularTitle) && isReportingVerb(next.value)) return false;
  if (plural && (next.pos === 'VERB' || next.pos === 'AUX')) return true;
  const singular = t.value.endsWith('ies') ? `${t.value.slice(0, -3)}y` : t.value.replace(/s$/, '');
  return PLURAL_PEOPLE.test(t.value) || (plural && isPersonNoun(singular));
}

/**
 * True when a name is the subject of a clause that opens with it (at the start of a
 * sentence or after a comma or conjunction, titles aside) and a verb follows, possibly after an
 * apposition or a phrase such as "of the Brazilian diocese of Parintins, in the Amazon,". Names
 * inside prepositional phrases, possessives and subordinate clauses ("that defender Callum Reid
 * had …") are not subjects.
 */
export function isSubjectMention(ctx: ReadingContext, first: number, last: number): boolean {
  if (introducedByCopula(ctx, first) || invertedAfterQuote(ctx, first)) return true;
  return opensClauseBefore(ctx, first) && !appositionToObject(ctx, first, last) && verbFollows(ctx, last);
}

/**
 * True when the person named from token `first` is the object of a verb whose subject is the
 * writer ("When I asked Hannah Oduya …, she counted", "We reached Lakpa by phone", "I spoke to
 * Ana Ruiz"): in first-person reporting the one interviewed is the person a later "she" means.
 */
export function interviewedByWriter(ctx: ReadingContext, first: number): boolean {
  const { tokens } = ctx;
  let v = beforeTitles(ctx, first);
  if (/^(?:to|with)$/i.test(tokens[v]?.value ?? '')) v--;
  if (v < 1 || tokens[v].pos !== 'VERB' || /ing$/.test(tokens[v].value)) return false;
  let s = v - 1;
  if (s >= 1 && (tokens[s].pos === 'ADV' || tokens[s].pos === 'AUX')) s--;
  return /^(?:I|we|We)$/.test(tokens[s]?.value ?? '') && ctx.quoteAt[s] < 0;
}

/**
 * True when the name starting at `first` is the subject of a reporting clause put after its verb
 * behind a quote ("“…,” said Dr. Matteo Bianchi-Lund, the mission manager."): the speaker a "he
 * added" in the next sentence means.
 */
function invertedAfterQuote(ctx: ReadingContext, first: number): boolean {
  const { tokens } = ctx;
  let p = beforeTitles(ctx, first);
  // "“…,” said the report's co-author, Jean Lavallée,": the name in apposition to the description after the verb.
  if (tokens[p]?.value === ',') p = descriptionBefore(ctx, p);
  return p >= 1 && INVERTED_VERB.test(tokens[p].value) && afterClauseMark(ctx, p);
}

/**
 * The token before a short description of one person that ends right before the comma at token
 * `comma` ("the report's co-author", "the head of research"), or -1 when no such description,
 * holding a noun for a person, stands there.
 */
function descriptionBefore(ctx: ReadingContext, comma: number): number {
  const { tokens } = ctx;
  let person = false;
  let k = comma - 1;
  for (; k >= 0 && comma - k <= 8; k--) {
    const t = tokens[k];
    if (ctx.quoteAt[k] >= 0) return -1;
    if (isPersonNoun(t.value) && ctx.nameAt[k] < 0) person = true;
    // A word the tagger read as a verb may qualify the noun after it ("the study's lead author").
    else if (!/^(?:DET|ADJ|NOUN|PROPN)$/.test(t.pos) && !/^(?:of|for|['’]s|-)$/i.test(t.value) && !(t.pos === 'VERB' && k + 1 < comma && isPersonNoun(tokens[k + 1].value))) break;
  }
  return person && k < comma - 1 ? k : -1;
}

/**
 * True when the verb at token `k`, outside quotations, comes straight after a comma, a question
 * mark or a quote's closing mark ("…, said Patrick Lwambo", "“…?” asked a voter"): the place of a
 * verb whose subject follows it.
 */
export function afterClauseMark(ctx: ReadingContext, k: number): boolean {
  return k >= 1 && ctx.quoteAt[k] < 0 && /^[,"”“’‘'»?!]$/.test(ctx.tokens[k - 1].value);
}

/** Verbs of saying that may come before their subject after a quote ("…,” said X). */
const INVERTED_VERB = /^(?:said|says|added|adds|wrote|writes|explained|continued|insisted|recalled|noted|declared)$/i;

/** The first token before the name starting at `first` that is not one of its titles, descriptions or possessives. */
export function beforeTitles(ctx: ReadingContext, first: number): number {
  if (first < 0 || first >= ctx.titlesStart.length) return titlesStartBefore(ctx, first);
  if (ctx.titlesStart[first] === -2) ctx.titlesStart[first] = titlesStartBefore(ctx, first);
  return ctx.titlesStart[first];
}

/** {@link beforeTitles}, worked out. */
function titlesStartBefore(ctx: ReadingContext, first: number): number {
  const { tokens } = ctx;
  let p = first - 1;
  // The words of a name after its first count as none: "Canterbury Employers' Chamber of Commerce
  // chief executive Michaela Strang" reads through the chamber's five words as through one.
  let inNames = 0;
  // Titles, descriptions and a possessive before the name: "Russia's deputy envoy Dmitry Volkonsky".
  // A lower-case -ing form ("beating top seed X") is a verb however it is tagged, unless a title
  // word follows it ("chief operating officer X"); a line break ends the search (a headline ending
  // in a noun is no title of the paragraph's first name).
  for (; p >= 0 && first - p - inNames <= (inAge(ctx, p) ? 9 : 6) && !lineBreakBetween(ctx.text, tokens[p].end, tokens[p + 1].start) && !(LOWER_CASE_ING.test(tokens[p].value) && !titleIngAt(ctx, p)) && !GLUED_FULL_STOP.test(tokens[p].value) && (isTitleWord(tokens[p].value) || isDemonym(tokens[p].value) || /^['’]s$/.test(tokens[p].value) || /^(?:DET|ADJ|NOUN|PROPN)$/.test(tokens[p].pos) || ctx.nameAt[p] >= 0 || opensSentenceCapitalised(ctx, p) || inAge(ctx, p) || linksTitleWords(ctx, p) || titleIngAt(ctx, p)); p--) {
    if (ctx.nameAt[p] >= 0 && ctx.nameAt[p + 1] === ctx.nameAt[p] && p + 1 < first) inNames++;
  }
  return p;
}

/**
 * True when token k links the words of one title before a name: the "of" or "for" of a portfolio
 * or seat after a capitalised title or letters ("Minister for Housing Robert Hale", "Independent TD for
 * Roscommon-Galway Micheál Mac Giolla Phádraig", "Secretary of State Ana Ruiz"), with "the"
 * allowed after it ("Minister of State for the Gaeltacht"), or a hyphen glued between two
 * capitalised words or two title words ("Director-general Ana Ruiz"). "a lawyer for Robert Hale"
 * links nothing: its title is in lower case.
 */
function linksTitleWords(ctx: ReadingContext, k: number): boolean {
  const { tokens } = ctx;
  const t = tokens[k];
  if (k >= 1 && t.value === '-' && tokens[k + 1] && t.start === tokens[k - 1].end && t.end === tokens[k + 1].start && isTitleWord(tokens[k - 1].value) && isTitleWord(tokens[k + 1].value)) return ctx.quoteAt[k] < 0;
  const next = /^the$/i.test(tokens[k + 1]?.value ?? '') ? tokens[k + 2] : tokens[k + 1];
  if (k < 1 || !next || !startsUpperCase(next.value) || ctx.quoteAt[k] >= 0) return false;
  // "Royal College of Nursing Scotland director Niamh O'Donnell": an organisation's name the recogniser cut at its "of" goes on after it.
  if (/^(?:of|for)$/.test(t.value)) return startsUpperCase(tokens[k - 1].value) && (isTitleWord(tokens[k - 1].value) || isPostNominal(tokens[k - 1].value) || ctx.names[ctx.nameAt[k - 1]]?.type === 'ORG');
  return t.value === '-' && t.start === tokens[k - 1].end && t.end === tokens[k + 1].start && startsUpperCase(tokens[k - 1].value);
}

/**
 * True when token k is a lower-case -ing form between two title words ("chief operating officer",
 * "chief marketing officer"); after anything else it is a verb ("beating top seed X").
 */
function titleIngAt(ctx: ReadingContext, k: number): boolean {
  const { tokens } = ctx;
  const next = tokens[k + 1];
  return k > 0 && LOWER_CASE_ING.test(tokens[k].value) && next !== undefined && isTitleWord(next.value) && isTitleWord(tokens[k - 1].value) && ctx.nameAt[k + 1] < 0;
}

/** True when token k is the full stop of an abbreviated title the tokenizer split off ("Engr. Olumide Bello", "Fr. Tomás Ibarra"). */
export function titleFullStop(ctx: ReadingContext, k: number): boolean {
  const { tokens } = ctx;
  return tokens[k].value === '.' && k > 0 && tokens[k - 1].end === tokens[k].start && spellOutNameTitle(tokens[k - 1].value) !== null;
}

/** True when token k is the number or a hyphen of an age before a name ("67-year-old olive grower Hatice Demir"). */
function inAge(ctx: ReadingContext, k: number): boolean {
  const { tokens } = ctx;
  if (tokens[k].pos === 'NUM') return tokens[k + 1]?.value === '-' && /^years?$/i.test(tokens[k + 2]?.value ?? '');
  return tokens[k].value === '-' && (tokens[k - 1]?.pos === 'NUM' || /^years?$/i.test(tokens[k - 1]?.value ?? '')) && /^(?:years?|old)$/i.test(tokens[k + 1]?.value ?? '');
}

/**
 * True when token k is a capitalised word opening its sentence or line: whatever the tagger made
 * of it ("Unite general secretary Carla Dunn", with "Unite" tagged a verb), it qualifies the name.
 */
function opensSentenceCapitalised(ctx: ReadingContext, k: number): boolean {
  const { tokens } = ctx;
  if (!startsUpperCase(tokens[k].value) || ctx.quoteAt[k] >= 0) return false;
  return k === 0 || /^[.!?]$/.test(tokens[k - 1].value) || lineBreakBetween(ctx.text, tokens[k - 1].end, tokens[k].start);
}

/**
 * True when a line break stands in `text` between offsets `from` and `to` (the space between two
 * tokens): read in place, as it is asked for most tokens of an article.
 */
export function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/** What may stand right before a clause's first word, in lower case: a mark or a conjunction. */
const CLAUSE_OPENERS = new Set([',', ';', ':', '(', '—', '–', 'and', 'but', 'while', 'as', 'when', 'meanwhile']);

/** True when a clause opens before the name starting at token `first` (titles and descriptions aside). */
export function opensClauseBefore(ctx: ReadingContext, first: number): boolean {
  const { tokens } = ctx;
  const p = beforeTitles(ctx, first);
  return p < 0 || CLAUSE_OPENERS.has(ctx.lower[p]) || lineBreakBetween(ctx.text, tokens[p].end, tokens[p + 1].start) || endsSentence(tokens[p].value);
}

/**
 * True when a token ends a sentence or a quote: a full stop, a closing quotation mark (curly,
 * straight or a guillemet: "«…,» Mrs Ruiz said" opens a clause), or a lower-case word the tokenizer
 * glued to its full stop because the pair looks like an abbreviation ("as the buses pulled in.
 * Halyna Moroz …" gives the token "in.").
 */
function endsSentence(value: string): boolean {
  return /^[.!?"”’»›]$/.test(value) || GLUED_FULL_STOP.test(value);
}

/** A lower-case word with its sentence's full stop glued on ("in."). */
const GLUED_FULL_STOP = /^\p{Ll}+\.$/u;

/**
 * True when the name at [first, last] stands between commas after a noun that is the object of a
 * verb or preposition ("who founded the firm with her husband, the designer Joost van Rijn, in
 * 2019"): it names that object, not the clause's subject. One person's role with the body or
 * place it serves ("A spokesperson for the Farmers' Union, Dafydd Rees, said", "a trader at
 * Kaneshie Market, Ama Owusu, said") is one noun, read through to what stands before the role.
 */
function appositionToObject(ctx: ReadingContext, first: number, last: number): boolean {
  const { tokens } = ctx;
  const p = beforeTitles(ctx, first);
  if (p < 1 || tokens[p].value !== ',' || tokens[last + 1]?.value !== ',') return false;
  let k = nounPhraseStart(ctx, p - 1, p);
  for (let role = roleBefore(ctx, k, p); role >= 0; role = roleBefore(ctx, k, p)) k = nounPhraseStart(ctx, role, p);
  return k >= 0 && k < p - 1 && (tokens[k].pos === 'ADP' || tokens[k].pos === 'VERB') && !opensWithAdverbial(ctx, k);
}

/**
 * The token before the noun phrase that ends at token `from`, read back at most eight tokens
 * (and never past fourteen before the comma at `p`): articles, adjectives, nouns, names,
 * possessives and the words inside a title.
 */
function nounPhraseStart(ctx: ReadingContext, from: number, p: number): number {
  const { tokens } = ctx;
  let k = from;
  // "Chile's Minister of Mining, Rosa Valdés,", "PN's candidate for chief minister, Ali Omar,":
  // the "of" or "for" inside a title is part of the noun phrase.
  while (k >= 0 && from - k < 8 && p - k <= 14 && (/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[k].pos) || /^(?:his|her|their|its|['’]s)$/i.test(tokens[k].value) || ctx.nameAt[k] >= 0 || titlePreposition(ctx, k) || modifiesNoun(ctx, k) || titleIngAt(ctx, k))) k--;
  return k;
}

/** Prepositions that tie one person's role to the body or place it serves ("spokesperson for", "trader at", "ambassador to"). */
const ROLE_PREPOSITION = /^(?:for|at|to|in|from|with)$/;

/**
 * When token k is a preposition after a noun for one person's role ("a spokesperson for the
 * union", "a trader at Kaneshie Market", "ambassador-designate to Vietnam") whose phrase runs to
 * the comma at `p` and ends on no noun for a person ("a lawyer for the accused, Ana Ruiz," names
 * the accused): the token of the role noun ("ambassador" of "ambassador-designate"); -1 otherwise.
 */
function roleBefore(ctx: ReadingContext, k: number, p: number): number {
  const { tokens } = ctx;
  if (k < 1 || !ROLE_PREPOSITION.test(tokens[k].value) || ctx.quoteAt[k] >= 0) return -1;
  const glued = k >= 3 && tokens[k - 2].value === '-' && tokens[k - 2].start === tokens[k - 3].end && tokens[k - 2].end === tokens[k - 1].start;
  const role = glued ? k - 3 : k - 1;
  const word = tokens[role].value;
  if (!(isTitleHead(word) || isPersonNoun(word)) || /[^s]s$/.test(word)) return -1;
  return ctx.nameAt[p - 1] >= 0 || !isPersonNoun(tokens[p - 1].value) ? role : -1;
}

/**
 * True when token k is an "of" or "for" inside a title: after a capitalised word ("Minister of
 * Mining") or a body's noun ("the union of Kairouan"), an "of" after a noun for one person's role ("the president of the federation"), or a
 * "for" after one before a bare noun ("candidate for chief minister", "commissioner for refugees";
 * not "lawyers for the two men", who are objects).
 */
function titlePreposition(ctx: ReadingContext, k: number): boolean {
  const { tokens } = ctx;
  if (k < 1 || !/^(?:of|for)$/.test(tokens[k].value)) return false;
  const before = tokens[k - 1].value;
  // "the president of the regional union of Kairouan": an "of" after a body's noun names the body's place or field.
  if (tokens[k].value === 'of' && (startsUpperCase(before) || isOrganisationNoun(before))) return true;
  const role = (isTitleHead(before) || isPersonNoun(before)) && !/[^s]s$/.test(before);
  // "The president of the Brazilian Olympic Committee, Ana Lins,": "of" after one person's role
  // completes the noun; a "for" before an article names whom the role serves ("lawyers for the two men").
  return role && (tokens[k].value === 'of' || tokens[k + 1]?.pos !== 'DET');
}

/**
 * True when the -ing form at token k qualifies the noun after it inside a noun phrase, after an
 * article, a possessive or a name ("Hale & Co’s managing partner", "the acting governor"): an
 * adjective, not the verb of a clause ("after beating champion Ana Ruiz").
 */
function modifiesNoun(ctx: ReadingContext, k: number): boolean {
  const { tokens } = ctx;
  if (!LOWER_CASE_ING.test(tokens[k].value) || tokens[k + 1]?.pos !== 'NOUN' || k < 1) return false;
  const before = tokens[k - 1];
  return before.pos === 'DET' || /^(?:his|her|their|its|our|['’]s)$/i.test(before.value) || ctx.nameAt[k - 1] >= 0;
}

/**
 * True when the preposition or -ing form at token k opens the sentence's introductory phrase,
 * with no verb before it ("At the evacuation centre in Kamloops, Ruben Dyck, 58, said …",
 * "Leading the petitioners, Chief Ada Obi said …"): the name after that phrase's comma is the
 * main clause's subject, not an apposition to the phrase's noun.
 */
function opensWithAdverbial(ctx: ReadingContext, k: number): boolean {
  const { tokens } = ctx;
  const sentence = ctx.sentences[spanIndexAt(ctx.sentences, tokens[k].start)];
  if (!sentence) return false;
  let j = k;
  while (j > 0 && tokens[j - 1].start >= sentence.start) {
    j--;
    // "Speaking through an interpreter, Zhou Min said": the -ing form opening the sentence is the phrase's own verb.
    const opening = OPENING_PARTICIPLE.test(tokens[j].value) && (j === 0 || tokens[j - 1].start < sentence.start);
    if (((tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX') && !opening) || tokens[j].value === ',' || ctx.quoteAt[j] >= 0) return false;
  }
  return startsUpperCase(tokens[j].value) && (tokens[j].pos === 'ADP' || OPENING_PREPOSITION.test(tokens[j].value) || OPENING_PARTICIPLE.test(tokens[j].value));
}

/** An -ing form opening a sentence's participial phrase ("Leading the petitioners, Chief Ada Obi said"). */
const OPENING_PARTICIPLE = /^\p{Lu}\p{Ll}+ing$/u;

/** Prepositions that open a sentence's scene-setting phrase, whatever the tagger makes of them ("Outside the court, …"). */
const OPENING_PREPOSITION = /^(?:at|in|on|outside|inside|near|beside|behind|across|along|among|around|after|before|during|following)$/i;

/**
 * True when a person is introduced after a copula by a sentence that names nobody before it:
 * "Among the walkers was Hafiz Mehmet Yildirim of the Turkish mosque.", "Also present was …". A
 * phrase opened by a preposition may hold a relative clause with verbs of its own ("Among those
 * who stayed behind was …", "In the car that crashed were …"); any other verb before the copula
 * makes the name its complement ("The winner was …").
 */
function introducedByCopula(ctx: ReadingContext, first: number): boolean {
  const { tokens } = ctx;
  const p = beforeTitles(ctx, first);
  if (p < 1 || !/^(?:was|is|were)$/.test(tokens[p].value)) return false;
  const s = spanIndexAt(ctx.sentences, tokens[p].start);
  if (s < 0) return false;
  const start = tokenAtOrAfter(ctx, ctx.sentences[s].start);
  let relative = false;
  for (let k = start; k < p; k++) {
    if (ctx.quoteAt[k] >= 0 || (ctx.nameAt[k] >= 0 && ctx.names[ctx.nameAt[k]].type === 'PERSON')) return false;
    relative ||= k > start && OPENING_PREPOSITION.test(tokens[start].value) && RELATIVE_PRONOUN.test(tokens[k].value);
    if (tokens[k].pos === 'VERB' && !relative) return false;
  }
  return true;
}

/** Pronouns that open a relative clause ("those who stayed", "the car that crashed"). */
const RELATIVE_PRONOUN = /^(?:who|whom|whose|that|which)$/i;

/** The most words a quoted nickname or title inside an apposition may have ("known as “the Tractor”"). */
const APPOSITIVE_QUOTE_WORDS = 5;

/** True when the name covering token k is followed by a possessive's mark ("Tom Hale's"). */
function possessiveAfterName(ctx: ReadingContext, k: number): boolean {
  let end = k;
  while (end + 1 < ctx.tokens.length && ctx.nameAt[end + 1] === ctx.nameAt[k]) end++;
  return /^['’]s?$/.test(ctx.tokens[end + 1]?.value ?? '');
}

/**
 * True when a verb follows the name ending at token `last` in its sentence, before anyone else is
 * named and outside quotations. A short quotation inside an apposition (after a comma: "Richter, a
 * farmer's son known as “the Tractor”, promised …") is a nickname or title, read past like the
 * apposition around it.
 */
export function verbFollows(ctx: ReadingContext, last: number): boolean {
  const { tokens } = ctx;
  let inApposition = false;
  for (let k = last + 1; k < tokens.length && k - last <= 24; k++) {
    const t = tokens[k];
    if (t.value === ',') inApposition = true;
    if (inApposition && ctx.quoteAt[k] >= 0) {
      let end = k;
      while (end + 1 < tokens.length && ctx.quoteAt[end + 1] === ctx.quoteAt[k]) end++;
      if (end - k < APPOSITIVE_QUOTE_WORDS) {
        k = end;
        continue;
      }
    }
    // A line break ends the sentence too: "By Harriet Quayle, Transport Correspondent" is a byline, whatever verb the next line holds.
    if (endsClauseAt(ctx, k) || ctx.quoteAt[k] >= 0 || lineBreakBetween(ctx.text, tokens[k - 1].end, t.start)) return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
    // Another person named after the name is the next clause's subject, unless their possessive
    // stands in an apposition ("Mara Jensen, Tom Hale's wife, said" is still Mara Jensen's clause).
    if (ctx.nameAt[k] >= 0 && ctx.names[ctx.nameAt[k]].type === 'PERSON' && ctx.nameAt[k - 1] !== ctx.nameAt[k] && !/^(?:and|&|of|from|at)$/.test(tokens[k - 1].value) && !(inApposition && possessiveAfterName(ctx, k))) return false;
  }
  return false;
}

/**
 * True when the name starting at token `first` is the object of a preposition that opens its
 * sentence ("In Britain,", "At Lord's,"): the comma after it closes that phrase.
 */
export function closesOpeningPhrase(ctx: ReadingContext, first: number): boolean {
  const { tokens } = ctx;
  const p = first - 1;
  if (p < 0 || tokens[p].pos !== 'ADP' || !startsUpperCase(tokens[p].value)) return false;
  return p === 0 || endsClauseAt(ctx, p - 1) || lineBreakBetween(ctx.text, tokens[p - 1].end, tokens[p].start);
}
