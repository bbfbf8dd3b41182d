// Opens VS Code's web workbench served by code-server in Debian's chromium, through playwright-core.
// The workbench reads what to run from the `payload` query parameter: the extension under
// development, and for test runs the test entry. Its smoke-test driver hands the extension host's
// console and the test run's exit code to two functions the page exposes, codeAutomationLog and
// codeAutomationExit, which is how the runner hears from the tests.
import { chromium } from 'playwright-core';
import { CHROMIUM } from './setup.mjs';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/**
 * The workbench address that opens `folder` with the given payload entries. Paths in the payload
 * become vscode-remote URIs whose authority is exactly the host:port in the address bar.
 * @param {string} origin e.g. http://127.0.0.1:8080
 * @param {string} folder absolute workspace folder
 * @param {{ extensionDevelopmentPath?: string, extensionTestsPath?: string }} paths absolute paths
 * @returns {string}
 */
export function workbenchUrl(origin, folder, { extensionDevelopmentPath, extensionTestsPath }) {
  const authority = new URL(origin).host;
  const remote = (/** @type {string} */ path) => `vscode-remote://${authority}${path}`;
  /** @type {[string, string][]} */
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  payload.push(['skipWelcome', 'true'], ['skipReleaseNotes', 'true']);
  return `${origin}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/**
 * Opens the workbench headless and wires the automation hooks before the page loads.
 * @param {{
 *   url: string,
 *   onLog: (type: string, args: unknown[]) => void,
 *   onExit: (code: number) => void,
 *   viewport?: { width: number, height: number },
 * }} options
 * @returns {Promise<{ page: import('playwright-core').Page, close: () => Promise<void> }>}
 */
export async function openWorkbench({ url, onLog, onExit, viewport = { width: 1600, height: 1000 } }) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport });
    await page.exposeFunction('codeAutomationLog', (/** @type {string} */ type, /** @type {unknown[]} */ args) => onLog(type, args));
    await page.exposeFunction('codeAutomationExit', (/** @type {number} */ code) => onExit(code));
    await page.goto(url);
    return { page, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
