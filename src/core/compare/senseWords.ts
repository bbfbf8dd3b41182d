/**
 * A unit's words as its facts are compared across sources: each phrase of the paraphrase lexicon
 * made one word of its class, each demonym its place ({@link withParaphrases}). Reporters reword
 * one another as speakers' translators do: "there was no sign of malicious activity" and "no
 * evidence of a cyberattack", "the minister visited the site" and "flew to the area", "the
 * government" and "the authorities". Singular readings and covering passages compare these words,
 * so that a fact told in another outlet's wording is found reported there.
 *
 * Each unit's words are read once per comparison (a unit is judged against many windows). Most
 * units hold no phrase of the lexicon and no demonym: their own word list stands for its reading,
 * so that the cache keeps a second list only for the units the lexicon rewords.
 */
import { withParaphrases } from './speechParaphrases';
import type { Word } from './readWords';
import type { TextUnit } from './splitIntoUnits';

const READ = new WeakMap<TextUnit, Word[]>();

/** The words of `unit` read through the paraphrase lexicon (see the file comment). */
export function senseWords(unit: TextUnit): Word[] {
  let words = READ.get(unit);
  if (!words) {
    const read = withParaphrases(unit.words);
    words = read.length === unit.words.length && read.every((w, i) => w === unit.words[i]) ? unit.words : read;
    READ.set(unit, words);
  }
  return words;
}
