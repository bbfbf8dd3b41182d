#!/usr/bin/env node
// `npm run eval`: runs the command line on every fixture set with a gold file
// (test/fixtures/corpus/*/gold.json: the seed articles and our own) and prints the scores of
// ../shared/tools/score.mjs (or scripts/score.mjs's copy when ../shared is absent), per set and pooled.
//   node scripts/eval.mjs [SET...]      (default: every set)
//   node scripts/eval.mjs --tuned       (every set but the held-out ones, heldout*: for tuning)
// SOURCE_CRITIC_CLI=path/to/cli.js scores another build of the command line (default dist/cli.js).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, 'test/fixtures/corpus');
const scorer = [join(root, '../shared/tools/score.mjs'), join(root, 'scripts/score.mjs')].find(existsSync);
if (!scorer) { console.error('eval: no score.mjs found (../shared/tools/score.mjs)'); process.exit(1); }
const tunedOnly = process.argv.includes('--tuned');
const wanted = process.argv.slice(2).filter((a) => a !== '--tuned');
const sets = readdirSync(corpus).filter((d) => existsSync(join(corpus, d, 'gold.json')) && (!wanted.length || wanted.includes(d)) && !(tunedOnly && d.startsWith('heldout'))).sort();
const outDir = process.env.SOURCE_CRITIC_EVAL_DIR ?? join(root, '.eval');
mkdirSync(outDir, { recursive: true });

const pooled = {};
const add = (key, num, den) => { pooled[key] ??= [0, 0]; pooled[key][0] += num; pooled[key][1] += den; };
for (const set of sets) {
  const dir = join(corpus, set);
  const files = readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md').map((f) => join(dir, f));
  const started = Date.now();
  const json = execFileSync(process.execPath, [process.env.SOURCE_CRITIC_CLI ?? join(root, 'dist/cli.js'), 'analyze', '--json', ...files], { maxBuffer: 1 << 28 });
  const ms = Date.now() - started;
  const reportPath = join(outDir, `${set}.json`);
  writeFileSync(reportPath, json);
  const args = [scorer, join(dir, 'gold.json'), reportPath];
  console.log(`\n### ${set} (${files.length} articles, analysed in ${ms} ms)`);
  console.log(execFileSync(process.execPath, args, { encoding: 'utf8' }).trimEnd());
  const s = JSON.parse(execFileSync(process.execPath, [...args, '--json'], { encoding: 'utf8' }));
  const q = s.quotes, e = s.entities, sp = s.speakers;
  add('quoteTp', q.recall * q.gold, q.gold); add('quotePred', q.recall * q.gold, q.predicted);
  add('speakerRecall', sp.endToEndRecall * sp.goldSpeech, sp.goldSpeech);
  add('entityTp', e.recall * e.gold, e.gold); add('entityPred', e.recall * e.gold, e.predicted);
  if (s.unique.gold) add('unique', s.unique.recall * s.unique.gold, s.unique.gold);
  if (s.sharedQuotes.goldPairs) add('pairs', s.sharedQuotes.pairRecall * s.sharedQuotes.goldPairs, s.sharedQuotes.goldPairs);
  if (s.numeric.gold) add('numeric', s.numeric.recall * s.numeric.gold, s.numeric.gold);
}
const r = (k) => (pooled[k] && pooled[k][1] ? pooled[k][0] / pooled[k][1] : NaN);
const f1 = (p, q) => (p + q ? (2 * p * q) / (p + q) : 0);
const pct = (x) => (Number.isNaN(x) ? '  n/a' : (100 * x).toFixed(1).padStart(5));
console.log(`\n### pooled over ${sets.length} sets (micro-averaged)`);
console.log(`quotes        P ${pct(r('quotePred'))}  R ${pct(r('quoteTp'))}  F1 ${pct(f1(r('quotePred'), r('quoteTp')))}`);
console.log(`speakers      end-to-end R ${pct(r('speakerRecall'))}`);
console.log(`entities      P ${pct(r('entityPred'))}  R ${pct(r('entityTp'))}  F1 ${pct(f1(r('entityPred'), r('entityTp')))}`);
console.log(`unique        R ${pct(r('unique'))}`);
console.log(`same quote    pair R ${pct(r('pairs'))}`);
console.log(`numbers       R ${pct(r('numeric'))}`);
