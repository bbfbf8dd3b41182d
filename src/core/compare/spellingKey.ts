/**
 * A key under which spelling variants of one word coincide, so that a word diff can call them
 * orthographic: British and American spelling (emphasised/emphasized, colour/color,
 * travelled/traveled, defence/defense), transliterations (Sergey/Sergei, Tchaikovsky/Chaikovsky
 * only partly), abbreviation dots (U.S./US) and small number words written as digits (seven/7).
 */
import { wordTable } from '../text/wordTable';

const NUMBER_WORDS: Record<string, string> = wordTable({
  zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16', seventeen: '17', eighteen: '18',
  nineteen: '19', twenty: '20', thirty: '30', forty: '40', fifty: '50', sixty: '60', seventy: '70', eighty: '80', ninety: '90',
  hundred: '100', thousand: '1000',
});

/** The spelling key of a folded, lower-case word. */
export function spellingKey(folded: string): string {
  const number = NUMBER_WORDS[folded];
  if (number) return number;
  if (/^\d/.test(folded)) return folded.replace(/,/g, '');
  return folded
    .replace(/[^a-z0-9]/g, '')
    .replace(/ph/g, 'f')
    .replace(/ae|oe/g, 'e')
    .replace(/our/g, 'or')
    .replace(/ence$/, 'ense')
    .replace(/(?<=[a-z]{3})re$/, 'er')
    .replace(/ogue$/, 'og')
    .replace(/[zy]/g, (c) => (c === 'z' ? 's' : 'i'))
    .replace(/([a-z])\1+/g, '$1')
    .replace(/kh/g, 'h');
}
