/**
 * wink parts words at a hyphen, and the words of a name are rebuilt so that a capitalised word
 * and a lower-case one around a hyphen stay apart ("London-based", "Iran-led"). Two kinds of names
 * are written just so, and would be cut in two:
 * - French and Italian place names and surnames linked through an elided article: "Val-d'Or",
 *   "Villeneuve-d'Ascq", "Fontaine-l'Évêque", "Lefèvre-d'Orsay";
 * - hyphenated given names whose second syllable is in lower case, Korean and Chinese ones:
 *   "Seo-yeon", "Hyun-woo", "Mei-ling" (the rebuilding joins them only after a surname);
 * - Korean and Japanese place names closed by their administrative unit: "Mangwon-dong",
 *   "Seocho-gu", "Chiyoda-ku" (administrativeSuffixes).
 * Here such parts become one word again, by their offsets in the text.
 */
import { isAdministrativeSuffix } from './administrativeSuffixes';
import { isGivenName } from './gazetteer';
import { startsUpperCase } from './letterCase';
import { ELIDED_ARTICLE } from './nameParticles';
import type { NameWord } from './nameWords';

const HYPHENS = new Set(['-', '‐', '‑']);

/** True when `part`, written right after `name` and a hyphen, continues one name with it. */
function continuesName(text: string, name: NameWord, part: NameWord): boolean {
  return ELIDED_ARTICLE.test(part.text) || isAdministrativeSuffix(part.text) || isGivenName(text.slice(name.start, part.end));
}

/**
 * The words of a text with every capitalised word, a hyphen and the rest of its name written with
 * nothing between them (an elided article's name, a given name's second syllable) joined into one
 * word, which keeps the first word's reading (its part of speech and place in the sentence).
 */
export function joinHyphenatedNames(text: string, words: NameWord[]): NameWord[] {
  const out: NameWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const name = out[out.length - 1];
    const hyphen = words[i];
    const part = words[i + 1];
    if (name !== undefined && part !== undefined && HYPHENS.has(hyphen.text) && name.end === hyphen.start && hyphen.end === part.start && startsUpperCase(name.text) && continuesName(text, name, part)) {
      out[out.length - 1] = { ...name, end: part.end, text: text.slice(name.start, part.end) };
      i++;
      continue;
    }
    out.push(hyphen);
  }
  return out;
}
