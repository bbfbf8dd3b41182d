/**
 * The day a quote was said, read from the reporter's words of its paragraph: remarks of one
 * official on two days are two statements, however alike; one remark placed on one day, or on
 * no day by one outlet, is still one.
 */
import { strict as assert } from 'node:assert';
import { differentOccasions, occasionDays } from '../../../src/core/compare/quoteOccasion';
import { groups } from './quoteGroupsOf';

/** The days `occasionDays` reads for each quoted span of `text` (the spans between straight double quotes). */
function daysOfQuotes(text: string): string[][] {
  const spans = [...text.matchAll(/"([^"]*)"/g)].map((m) => ({ start: (m.index ?? 0) + 1, end: (m.index ?? 0) + 1 + m[1].length }));
  return occasionDays(text, spans).map((days) => [...days]);
}

describe('the occasion of a quote', () => {
  it('reads the days the reporter names in the paragraph, not those inside a quote or in another paragraph', () => {
    const text = 'The coach spoke on Saturday.\n\nOn Sunday he went further. "We play again on Wednesday," he said.\n\n"Nothing changes," he added.';
    assert.deepEqual(daysOfQuotes(text), [['sunday'], []]);
  });

  it('tells apart two days from one day, and from a paragraph that names none', () => {
    assert.ok(differentOccasions(new Set(['monday']), new Set(['tuesday'])));
    assert.ok(!differentOccasions(new Set(['monday', 'tuesday']), new Set(['tuesday'])));
    assert.ok(!differentOccasions(new Set(), new Set(['tuesday'])));
  });

  it('keeps apart a harbour master\'s remarks of two days worded alike', () => {
    const found = groups({
      'monday.txt': 'A storm wrecked dozens of fishing boats in Peniche this week.\n\nOn Monday the harbour master, Rui Costa, inspected the breakwater. "The harbour will stay closed to every boat until the breakwater is repaired," Costa said.',
      'tuesday.txt': 'A storm wrecked dozens of fishing boats in Peniche this week.\n\nOn Tuesday the harbour master, Rui Costa, spoke to fishermen. "The harbour will stay closed to every boat until the last wreck is lifted," Costa said.',
    });
    assert.deepEqual(found, []);
  });

  it('links one remark that one outlet places on a day and the other on none, or on the same day', () => {
    const texts = (day: string): Record<string, string> => ({
      'wire.txt': 'A storm wrecked dozens of fishing boats in Peniche this week.\n\nOn Monday the harbour master, Rui Costa, inspected the breakwater. "The harbour will stay closed to every boat until the breakwater is repaired," Costa said.',
      'daily.txt': `A storm wrecked dozens of fishing boats in Peniche this week.\n\n"The harbour will stay closed to all boats until the breakwater has been repaired," harbour master Rui Costa said${day}, adding that the repairs could start "on Friday".`,
    });
    assert.equal(groups(texts('')).length, 1);
    assert.equal(groups(texts(' on Monday')).length, 1);
  });
});
