/**
 * The mocha entry VS Code runs inside its extension host (`extensionTestsPath`), for every launcher:
 * code-server (scripts/run-integration.mjs) and desktop VS Code (test/integration/electron.mjs).
 *
 * It runs every bundled `*.test.js` beside it (and below it) with the bdd interface, in name order;
 * in a session that reloads the window (test/integration/reload/), the files named `*afterReload*`
 * run after the reload, the others before it: once they passed and wrote their record, the entry
 * reloads the window itself, while this extension host still serves the view serializers (VS Code
 * keeps a webview panel over a reload only if its serializer is registered when the window saves).
 * A crashed extension host reports exit code 0, so a runner cannot trust the exit code alone: at the
 * end this prints one machine-readable line, `SOURCE_CRITIC_MOCHA_STATS {json}`, with mocha's stats
 * and the titles of failed tests; a runner that never sees it must fail.
 */
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { isAfterReload } from './reload/reloadRecord';

/** The prefix of the line that carries the stats of the finished run. */
export const STATS_PREFIX = 'SOURCE_CRITIC_MOCHA_STATS';

/** Lists the test files below `folder`, sorted by their path. */
function findTestFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.test.js'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Runs the suite and resolves when every test passed; rejects when one failed or none ran.
 * Always prints the stats line, even when a test file cannot be loaded.
 */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  const afterReload = isAfterReload();
  const files = findTestFiles(__dirname).filter((file) => path.basename(file).includes('afterReload') === afterReload);
  for (const file of files) mocha.addFile(file);
  const failed: string[] = [];

  return new Promise((resolve, reject) => {
    const report = (stats: Partial<Mocha.Stats>): void => {
      console.log(`${STATS_PREFIX} ${JSON.stringify({ ...stats, files: files.length, failed })}`);
    };
    try {
      const runner = mocha.run((failures) => {
        report(runner.stats ?? { passes: 0, failures, tests: 0 });
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
        else if (!runner.stats?.passes) reject(new Error(`no integration test ran (files: ${files.length})`));
        else if (!afterReload && isAfterReload()) void vscode.commands.executeCommand('workbench.action.reloadWindow');
        else resolve();
      });
      runner.on('fail', (test, error: Error) => failed.push(`${test.fullTitle()}: ${error.message.split('\n')[0]}`));
    } catch (error) {
      failed.push(`loading the suite: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      report({ passes: 0, failures: 1, tests: 0 });
      reject(error);
    }
  });
}
