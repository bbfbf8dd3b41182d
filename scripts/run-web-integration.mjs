#!/usr/bin/env node
// Runs the web suite: Source Critic's browser build in the web worker extension host of a real
// VS Code web workbench (code-server's, as vscode.dev would run it), driven by chromium.
//   node scripts/run-web-integration.mjs
//
// Steps: build (dist/browser/extension.js, the model bundled), bundle test/web/index.ts with every
// test/web/*.test.ts and mocha's browser build into one browser CommonJS file (the web extension
// host fetches a single file and its `require` knows only `vscode`), start code-server with a
// workspace of copies of samples/*.txt and a user setting that puts the extension in the web worker
// extension host (see runInWebWorkerHost), and open the workbench with the extension under
// development and the bundled tests, which then run in that web worker instead of the Node host.
//
// How the runner hears from the tests: the worker's console is relayed by the workbench to
// codeAutomationLog; the test entry ends with one line `SOURCE_CRITIC_MOCHA_STATS {json}`, then the
// workbench calls codeAutomationExit. The exit code alone is not trusted (a crashed extension host
// reports 0): a run without the stats line fails. Screenshots: a test logs
// `SOURCE_CRITIC_SCREENSHOT <name>` while the extension is live (test/web/screenshot.ts) and the
// runner saves test-results/<name>.png; the suite asks for web-workbench. Every wait is bounded; the run ends with `N passed, N failed`
// and exits non-zero on any failure, a missing stats line or a timeout.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { startCodeServer } from './test-host/codeServer.mjs';
import { makeSampleWorkspace } from './test-host/sampleWorkspace.mjs';
import { ensureTestHost } from './test-host/setup.mjs';
import { openWorkbench, workbenchUrl } from './test-host/workbench.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const testsFolder = join(root, 'test', 'web');
const bundleFolder = join(root, 'out', 'web-test');
const resultsDir = join(root, 'test-results');
const STATS_PREFIX = 'SOURCE_CRITIC_MOCHA_STATS ';
const SCREENSHOT_PREFIX = 'SOURCE_CRITIC_SCREENSHOT ';
const BUILD_TIMEOUT_MS = 5 * 60_000;
const SESSION_TIMEOUT_MS = 5 * 60_000;
const SETTLE_TIMEOUT_MS = 10_000;

/**
 * Bundles the web test entry and the web tests into out/web-test/index.js for the browser (apart
 * from out/test, which scripts/run-integration.mjs empties). The entry esbuild sees is made here: it re-exports `run` from test/web/index.ts, imported first so
 * that mocha's globals exist when the test files load, then imports each test file statically.
 * @returns {Promise<string>} the bundle's path without `.js` (the form extensionTestsPath takes)
 */
async function bundleWebTests() {
  const tests = readdirSync(testsFolder).filter((name) => name.endsWith('.test.ts')).sort();
  if (tests.length === 0) throw new Error(`no test/web/*.test.ts to run`);
  const entry = ["export { run } from './index';", ...tests.map((name) => `import './${name.replace(/\.ts$/, '')}';`)].join('\n');
  rmSync(bundleFolder, { recursive: true, force: true });
  await esbuild.build({
    stdin: { contents: entry, resolveDir: testsFolder, sourcefile: 'web-suite.ts', loader: 'ts' },
    outfile: join(bundleFolder, 'index.js'),
    absWorkingDir: root, bundle: true, platform: 'browser', format: 'cjs', target: 'es2022',
    mainFields: ['browser', 'module', 'main'], external: ['vscode'], sourcemap: 'inline', logLevel: 'warning',
  });
  return join(bundleFolder, 'index');
}

/**
 * Formats console arguments the way Node's console does.
 * @param {unknown[]} args the console arguments the workbench relays
 */
function consoleText(args) {
  return format(...(Array.isArray(args) ? args : [args]));
}

/**
 * What must be ended if the runner is interrupted: code-server runs in a process group of its own,
 * so a Ctrl-C or a TERM from an outer runner would otherwise leave it behind.
 * @type {Set<() => Promise<void>>}
 */
const cleanups = new Set();
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
  process.once(signal, () => {
    console.error(`web integration run interrupted (${signal}): ending code-server and chromium`);
    Promise.allSettled([...cleanups].map((cleanup) => cleanup())).finally(() => process.exit(1));
  });
}
process.stdout.on('error', () => {});
process.stderr.on('error', () => {});

/**
 * One code-server session running the web suite in the web worker extension host.
 * @param {import('./test-host/setup.mjs').TestHost} host
 * @param {string} testsEntry the bundled test entry, without `.js`
 * @returns {Promise<{ passes: number, failures: number, problem?: string }>}
 */
async function runWebSession(host, testsEntry) {
  const started = performance.now();
  const sessionDir = mkdtempSync(join(tmpdir(), 'source-critic-web-'));
  /** @type {string[]} */
  const serverOutput = [];
  /** @type {Record<string, any> | undefined} */
  let stats;
  /** @type {import('./test-host/codeServer.mjs').CodeServer | undefined} */
  let server;
  /** @type {{ page: import('playwright-core').Page, close: () => Promise<void> } | undefined} */
  let workbench;
  /** @type {(code: number) => void} */
  let exited = () => {};
  const exit = new Promise((resolve) => { exited = resolve; });
  /** @type {Promise<void>} */
  let screenshots = Promise.resolve();

  /**
   * Saves the page as test-results/<name>.png, then as <session>/screenshots/<name>.png, where the
   * waiting test sees it through the workspace file system (see test/web/screenshot.ts). Both appear
   * complete, by a rename. A failed screenshot is reported; the test then fails on its bound.
   */
  const saveScreenshot = (/** @type {string} */ name) => {
    screenshots = screenshots.then(async () => {
      if (!workbench || !/^[a-z0-9-]+$/.test(name)) throw new Error(`cannot take screenshot "${name}"`);
      const shared = join(sessionDir, 'screenshots');
      mkdirSync(shared, { recursive: true });
      mkdirSync(resultsDir, { recursive: true });
      const partial = join(shared, `.${name}.partial.png`);
      // Views fill in the renderer after the extension answered them; let their progress bars end.
      await workbench.page.waitForFunction("!document.querySelector('.monaco-progress-container.active')", null, { timeout: SETTLE_TIMEOUT_MS })
        .catch(() => console.error(`[web] screenshot ${name}: the workbench still shows progress after ${SETTLE_TIMEOUT_MS / 1000} s`));
      await workbench.page.screenshot({ path: partial });
      copyFileSync(partial, join(resultsDir, `.${name}.partial.png`));
      renameSync(join(resultsDir, `.${name}.partial.png`), join(resultsDir, `${name}.png`));
      renameSync(partial, join(shared, `${name}.png`));
      console.log(`[web] screenshot test-results/${name}.png`);
    }).catch((error) => console.error(`[web] screenshot ${name} failed: ${error instanceof Error ? error.message : String(error)}`));
  };

  const onLog = (/** @type {string} */ type, /** @type {unknown[]} */ args) => {
    const text = consoleText(args);
    for (const line of text.split('\n')) {
      if (line.startsWith(STATS_PREFIX)) stats = JSON.parse(line.slice(STATS_PREFIX.length));
      else if (line.startsWith(SCREENSHOT_PREFIX)) saveScreenshot(line.slice(SCREENSHOT_PREFIX.length).trim());
    }
    (type === 'error' ? console.error : console.log)(text.replace(/^/gm, '[web] '));
  };

  let timer;
  const cleanup = async () => {
    await workbench?.close();
    await server?.stop();
  };
  cleanups.add(cleanup);
  try {
    const { folder } = makeSampleWorkspace(root, sessionDir);
    runInWebWorkerHost(sessionDir);
    server = await startCodeServer({ host, sessionDir, smokeTestDriver: true, onOutput: (text) => serverOutput.push(text) });
    const url = workbenchUrl(server.origin, folder, { extensionDevelopmentPath: root, extensionTestsPath: testsEntry });
    workbench = await openWorkbench({ url, onLog, onExit: (code) => exited(code) });
    const timeout = new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), SESSION_TIMEOUT_MS); });
    const code = await Promise.race([exit, timeout]);
    await screenshots;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (code === 'timeout') return { passes: stats?.passes ?? 0, failures: (stats?.failures ?? 0) || 1, problem: `timed out after ${SESSION_TIMEOUT_MS / 1000} s` };
    if (!stats) return { passes: 0, failures: 1, problem: `no ${STATS_PREFIX.trim()} line (exit code ${code}): the web extension host or the test entry crashed` };
    console.log(`[web] ${stats.passes} passed, ${stats.failures} failed in ${seconds} s (session, exit code ${code})`);
    if (code !== 0 && stats.failures === 0) return { passes: stats.passes, failures: 1, problem: `exit code ${code} although no test failed` };
    return { passes: stats.passes, failures: stats.failures };
  } catch (error) {
    return { passes: stats?.passes ?? 0, failures: (stats?.failures ?? 0) + 1, problem: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
    await cleanup();
    cleanups.delete(cleanup);
    if (!stats) console.error(`[web] code-server output:\n${serverOutput.join('')}`);
    rmSync(sessionDir, { recursive: true, force: true });
  }
}

/**
 * Makes the workbench run Source Critic in its web worker extension host, through the user setting
 * `remote.extensionKind` (`["web"]` for our id), written where code-server keeps user settings:
 * `<user data folder>/User/settings.json`, the session's `user-data` (see test-host/codeServer.mjs).
 *
 * Why a setting and not the payload key `extensionDevelopmentKind`: code-server 4.139.1's web
 * workbench parses that key but stores it as `extensionDevelopmentLocationKind`, while the code that
 * picks an extension's host reads `extensionDevelopmentKind`, so the key has no effect and the
 * extension would run, unnoticed, in the Node host. The user setting is the one a person would use,
 * and the first web test fails if the tests ever run with Node again.
 * @param {string} sessionDir
 */
function runInWebWorkerHost(sessionDir) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const userFolder = join(sessionDir, 'user-data', 'User');
  mkdirSync(userFolder, { recursive: true });
  const settings = { 'remote.extensionKind': { [`${pkg.publisher}.${pkg.name}`]: ['web'] } };
  writeFileSync(join(userFolder, 'settings.json'), `${JSON.stringify(settings, null, 2)}\n`);
}

/** Builds, runs the web session and returns the exit code. */
async function main() {
  const started = performance.now();
  const host = ensureTestHost();
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit', timeout: BUILD_TIMEOUT_MS });
  if (build.status !== 0) throw new Error(`build failed (${build.status ?? build.signal ?? build.error?.message})`);
  const testsEntry = await bundleWebTests();
  rmSync(join(resultsDir, 'web-workbench.png'), { force: true });
  const result = await runWebSession(host, testsEntry);
  if (result.problem) console.error(`[web] FAILED: ${result.problem}`);
  console.log(`web integration: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${result.passes} passed, ${result.failures} failed`);
  return result.failures > 0 ? 1 : 0;
}

process.exitCode = await main().catch((error) => {
  console.error(`web integration run failed: ${error instanceof Error ? error.stack : String(error)}`);
  console.log('0 passed, 1 failed');
  return 1;
});
