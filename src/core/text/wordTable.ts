/**
 * A table that an article's words look things up in. An object literal inherits from
 * Object.prototype, so looking up "constructor" or "valueOf" in it finds a function, and `word in
 * table` says yes: an article that says "the constructor" would read it as a title, a unit or a
 * number word, or crash. A table made here has no prototype: it holds its own words only.
 */

/** The entries as a prototype-free table: a lookup of any other word gives undefined. */
export function wordTable<T>(entries: Readonly<Record<string, T>>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
