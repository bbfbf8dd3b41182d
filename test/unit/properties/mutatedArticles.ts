/**
 * fast-check arbitraries for articles that go wrong in the ways real files do: a seed article
 * with characters deleted, inserted or duplicated; stray or unbalanced quotation marks; line
 * breaks of every convention; emoji, combining marks, right-to-left text, NUL, a BOM; and
 * arbitrary Unicode, including unpaired surrogates.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SEED_DIR = join(__dirname, '../../fixtures/corpus/seeds');

/** The seed articles' texts. */
export const SEEDS: string[] = readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => readFileSync(join(SEED_DIR, f), 'utf8'));

/** Pieces of text that trouble tokenizers, quote scanners and offset arithmetic. */
const TROUBLE = [
  '"', '“', '”', '‘', '’', "'", '«', '»', '„', '‹', '›', '``', "''",
  '\n', '\r\n', '\r', '\n\n', '\u2028', '\t', ' ', '\u00a0',
  '\u0000', '\ufeff', '\u200b', '\u200d', '\u0301', 'e\u0301', '\u0338',
  '😀', '👩‍👩‍👧', '🇺🇦', '\ud83d', '\ude00',
  'مرحبا بالعالم', 'שלום', '\u202e', '\u200f',
  '—', '–', '…', '.', '?!', ':', ' said ', ' according to ', 'Mr. ', 'U.S.', '$1.5bn', '12,000', '3.5%',
];

const insertion = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...TROUBLE) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);

/** One edit at a relative position (a fraction of the current length) in the text. */
export interface Edit {
  op: 'delete' | 'insert' | 'duplicate';
  at: number;
  length: number;
  text: string;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  op: fc.constantFrom('delete' as const, 'insert' as const, 'duplicate' as const),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.integer({ min: 1, max: 40 }),
  text: insertion,
});

/** Applies edits in order: delete `length` characters, insert `text`, or repeat `length` characters. */
export function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of edits) {
    const at = Math.min(out.length, Math.floor(e.at * out.length));
    if (e.op === 'delete') out = out.slice(0, at) + out.slice(at + e.length);
    else if (e.op === 'insert') out = out.slice(0, at) + e.text + out.slice(at);
    else out = out.slice(0, at) + out.slice(at, at + e.length) + out.slice(at);
  }
  return out;
}

/** A seed article with 1 to 30 edits. */
export const mutatedSeed: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...SEEDS), fc.array(edit, { minLength: 1, maxLength: 30 }))
  .map(([seed, edits]) => applyEdits(seed, edits));

/** A text made only of trouble: random pieces and random Unicode, up to a few hundred characters. */
export const troubleText: fc.Arbitrary<string> = fc.array(insertion, { maxLength: 80 }).map((parts) => parts.join(''));

/** Either kind, the mutated seeds more often. */
export const article: fc.Arbitrary<string> = fc.oneof({ weight: 3, arbitrary: mutatedSeed }, { weight: 1, arbitrary: troubleText });
