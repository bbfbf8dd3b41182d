/**
 * Lets a web test ask the runner (scripts/run-web-integration.mjs) for a screenshot of the workbench
 * while the extension is live: once the run is over the extension host is gone and so are its
 * decorations and views, so a screenshot taken after the run shows an empty sidebar.
 *
 * The handshake: the test logs `SOURCE_CRITIC_SCREENSHOT <name>`; the runner, which relays the web
 * worker's console, saves the page as test-results/<name>.png and then as `<name>.png` in a folder
 * `screenshots` beside the workspace folder (it appears there complete, by a rename). The web worker
 * has no Node `fs`, but it reaches the server's files through the workspace file system, so the test
 * waits, bounded, for that file.
 */
import * as vscode from 'vscode';

/** The prefix of the console line that asks the runner for a screenshot. */
export const SCREENSHOT_PREFIX = 'SOURCE_CRITIC_SCREENSHOT';

const WAIT_MS = 30_000;
const POLL_MS = 100;

/** Whether a file exists in the workspace file system. */
async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * Asks the runner to save a screenshot named `name` (lower-case letters, digits and dashes) and
 * resolves once it is saved; rejects when the runner does not answer within 30 s.
 */
export async function takeScreenshot(name: string): Promise<void> {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`screenshot name must match [a-z0-9-]+: ${name}`);
  const workspace = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!workspace) throw new Error('the test host opened no folder');
  const saved = vscode.Uri.joinPath(workspace, '..', 'screenshots', `${name}.png`);
  console.log(`${SCREENSHOT_PREFIX} ${name}`);
  const deadline = Date.now() + WAIT_MS;
  while (!(await exists(saved))) {
    if (Date.now() > deadline) throw new Error(`the runner saved no screenshot ${name} within ${WAIT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
