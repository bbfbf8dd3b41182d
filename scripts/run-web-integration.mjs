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
// The session's life (code-server, the workbench in chromium, the stats line, screenshots, the time
// bound, the clean-up) is scripts/test-host/session.mjs, shared with scripts/run-integration.mjs; the
// suite asks for the screenshot web-workbench. The run ends with `N passed, N failed` and exits
// non-zero on any failure, a missing stats line or a timeout.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runSession } from './test-host/session.mjs';
import { ensureTestHost } from './test-host/setup.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const testsFolder = join(root, 'test', 'web');
const bundleFolder = join(root, 'out', 'web-test');
const resultsDir = join(root, 'test-results');
const BUILD_TIMEOUT_MS = 5 * 60_000;
const SESSION_TIMEOUT_MS = 5 * 60_000;

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
  const result = await runSession({
    name: 'web', root, host, resultsDir, testsEntry, extensionDevelopmentPath: root, timeoutMs: SESSION_TIMEOUT_MS, prepare: runInWebWorkerHost,
  });
  console.log(`[web] session: ${result.seconds} s`);
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
