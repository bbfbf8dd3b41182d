#!/usr/bin/env node
// Bundles the extension, its analysis worker and the command line with esbuild.
//   node scripts/build.mjs [--production] [--watch]
// Before bundling it makes the generated data the core ships (see scripts/generate-*.mjs).
import * as esbuild from 'esbuild';
import { chmodSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

// Generated data first (each generator is idempotent and skips work when its output is fresh).
for (const f of readdirSync(join(root, 'scripts')).filter((n) => /^generate-.*\.mjs$/.test(n)).sort()) {
  await import(join(root, 'scripts', f));
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  target: 'node20',
  platform: 'node',
  format: 'cjs',
  absWorkingDir: root,
  define: { SOURCE_CRITIC_VERSION: JSON.stringify(pkg.version) },
  // Node 20 and every browser VS Code runs in read \p{…} in regular expressions; left to its
  // compatibility table, esbuild rewrites each such literal as a `new RegExp(…)` built again on
  // every call, and the analysis spends 4–7% of its time there (the benchmark's bundle says the same).
  supported: { 'regexp-unicode-property-escapes': true },
};

/** @type {import('esbuild').BuildOptions[]} */
const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];
builds.push({ ...common, entryPoints: ['src/ui/worker/analysisWorker.ts'], outfile: 'dist/analysisWorker.js' });
// The web build: the same extension for the browser extension host, with the model bundled.
builds.push({
  ...common, entryPoints: ['src/extensionWeb.ts'], outfile: 'dist/browser/extension.js', external: ['vscode'],
  platform: 'browser', target: 'es2022', mainFields: ['browser', 'module', 'main'],
});

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
  console.log('esbuild: watching');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  chmodSync(join(root, 'dist/cli.js'), 0o755);
}
