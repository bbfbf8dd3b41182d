/**
 * Abbreviated titles headlines use for people ("Russian FM slams …", "PM defends …"), spelled out
 * as the words the article gives in full ("Foreign Minister", "Prime Minister").
 */

const ABBREVIATIONS: Record<string, string[]> = {
  fm: ['foreign', 'minister'],
  pm: ['prime', 'minister'],
  ceo: ['chief', 'executive'],
  sg: ['secretary', 'general'],
};

/** The words an abbreviated title stands for ("fm" → ["foreign", "minister"]), or null. Case-insensitive. */
export function expandTitleAbbreviation(word: string): string[] | null {
  return ABBREVIATIONS[word.toLowerCase()] ?? null;
}
