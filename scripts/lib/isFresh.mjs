// A generator runs at every build and test run; it rewrites its output only when one of its inputs
// (its own script, the data packages it reads, hand lists) changed after the output was written.
import { existsSync, statSync } from 'node:fs';

/** True when `output` exists and no file of `inputs` was modified after it. */
export function isFresh(output, inputs) {
  if (!existsSync(output)) return false;
  const written = statSync(output).mtimeMs;
  return inputs.every((input) => statSync(input).mtimeMs <= written);
}
