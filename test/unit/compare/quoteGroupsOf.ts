/**
 * The quote groups the real pipeline gives a set of short reports: what the same-utterance tests
 * read.
 */
import { analyzeSources } from '../../../src/core/analyzeSources';
import type { QuoteGroup } from '../../../src/core/types';

/** The quote groups of a set of texts (file name → text). */
export function groups(texts: Record<string, string>): QuoteGroup[] {
  return analyzeSources(Object.entries(texts).map(([id, text]) => ({ id, text }))).comparison.groups;
}

/** The texts of each group's members, to show when an assertion fails. */
export function memberTexts(found: QuoteGroup[]): string {
  return JSON.stringify(found.map((g) => g.members.map((m) => m.text)));
}
