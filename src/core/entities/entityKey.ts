/**
 * Entity keys: the lower-case, accent-folded form of a name, the same for every spelling that
 * differs only in case, accents, punctuation or spacing ("Türkiye" → "turkiye", "U.S." → "u.s.").
 */

/** Folds a name to its key form: accents removed, lower case, apostrophes unified, spaces collapsed. */
export function foldKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
