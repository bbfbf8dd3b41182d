/** Reads the files named on the command line, with their SHA-256, refusing what is not text. */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { decodeArticle } from '../core/text/decodeArticle';

/** A file read for analysis. */
export interface ReadSource {
  file: string;
  sha256: string;
  text: string;
}

/** Why a file could not be used, for the one-line message (exit code 1). */
export class UnreadableFileError extends Error {}

/** Reads one file; throws {@link UnreadableFileError} naming the file and the cause. */
export function readSource(file: string): ReadSource {
  let bytes: Buffer;
  try {
    if (statSync(file).isDirectory()) throw new UnreadableFileError(`${file}: is a directory, not a text file`);
    bytes = readFileSync(file);
  } catch (err) {
    if (err instanceof UnreadableFileError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const cause = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    throw new UnreadableFileError(`${file}: cannot read (${cause})`);
  }
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) throw new UnreadableFileError(`${file}: ${decoded.reason}`);
  return { file, sha256: createHash('sha256').update(bytes).digest('hex'), text: decoded.text };
}
