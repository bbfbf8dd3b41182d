#!/usr/bin/env node
// Runs the integration tests in a real VS Code: code-server's extension host, driven by chromium.
//   node scripts/run-integration.mjs
//
// Two sessions, each in a temporary folder of its own with a workspace of *copies* of samples/*.txt:
//   1. development: the extension loaded from this folder (extensionDevelopmentPath) runs the suite
//      out/test/integration/ (every test/integration/**/*.test.ts except vsix.test.ts);
//   2. packaged: dist/source-critic.vsix (made by `npm run package`) is installed into the session's
//      own extensions folder with code-server's --install-extension, and the suite out/test/vsix/
//      (vsix.test.ts alone) checks that the installed copy activates and analyses. A second session
//      is needed because a development extension shadows an installed one with the same id.
//
// How the runner hears from the tests: the test entry (test/integration/index.ts) runs mocha in the
// extension host, whose console the workbench hands to codeAutomationLog; at its end it logs one line
// `SOURCE_CRITIC_MOCHA_STATS {json}`, then the workbench calls codeAutomationExit. The exit code alone
// is not trusted (a crashed extension host reports 0): a session without the stats line fails.
// Screenshots: a test logs `SOURCE_CRITIC_SCREENSHOT <name>` (see test/integration/screenshot.ts); the
// runner saves test-results/<name>.png, which the test waits for. After each session the runner also
// saves test-results/<session>-final.png. Every wait is bounded; the whole run ends with a line
// `N passed, N failed` and exits non-zero on any failure, a missing stats line or a timeout.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { installExtension, startCodeServer } from './test-host/codeServer.mjs';
import { makeSampleWorkspace } from './test-host/sampleWorkspace.mjs';
import { ensureTestHost } from './test-host/setup.mjs';
import { openWorkbench, workbenchUrl } from './test-host/workbench.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = join(root, 'test-results');
const vsix = join(root, 'dist', 'source-critic.vsix');
const STATS_PREFIX = 'SOURCE_CRITIC_MOCHA_STATS ';
const SCREENSHOT_PREFIX = 'SOURCE_CRITIC_SCREENSHOT ';
const SESSION_TIMEOUT_MS = 12 * 60_000;
const STEP_TIMEOUT_MS = 5 * 60_000;

/**
 * Runs a command with inherited output; throws when it fails or outlives its bound.
 * @param {string} command
 * @param {string[]} args
 */
function step(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', timeout: STEP_TIMEOUT_MS });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal ?? result.error?.message})`);
}

/** Bundles the test entry and test files into out/test/integration (development) and out/test/vsix. */
async function bundleTests() {
  const folder = join(root, 'test', 'integration');
  const tests = readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.ts')).map((name) => join(folder, name));
  const common = {
    absWorkingDir: root, bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: 'inline',
    outbase: folder, external: ['vscode', 'mocha'], logLevel: 'warning',
  };
  const entry = join(folder, 'index.ts');
  const packaged = tests.filter((file) => file.endsWith('vsix.test.ts'));
  rmSync(join(root, 'out', 'test'), { recursive: true, force: true });
  await Promise.all([
    esbuild.build({ ...common, entryPoints: [entry, ...tests.filter((file) => !packaged.includes(file))], outdir: join(root, 'out', 'test', 'integration') }),
    esbuild.build({ ...common, entryPoints: [entry, ...packaged], outdir: join(root, 'out', 'test', 'vsix') }),
  ]);
}

/**
 * Formats console arguments the way Node's console does (mocha's reporter passes `%s` patterns).
 * @param {unknown[]} args the console arguments the workbench relays
 */
function consoleText(args) {
  return format(...(Array.isArray(args) ? args : [args]));
}

/**
 * What must be ended if the runner itself is interrupted: code-server runs in a process group of its
 * own, so a Ctrl-C or a TERM from an outer runner would otherwise leave it behind.
 * @type {Set<() => Promise<void>>}
 */
const cleanups = new Set();
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
  process.once(signal, () => {
    console.error(`integration run interrupted (${signal}): ending code-server and chromium`);
    Promise.allSettled([...cleanups].map((cleanup) => cleanup())).finally(() => process.exit(1));
  });
}
// A reader that goes away (e.g. `| head`) must not kill the runner before it has cleaned up.
process.stdout.on('error', () => {});
process.stderr.on('error', () => {});

/**
 * One code-server session that runs one suite.
 * @param {{
 *   name: string,
 *   host: import('./test-host/setup.mjs').TestHost,
 *   testsEntry: string,
 *   extensionDevelopmentPath?: string,
 *   prepare?: (sessionDir: string) => void,
 * }} options
 * @returns {Promise<{ passes: number, failures: number, problem?: string }>}
 */
async function runSession({ name, host, testsEntry, extensionDevelopmentPath, prepare }) {
  const started = performance.now();
  const sessionDir = mkdtempSync(join(tmpdir(), `source-critic-${name}-`));
  /** @type {string[]} */
  const serverOutput = [];
  /** @type {Record<string, any> | undefined} */
  let stats;
  /** @type {Promise<void>} */
  let screenshots = Promise.resolve();
  /** @type {import('./test-host/codeServer.mjs').CodeServer | undefined} */
  let server;
  /** @type {{ page: import('playwright-core').Page, close: () => Promise<void> } | undefined} */
  let workbench;
  /** @type {(code: number) => void} */
  let exited = () => {};
  const exit = new Promise((resolve) => { exited = resolve; });

  /** Saves the page as test-results/<file>.png, appearing only once complete. */
  const saveScreenshot = (/** @type {string} */ file) => {
    screenshots = screenshots.then(async () => {
      if (!workbench) return;
      const partial = join(resultsDir, `.${file}.partial.png`);
      await workbench.page.screenshot({ path: partial });
      renameSync(partial, join(resultsDir, `${file}.png`));
      console.log(`[${name}] screenshot test-results/${file}.png`);
    }).catch((error) => console.error(`[${name}] screenshot ${file} failed: ${error.message}`));
    return screenshots;
  };

  const onLog = (/** @type {string} */ type, /** @type {unknown[]} */ args) => {
    const text = consoleText(args);
    for (const line of text.split('\n')) {
      if (line.startsWith(STATS_PREFIX)) stats = JSON.parse(line.slice(STATS_PREFIX.length));
      else if (line.startsWith(SCREENSHOT_PREFIX)) saveScreenshot(line.slice(SCREENSHOT_PREFIX.length).trim());
    }
    (type === 'error' ? console.error : console.log)(text.replace(/^/gm, `[${name}] `));
  };

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
      env: { SOURCE_CRITIC_SCREENSHOT_DIR: resultsDir },
      onOutput: (text) => serverOutput.push(text),
    });
    const url = workbenchUrl(server.origin, folder, { extensionDevelopmentPath, extensionTestsPath: testsEntry });
    workbench = await openWorkbench({ url, onLog, onExit: (code) => exited(code) });
    const timeout = new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), SESSION_TIMEOUT_MS); });
    const code = await Promise.race([exit, timeout]);
    await saveScreenshot(`${name}-final`);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (code === 'timeout') return { passes: stats?.passes ?? 0, failures: (stats?.failures ?? 0) || 1, problem: `timed out after ${SESSION_TIMEOUT_MS / 1000} s` };
    if (!stats) return { passes: 0, failures: 1, problem: `no ${STATS_PREFIX.trim()} line (exit code ${code}): the extension host or the test entry crashed` };
    console.log(`[${name}] ${stats.passes} passed, ${stats.failures} failed in ${seconds} s (exit code ${code})`);
    if (code !== 0 && stats.failures === 0) return { passes: stats.passes, failures: 1, problem: `exit code ${code} although no test failed` };
    return { passes: stats.passes, failures: stats.failures };
  } catch (error) {
    return { passes: stats?.passes ?? 0, failures: (stats?.failures ?? 0) + 1, problem: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
    await cleanup();
    cleanups.delete(cleanup);
    if (!stats) console.error(`[${name}] code-server output:\n${serverOutput.join('')}`);
    rmSync(sessionDir, { recursive: true, force: true });
  }
}

/** Runs both sessions and returns the exit code. */
async function main() {
  const started = performance.now();
  const host = ensureTestHost();
  step('npm', ['run', '--silent', 'package']);
  step(process.execPath, [join(root, 'scripts', 'build.mjs')]);
  await bundleTests();
  mkdirSync(resultsDir, { recursive: true });
  for (const file of readdirSync(resultsDir).filter((f) => f.endsWith('.png'))) rmSync(join(resultsDir, file));

  const results = [];
  results.push(['development', await runSession({
    name: 'development', host,
    extensionDevelopmentPath: root,
    testsEntry: join(root, 'out', 'test', 'integration', 'index'),
  })]);
  if (existsSync(join(root, 'out', 'test', 'vsix', 'vsix.test.js'))) {
    // VS Code runs extensionTestsPath only in extension development mode, so the session loads an
    // empty harness extension (another id) as the development extension: it enables the test run
    // without shadowing the installed copy of Source Critic.
    const harness = mkdtempSync(join(tmpdir(), 'source-critic-vsix-harness-'));
    writeFileSync(join(harness, 'package.json'), `${JSON.stringify({
      name: 'vsix-test-harness', publisher: 'source-critic-tests', version: '0.0.0', engines: { vscode: '^1.139.0' },
    }, null, 2)}\n`);
    try {
      results.push(['packaged', await runSession({
        name: 'packaged', host,
        extensionDevelopmentPath: harness,
        testsEntry: join(root, 'out', 'test', 'vsix', 'index'),
        prepare: (sessionDir) => console.log(`[packaged] ${installExtension(host, sessionDir, vsix)}`),
      })]);
    } finally {
      rmSync(harness, { recursive: true, force: true });
    }
  }

  let passes = 0;
  let failures = 0;
  for (const [name, result] of results) {
    passes += result.passes;
    failures += result.failures;
    if (result.problem) console.error(`[${name}] FAILED: ${result.problem}`);
  }
  console.log(`integration: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${passes} passed, ${failures} failed`);
  return failures > 0 ? 1 : 0;
}

process.exitCode = await main().catch((error) => {
  console.error(`integration run failed: ${error instanceof Error ? error.stack : String(error)}`);
  console.log('0 passed, 1 failed');
  return 1;
});
