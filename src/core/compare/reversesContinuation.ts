/**
 * A running story quotes one speaker saying that something still holds, and later that it no
 * longer does: rescuers "can still hear voices", then "no longer hear any voices"; talks "are
 * still going on", then "are not going on any longer". The two remarks share nearly all their
 * words, and only the aspect word tells them apart: "still" says a state goes on, "no longer",
 * "any longer", "anymore" (or "any more" closing its clause) that it has ended. Such a pair is
 * two statements made at two moments, never two reports of one utterance.
 *
 * The aspect words are looked for only where the wordings differ (word by word, see diffWords.ts):
 * a "still" both quotes keep says nothing about which of them reports an ending.
 */
import { diffWords } from './diffWords';
import type { Word } from './readWords';

/** Words before "longer" that make it say a state has ended ("no longer", "not any longer"). */
const ENDING_BEFORE_LONGER = new Set(['no', 'any']);

/**
 * True when the word of `quote` at `k` says that a state has ended (see the file comment), read
 * with the words around it in its quote.
 */
function saysEnded(quote: Word[], k: number): boolean {
  const word = quote[k].folded;
  const before = quote[k - 1]?.folded;
  if (word === 'anymore') return true;
  if (word === 'longer') return before !== undefined && ENDING_BEFORE_LONGER.has(before);
  // "any more" ends a state only when it closes its clause ("we do not hear them any more"), not
  // before what it counts ("any more people").
  return word === 'more' && before === 'any' && !(quote[k + 1]?.content ?? false);
}

/** The positions in `quote` of the words inside `span`. */
function positionsIn(quote: Word[], span: { start: number; end: number }): number[] {
  const out: number[] = [];
  quote.forEach((w, k) => {
    if (w.start >= span.start && w.end <= span.end) out.push(k);
  });
  return out;
}

/** True when one wording says a state still holds and the other, where they differ, that it has ended. */
export function reversesContinuation(a: Word[], b: Word[]): boolean {
  const changedA: number[] = [];
  const changedB: number[] = [];
  for (const diff of diffWords(a, b)) {
    if (diff.type !== 'substantive') continue;
    changedA.push(...positionsIn(a, diff.a));
    changedB.push(...positionsIn(b, diff.b));
  }
  const still = (quote: Word[], changed: number[]): boolean => changed.some((k) => quote[k].folded === 'still');
  const ended = (quote: Word[], changed: number[]): boolean => changed.some((k) => saysEnded(quote, k));
  return (
    (still(a, changedA) && ended(b, changedB) && !ended(a, changedA)) ||
    (still(b, changedB) && ended(a, changedA) && !ended(b, changedB))
  );
}
