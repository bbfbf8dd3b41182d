// Trains the quantity matcher (src/core/compare/quantityMatcher.ts): a logistic regression that
// says whether two figures of two reports give one quantity. Deterministic: the sets are read in
// name order, the trainer is Newton's method from zero weights (no random start, no sampling).
//
// Data: the development clusters only (test/fixtures/corpus/cluster-*; held-out and validation
// folders, heldout* and validation*, are refused). Labels: the candidate pairs (figurePairs) whose two figures
// are members of one gold numeric discrepancy in two files are positive; pairs of figures that
// disagree and are not are negative, except a repeat of a member's figure (a headline giving the
// body's value), which is left out; pairs that agree need no decision and are left out.
//
// Threshold: chosen by leave-one-cluster-out cross-validation of the whole numeric step (each
// cluster scored by a model trained on the others, as scripts/score.mjs and scripts/eval.mjs
// count: discrepancies found in two files, findings that give no gold figure), the highest recall
// whose findings outside the gold are no more than the hand-written rules' on the same folds.
//
// The thresholds may instead be given (--thresholds T,R: T for pairs the rules admit, R for the
// others), when they were chosen otherwise: on the validation sets' pooled scores (see
// scripts/lib/corpusSets.mjs), never on their text. The cross-validation of the given pair is printed.
//
// usage: node scripts/train-quantity-matcher.mjs [--report] [--thresholds T,R]   (--report: print, write nothing)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { developmentClusters } from './lib/corpusSets.mjs';
import { loadTrainingModule } from './lib/loadTrainingModule.mjs';
import { trainRidgeLogistic } from './lib/ridgeLogisticRegression.mjs';
import { writeAtomically } from './lib/writeAtomically.mjs';

const root = 'test/fixtures/corpus';
const out = 'src/core/compare/quantityMatcherWeights.json';
const reportOnly = process.argv.includes('--report');
/** Ridge penalty on the weights (not the bias): keeps rare features from taking extreme weights. */
const RIDGE = 1;
const THRESHOLDS = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8];
/** Thresholds given on the command line (--thresholds T,R), or null to choose them by cross-validation. */
const given = process.argv.includes('--thresholds') ? process.argv[process.argv.indexOf('--thresholds') + 1].split(',').map(Number) : null;
if (given && (given.length !== 2 || given.some((t) => !THRESHOLDS.includes(t)))) throw new Error(`--thresholds takes two of ${THRESHOLDS.join(', ')}`);

const sets = developmentClusters(root);

// The core, bundled as the command line is, with the module that reads a set for training.
const { figurePairsOfSet } = await loadTrainingModule('scripts/quantity-matcher/figurePairsOfSet.ts');

/** Every [start, end) occurrence of `text` in `body`. */
function occurrences(body, text) {
  const found = [];
  for (let i = body.indexOf(text); i >= 0; i = body.indexOf(text, i + 1)) found.push([i, i + text.length]);
  return found;
}
const overlaps = (a, b) => a.start < b[1] && b[0] < a.end;

/** A set read, its pairs labelled: 1 same quantity, 0 not, null left out. */
function readSet(name) {
  const set = figurePairsOfSet(join(root, name));
  const gold = JSON.parse(readFileSync(join(root, name, 'gold.json'), 'utf8')).numeric_discrepancies ?? [];
  const fileIndex = new Map(set.files.map((f, i) => [f, i]));
  // The discrepancies a figure is a member of, by the span of any occurrence of a member's text.
  const groupsOf = (source, mention) => gold.flatMap((d, g) => (d.values.some((v) => fileIndex.get(v.file) === source && occurrences(set.texts[source], v.text).some((o) => overlaps(mention, o))) ? [g] : []));
  // The values of the figures that are members, per discrepancy and file: a repeat of one is no negative.
  const memberValues = new Map();
  for (const p of set.pairs) for (const [source, m] of [[p.source, p.here], [p.peer, p.there]]) for (const g of groupsOf(source, m)) memberValues.set(`${g}/${source}/${m.quantity.value}`, true);
  const isRepeat = (groups, source, mention) => groups.some((g) => memberValues.has(`${g}/${source}/${mention.quantity.value}`));
  for (const p of set.pairs) {
    if (p.agrees) { p.label = null; continue; }
    const [gh, gt] = [groupsOf(p.source, p.here), groupsOf(p.peer, p.there)];
    if (gh.some((g) => gt.includes(g))) p.label = 1;
    else if (isRepeat(gh, p.peer, p.there) || isRepeat(gt, p.source, p.here)) p.label = null;
    else p.label = 0;
  }
  return { name, set, gold };
}

/** Scores a set's numeric findings as scripts/score.mjs (found) and scripts/eval.mjs (outside) do. */
function scoreFindings({ set, gold }, findings) {
  const fileIndex = new Map(set.files.map((f, i) => [f, i]));
  const found = gold.filter((d) => {
    const files = new Set();
    for (const v of d.values) {
      const s = fileIndex.get(v.file);
      const all = occurrences(set.texts[s], v.text);
      const span = all[Math.min((v.occurrence ?? 1) - 1, all.length - 1)];
      if (findings[s].some((f) => overlaps(f, span))) files.add(v.file);
    }
    return files.size >= 2;
  }).length;
  let outside = 0;
  let total = 0;
  findings.forEach((list, s) => {
    const known = gold.flatMap((d) => d.values).filter((v) => v.file === set.files[s]);
    for (const f of list) {
      total++;
      const figure = set.texts[s].slice(f.start, f.end).toLowerCase();
      if (!known.some((v) => occurrences(set.texts[s], v.text).some((o) => overlaps(f, o)) || v.text.toLowerCase() === figure)) outside++;
    }
  });
  return { found, gold: gold.length, outside, total };
}

/** Ridge logistic regression over `names` (see scripts/lib/ridgeLogisticRegression.mjs): returns [bias, ...weights]. */
const train = (rows, names) => trainRidgeLogistic(rows.map((p) => [1, ...names.map((f) => p.features[f])]), rows.map((p) => p.label), { ridge: RIDGE, iterations: 25 });

const matcherOf = (w, names, threshold, rescueThreshold) => ({ bias: w[0], weights: Object.fromEntries(names.map((f, i) => [f, w[i + 1]])), threshold, rescueThreshold });

const data = sets.map(readSet);
const names = Object.keys(data.find((d) => d.set.pairs.length > 0).set.pairs[0].features);
const labelled = (ds) => ds.flatMap((d) => d.set.pairs.filter((p) => p.label !== null));

// Candidate coverage: the gold pairs (members of one discrepancy in two files, with texts that
// differ) that some candidate pair links.
let goldPairs = 0;
let covered = 0;
for (const { set, gold } of data) {
  const fileIndex = new Map(set.files.map((f, i) => [f, i]));
  const at = (v) => occurrences(set.texts[fileIndex.get(v.file)], v.text);
  for (const d of gold) {
    for (const a of d.values) {
      for (const b of d.values) {
        if (a.file >= b.file || a.text === b.text) continue;
        goldPairs++;
        const linked = set.pairs.some((p) => set.files[p.source] === a.file && set.files[p.peer] === b.file && at(a).some((o) => overlaps(p.here, o)) && at(b).some((o) => overlaps(p.there, o)));
        if (linked) covered++;
        else if (process.argv.includes('--misses')) console.log(`  not a candidate: ${d.label}: ${a.file} "${a.text}" / ${b.file} "${b.text}"`);
      }
    }
  }
}
const positives = labelled(data).filter((p) => p.label === 1);
console.log(`pairs: ${labelled(data).length} labelled, ${positives.length} positive (ordered); candidate coverage ${covered} of ${goldPairs} gold pairs`);

if (process.argv.includes('--misses')) process.exit(0);
// Leave-one-cluster-out cross-validation, over both thresholds.
const grid = THRESHOLDS.flatMap((t) => [...THRESHOLDS, 1.01].map((r) => ({ t, r, found: 0, gold: 0, outside: 0, total: 0 })));
const rules = { found: 0, gold: 0, outside: 0, total: 0 };
const perFold = [];
for (const held of data) {
  const w = train(labelled(data.filter((d) => d !== held)), names);
  const ruleScore = scoreFindings(held, held.set.findings(null));
  for (const k of Object.keys(rules)) rules[k] += ruleScore[k];
  const scores = grid.map((g) => {
    const score = scoreFindings(held, held.set.findings(matcherOf(w, names, g.t, g.r)));
    for (const k of Object.keys(rules)) g[k] += score[k];
    return score;
  });
  perFold.push({ name: held.name, rules: ruleScore, scores });
}
const pct = (a, b) => (b ? (100 * a / b).toFixed(1) : 'n/a');
const line = (s) => `recall ${pct(s.found, s.gold)} (${s.found}/${s.gold}), outside ${s.outside}/${s.total}`;
console.log(`rules (untrained, tuned on these clusters): ${line(rules)}`);
const frontier = [...grid].sort((a, b) => a.outside - b.outside || b.found - a.found).filter((g, i, all) => !all.slice(0, i).some((h) => h.found >= g.found));
for (const g of frontier) console.log(`model t=${g.t} rescue=${g.r}: ${line(g)}`);
const chosen = given
  ? grid.find((g) => g.t === given[0] && g.r === given[1])
  : grid.filter((g) => g.outside <= rules.outside).sort((a, b) => b.found - a.found || a.outside - b.outside || b.t - a.t || b.r - a.r)[0];
console.log(`${given ? 'given' : 'chosen'} thresholds ${chosen.t} (admitted by the rules), ${chosen.r} (not admitted): ${line(chosen)}`);
const ci = grid.indexOf(chosen);
for (const f of perFold) console.log(`  ${f.name.padEnd(30)} rules ${f.rules.found}/${f.rules.gold} out ${f.rules.outside}/${f.rules.total} | model ${f.scores[ci].found}/${f.scores[ci].gold} out ${f.scores[ci].outside}/${f.scores[ci].total}`);

const w = train(labelled(data), names);
const ranked = names.map((f, i) => [f, w[i + 1]]).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
console.log(`bias ${w[0].toFixed(2)}; weights: ${ranked.map(([f, v]) => `${f} ${v.toFixed(2)}`).join(', ')}`);
if (!reportOnly) {
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  const round = (v) => Math.round(v * 1e4) / 1e4;
  const model = { trainedOn: `development clusters (${sets.length}) at commit ${commit}, by scripts/train-quantity-matcher.mjs`, threshold: chosen.t, rescueThreshold: chosen.r, bias: round(w[0]), weights: Object.fromEntries(names.map((f, i) => [f, round(w[i + 1])])) };
  writeAtomically(out, `${JSON.stringify(model, null, 1)}\n`);
  console.log(`wrote ${out}`);
}
