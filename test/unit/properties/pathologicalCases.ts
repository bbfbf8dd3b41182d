/** Inputs that make naive scanners quadratic or make offsets drift: each must be analysed in bounded time. */
import { SEEDS } from './mutatedArticles';

const MB = 1 << 20;
const seed = SEEDS[1];

/** Case name → the input text (built on demand: some are a megabyte). */
export const PATHOLOGICAL_CASES: Record<string, () => string> = {
  '1 MB without a space': () => 'x'.repeat(MB),
  '1 MB of one word repeated without spaces or punctuation': () => 'Lavrov'.repeat(MB / 6),
  '100,000 straight quotation marks': () => '"'.repeat(100_000),
  '100,000 curly quotation marks, all opening': () => '“'.repeat(100_000),
  '100,000 alternating curly marks with words': () => 'a “b” '.repeat(100_000 / 2),
  'unbalanced quotes in every paragraph': () => Array.from({ length: 2000 }, (_, i) => `He said “this never ends ${i}, and goes on`).join('\n\n'),
  'a 200,000-character line of prose with quotes': () => seed.replace(/\s+/g, ' ').repeat(Math.ceil(200_000 / seed.length)),
  'CRLF and CR line breaks throughout': () => seed.replace(/\n/g, '\r\n').repeat(20) + seed.replace(/\n/g, '\r').repeat(20),
  'a BOM, and BOMs inside': () => `\ufeff${seed}\ufeff${seed}`,
  'emoji and combining marks everywhere': () => seed.replace(/(\w)(\w)/g, '$1\u0301$2😀').repeat(3),
  'right-to-left text and bidi controls': () => `${'النص العربي "اقتباس" قال الوزير. '.repeat(2000)}\u202e${seed}\u202c שלום "ציטוט" אמר`,
  'NUL characters inside and between words': () => seed.replace(/ /g, ' \u0000').repeat(5),
  'lone surrogates': () => seed.replace(/e/g, '\ud800').replace(/o/g, '\udc00'),
  '100,000 line breaks': () => '\n'.repeat(100_000),
  '10,000 one-word paragraphs in quotes': () => Array.from({ length: 10_000 }, (_, i) => `"Word${i}"`).join('\n\n'),
  'a long run of capitalised words (a name-finder trap)': () => 'The Very Long Name Of A Thing '.repeat(20_000),
  'a long run of numbers': () => Array.from({ length: 50_000 }, (_, i) => `${i * 7},${i % 1000}.5%`).join(' '),
  'a seed compared with its pathological variants (analyzeSources)': () => seed,
};
