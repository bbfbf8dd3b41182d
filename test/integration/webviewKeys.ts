/**
 * Lets an integration test type keys into a webview as a user would. The tests run in the extension
 * host, which cannot reach the page; the runner (scripts/test-host/session.mjs) drives the browser.
 * The handshake: the test logs `SOURCE_CRITIC_WEBVIEW_KEYS {"selector": …, "keys": […]}`; the runner
 * focuses the element `selector` in the first frame of the page that has one (a webview is a frame
 * inside the workbench) and presses the keys (playwright key names: ArrowDown, Enter, j, …). The test
 * then waits for their effect (a message from the page, an editor that opens), never on a clock.
 */

/** The prefix of the console line that asks the runner to type into a webview. */
export const WEBVIEW_KEYS_PREFIX = 'SOURCE_CRITIC_WEBVIEW_KEYS';

/**
 * True when a runner that drives the page is listening (code-server; the desktop launcher through
 * @vscode/test-electron has none): it is the runner that also takes screenshots.
 */
export function canTypeIntoWebviews(): boolean {
  return !!process.env.SOURCE_CRITIC_SCREENSHOT_DIR;
}

/** Asks the runner to focus `selector` in a webview and press `keys`, in order. */
export function typeIntoWebview(selector: string, keys: string[]): void {
  console.log(`${WEBVIEW_KEYS_PREFIX} ${JSON.stringify({ selector, keys })}`);
}
