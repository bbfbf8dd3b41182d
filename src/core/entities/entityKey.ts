/**
 * Entity keys: the lower-case, accent-folded form of a name, the same for every spelling that
 * differs only in case, accents, punctuation or spacing ("Türkiye" → "turkiye", "U.S." → "u.s.").
 */

const NON_ASCII = /[^\x00-\x7f]/;

/** Folds a name to its key form: accents removed, lower case, apostrophes unified, spaces collapsed. */
export function foldKey(name: string): string {
  // Plain ASCII has no accents, curly apostrophes or typographic dashes: only case and spaces to fold.
  if (!NON_ASCII.test(name)) return name.replace(/`/g, "'").toLowerCase().replace(/\s+/g, ' ').trim();
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
