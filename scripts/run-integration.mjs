#!/usr/bin/env node
// Runs the integration tests in a real VS Code: code-server's extension host, driven by chromium.
//   node scripts/run-integration.mjs
//
//   node scripts/run-integration.mjs responsiveness collation   (only the test files whose names hold these)
//
// Three sessions, each in a temporary folder of its own with a workspace of *copies* of samples/*.txt:
//   1. development: the extension loaded from this folder (extensionDevelopmentPath) runs the suite
//      out/test/integration/ (every test/integration/**/*.test.ts except vsix.test.ts and reload/);
//   2. packaged: dist/source-critic.vsix (made by `npm run package`) is installed into the session's
//      own extensions folder with code-server's --install-extension, and the suite out/test/vsix/
//      (vsix.test.ts alone) checks that the installed copy activates and analyses. A second session
//      is needed because a development extension shadows an installed one with the same id;
//   3. reload: the extension under development runs out/test/reload/ (test/integration/reload/) in
//      two halves: the first records the place left in the collation view, the runner reloads the
//      page as "Developer: Reload Window" does, the second checks the view came back there.
//
// Each session's life (code-server, the workbench in chromium, the stats line, screenshots, the time
// bound, the clean-up) is scripts/test-host/session.mjs, shared with the web runner. The whole run
// ends with a line `N passed, N failed` and exits non-zero on any failure, a missing stats line or a
// timeout.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installExtension } from './test-host/codeServer.mjs';
import { runSession } from './test-host/session.mjs';
import { ensureTestHost } from './test-host/setup.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = join(root, 'test-results');
const vsix = join(root, 'dist', 'source-critic.vsix');
const SESSION_TIMEOUT_MS = 12 * 60_000;
/** The reload session runs two short halves (about 20 s): a window that never reloads fails it in minutes, not twelve. */
const RELOAD_SESSION_TIMEOUT_MS = 5 * 60_000;
/** Test files to run, by part of their name (`node scripts/run-integration.mjs collation`); all when none. */
const only = process.argv.slice(2);
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

/** Bundles the test entry and test files into out/test/integration (development), out/test/vsix and out/test/reload. */
async function bundleTests() {
  const folder = join(root, 'test', 'integration');
  const tests = readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.ts') && (only.length === 0 || only.some((part) => name.includes(part))))
    .map((name) => join(folder, name));
  const common = {
    absWorkingDir: root, bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: 'inline',
    outbase: folder, external: ['vscode', 'mocha'], logLevel: 'warning',
  };
  const entry = join(folder, 'index.ts');
  const packaged = tests.filter((file) => file.endsWith('vsix.test.ts'));
  const reload = tests.filter((file) => file.startsWith(join(folder, 'reload') + sep));
  const development = tests.filter((file) => !packaged.includes(file) && !reload.includes(file));
  rmSync(join(root, 'out', 'test'), { recursive: true, force: true });
  await Promise.all([
    esbuild.build({ ...common, entryPoints: [entry, ...development], outdir: join(root, 'out', 'test', 'integration') }),
    esbuild.build({ ...common, entryPoints: [entry, ...packaged], outdir: join(root, 'out', 'test', 'vsix') }),
    esbuild.build({ ...common, entryPoints: [entry, ...reload], outdir: join(root, 'out', 'test', 'reload') }),
  ]);
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

  const common = { root, host, resultsDir, timeoutMs: SESSION_TIMEOUT_MS, finalScreenshot: true };
  const results = [];
  const hasTests = (/** @type {string} */ suite) => readdirSync(join(root, 'out', 'test', suite), { recursive: true, encoding: 'utf8' }).some((f) => f.endsWith('.test.js'));
  if (hasTests('integration')) {
    results.push(['development', await runSession({
      ...common, name: 'development',
      extensionDevelopmentPath: root,
      testsEntry: join(root, 'out', 'test', 'integration', 'index'),
    })]);
  }
  if (hasTests('reload')) {
    results.push(['reload', await runSession({
      ...common, name: 'reload', reloadOnce: true, timeoutMs: RELOAD_SESSION_TIMEOUT_MS,
      extensionDevelopmentPath: root,
      testsEntry: join(root, 'out', 'test', 'reload', 'index'),
    })]);
  }
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
        ...common, name: 'packaged',
        extensionDevelopmentPath: harness,
        testsEntry: join(root, 'out', 'test', 'vsix', 'index'),
        prepare: (sessionDir) => console.log(`[packaged] ${installExtension(host, sessionDir, vsix)}`),
      })]);
    } finally {
      rmSync(harness, { recursive: true, force: true });
    }
  }

  if (results.length === 0) throw new Error(`no integration test file matches ${only.join(', ')}`);
  let passes = 0;
  let failures = 0;
  for (const [name, result] of results) {
    passes += result.passes;
    failures += result.failures;
    console.log(`[${name}] session: ${result.seconds} s`);
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
