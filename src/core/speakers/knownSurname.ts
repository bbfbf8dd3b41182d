/**
 * A person's surname the recogniser did not mark again at a later mention: "Dr Lorna Christmas
 * … “…,” Christmas said" ("Christmas" alone reads as the holiday), "Fahd bin Mutlaq al-Dosari …
 * “…,” al-Dosari said" (a lower-case particle opens no name). The words before a verb of saying
 * that end the full name of exactly one person named earlier are that person.
 */
import type { Entity } from '../types';
import { foldWord } from '../compare/readWords';
import type { ReadingContext } from './readingContext';
import { isReportingVerb } from './reportingVerbs';

/** A particle glued by a hyphen to the surname it opens ("al-Dosari", "el-Sayed", "ad-Din"). */
const HYPHEN_PARTICLE = /^(?:al|el|ad|ar|as|at|an|ash|az|ul|bin|ben|abu)$/i;

/** A capitalised word: the surname, or its last part. */
const CAPITALISED = /^\p{Lu}[\p{L}'’-]*$/u;

/**
 * When tokens from `first` spell a surname the recogniser left unnamed (one capitalised word, or a
 * particle, a glued hyphen and a capitalised word), the index of its last token; -1 otherwise.
 */
function surnameEnd(ctx: ReadingContext, first: number): number {
  const { tokens, nameAt, quoteAt } = ctx;
  const t = tokens[first];
  if (!t || nameAt[first] >= 0 || quoteAt[first] >= 0) return -1;
  if (CAPITALISED.test(t.value) && t.pos === 'PROPN') return first;
  const hyphen = tokens[first + 1];
  const word = tokens[first + 2];
  if (!HYPHEN_PARTICLE.test(t.value) || hyphen?.value !== '-' || !word || hyphen.start !== t.end || word.start !== hyphen.end) return -1;
  return CAPITALISED.test(word.value) && nameAt[first + 2] < 0 ? first + 2 : -1;
}

/**
 * The person whose surname stands unrecognised at token `first`, right before a verb of saying
 * (no -ing form) that is before token `limit`: the one person named earlier in the text whose full
 * name ends with those words (several people sharing it: null). Returns the person and the
 * surname's last token.
 */
export function knownSurnameAt(ctx: ReadingContext, first: number, limit: number): { person: Entity; last: number } | null {
  const last = surnameEnd(ctx, first);
  const verb = ctx.tokens[last + 1];
  if (last < 0 || last + 1 >= limit || verb.pos !== 'VERB' || !isReportingVerb(verb.value) || /ing$/.test(verb.value)) return null;
  const surname = foldWord(ctx.text.slice(ctx.tokens[first].start, ctx.tokens[last].end));
  const at = ctx.tokens[first].start;
  let found: Entity | null = null;
  for (const name of ctx.names) {
    if (name.start >= at) break;
    if (name.type !== 'PERSON') continue;
    const full = foldWord(name.text);
    if (full === surname || !full.endsWith(` ${surname}`)) continue;
    if (found && found.key !== name.key) return null;
    found ??= name;
  }
  return found ? { person: found, last } : null;
}
