/**
 * Test helpers that analyse a text with the real pipeline and read back who each quote was given to,
 * shared by the speaker-attribution unit tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../src/core/analyzeArticle';

/** The speaker of each quote of `text`, in order. */
export const speakers = (text: string): Array<string | null> => analyzeArticle(text).quotes.map((q) => q.speaker);

/** Each quote's text (first 30 characters) with its speaker and the method that found it. */
export const attributions = (text: string): Array<[string, string | null, string | null]> =>
  analyzeArticle(text).quotes.map((q) => [q.text.slice(0, 30), q.speaker, q.attribution?.method ?? null]);

/** The speaker of the first quote whose text starts with `quoteStart`; fails when there is no such quote. */
export const speakerOf = (text: string, quoteStart: string): string | null => {
  const q = analyzeArticle(text).quotes.find((x) => x.text.startsWith(quoteStart));
  assert.ok(q, `no quote starting ${quoteStart}`);
  return q.speaker;
};
