/**
 * Whether two quotes of one article are two parts of one remark that another outlet quotes whole.
 * A wire prints "We wanted to start fast and make the crowd part of it. The boys never stopped
 * running," in one quote; a daily prints the same remark as two quotes with its own words between
 * them. The whole is then about as long as its two parts together, and each part matches its own
 * stretch of it: the words of the whole that one part matches, the other does not. Two remarks of
 * one speaker on one topic ("the water will not break this city" in the morning, "the flood is not
 * going to break us" at night) may each be alike enough to a third outlet's quote ("The flood is
 * not going to break this city") to be linked to it, but that quote is no longer than either of
 * them: they are two statements, of which it is at most one.
 */
import type { Word } from './readWords';

/** The positions of the content words of `whole` that a word of `part` says (same spelling or sense). */
function matchedPositions(part: readonly Word[], whole: readonly Word[]): Set<number> {
  const spellings = new Set(part.filter((w) => w.content).map((w) => w.spelling));
  const senses = new Set(part.filter((w) => w.content).map((w) => w.sense));
  const positions = new Set<number>();
  whole.forEach((w, k) => {
    if (w.content && (spellings.has(w.spelling) || senses.has(w.sense))) positions.add(k);
  });
  return positions;
}

/**
 * Share of the two parts' words together that the whole must have: a remark split in two is
 * about as long as its parts together, however each outlet words it, while a quote each of two
 * remarks matches in full is about as long as either of them.
 */
const WHOLE_OF_PARTS = 0.75;

/**
 * True when `x` and `y` (two quotes of one article) match different parts of `whole` (another
 * outlet's quote): the whole is about as long as the two together ({@link WHOLE_OF_PARTS}), and
 * each matches words of the whole the other does not, more of them than the words both match
 * (see the file comment).
 */
export function matchDifferentParts(x: readonly Word[], y: readonly Word[], whole: readonly Word[]): boolean {
  if (whole.length < WHOLE_OF_PARTS * (x.length + y.length)) return false;
  const inX = matchedPositions(x, whole);
  const inY = matchedPositions(y, whole);
  let both = 0;
  for (const k of inX) if (inY.has(k)) both++;
  return inX.size - both > both && inY.size - both > both;
}
