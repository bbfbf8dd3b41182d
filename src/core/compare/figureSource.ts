/**
 * Who gives a figure. Two reports often give one count from two sources ("police put the number
 * of marchers at 45,000; the organisers said 200,000 had taken part") and another report gives the
 * same two ("organisers claimed more than 250,000 people marched"). The party that states or
 * estimates a figure says which count it is: the subject of the verb of saying before the number
 * ("the organisers said 200,000", "police estimated the crowd at 40,000") or the party after
 * "according to" ("…, according to the health ministry").
 */
import type { QuantityMention } from './findQuantityMentions';
import type { Word } from './readWords';
import type { TextUnit } from './splitIntoUnits';

/** Verbs of saying or estimating whose subject gives the figure after them. */
const SAYING = new Set([
  'said', 'says', 'say', 'claimed', 'claims', 'claim', 'estimated', 'estimates', 'estimate', 'put', 'puts', 'reported', 'reports', 'counted',
  'told', 'announced', 'confirmed',
]);
/** Words a verb of saying may stand before the figure ("police put the number of marchers at"). */
const SAYING_REACH = 8;
/** Words after "according to" that name the party ("the regional health ministry"). */
const PARTY_REACH = 4;

/** Words a subject may stretch over before its verb ("the organisers, the National Workers' Confederation, said"). */
const SUBJECT_REACH = 7;

/** The content words of the subject before the verb at `index`, back to a number or `SUBJECT_REACH` words. */
function subjectBefore(words: Word[], index: number): Word[] {
  const subject: Word[] = [];
  for (let i = index - 1; i >= Math.max(0, index - SUBJECT_REACH); i--) {
    if (/^\d/.test(words[i].folded)) break;
    if (words[i].content) subject.push(words[i]);
  }
  return subject;
}

/**
 * The words naming the party that gives a figure ("organisers", "police", "health ministry"),
 * none when the sentence does not say (see the file comment).
 */
export function figureSourceOf(unit: TextUnit, mention: QuantityMention): Word[] {
  const words = unit.words;
  for (let i = mention.before; i >= Math.max(0, mention.before - SAYING_REACH); i--) {
    if (/^\d/.test(words[i].folded)) break;
    if (SAYING.has(words[i].folded)) return subjectBefore(words, i);
  }
  for (let i = mention.after; i < Math.min(words.length - 1, mention.after + SAYING_REACH); i++) {
    if (words[i].folded !== 'according' || words[i + 1].folded !== 'to') continue;
    return words.slice(i + 2, i + 2 + PARTY_REACH).filter((w) => w.content);
  }
  return [];
}
