/**
 * Entity keys: the lower-case, accent-folded form of a name, the same for every spelling that
 * differs only in case, accents, punctuation or spacing ("Türkiye" → "turkiye", "U.S." → "u.s.").
 */

/** True when a string has a character beyond ASCII (tested by code, not by a regular expression). */
function hasNonAscii(name: string): boolean {
  for (let k = 0; k < name.length; k++) if (name.charCodeAt(k) > 127) return true;
  return false;
}

/** Folds a name to its key form: accents removed, lower case, apostrophes unified, spaces collapsed. */
export function foldKey(name: string): string {
  // Plain ASCII has no accents, curly apostrophes or typographic dashes: only case and spaces to fold.
  if (!hasNonAscii(name)) return name.replace(/`/g, "'").toLowerCase().replace(/\s+/g, ' ').trim();
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
