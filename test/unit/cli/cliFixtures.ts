/** Files the command-line tests run on: the seeds, and odd files written to a fresh temp folder. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedFiles } from '../report/reportInputs';

export { seedFiles };

/** A news paragraph with quotes, names and numbers, to be saved with different encodings. */
export const STORY = 'Port strike ends after 12 days\n\n'
  + 'LONDON (Reuters) - Dock workers at Felixstowe returned to work on Friday, the union said.\n\n'
  + '"We have won a fair deal for our members," said Sharon Graham, general secretary of Unite. '
  + 'The port\'s owner, Hutchison Ports, called the settlement "sensible".\n\n'
  + '“Everyone is relieved,” added Mark Dale, 52, a crane driver.\n';

/** A fresh temp folder with the story as LF, CRLF, with a BOM, a binary file and a folder. */
export function oddFiles(): { dir: string; lf: string; crlf: string; bom: string; binary: string } {
  const dir = mkdtempSync(join(tmpdir(), 'source-critic-cli-'));
  const lf = join(dir, 'story-lf.txt');
  const crlf = join(dir, 'story-crlf.txt');
  const bom = join(dir, 'story-bom.txt');
  const binary = join(dir, 'image.png');
  writeFileSync(lf, STORY);
  writeFileSync(crlf, STORY.replace(/\n/g, '\r\n'));
  writeFileSync(bom, `\uFEFF${STORY}`);
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
  return { dir, lf, crlf, bom, binary };
}
