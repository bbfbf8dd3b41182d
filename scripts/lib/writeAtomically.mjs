// Writes generated data so that a reader never sees half a file: the text goes to a temporary file
// beside the target, which then takes the target's name in one rename. Two builds (or a build and
// a test run) may generate at the same moment; each reader gets either the old file or the new one.
import { renameSync, writeFileSync } from 'node:fs';

/** Writes `text` to `path` through a temporary sibling and a rename. */
export function writeAtomically(path, text) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}
