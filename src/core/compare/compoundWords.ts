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

/**
 * `words` with each two neighbouring words (a space or a hyphen apart) that run together spell a
 * content word of `other` read as that word, or `words` itself when none do.
 */
function joinedAgainst(words: Word[], other: readonly Word[]): Word[] {
  let solid: Map<string, Word> | undefined;
  const out: Word[] = [];
  let changed = false;
  for (let i = 0; i < words.length; i++) {
    const x = words[i];
    const y = words[i + 1];
    if (y && y.start - x.end <= 1 && x.folded.length >= MIN_PART && y.folded.length >= MIN_PART && /^\p{L}+$/u.test(x.folded + y.folded)) {
      solid ??= new Map(other.filter((w) => w.content).map((w) => [w.folded, w]));
      const whole = solid.get(x.folded + y.folded);
      if (whole) {
        out.push(senseWord(x.start, y.end, whole.folded, whole.folded, whole.sense));
        changed = true;
        i++;
        continue;
      }
    }
    out.push(x);
  }
  return changed ? out : words;
}

/**
 * Two quotes' words with each compound one writes open and the other solid read as one word on
 * both sides (see the file comment); a list with nothing to join is returned as it is.
 */
export function joinCompounds(a: Word[], b: Word[]): [Word[], Word[]] {
  return [joinedAgainst(a, b), joinedAgainst(b, a)];
}
