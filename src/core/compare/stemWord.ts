/**
 * A crude, deterministic English stemmer for matching words across sources. It need not give
 * dictionary forms, only the same key to inflected and derived forms of one word ("intervene",
 * "intervening", "intervention" → "interven"; "escalation", "escalate" → "escal") and to British
 * and American spellings ("emphasised", "emphasized"). Over-stemming a little is harmless here:
 * keys are only compared with each other, and BM25 weights keep common collisions cheap.
 */
import { wordTable } from '../text/wordTable';

/**
 * Suffixes removed once, longest first; a stem keeps at least three letters. An adverb in "-ally"
 * loses it whole, so that it meets its adjective ("illegally" / "illegal", "finally" / "final").
 */
const SUFFIXES = [
  'izations', 'isations', 'ization', 'isation', 'ational', 'ements', 'ations', 'itions', 'ities', 'ation', 'ition', 'ement',
  'ally',
  'ments', 'ness', 'ings', 'ment', 'ized', 'ised', 'izes', 'ises', 'izing', 'ising', 'ing', 'ity', 'ion', 'ers',
  'ied', 'ies', 'ize', 'ise', 'ate', 'ive', 'ful', 'ous', 'ed', 'es', 'er', 'ly', 'al', 's', 'e', 'y',
];

/** Abbreviations news copy uses for the same words ("DKK1.1bn" / "1.1 billion crowns"). */
const ABBREVIATIONS: Record<string, string> = wordTable({ bn: 'billion', mn: 'million', mln: 'million', tn: 'trillion', pct: 'percent', cent: 'percent' });

/** Reduces a folded, lower-case word to a matching key (numbers lose their thousands commas). */
export function stemWord(folded: string): string {
  const expanded = ABBREVIATIONS[folded];
  if (expanded) return stemWord(expanded);
  if (/\d/.test(folded)) return folded.replace(/,/g, '');
  if (folded.length <= 3) return folded;
  // A plural in "-ies" is read as its singular first, so that both lose the same suffix
  // ("families" and "family", "supplies" and "supply", whose "-ly" is no adverb's).
  let word = folded.replace(/ou(?=r)/g, 'o').replace(/yse$|yze$/, 'ise').replace(/(?<=[a-z]{3})ies$/, 'y');
  // An adjective of what can be done meets its verb ("avoidable" / "avoided", "preventable" /
  // "prevent", "affordable" / "afford") when the verb left has five letters or more: "capable" is
  // no "cap", "possible" no "pose". The root is then stemmed as its past participle ("reversible"
  // as "reversed"), whose key the verb's other forms share.
  const able = /^([a-z]{5,}?)(?:able|ible)$/.exec(word);
  if (able) word = `${able[1]}ed`;
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3 && !(suffix === 's' && /(ss|us|is)$/.test(word))) {
      word = word.slice(0, word.length - suffix.length);
      break;
    }
  }
  // A second light pass folds "-ation"/"-ate" and "-ing"/"-e" leftovers and doubled final consonants.
  if (word.length > 4 && /(at|iz|is|e)$/.test(word)) word = word.replace(/(at|iz|is|e)$/, '');
  word = word.replace(/([^aeiou])\1$/, '$1');
  return word.replace(/z/g, 's');
}
