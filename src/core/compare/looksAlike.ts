/**
 * A look-alike remark: the same speaker, the same topic words, another statement. "No boat will
 * leave Goma without life jackets for every passenger" and "No boat will leave without a list of
 * every passenger on board" share their frame (boat, leave, every passenger) but each says
 * something the other does not (life jackets / a list). A trimmed quote has no such words of its
 * own, and a translation or paraphrase of one remark has at most one ("carry us" / "push us
 * forward") once its synonyms are read as one sense (see speechParaphrases.ts).
 *
 * So two quotes of one sentence each look alike when each holds at least `MIN_OWN_WORDS` content
 * senses the other lacks, and those make at least `MIN_OWN_WEIGHT` of the shorter quote's content
 * weight (IDF): the shorter quote, fully reported in the longer one when both are one utterance,
 * is the side that tells. Quotes of several sentences are left alone: two outlets often trim one
 * long remark differently, so that each keeps words the other cut ("The ball hits his arm" / "the
 * ball strikes his arm" with a sentence more on either side).
 */
import type { Word } from './readWords';

/** A sentence end inside a quote: a full stop, question or exclamation mark before more words. */
const INNER_SENTENCE_END = /[.!?]["'”’]?\s+\S/u;

/** Content senses of its own each side needs. */
const MIN_OWN_WORDS = 2;
/** IDF share of the shorter quote's content that its own senses must reach. */
export const MIN_OWN_WEIGHT = 0.3;

/** The content senses of `words` absent from `other`, and their IDF share of `words`' content. */
function ownContent(words: Word[], other: Word[], idf: (stem: string) => number): { count: number; share: number } {
  const otherSenses = new Set(other.filter((w) => w.content).map((w) => w.sense));
  const seen = new Set<string>();
  let total = 0;
  let own = 0;
  for (const w of words) {
    if (!w.content || seen.has(w.sense)) continue;
    seen.add(w.sense);
    total += idf(w.stem);
    if (!otherSenses.has(w.sense)) own += idf(w.stem);
  }
  const count = [...seen].filter((s) => !otherSenses.has(s)).length;
  return { count, share: total > 0 ? own / total : 0 };
}

/**
 * Whether two quotes (`a` and `b`, whose texts are `textA` and `textB`) are look-alike remarks
 * rather than one utterance (see the file comment).
 */
export function looksAlike(a: Word[], b: Word[], idf: (stem: string) => number, textA: string, textB: string): boolean {
  if (INNER_SENTENCE_END.test(textA.trim()) || INNER_SENTENCE_END.test(textB.trim())) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const shortOwn = ownContent(short, long, idf);
  if (shortOwn.count < MIN_OWN_WORDS || shortOwn.share < MIN_OWN_WEIGHT) return false;
  return ownContent(long, short, idf).count >= MIN_OWN_WORDS;
}
