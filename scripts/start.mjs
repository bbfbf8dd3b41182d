#!/usr/bin/env node
// `npm start`: builds the extension and opens it, with the sample articles, in a real VS Code.
//   - With desktop VS Code (`code` on PATH): a new window running this folder as a development
//     extension, on a workspace of copies of samples/*.txt, the articles open in editors.
//   - Otherwise: code-server from the test host (scripts/test-host/setup.mjs) on 127.0.0.1, the
//     extension loaded as a development extension through the workbench payload; it prints the
//     address to open in a browser and runs until Ctrl-C, then ends its process group.
// The workbench only ever sees copies of the articles, so nothing can modify the originals.
// The payload opens one file (`openFile`); the workspace setting `sourceCritic.sources.openOnStart`
// asks the extension to open the other articles of the workspace too.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCodeServer } from './test-host/codeServer.mjs';
import { makeSampleWorkspace } from './test-host/sampleWorkspace.mjs';
import { ensureTestHost } from './test-host/setup.mjs';
import { workbenchUrl } from './test-host/workbench.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const WORKSPACE_SETTINGS = { 'sourceCritic.sources.openOnStart': true, 'editor.wordWrap': 'on' };
const PREFERRED_PORT = 8080;

/** @returns {boolean} whether desktop VS Code's `code` command is on PATH. */
function hasDesktopCode() {
  return spawnSync('code', ['--version'], { stdio: 'ignore', timeout: 30_000 }).status === 0;
}

/** Opens desktop VS Code with the development extension and copies of the samples. */
function startDesktop() {
  const { folder, files } = makeSampleWorkspace(root, mkdtempSync(join(tmpdir(), 'source-critic-start-')), WORKSPACE_SETTINGS);
  const result = spawnSync('code', ['--new-window', `--extensionDevelopmentPath=${root}`, folder, ...files], { stdio: 'inherit' });
  console.log(`VS Code opened on ${folder} (copies of samples/).`);
  return result.status ?? 1;
}

/** Serves the workbench with code-server until Ctrl-C. */
async function startBrowser() {
  const host = ensureTestHost();
  const sessionDir = mkdtempSync(join(tmpdir(), 'source-critic-start-'));
  const { folder, files } = makeSampleWorkspace(root, sessionDir, WORKSPACE_SETTINGS);
  const server = await startCodeServer({ host, sessionDir, port: PREFERRED_PORT, smokeTestDriver: true });
  const url = new URL(workbenchUrl(server.origin, folder, { extensionDevelopmentPath: root }));
  const payload = JSON.parse(url.searchParams.get('payload') ?? '[]');
  url.searchParams.set('payload', JSON.stringify([...payload, ['openFile', `vscode-remote://${url.host}${files[0]}`]]));

  let stopping = false;
  const stop = async (/** @type {string} */ why) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${why}: stopping code-server`);
    await server.stop();
    rmSync(sessionDir, { recursive: true, force: true });
    process.exit(0);
  };
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) process.once(signal, () => void stop(signal));
  server.child.once('exit', (code) => {
    if (!stopping) {
      console.error(`code-server exited (${code})`);
      rmSync(sessionDir, { recursive: true, force: true });
      process.exit(1);
    }
  });

  console.log(`\nSource Critic is running in code-server on ${server.origin} (127.0.0.1 only).`);
  console.log(`Workspace: ${folder} (copies of samples/).`);
  console.log('Open this address in a browser (Ctrl-C here to stop):\n');
  console.log(url.toString());
}

if (spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' }).status !== 0) {
  console.error('build failed');
  process.exit(1);
}
if (hasDesktopCode()) process.exitCode = startDesktop();
else await startBrowser();
