/** Writes a report to the file named by `--out`, never replacing an existing file unless forced. */
import { existsSync, realpathSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Why the report could not be written, for the one-line message (exit code 1). */
export class UnwritableFileError extends Error {}

const samePath = (a: string, b: string): boolean => {
  const real = (p: string): string => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  return real(a) === real(b);
};

/**
 * Fails early, before any analysis, when `out` could not be written: it is one of the articles,
 * or it exists and `force` was not given. Throws {@link UnwritableFileError}.
 */
export function checkReportTarget(out: string, force: boolean, inputs: string[]): void {
  if (inputs.some((input) => samePath(input, out))) {
    throw new UnwritableFileError(`${out}: is one of the articles analysed; choose another --out file`);
  }
  if (!force && existsSync(out)) throw new UnwritableFileError(`${out}: cannot write the report (already exists; add --force to overwrite it)`);
}

/**
 * Writes `content` to `out`. Without `force` the file must not exist yet (it is created
 * exclusively, so a file appearing meanwhile is not replaced either). Even with `force`, one of
 * the articles analysed is never overwritten. Throws {@link UnwritableFileError} naming the file.
 */
export function writeReportFile(out: string, content: string, force: boolean, inputs: string[]): void {
  checkReportTarget(out, force, inputs);
  try {
    writeFileSync(out, content, { encoding: 'utf8', flag: force ? 'w' : 'wx' });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const cause = code === 'EEXIST' ? 'already exists; add --force to overwrite it'
      : code === 'EISDIR' ? 'is a directory'
        : code === 'ENOENT' ? 'its folder does not exist'
          : code === 'EACCES' ? 'permission denied'
            : (err as Error).message;
    throw new UnwritableFileError(`${out}: cannot write the report (${cause})`);
  }
}
