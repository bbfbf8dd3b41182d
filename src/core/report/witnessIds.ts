/**
 * Short, stable names for the sources of a report, derived from their file names: the TEI
 * `xml:id` of each witness and the column heads of tables.
 */

/** The last part of a path or URI (after the last `/` or `\`), without query or fragment. */
export function fileBaseName(file: string): string {
  const clean = file.replace(/[?#].*$/, '');
  return clean.slice(Math.max(clean.lastIndexOf('/'), clean.lastIndexOf('\\')) + 1) || clean || 'source';
}

/**
 * One XML name (an NCName, usable as `xml:id`) per file, in order and all different: the base
 * name without its extension, every character but ASCII letters, digits, `_`, `.` and `-`
 * replaced by `-`, prefixed with `w-` when it would not start with a letter or `_`, and suffixed
 * `-2`, `-3`, … when two files share a base name.
 */
export function witnessIds(files: string[]): string[] {
  const taken = new Set<string>();
  return files.map((file) => {
    const stem = fileBaseName(file).replace(/\.[^.]+$/, '');
    let id = stem.replace(/[^A-Za-z0-9_.-]/g, '-') || 'source';
    if (!/^[A-Za-z_]/.test(id)) id = `w-${id}`;
    let unique = id;
    for (let n = 2; taken.has(unique); n++) unique = `${id}-${n}`;
    taken.add(unique);
    return unique;
  });
}
