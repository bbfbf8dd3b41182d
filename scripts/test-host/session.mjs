// One test session in a real VS Code, from start to clean-up, for every runner (the Node extension
// host suite of scripts/run-integration.mjs and the web worker suite of scripts/run-web-integration.mjs).
//
// The life of a session:
//   1. a temporary session folder holds everything it writes: a workspace of copies of samples/*.txt,
//      code-server's config, user data, extensions and XDG folders (see codeServer.mjs);
//   2. code-server starts in a process group of its own on 127.0.0.1, and chromium opens the
//      workbench with the extension under development and the test entry (see workbench.mjs);
//   3. the tests run in the extension host, whose console the workbench relays here: one line
//      `SOURCE_CRITIC_MOCHA_STATS {json}` carries mocha's stats at the end, and a line
//      `SOURCE_CRITIC_SCREENSHOT <name>` asks for a screenshot of the page, saved as
//      test-results/<name>.png and as <session>/screenshots/<name>.png (where a web test, which sees
//      only the workspace's file system, waits for it); both appear complete, by a rename; and a line
//      `SOURCE_CRITIC_WEBVIEW_KEYS {"selector": …, "keys": […]}` has keys typed into a webview
//      (test/integration/webviewKeys.ts), which the test then sees by their effect;
//   4. the session ends when the workbench reports the test run's exit code, or at its time bound;
//      a session that reloads once (`reloadOnce`) names a record file in SOURCE_CRITIC_RELOAD_RECORD:
//      when the first run passed and wrote it, the test entry prints its stats line and reloads the
//      window ("Developer: Reload Window", while its extension host still serves the view
//      serializers), the new extension host runs the entry again, which now runs the files meant for
//      after the reload; the session counts both stats lines and ends with the second run's exit code;
//   5. chromium is closed, code-server's process group is ended (TERM, then KILL), the session
//      folder is removed. An interrupted runner (Ctrl-C, a TERM from an outer runner) does the same.
// The exit code alone is not trusted (a crashed extension host reports 0): a session without the
// stats line fails.
import { copyFileSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format } from 'node:util';
import { startCodeServer } from './codeServer.mjs';
import { makeSampleWorkspace } from './sampleWorkspace.mjs';
import { openWorkbench, workbenchUrl } from './workbench.mjs';

const STATS_PREFIX = 'SOURCE_CRITIC_MOCHA_STATS ';
const SCREENSHOT_PREFIX = 'SOURCE_CRITIC_SCREENSHOT ';
const KEYS_PREFIX = 'SOURCE_CRITIC_WEBVIEW_KEYS ';
/** How many times typing into a webview looks for its element before it reports failure. */
const KEYS_ATTEMPTS = 10;
/** How long a screenshot waits for the workbench's progress bars to end. */
const SETTLE_TIMEOUT_MS = 10_000;

/**
 * What must be ended if the runner itself is interrupted: code-server runs in a process group of its
 * own, so a Ctrl-C or a TERM from an outer runner would otherwise leave it behind.
 * @type {Set<() => Promise<void>>}
 */
const cleanups = new Set();
let handlersInstalled = false;

/** Ends every running session when the runner is interrupted; installed once, on the first session. */
function endSessionsOnSignals() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
    process.once(signal, () => {
      console.error(`test run interrupted (${signal}): ending code-server and chromium`);
      Promise.allSettled([...cleanups].map((cleanup) => cleanup())).finally(() => process.exit(1));
    });
  }
  // A reader that goes away (e.g. `| head`) must not kill the runner before it has cleaned up.
  process.stdout.on('error', () => {});
  process.stderr.on('error', () => {});
}

/**
 * Formats console arguments the way Node's console does (mocha's reporter passes `%s` patterns).
 * @param {unknown[]} args the console arguments the workbench relays
 */
function consoleText(args) {
  return format(...(Array.isArray(args) ? args : [args]));
}

/**
 * The outcome of one session.
 * @typedef {{ passes: number, failures: number, seconds: number, problem?: string }} SessionResult
 */

/**
 * Runs one suite in one code-server session and resolves with its counts; never rejects (a crash,
 * a missing stats line or the time bound counts as a failure with a `problem`).
 * @param {{
 *   name: string,
 *   root: string,
 *   host: import('./setup.mjs').TestHost,
 *   testsEntry: string,
 *   extensionDevelopmentPath: string,
 *   resultsDir: string,
 *   timeoutMs: number,
 *   prepare?: (sessionDir: string) => void,
 *   finalScreenshot?: boolean,
 *   reloadOnce?: boolean,
 * }} options `testsEntry` is the compiled test entry without `.js`; `prepare` runs before code-server
 *   starts (install a .vsix, write user settings); `finalScreenshot` saves <name>-final.png at the end;
 *   `reloadOnce` expects two test runs, one before and one after a window reload.
 * @returns {Promise<SessionResult>}
 */
export async function runSession({ name, root, host, testsEntry, extensionDevelopmentPath, resultsDir, timeoutMs, prepare, finalScreenshot = false, reloadOnce = false }) {
  endSessionsOnSignals();
  const started = performance.now();
  const seconds = () => Number(((performance.now() - started) / 1000).toFixed(1));
  const sessionDir = mkdtempSync(join(tmpdir(), `source-critic-${name}-`));
  /** @type {string[]} */
  const serverOutput = [];
  /** @type {Record<string, any> | undefined} */
  let stats;
  /** @type {Promise<void>} */
  let screenshots = Promise.resolve();
  /** @type {Promise<void>} */
  let keys = Promise.resolve();
  /** @type {import('./codeServer.mjs').CodeServer | undefined} */
  let server;
  /** @type {{ page: import('playwright-core').Page, close: () => Promise<void> } | undefined} */
  let workbench;
  /** @type {(code: number) => void} */
  let exited = () => {};
  const exit = new Promise((resolve) => { exited = resolve; });
  /** How many stats lines arrived: one per test run, two in a session that reloads the window. */
  let runs = 0;
  const reloadRecord = join(sessionDir, 'reload-record.json');
  /** A session that went wrong: the tests counted so far, and at least one failure. */
  const failed = (/** @type {string} */ problem) => ({ passes: stats?.passes ?? 0, failures: (stats?.failures ?? 0) || 1, seconds: seconds(), problem });

  /** Saves the page as test-results/<shot>.png and <session>/screenshots/<shot>.png, in turn. */
  const saveScreenshot = (/** @type {string} */ shot) => {
    screenshots = screenshots.then(async () => {
      if (!workbench || !/^[a-z0-9-]+$/.test(shot)) throw new Error('no workbench, or not a name of [a-z0-9-]');
      const shared = join(sessionDir, 'screenshots');
      mkdirSync(shared, { recursive: true });
      mkdirSync(resultsDir, { recursive: true });
      // Views fill in the renderer after the extension answered them; let their progress bars end.
      await workbench.page.waitForFunction("!document.querySelector('.monaco-progress-container.active')", null, { timeout: SETTLE_TIMEOUT_MS })
        .catch(() => console.error(`[${name}] screenshot ${shot}: the workbench still shows progress after ${SETTLE_TIMEOUT_MS / 1000} s`));
      const partial = join(shared, `.${shot}.partial.png`);
      await workbench.page.screenshot({ path: partial });
      copyFileSync(partial, join(resultsDir, `.${shot}.partial.png`));
      renameSync(join(resultsDir, `.${shot}.partial.png`), join(resultsDir, `${shot}.png`));
      renameSync(partial, join(shared, `${shot}.png`));
      console.log(`[${name}] screenshot test-results/${shot}.png`);
    }).catch((error) => console.error(`[${name}] screenshot ${shot} failed: ${error instanceof Error ? error.message : String(error)}`));
    return screenshots;
  };

  /**
   * Types keys into a webview as a user would: focuses the element `selector` in the first frame of
   * the page that has one (a webview's page is a frame inside the workbench's), then presses each key.
   */
  const pressKeys = (/** @type {string} */ request) => {
    keys = keys.then(async () => {
      const { selector, keys: pressed } = /** @type {{ selector: string, keys: string[] }} */ (JSON.parse(request));
      const page = workbench?.page;
      if (!page) throw new Error('no workbench');
      // A webview whose page is being replaced (a re-render) may lose the element between finding
      // and focusing it: look again, a few times, before giving up.
      for (let attempt = 0; attempt < KEYS_ATTEMPTS; attempt++) {
        for (const frame of page.frames()) {
          const target = frame.locator(selector).first();
          if (!(await target.count().catch(() => 0))) continue;
          const focused = await target.focus({ timeout: 2000 }).then(() => true, () => false);
          if (!focused) continue;
          for (const key of pressed) await page.keyboard.press(key);
          console.log(`[${name}] pressed ${pressed.join(' ')} in the webview`);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      throw new Error(`no frame has ${selector} to focus`);
    }).catch((error) => console.error(`[${name}] keys ${request} failed: ${error instanceof Error ? error.message : String(error)}`));
  };

  const onLog = (/** @type {string} */ type, /** @type {unknown[]} */ args) => {
    const text = consoleText(args);
    for (const line of text.split('\n')) {
      if (line.startsWith(STATS_PREFIX)) {
        const run = JSON.parse(line.slice(STATS_PREFIX.length));
        stats = stats ? { ...run, passes: stats.passes + run.passes, failures: stats.failures + run.failures, failed: [...(stats.failed ?? []), ...(run.failed ?? [])] } : run;
        runs++;
      }
      else if (line.startsWith(SCREENSHOT_PREFIX)) void saveScreenshot(line.slice(SCREENSHOT_PREFIX.length).trim());
      else if (line.startsWith(KEYS_PREFIX)) pressKeys(line.slice(KEYS_PREFIX.length));
    }
    (type === 'error' ? console.error : console.log)(text.replace(/^/gm, `[${name}] `));
  };

  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  const cleanup = async () => {
    await workbench?.close();
    await server?.stop();
  };
  cleanups.add(cleanup);
  try {
    prepare?.(sessionDir);
    const { folder } = makeSampleWorkspace(root, sessionDir);
    server = await startCodeServer({
      host, sessionDir, smokeTestDriver: true,
      env: { SOURCE_CRITIC_SCREENSHOT_DIR: resultsDir, ...(reloadOnce ? { SOURCE_CRITIC_RELOAD_RECORD: reloadRecord } : {}) },
      onOutput: (text) => serverOutput.push(text),
    });
    const url = workbenchUrl(server.origin, folder, { extensionDevelopmentPath, extensionTestsPath: testsEntry });
    workbench = await openWorkbench({ url, onLog, onExit: (code) => exited(code) });
    const timeout = new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), timeoutMs); });
    const code = await Promise.race([exit, timeout]);
    if (reloadOnce && code !== 'timeout' && runs !== 2) return failed(`the window was not reloaded between two test runs (${runs} run(s))`);
    if (finalScreenshot) await saveScreenshot(`${name}-final`);
    await screenshots;
    if (code === 'timeout') return failed(`timed out after ${timeoutMs / 1000} s`);
    if (!stats) return failed(`no ${STATS_PREFIX.trim()} line (exit code ${code}): the extension host or the test entry crashed`);
    console.log(`[${name}] ${stats.passes} passed, ${stats.failures} failed in ${seconds()} s (session, exit code ${code})`);
    if (code !== 0 && stats.failures === 0) return failed(`exit code ${code} although no test failed`);
    return { passes: stats.passes, failures: stats.failures, seconds: seconds() };
  } catch (error) {
    return { passes: stats?.passes ?? 0, failures: (stats?.failures ?? 0) + 1, seconds: seconds(), problem: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
    await cleanup();
    cleanups.delete(cleanup);
    if (!stats) console.error(`[${name}] code-server output:\n${serverOutput.join('')}`);
    rmSync(sessionDir, { recursive: true, force: true });
  }
}
