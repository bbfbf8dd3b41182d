/**
 * Lets an integration test ask the runner for a screenshot of the workbench as the user sees it.
 *
 * The tests run in the extension host, which cannot see the page; the runner (scripts/
 * run-integration.mjs) drives the browser and relays the extension host's console. The handshake:
 *   1. the test logs `SOURCE_CRITIC_SCREENSHOT <name>`;
 *   2. the runner sees the line, saves the page to a temporary file, and renames it to
 *      `<dir>/<name>.png` in the folder it passed as SOURCE_CRITIC_SCREENSHOT_DIR (the rename makes
 *      the file appear complete, and the runner deletes stale ones before a run);
 *   3. the test polls, bounded, for that file and resolves with its path.
 * Under a launcher that takes no screenshots (desktop VS Code through @vscode/test-electron) the
 * variable is unset and the request resolves at once with undefined.
 */
import * as fs from 'fs';
import * as path from 'path';

/** The prefix of the console line that asks the runner for a screenshot. */
export const SCREENSHOT_PREFIX = 'SOURCE_CRITIC_SCREENSHOT';

const WAIT_MS = 30_000;
const POLL_MS = 100;

/**
 * Asks the runner to save a screenshot named `name` (lower-case letters, digits and dashes) and
 * waits until it is on disk. Resolves with the file's path, or undefined when no runner takes
 * screenshots; rejects when the runner does not answer within 30 s.
 */
export async function takeScreenshot(name: string): Promise<string | undefined> {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`screenshot name must match [a-z0-9-]+: ${name}`);
  const folder = process.env.SOURCE_CRITIC_SCREENSHOT_DIR;
  if (!folder) return undefined;
  const file = path.join(folder, `${name}.png`);
  console.log(`${SCREENSHOT_PREFIX} ${name}`);
  const deadline = Date.now() + WAIT_MS;
  while (!fs.existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`the runner saved no screenshot ${file} within ${WAIT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return file;
}
