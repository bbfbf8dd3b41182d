#!/usr/bin/env node
// Trains the unique-unit model (src/core/compare/uniqueUnitModel.ts): a logistic regression that
// says whether no other report of the story gives a unit's facts. Deterministic: the sets are read
// in name order, the trainer is Newton's method from zero weights (no random start, no sampling).
//
// Data: the development clusters only (test/fixtures/corpus/cluster-*; held-out and validation
// folders, heldout* and validation*, are refused). Labels: a judged unit (sentence or clause of a
// long sentence) at least half of whose text lies in gold `unique` items is singular (1); one at
// least half of whose text lies in gold `not_unique` items is reported elsewhere (0); the others are
// left out (the gold lists some of each, not every unit).
//
// Cross-validation: leave one cluster out, the whole unique step scored as scripts/score.mjs and
// scripts/eval.mjs count (a gold unique item found when half of it is covered by unique findings,
// a not_unique item or a shared quote flagged when half of it is), for each threshold. The
// threshold written is `--threshold T` when given (chosen on the validation pool, see the commit
// message), else the cross-validated one with the most items found whose not_unique items flagged
// are no more than the hand-written thresholds' on the same folds.
//
// usage: node scripts/train-unique-unit-model.mjs [--report] [--threshold T]   (--report: print, write nothing)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { developmentClusters } from './lib/corpusSets.mjs';
import { loadTrainingModule } from './lib/loadTrainingModule.mjs';
import { trainRidgeLogistic } from './lib/ridgeLogisticRegression.mjs';
import { writeAtomically } from './lib/writeAtomically.mjs';

const root = 'test/fixtures/corpus';
const out = 'src/core/compare/uniqueUnitModelWeights.json';
const reportOnly = process.argv.includes('--report');
const given = process.argv.indexOf('--threshold');
const fixedThreshold = given > 0 ? Number(process.argv[given + 1]) : null;
/** Ridge penalty on the weights (not the bias): keeps rare features from taking extreme weights. */
const RIDGE = 1;
const THRESHOLDS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];

const sets = developmentClusters(root);

// The core, bundled as the command line is, with the module that reads a set for training.
const { unitsOfSet, UNIT_FEATURES: names } = await loadTrainingModule('scripts/unique-unit-model/unitsOfSet.ts');

/** The span of a gold item in its file: its `occurrence`-th appearance, the first by default. */
function spanOf(texts, files, item) {
  const s = files.indexOf(item.file);
  const found = [];
  for (let i = texts[s].indexOf(item.text); i >= 0; i = texts[s].indexOf(item.text, i + 1)) found.push(i);
  if (!found.length) throw new Error(`gold text not found in ${item.file}: ${item.text.slice(0, 60)}`);
  const start = found[Math.min((item.occurrence ?? 1) - 1, found.length - 1)];
  return { source: s, start, end: start + item.text.length };
}

/** The share of `unit`'s text that `items` (spans of its source) cover. */
function coveredShare(unit, items) {
  const marks = new Uint8Array(unit.end - unit.start);
  for (const i of items) if (i.source === unit.source) marks.fill(1, Math.max(0, i.start - unit.start), Math.max(0, Math.min(unit.end, i.end) - unit.start));
  return marks.reduce((x, y) => x + y, 0) / marks.length;
}

/** A set read, its units labelled: 1 singular, 0 reported elsewhere, null left out. */
function readSet(name) {
  const set = unitsOfSet(join(root, name));
  const gold = JSON.parse(readFileSync(join(root, name, 'gold.json'), 'utf8'));
  const span = (item) => spanOf(set.texts, set.files, item);
  const unique = (gold.unique ?? []).map(span);
  const notUnique = (gold.not_unique ?? []).map(span);
  const sharedQuotes = (gold.shared_quotes ?? []).flatMap((g) => g.members ?? g).map(span);
  for (const u of set.units) u.label = coveredShare(u, unique) >= 0.5 ? 1 : coveredShare(u, notUnique) >= 0.5 ? 0 : null;
  return { name, set, unique, notUnique, sharedQuotes };
}

/** Scores a set's unique findings: gold unique items found, not_unique items and shared quotes flagged. */
function scoreFindings({ unique, notUnique, sharedQuotes }, findings) {
  const half = (item) => {
    const marks = new Uint8Array(item.end - item.start);
    for (const f of findings[item.source]) marks.fill(1, Math.max(0, f.start - item.start), Math.max(0, Math.min(item.end, f.end) - item.start));
    return marks.reduce((x, y) => x + y, 0) >= 0.5 * marks.length;
  };
  return {
    found: unique.filter(half).length, unique: unique.length,
    flagged: notUnique.filter(half).length, notUnique: notUnique.length,
    quotes: sharedQuotes.filter(half).length, sharedQuotes: sharedQuotes.length,
  };
}

/** Ridge logistic regression (see scripts/lib/ridgeLogisticRegression.mjs): returns [bias, ...weights]. */
const train = (rows) => trainRidgeLogistic(rows.map((r) => [1, ...r.features]), rows.map((r) => r.label), { ridge: RIDGE, iterations: 25 });

const modelOf = (w, threshold) => ({ bias: w[0], weights: Object.fromEntries(names.map((f, i) => [f, w[i + 1]])), threshold });

const data = sets.map(readSet);
const labelled = (ds) => ds.flatMap((d) => d.set.units.filter((u) => u.label !== null));
const all = labelled(data);
console.log(`units: ${data.reduce((n, d) => n + d.set.units.length, 0)} judged, ${all.length} labelled, ${all.filter((u) => u.label === 1).length} singular, over ${data.length} clusters`);

const zero = () => ({ found: 0, unique: 0, flagged: 0, notUnique: 0, quotes: 0, sharedQuotes: 0 });
const add = (a, b) => { for (const k of Object.keys(a)) a[k] += b[k]; };
const rules = zero();
const grid = THRESHOLDS.map((t) => ({ t, ...zero() }));
for (const held of data) {
  const w = train(labelled(data.filter((d) => d !== held)));
  add(rules, scoreFindings(held, held.set.findings(null)));
  for (const g of grid) { const s = scoreFindings(held, held.set.findings(modelOf(w, g.t))); for (const k of Object.keys(s)) g[k] += s[k]; }
}
const pct = (a, b) => (b ? (100 * a / b).toFixed(1) : 'n/a');
const line = (s) => `unique R ${pct(s.found, s.unique)} (${s.found}/${s.unique}), not_unique flagged ${pct(s.flagged, s.notUnique)} (${s.flagged}/${s.notUnique}), shared quotes flagged ${pct(s.quotes, s.sharedQuotes)}`;
console.log(`hand-written thresholds: ${line(rules)}`);
for (const g of grid) console.log(`model t=${g.t}: ${line(g)}  (cross-validated by cluster)`);
const chosen = fixedThreshold ?? [...grid].filter((g) => g.flagged <= rules.flagged).sort((a, b) => b.found - a.found || a.flagged - b.flagged || b.t - a.t)[0]?.t ?? 0.5;
console.log(`threshold ${chosen}${fixedThreshold === null ? ' (cross-validated)' : ' (given)'}`);

const w = train(all);
const ranked = names.map((f, i) => [f, w[i + 1]]).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
console.log(`bias ${w[0].toFixed(2)}; weights: ${ranked.map(([f, v]) => `${f} ${v.toFixed(2)}`).join(', ')}`);
if (!reportOnly) {
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  const round = (v) => Math.round(v * 1e4) / 1e4;
  const model = { trainedOn: `development clusters (${sets.length}) at commit ${commit}, by scripts/train-unique-unit-model.mjs`, threshold: chosen, bias: round(w[0]), weights: Object.fromEntries(names.map((f, i) => [f, round(w[i + 1])])) };
  writeAtomically(out, `${JSON.stringify(model, null, 1)}\n`);
  console.log(`wrote ${out}`);
}
