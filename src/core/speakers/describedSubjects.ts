/**
 * Speakers that name nobody by name: "A spokeswoman for the airport said …", "the minister
 * added …", "One resident said …". A "she said" after one of them is that speaker's, not the
 * last person named before it: the index records them (see
 * {@link ReferenceIndex.describedSubjects}) so that {@link resolvePronoun} can tell.
 */
import { genderOfWord } from './genderWords';
import { isPersonNoun, isSpokespersonWord, readSpeakerForward, type SpeakerRef } from './readSpeakerPhrase';
import { firstSayingSubject, mainClauseSubject, resolve } from './readReportingClause';
import { tokenAtOrAfter, type ReadingContext } from './readingContext';
import { namedLaterAs, type ReferenceIndex } from './resolveReference';
import { afterClauseMark, beforeTitles, closesOpeningPhrase } from './subjectMentions';
import { isTitleHead } from '../entities/titles';
import { describedBodyMeant, describedOrganisation, spokespersonOrganisation } from './describedOrganisation';


/**
 * Records, sentence by sentence, the subject of the first verb of saying that is a description
 * or an unnamed person rather than a name: what each stands for when it can be told
 * (a description resolved like any other; a spokesperson's organisation), or null ("one
 * resident", a description that fits nobody), with the gender its words give. Organisations
 * described or named without a spokesperson are left out: no "he" or "she" points at them.
 */
export function noteDescribedSubjects(ctx: ReadingContext, index: ReferenceIndex): void {
  for (const sentence of ctx.sentences) {
    const from = tokenAtOrAfter(ctx, sentence.start);
    const to = tokenAtOrAfter(ctx, sentence.end);
    // The first verb of saying outside quotations ("“…,” a spokeswoman said"); a later one stands
    // in the words it reports ("X said his team leader had warned …"), whose subject points nowhere.
    const saying = firstSayingSubject(ctx, from, to, to - from);
    if (!saying) {
      // "One onlooker, a woman walking her pug, was less diplomatic. “…,” she shouted": someone
      // unnamed as the subject of any main clause is whom a "she" after it may mean.
      // "The minister also appealed for …. “…,” she said": a person described as the subject of
      // any main clause is whom a "she" after it means too.
      const clause = mainClauseSubject(ctx, from, to);
      if (clause?.ref?.kind === 'unnamed' || (clause?.ref?.kind === 'description' && !clause.ref.organisation)) note(ctx, index, clause.ref, clause.verb, from);
      continue;
    }
    const k = saying.verb;
    // "“The fans are right,” said a former player": the subject after the verb, behind a quote.
    const ref = saying.ref ?? (afterClauseMark(ctx, k) && ctx.quoteAt[k - 2] >= 0 ? readSpeakerForward(ctx, k + 1, to)?.ref ?? null : null);
    if (ref) note(ctx, index, ref, k, from);
  }
  index.describedSubjects.sort((a, b) => a.start - b.start);
}

/** Records one subject at its verb `verb` when it names nobody by name (see {@link noteDescribedSubjects}). */
function note(ctx: ReadingContext, index: ReferenceIndex, ref: SpeakerRef, verb: number, floor: number): void {
  if (ref.kind === 'pronoun' || ref.kind === 'joint' || ref.kind === 'neuter') return;
  // "Residents lined up", "officials said": people of a kind, whom no "he" or "she" means.
  if (ref.kind === 'description' && !ref.organisation && /[^s]s$/.test(ref.head)) return;
  const start = ref.mention.start;
  // "One resident said", "a witness told …": somebody, but one nobody can name.
  const head = ref.kind === 'unnamed' ? ctx.text.slice(start, ref.mention.end).split(/\s+/).pop() ?? '' : '';
  if (ref.kind === 'unnamed' && (/s$/i.test(head) || !(isPersonNoun(head) || isTitleHead(head)))) return;
  const first = tokenAtOrAfter(ctx, start);
  // "Richter, a farmer's son known as …, promised": a description in apposition to a name is that name's.
  // "In Brussels, a Commission spokesperson said": a comma closing an opening phrase makes no apposition.
  const before = beforeTitles(ctx, first);
  if (ctx.tokens[before]?.value === ',' && ctx.nameAt[before - 1] >= 0) {
    let name = before - 1;
    while (name > 0 && ctx.nameAt[name - 1] === ctx.nameAt[before - 1]) name--;
    if (!closesOpeningPhrase(ctx, name)) return;
  }
  const words = wordsOf(ctx, first, verb);
  const spokes = spokespersonBefore(ctx, first, floor) ?? words.find((w) => isSpokespersonWord(w));
  if (ref.kind === 'name' || (ref.kind === 'description' && ref.organisation)) {
    // "A spokesman for the UN refugee agency, UNHCR, said": the organisation speaks through a person.
    if (!spokes) return;
    const names = resolve(index, ref, start);
    // "A spokesperson for the police said …. The spokesperson said …": a bare spokesperson speaks for the body its predecessor did.
    const entity = names?.length === 1 ? names[0] : spokespersonOrganisation(ctx, index, ref, start);
    const gender = genderOf(words, spokes);
    // "A spokesman for the military fire brigade told …": a body the text never names speaks through
    // them; "the spokesman said" after one speaks for the body its predecessor did.
    const body = entity ? null : describedOrganisation(ctx, ref) ?? describedBodyMeant(ctx, index, ref, start);
    index.describedSubjects.push(body ? { start, entity, gender, body } : { start, entity, gender });
  } else if (ref.kind === 'description') {
    const names = resolve(index, ref, start);
    // "The province's director of health said …. “…,” she said. … The director, Ana Lima, …": a
    // description the text names only a few sentences on stands for that person.
    const entity = names?.length === 1 ? names[0] : isTitleHead(ref.head) ? namedLaterAs(index, ref.head, start) : null;
    // A title that fits more than one person ("the minister") may still mean the one in focus: it
    // blocks nothing; someone's associate ("Their manager was more forthcoming") never does.
    if (!entity && isTitleHead(ref.head) && !ref.possessed) return;
    index.describedSubjects.push({ start, entity, gender: genderOf(words, spokes) ?? (entity ? index.profiles.get(entity.key)?.gender ?? null : null) });
  } else {
    index.describedSubjects.push({ start, entity: null, gender: genderOf(words, spokes) });
  }
}

/**
 * The words of tokens [from, to) outside quotations (at most twelve), up to a relative clause: "who
 * stood beside Ms Haddad" or "who had met the Queen" tells of someone else than the subject.
 */
function wordsOf(ctx: ReadingContext, from: number, to: number): string[] {
  const words: string[] = [];
  for (let k = from; k < to && k - from < 12; k++) {
    if (/^(?:who|whom|whose|which|that)$/i.test(ctx.tokens[k].value)) break;
    if (ctx.quoteAt[k] < 0) words.push(ctx.tokens[k].value);
  }
  return words;
}

/**
 * The spokesperson word a few tokens before the subject at token `first` ("A spokesman for the
 * UN refugee agency, UNHCR, …"), or undefined.
 */
function spokespersonBefore(ctx: ReadingContext, first: number, floor: number): string | undefined {
  for (let k = first - 1; k >= floor && first - k <= 8; k--) {
    const t = ctx.tokens[k];
    if (t.pos === 'VERB' || t.pos === 'AUX' || ctx.quoteAt[k] >= 0) return undefined;
    if (isSpokespersonWord(t.value)) return t.value;
  }
  return undefined;
}

/** The gender the words of a subject or its spokesperson word give ("spokeswoman", "the man"), or null; a woman's word wins. */
function genderOf(words: string[], spokes: string | undefined): 'male' | 'female' | null {
  const told = [...(spokes === undefined ? [] : [spokes]), ...words].map(genderOfWord);
  if (told.includes('female')) return 'female';
  return told.includes('male') ? 'male' : null;
}
