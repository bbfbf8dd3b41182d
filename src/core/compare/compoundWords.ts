/**
 * One compound written solid in one wording and open or hyphenated in another: "coastguard" /
 * "coast guard", "ceasefire" / "cease-fire", "healthcare" / "health care", "policymakers" /
 * "policy makers". Outlets and their style books split compounds differently, and a translation
 * picks either: two neighbouring words of one quote that, run together, spell a content word of
 * the other quote are that word.
 */
import { senseWord, type Word } from './readWords';

/** Letters each part of a compound needs: "a lot" / "allot", "in to" / "into" are no compounds. */
const MIN_PART = 3;

/** Each word list's spellings of its neighbouring words run together, read once per list. */
const JOINED = new WeakMap<readonly Word[], ReadonlySet<string>>();

/** True when two neighbouring words (a space or a hyphen apart) may be the two parts of a compound. */
function mayJoin(x: Word, y: Word | undefined): y is Word {
  return y !== undefined && y.start - x.end <= 1 && x.folded.length >= MIN_PART && y.folded.length >= MIN_PART && /^\p{L}+$/u.test(x.folded + y.folded);
}

/** The spellings of `words`' neighbouring words that may be a compound, run together. */
function joinedSpellings(words: readonly Word[]): ReadonlySet<string> {
  let joined = JOINED.get(words);
  if (!joined) {
    const spellings = new Set<string>();
    for (let i = 0; i < words.length; i++) {
      const y = words[i + 1];
      if (mayJoin(words[i], y)) spellings.add(words[i].folded + y.folded);
    }
    joined = spellings;
    JOINED.set(words, joined);
  }
  return joined;
}

/**
 * `words` with each two neighbouring words (a space or a hyphen apart) that run together spell a
 * content word of `other` read as that word, or `words` itself when none do. Quotes are compared
 * pair by pair, so each list's candidate spellings are read once, and a list none of whose
 * spellings is a content word of the other is returned before the other's words are indexed.
 */
function joinedAgainst(words: Word[], other: readonly Word[]): Word[] {
  const joined = joinedSpellings(words);
  if (joined.size === 0 || !other.some((w) => w.content && joined.has(w.folded))) return words;
  const solid = new Map(other.filter((w) => w.content).map((w) => [w.folded, w]));
  const out: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const x = words[i];
    const y = words[i + 1];
    const whole = mayJoin(x, y) ? solid.get(x.folded + y.folded) : undefined;
    if (whole && y) {
      out.push(senseWord(x.start, y.end, whole.folded, whole.folded, whole.sense));
      i++;
    } else out.push(x);
  }
  return out;
}

/**
 * Two quotes' words with each compound one writes open and the other solid read as one word on
 * both sides (see the file comment); a list with nothing to join is returned as it is.
 */
export function joinCompounds(a: Word[], b: Word[]): [Word[], Word[]] {
  return [joinedAgainst(a, b), joinedAgainst(b, a)];
}
