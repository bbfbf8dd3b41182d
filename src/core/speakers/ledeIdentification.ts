/**
 * The delayed identification of a news lede: "Chad will not close its border …, its foreign
 * minister has said" describes the speaker, and the next paragraph names her ("Speaking in
 * N’Djamena, Fatimé Haroun Abakar said …"). A later "the minister" then means her, and a "she"
 * after "The minister also appealed …" is hers, not that of the last woman named.
 */
import { isTitleHead } from '../entities/titles';
import type { Entity } from '../types';
import type { SpeakerRef } from './readSpeakerPhrase';
import { firstSayingSubject, mainClauseSubject, stanceAt } from './readReportingClause';
import { spanIndexAt, tokenAtOrAfter, type ReadingContext } from './readingContext';
import { isOfficeTitle, type ReferenceIndex } from './resolveReference';

/**
 * When the story's first paragraph names no person and describes the subject of its verb of
 * saying, or of the verb of stance of its main clause, by a title ("its foreign minister has
 * said", "Peru's trade minister denounced …"), and the first person named as a subject in
 * the next paragraph was given no office of their own ("Ms" is none; "Labour leader" and
 * "Liberal Democrat leader Ed Davey" may be two people), adds the description's words to that
 * person's profile (see {@link ReferenceIndex.profiles}) and notes that person as the lede's
 * speaker ({@link ReferenceIndex.ledeSpeaker}): the lede's own quote is theirs too.
 */
export function identifyLedeSpeaker(ctx: ReadingContext, index: ReferenceIndex): void {
  const first = ctx.blocks.findIndex((b) => b.kind === 'paragraph');
  const lede = ctx.blocks[first];
  const next = ctx.blocks.slice(first + 1).find((b) => b.kind === 'paragraph');
  if (!lede || !next) return;
  const from = tokenAtOrAfter(ctx, lede.start);
  const to = tokenAtOrAfter(ctx, lede.end);
  for (let k = from; k < to; k++) if (ctx.nameAt[k] >= 0 && ctx.names[ctx.nameAt[k]].type === 'PERSON') return;
  // "Peru's trade minister on Wednesday denounced the limits as «…»": a verb of stance opening the lede describes its speaker too.
  // "Poland's environment minister has suspended the permit of …" describes who acted; the one
  // the next paragraph then has say something is that person ("Anna Nowak told a press conference …").
  const main = mainClauseSubject(ctx, from, to);
  const saying = firstSayingSubject(ctx, from, to, to - from)?.ref;
  const ref = saying ?? main?.ref ?? null;
  if (ref?.kind !== 'description' || ref.organisation || !isTitleHead(ref.head)) return;
  const subject = index.subjects.find((s) => s.entity.start >= next.start);
  if (!subject || subject.entity.start >= next.end || subject.joint) return;
  if (!saying && !(main && stanceAt(ctx, main.verb)) && !speaksFirst(ctx, subject.entity, next.end)) return;
  const profile = index.profiles.get(subject.entity.key);
  if (!profile || [...profile.words].some(isOfficeTitle)) return;
  for (const word of ref.words) profile.words.add(word);
  index.ledeSpeaker = { start: ref.mention.start, entity: subject.entity };
}

/**
 * True when the person named at `entity` is the subject of the first verb of saying of the
 * sentence that names them, before offset `end` ("Anna Nowak told a press conference …").
 */
function speaksFirst(ctx: ReadingContext, entity: Entity, end: number): boolean {
  const sentence = ctx.sentences[spanIndexAt(ctx.sentences, entity.start)];
  if (!sentence) return false;
  const saying = firstSayingSubject(ctx, tokenAtOrAfter(ctx, sentence.start), tokenAtOrAfter(ctx, Math.min(sentence.end, end)), 40);
  return saying?.ref?.kind === 'name' && saying.ref.names.some((n) => n.key === entity.key);
}

/** The person the next paragraph names for the lede's description that `ref` is (see {@link identifyLedeSpeaker}), or null for any other reference. */
export function ledeSpeakerOf(index: ReferenceIndex, ref: SpeakerRef): Entity | null {
  return ref.kind === 'description' && index.ledeSpeaker?.start === ref.mention.start ? index.ledeSpeaker.entity : null;
}
