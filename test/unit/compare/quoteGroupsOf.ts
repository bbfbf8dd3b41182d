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

/**
 * Two short reports of one meeting quoting one named speaker, the wire with `wire` and the paper
 * with `paper`: the frame around two wordings of a remark that a test sets against each other.
 */
export function twoReports(speaker: string, wire: string, paper: string): Record<string, string> {
  const surname = speaker.split(' ').pop();
  return {
    'wire.txt': `Minister speaks after cabinet meeting\n\nLISBON (Wire) - ${speaker} spoke to reporters on Monday after a cabinet meeting.\n\n"${wire}," ${surname} told reporters.\n\nThe cabinet meets again next week.`,
    'paper.txt': `Minister gives a view\n\n${speaker} gave a view on Monday after the weekly cabinet meeting.\n\n"${paper}," ${surname} said.\n\nThe cabinet meets again next week.`,
  };
}
