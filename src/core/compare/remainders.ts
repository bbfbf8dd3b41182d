/**
 * What is left of a span or a course: "with seven kilometres left", "with 20 minutes to go",
 * "three days remaining before the deadline". A race, a match or a countdown is told from its
 * start or from its end, so "after 35 kilometres" and "with seven kilometres left" may tell one
 * moment, and are no one quantity given differently; two remainders are ("with 10 km to go" /
 * "with 8 km left").
 */
import type { QuantityMention } from './findQuantityMentions';
import type { TextUnit } from './splitIntoUnits';

/** Words after a measure that make it what is left ("seven kilometres left", "20 minutes remaining"). */
const LEFT_WORDS = new Set(['left', 'remaining', 'remain', 'remained']);
/** Verbs after "to" that make a measure what is left ("two laps to go", "ten minutes to play"). */
const TO_GO_VERBS = new Set(['go', 'play', 'run', 'ride', 'race']);
/** Words that may stand before "left" and a determiner without making the measure a remainder ("left the", "left their"). */
const LEFT_OBJECTS = new Set(['the', 'their', 'his', 'her', 'its', 'a', 'an', 'our', 'my', 'your', 'home', 'office']);

/**
 * True for a measure its words give as what is left ("with seven kilometres left", "20 minutes
 * to go", "three days remaining"); the word after the measure's unit is read (the unit written onto
 * the number, "7km left", or as a word of its own, "seven kilometres left"). "Left" taking an
 * object ("two hours left the building") is a verb of the sentence, not a remainder.
 */
export function isRemainder(unit: TextUnit, mention: QuantityMention, text: string): boolean {
  const words = unit.words;
  const at = /\d\s?\p{L}+$/u.test(text.slice(mention.start, mention.end)) ? mention.after : mention.after + 1;
  const next = words[at]?.folded;
  if (next === undefined) return false;
  if (LEFT_WORDS.has(next)) return !LEFT_OBJECTS.has(words[at + 1]?.folded ?? '');
  return next === 'to' && TO_GO_VERBS.has(words[at + 1]?.folded ?? '');
}
