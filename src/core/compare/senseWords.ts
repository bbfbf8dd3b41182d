/**
 * A unit's words as its facts are compared across sources: each phrase of the paraphrase lexicon
 * made one word of its class, each demonym its place ({@link withParaphrases}). Reporters reword
 * one another as speakers' translators do: "there was no sign of malicious activity" and "no
 * evidence of a cyberattack", "the minister visited the site" and "flew to the area", "the
 * government" and "the authorities". Singular readings and covering passages compare these words,
 * so that a fact told in another outlet's wording is found reported there.
 *
 * Each unit's words are read once per comparison (a unit is judged against many windows), and the
 * readings are kept with the comparison's context, not with the units: the units outlive the
 * findings (the alignments' word diffs are built from them), and a thousand articles' readings
 * were some 13 MB held through that last step for nothing. Most units hold no phrase of the
 * lexicon and no demonym: their own word list stands for their reading, so that a second list is
 * kept only for the units the lexicon rewords.
 */
import type { CompareContext } from './compareContext';
import { withParaphrases } from './speechParaphrases';
import type { Word } from './readWords';
import type { TextUnit } from './splitIntoUnits';

/** Each comparison's readings, by unit id. */
const READ = new WeakMap<CompareContext, Array<Word[] | undefined>>();

/** The words of `unit`, a unit of `ctx`, read through the paraphrase lexicon (see the file comment). */
export function senseWords(ctx: CompareContext, unit: TextUnit): Word[] {
  let read = READ.get(ctx);
  if (!read) {
    read = new Array<Word[] | undefined>(ctx.units.length);
    READ.set(ctx, read);
  }
  let words = read[unit.id];
  if (!words) {
    const reading = withParaphrases(unit.words);
    words = reading.length === unit.words.length && reading.every((w, i) => w === unit.words[i]) ? unit.words : reading;
    read[unit.id] = words;
  }
  return words;
}
