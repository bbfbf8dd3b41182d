/**
 * "where she met her Senegalese counterpart, Awa Diop Faye", "Lavrov's Chinese counterpart Wang
 * Yi": a counterpart holds the same office as the one whose counterpart they are, for another
 * country or body. The phrase before a name tells whose counterpart the person is and what
 * qualifies them ("Senegalese"), so that "the Senegalese minister" can later be matched to them.
 */
import type { ReadingContext } from './readingContext';

/** Whose counterpart a person is: a "his" or "her" at an offset, or the name owning "X's counterpart". */
export type CounterpartOwner = { kind: 'pronoun'; gender: 'male' | 'female'; at: number } | { kind: 'name'; key: string };

/**
 * The phrase "<owner> [qualifiers] counterpart[,]" right before the name starting at token
 * `first`: its owner and the qualifier words between ("Senegalese", "TUC"), or null when no such
 * phrase stands there.
 */
export function counterpartBefore(ctx: ReadingContext, first: number): { owner: CounterpartOwner; qualifiers: string[] } | null {
  const { tokens } = ctx;
  let k = first - 1;
  if (tokens[k]?.value === ',') k--;
  if (!/^counterparts?$/i.test(tokens[k]?.value ?? '')) return null;
  const qualifiers: string[] = [];
  for (k--; k >= 0 && qualifiers.length < 3 && ctx.nameAt[k] < 0 && /^\p{Lu}/u.test(tokens[k].value) && tokens[k].pos !== 'PRON' && tokens[k].pos !== 'DET'; k--) qualifiers.unshift(tokens[k].value);
  const owner = tokens[k];
  if (!owner) return null;
  if (/^(?:his|her)$/i.test(owner.value)) return { owner: { kind: 'pronoun', gender: /^his$/i.test(owner.value) ? 'male' : 'female', at: owner.start }, qualifiers };
  const name = ctx.nameAt[k - 1];
  if (/^['’]s?$/.test(owner.value) && name !== undefined && name >= 0 && ctx.names[name].type === 'PERSON') return { owner: { kind: 'name', key: ctx.names[name].key }, qualifiers };
  return null;
}
