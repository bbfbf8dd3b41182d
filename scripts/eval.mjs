#!/usr/bin/env node
// `npm run eval`: runs the command line on every fixture set with a gold file
// (test/fixtures/corpus/*/gold.json: the seed articles and our own) and prints the scores of
// ../shared/tools/score.mjs (or scripts/score.mjs's copy when ../shared is absent), per set and pooled.
//   node scripts/eval.mjs [SET...]      (default: every set)
//   node scripts/eval.mjs --tuned       (the development sets: every set but heldout* and validation*)
//   node scripts/eval.mjs --validation  (the validation sets, validation*: to choose a model's settings)
//   node scripts/eval.mjs --heldout     (the held-out sets, heldout*: read the pooled scores only)
// With --validation and --heldout only the pooled scores are printed.
// (scripts/lib/corpusSets.mjs says what each kind of set may be used for.)
// SOURCE_CRITIC_CLI=path/to/cli.js scores another build of the command line (default dist/cli.js);
// SOURCE_CRITIC_CORPUS=folder scores the sets of another folder (default test/fixtures/corpus).
// Beside score.mjs's lines, a set whose gold lists `not_unique` (sentences or clauses whose fact
// another article of the set also reports) gets the precision side of `unique`: the share of
// those items flagged unique, by score.mjs's recall rule (at least half of the item's span
// covered by unique findings). A set whose gold lists numeric discrepancies also gets the number of
// numeric findings that give a figure no gold discrepancy lists (false, or missing from the gold).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDevelopment, isHeldOut, isValidation } from './lib/corpusSets.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = process.env.SOURCE_CRITIC_CORPUS ?? join(root, 'test/fixtures/corpus');
const scorer = [join(root, '../shared/tools/score.mjs'), join(root, 'scripts/score.mjs')].find(existsSync);
if (!scorer) { console.error('eval: no score.mjs found (../shared/tools/score.mjs)'); process.exit(1); }
const groups = { '--tuned': isDevelopment, '--validation': isValidation, '--heldout': isHeldOut };
const group = process.argv.slice(2).find((a) => a in groups);
// Sets nobody may read print their pooled scores only.
const pooledOnly = group === '--validation' || group === '--heldout';
const show = (line) => { if (!pooledOnly) console.log(line); };
const wanted = process.argv.slice(2).filter((a) => !(a in groups));
if (group && wanted.length) { console.error(`eval: ${group} selects its sets itself; give either it or set names`); process.exit(1); }
const sets = readdirSync(corpus).filter((d) => existsSync(join(corpus, d, 'gold.json')) && (!wanted.length || wanted.includes(d)) && (!group || groups[group](d))).sort();
const outDir = process.env.SOURCE_CRITIC_EVAL_DIR ?? join(root, '.eval');
mkdirSync(outDir, { recursive: true });

/**
 * How many of the gold's `not_unique` items the report flags unique: [flagged, items]. An item is
 * located like any gold text (its `occurrence`-th appearance in its file, the first by default).
 */
function sharedFactsFlagged(dir, gold, report) {
  const items = gold.not_unique ?? [];
  let flagged = 0;
  for (const item of items) {
    const text = readFileSync(join(dir, item.file), 'utf8').replace(/^\uFEFF/, '');
    const starts = [];
    for (let i = text.indexOf(item.text); i >= 0; i = text.indexOf(item.text, i + 1)) starts.push(i);
    if (!starts.length) throw new Error(`not_unique text not found in ${item.file}: ${JSON.stringify(item.text.slice(0, 60))}`);
    const start = starts[Math.min((item.occurrence ?? 1) - 1, starts.length - 1)];
    const end = start + item.text.length;
    const source = (report.sources ?? []).find((s) => basename(s.file) === basename(item.file));
    const marks = new Uint8Array(end - start);
    for (const f of source?.findings ?? []) if (f.kind === 'unique') marks.fill(1, Math.max(0, f.start - start), Math.max(0, Math.min(end, f.end) - start));
    if (marks.reduce((x, y) => x + y, 0) >= 0.5 * (end - start)) flagged++;
  }
  return [flagged, items.length];
}

/**
 * How many of the report's numeric findings give a figure that no gold numeric discrepancy lists:
 * [outside, findings]. A finding is known to the gold when it overlaps a gold value or gives the
 * same figure as a gold value of its file (a headline repeating the body's figure); the others are
 * either false or a discrepancy the gold leaves out, and are worth reading.
 */
function numericOutsideGold(dir, gold, report) {
  const values = (gold.numeric_discrepancies ?? []).flatMap((d) => d.values);
  let outside = 0;
  let findings = 0;
  for (const source of report.sources ?? []) {
    const file = basename(source.file);
    const text = readFileSync(join(dir, file), 'utf8').replace(/^\uFEFF/, '');
    const known = values.filter((v) => v.file === file);
    for (const f of source.findings ?? []) {
      if (f.kind !== 'numeric') continue;
      findings++;
      const figure = text.slice(f.start, f.end).toLowerCase();
      const overlaps = known.some((v) => {
        for (let i = text.indexOf(v.text); i >= 0; i = text.indexOf(v.text, i + 1)) if (i < f.end && f.start < i + v.text.length) return true;
        return v.text.toLowerCase() === figure;
      });
      if (!overlaps) outside++;
    }
  }
  return [outside, findings];
}

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
  show(`\n### ${set} (${files.length} articles, analysed in ${ms} ms)`);
  show(execFileSync(process.execPath, args, { encoding: 'utf8' }).trimEnd());
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8'));
  const [shared, sharedItems] = sharedFactsFlagged(dir, gold, JSON.parse(json));
  if (sharedItems) {
    show(`shared facts  flagged unique ${(100 * shared / sharedItems).toFixed(1).padStart(5)}%   (${shared} of ${sharedItems} not_unique items)`);
    add('sharedFlagged', shared, sharedItems);
  }
  if (gold.numeric_discrepancies) {
    const [outside, findings] = numericOutsideGold(dir, gold, JSON.parse(json));
    show(`numeric       findings ${findings}, ${outside} giving a figure no gold discrepancy lists`);
    add('numericOutside', outside, findings);
  }
  const s = JSON.parse(execFileSync(process.execPath, [...args, '--json'], { encoding: 'utf8' }));
  const q = s.quotes, e = s.entities, sp = s.speakers;
  add('quoteTp', q.recall * q.gold, q.gold); add('quotePred', q.recall * q.gold, q.predicted);
  add('speakerRecall', sp.endToEndRecall * sp.goldSpeech, sp.goldSpeech);
  // score.mjs gives speaker precision as a ratio: right / credited, over gold speech quotes found;
  // the right ones are the end-to-end recall's numerator, so credited = right / precision.
  const right = sp.endToEndRecall * sp.goldSpeech;
  if (right) add('speakerPrecision', right, right / sp.precision);
  add('entityTp', e.recall * e.gold, e.gold); add('entityPred', e.recall * e.gold, e.predicted);
  if (s.unique.gold) add('unique', s.unique.recall * s.unique.gold, s.unique.gold);
  const sharedMembers = (gold.shared_quotes ?? []).flatMap((g) => g.members ?? g).length;
  if (sharedMembers) add('sharedQuotesFlagged', s.unique.sharedQuotesFlaggedUnique * sharedMembers, sharedMembers);
  if (s.sharedQuotes.goldPairs) add('pairs', s.sharedQuotes.pairRecall * s.sharedQuotes.goldPairs, s.sharedQuotes.goldPairs);
  if (s.sharedQuotes.hardNegatives) add('lookAlikes', s.sharedQuotes.hardNegativesLinked, s.sharedQuotes.hardNegatives);
  if (s.numeric.gold) add('numeric', s.numeric.recall * s.numeric.gold, s.numeric.gold);
}
const r = (k) => (pooled[k] && pooled[k][1] ? pooled[k][0] / pooled[k][1] : NaN);
const f1 = (p, q) => (p + q ? (2 * p * q) / (p + q) : 0);
const pct = (x) => (Number.isNaN(x) ? '  n/a' : (100 * x).toFixed(1).padStart(5));
console.log(`\n### pooled over ${sets.length} sets (micro-averaged)`);
console.log(`quotes        P ${pct(r('quotePred'))}  R ${pct(r('quoteTp'))}  F1 ${pct(f1(r('quotePred'), r('quoteTp')))}`);
console.log(`speakers      end-to-end R ${pct(r('speakerRecall'))}  P ${pct(r('speakerPrecision'))}`);
console.log(`entities      P ${pct(r('entityPred'))}  R ${pct(r('entityTp'))}  F1 ${pct(f1(r('entityPred'), r('entityTp')))}`);
console.log(`unique        R ${pct(r('unique'))}   shared facts flagged unique ${pct(r('sharedFlagged'))}%   shared quotes flagged unique ${pct(r('sharedQuotesFlagged'))}%`);
console.log(`same quote    pair R ${pct(r('pairs'))}   look-alikes linked ${pooled.lookAlikes?.[0] ?? 0} of ${pooled.lookAlikes?.[1] ?? 0}`);
console.log(`numbers       R ${pct(r('numeric'))}   findings outside gold ${pooled.numericOutside?.[0] ?? 0} of ${pooled.numericOutside?.[1] ?? 0}`);
