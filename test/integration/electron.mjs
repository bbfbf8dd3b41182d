#!/usr/bin/env node
// The same integration suite in desktop VS Code, for contributors with internet access:
// @vscode/test-electron downloads VS Code (it cannot on our build machines, which have no internet
// beyond the package registries, so `npm test` uses the code-server launcher instead:
// scripts/run-integration.mjs). Run with `npm run test:electron`.
import { runTests } from '@vscode/test-electron';
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeSampleWorkspace } from '../../scripts/test-host/sampleWorkspace.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const folder = join(root, 'test', 'integration');
const outdir = join(root, 'out', 'test', 'electron');

const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
if (built.status !== 0) process.exit(1);
// The development suite (the packaged .vsix suite needs code-server's --install-extension).
const tests = readdirSync(folder).filter((n) => n.endsWith('.test.ts') && n !== 'vsix.test.ts').map((n) => join(folder, n));
rmSync(outdir, { recursive: true, force: true });
await esbuild.build({
  absWorkingDir: root, bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: 'inline',
  outbase: folder, external: ['vscode', 'mocha'], logLevel: 'warning', entryPoints: [join(folder, 'index.ts'), ...tests], outdir,
});
const sessionDir = mkdtempSync(join(tmpdir(), 'source-critic-electron-'));
const { folder: workspace } = makeSampleWorkspace(root, sessionDir);
try {
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: join(outdir, 'index'),
    launchArgs: [workspace, '--disable-extensions', '--skip-welcome', '--skip-release-notes', '--disable-workspace-trust'],
  });
  console.log('electron: the integration suite passed');
} catch (error) {
  console.error(`electron: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  rmSync(sessionDir, { recursive: true, force: true });
}
