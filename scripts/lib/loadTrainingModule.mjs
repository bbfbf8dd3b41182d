// How the trainers read the fixture sets with the program's own code: a training module under
// scripts/ (it imports the core) is bundled with esbuild as the command line is, then loaded.
import * as esbuild from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** Bundles the TypeScript module `entry` (a path from the repository root) and returns its exports. */
export async function loadTrainingModule(entry) {
  const scratch = mkdtempSync(join(tmpdir(), 'training-module-'));
  try {
    const bundle = join(scratch, `${basename(entry, '.ts')}.cjs`);
    await esbuild.build({
      entryPoints: [entry], bundle: true, platform: 'node', target: 'node20', format: 'cjs',
      outfile: bundle, logLevel: 'warning', define: { SOURCE_CRITIC_VERSION: '"training"' }, supported: { 'regexp-unicode-property-escapes': true },
    });
    return createRequire(import.meta.url)(bundle);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
