// Makes a throw-away workspace holding copies of the sample articles.
// The extension must never modify an article, and a test or a person trying it out may type into
// the open editors, so the workbench only ever sees copies; the originals in samples/ stay untouched.
import { copyFileSync, chmodSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Copies samples/*.txt into `<parent>/workspace` (writable copies) and returns that folder.
 * @param {string} root the project root (holds samples/)
 * @param {string} parent a temporary folder owned by the caller
 * @param {Record<string, unknown>} [settings] workspace settings written to .vscode/settings.json
 * @returns {{ folder: string, files: string[] }} the workspace folder and the absolute paths of the copies
 */
export function makeSampleWorkspace(root, parent, settings) {
  const folder = join(parent, 'workspace');
  mkdirSync(folder, { recursive: true });
  const samples = join(root, 'samples');
  const files = readdirSync(samples).filter((name) => name.endsWith('.txt')).sort().map((name) => {
    const copy = join(folder, name);
    copyFileSync(join(samples, name), copy);
    chmodSync(copy, 0o644);
    return copy;
  });
  if (settings) {
    mkdirSync(join(folder, '.vscode'), { recursive: true });
    writeFileSync(join(folder, '.vscode', 'settings.json'), `${JSON.stringify(settings, null, 2)}\n`);
  }
  return { folder, files };
}
