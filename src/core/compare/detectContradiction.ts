/**
 * Whether two near-identical wordings say opposite things: "The roads are cut off" and "The road
 * has been reopened" share most words and are still two statements, not two reports of one. A
 * difference of the diff contradicts when it only puts in or takes out a negation, or when its two
 * sides hold words of opposite sense from a small lexicon of news verbs and adjectives
 * (open/closed, rise/fall, accept/reject, win/lose, confirm/deny, guilty/innocent …).
 */
import type { Word } from './readWords';
import { diffWords } from './diffWords';
import { wordTable } from '../text/wordTable';

const NEGATIONS = new Set(['not', 'no', 'never', 'cannot', "can't", "won't", "don't", "didn't", "doesn't", "isn't", "wasn't", "aren't", "weren't", 'nobody', 'nothing', 'none', 'neither', 'nor', 'without', "couldn't", "wouldn't", "shouldn't", "hasn't", "haven't", "hadn't"]);

/** Pairs of opposite senses, as word lists whose stems are matched by prefix. */
const OPPOSITES: Array<[string[], string[]]> = [
  [['open', 'reopen', 'unblock', 'restor'], ['clos', 'shut', 'cut', 'block', 'seal']],
  [['rise', 'rose', 'risen', 'increas', 'grow', 'grew', 'climb', 'up'], ['fall', 'fell', 'drop', 'decreas', 'declin', 'shrink', 'down']],
  [['accept', 'agree', 'approv', 'support', 'allow', 'back', 'endors'], ['reject', 'refus', 'oppos', 'ban', 'forbid', 'veto', 'deni', 'deny']],
  [['win', 'won'], ['lose', 'lost']],
  [['confirm', 'admit'], ['deni', 'deny', 'dismiss']],
  [['guilty', 'convict'], ['innocent', 'acquit']],
  [['alive', 'surviv'], ['dead', 'die', 'kill']],
  [['succeed', 'success'], ['fail']],
  [['start', 'begin', 'began', 'launch', 'resum'], ['stop', 'end', 'halt', 'suspend', 'paus']],
];

/** Oppositions a word's sense class stands on ("go down" and "dwindle" fall, "climb" rises), as "index:side". */
const BY_SENSE: Record<string, string> = wordTable({ '~rise': '1:0', '~fall': '1:1' });

/** Which side of which opposition a word stands on, as "index:side" keys. */
function senses(words: Word[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    if (w.sense in BY_SENSE) out.add(BY_SENSE[w.sense]);
    OPPOSITES.forEach(([left, right], k) => {
      if (left.some((p) => w.folded.startsWith(p))) out.add(`${k}:0`);
      if (right.some((p) => w.folded.startsWith(p))) out.add(`${k}:1`);
    });
  }
  return out;
}

/** Auxiliaries that may come with an inserted negation ("do not", "will not"). */
const AUXILIARIES = new Set(['do', 'does', 'did', 'is', 'are', 'was', 'were', 'be', 'been', 'will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must', 'have', 'has', 'had']);

/** True for a negating word. */
function isNegation(w: Word): boolean {
  return NEGATIONS.has(w.folded) || w.folded.endsWith("n't");
}

/** True when the differences between two wordings reverse what they say. */
export function contradicts(a: Word[], b: Word[]): boolean {
  for (const diff of diffWords(a, b)) {
    if (diff.type !== 'substantive') continue;
    const left = a.filter((w) => w.start >= diff.a.start && w.end <= diff.a.end);
    const right = b.filter((w) => w.start >= diff.b.start && w.end <= diff.b.end);
    // A negation put in or taken out between shared words ("we expect" / "we do not expect"); a
    // longer cut or addition is a trimmed quote, and "disappointing" / "not satisfactory" agree.
    const added = left.length === 0 ? right : right.length === 0 ? left : [];
    if (added.some(isNegation) && added.every((w) => isNegation(w) || AUXILIARIES.has(w.folded))) return true;
    const sl = senses(left);
    for (const key of senses(right)) {
      const [k, side] = key.split(':');
      if (sl.has(`${k}:${side === '0' ? 1 : 0}`)) return true;
    }
  }
  return false;
}
