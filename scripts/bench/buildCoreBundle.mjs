// Bundles the analysis core (with wink-nlp and its model, as the extension ships it) into
// out/bench/core.cjs, so the benchmark measures the same code the editor and the command line run
// (and can empty the engine's paragraph cache, so that each article is timed as a first reading),
// with the article generator the tests use (test/support/syntheticCorpus.ts).
import * as esbuild from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Builds the bundle under `root` and returns its path. */
export async function buildCoreBundle(root) {
  const outfile = join(root, 'out/bench/core.cjs');
  mkdirSync(join(root, 'out/bench'), { recursive: true });
  await esbuild.build({
    stdin: {
      contents: [
        "export { analyzeArticle } from './src/core/analyzeArticle';",
        "export { compareAnalysed } from './src/core/analyzeSources';",
        "export { forgetReadings } from './src/core/nlp/engine';",
        "export { generateArticles } from './test/support/syntheticCorpus';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // As scripts/build.mjs: keep `/\p{…}/u` literals, which esbuild would rebuild on every call.
    supported: { 'regexp-unicode-property-escapes': true },
    minify: true,
    logLevel: 'warning',
    outfile,
  });
  return outfile;
}
