// Starts code-server for one session, isolated from the user's own VS Code and code-server.
// Everything it writes (config, user data, extensions, XDG folders, ipc sockets in TMPDIR) lives in
// a session folder the caller owns and removes; it listens on 127.0.0.1 only, without a password.
import { spawnSync } from 'node:child_process';
import { get } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { endGroup, spawnGroup } from './processGroup.mjs';

const HOST = '127.0.0.1';
const READY_TIMEOUT_MS = 60_000;

/**
 * Resolves to `preferred` when that port is free on 127.0.0.1, otherwise to a port the system picks.
 * @param {number} [preferred]
 * @returns {Promise<number>}
 */
export async function freePort(preferred) {
  const tryListen = (/** @type {number} */ port) => new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(undefined));
    server.listen(port, HOST, () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : undefined));
    });
  });
  const port = (preferred !== undefined ? await tryListen(preferred) : undefined) ?? await tryListen(0);
  if (typeof port !== 'number') throw new Error('no free port on 127.0.0.1');
  return port;
}

/**
 * The folders and environment that keep one code-server session to itself.
 * @param {string} sessionDir
 * @param {Record<string, string>} [extraEnv]
 */
function isolation(sessionDir, extraEnv = {}) {
  const dirs = {
    userData: join(sessionDir, 'user-data'),
    extensions: join(sessionDir, 'extensions'),
    config: join(sessionDir, 'xdg-config'),
    data: join(sessionDir, 'xdg-data'),
    cache: join(sessionDir, 'xdg-cache'),
    tmp: join(sessionDir, 'tmp'),
  };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: dirs.config,
    XDG_DATA_HOME: dirs.data,
    XDG_CACHE_HOME: dirs.cache,
    TMPDIR: dirs.tmp,
    ...extraEnv,
  };
  for (const key of Object.keys(env)) {
    if (key.startsWith('npm_') || key === 'VSCODE_IPC_HOOK_CLI') delete env[key];
  }
  return { dirs, env };
}

/**
 * Installs a .vsix into the session's own extensions folder with code-server's --install-extension.
 * @param {import('./setup.mjs').TestHost} host
 * @param {string} sessionDir
 * @param {string} vsix absolute path
 */
export function installExtension(host, sessionDir, vsix) {
  const { dirs, env } = isolation(sessionDir);
  const result = spawnSync(host.node, [host.codeServerEntry,
    '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--install-extension', vsix],
  { env, encoding: 'utf8', timeout: 120_000 });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (result.status !== 0) throw new Error(`code-server --install-extension ${vsix} failed (${result.status ?? result.error?.message}): ${output}`);
  return output;
}

/**
 * Resolves true when `url` answers 200, false when it refuses or errs (the server is not up yet).
 * @param {string} url
 * @returns {Promise<boolean>}
 */
function answersHealthCheck(url) {
  return new Promise((resolve) => {
    const request = get(url, { timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.once('timeout', () => request.destroy());
    request.once('error', () => resolve(false));
  });
}

/**
 * A running code-server.
 * @typedef {{ port: number, origin: string, child: import('node:child_process').ChildProcess, stop: () => Promise<void> }} CodeServer
 */

/**
 * Starts code-server and resolves once GET /healthz answers.
 * @param {{
 *   host: import('./setup.mjs').TestHost,
 *   sessionDir: string,
 *   port?: number,
 *   smokeTestDriver?: boolean,
 *   env?: Record<string, string>,
 *   onOutput?: (text: string) => void,
 * }} options `smokeTestDriver` turns on the VS Code option without which a built workbench ignores
 *   the extension test payload; `onOutput` receives the server's own output.
 * @returns {Promise<CodeServer>}
 */
export async function startCodeServer({ host, sessionDir, port, smokeTestDriver = false, env, onOutput }) {
  const { dirs, env: childEnv } = isolation(sessionDir, env);
  const chosen = await freePort(port);
  const config = join(sessionDir, 'config.yaml');
  writeFileSync(config, `bind-addr: ${HOST}:${chosen}\nauth: none\ncert: false\n`);
  const args = [host.codeServerEntry,
    '--config', config, '--bind-addr', `${HOST}:${chosen}`, '--auth', 'none',
    '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--disable-proxy', '--ignore-last-opened',
    ...(smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : [])];
  const child = spawnGroup(host.node, args, { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  const relay = (/** @type {Buffer} */ chunk) => onOutput?.(chunk.toString());
  child.stdout?.on('data', relay);
  child.stderr?.on('data', relay);
  const origin = `http://${HOST}:${chosen}`;
  const stop = () => endGroup(child);

  // Poll the health endpoint until the server answers, it exits, or the bound runs out.
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`code-server exited before it was ready (${child.exitCode ?? child.signalCode})`);
    }
    if (await answersHealthCheck(`${origin}/healthz`)) return { port: chosen, origin, child, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`code-server did not answer ${origin}/healthz within ${READY_TIMEOUT_MS / 1000} s`);
}
