// Trains the quote matcher (src/core/compare/quoteMatcher.ts): a logistic regression that says
// whether two quotes of two reports are one utterance. Deterministic: the sets are read in name
// order, the trainer is Newton's method from zero weights (no random start, no sampling).
//
// Data: the development clusters only (test/fixtures/corpus/cluster-*; held-out and validation
// folders, heldout* and validation*, are refused), the candidate pairs (quotePairsOf) that the
// hand-written tests leave apart between two quotes credited to one named speaker: the matcher
// decides those only. Labels: a pair whose two quotes
// are members of one gold shared quote (`shared_quotes`) is positive; every other pair is
// negative, a pair the gold lists as `related_not_same_utterance` (a look-alike) among them.
//
// Cross-validation: leave one cluster out, the whole grouping scored as scripts/score.mjs counts
// (gold pairs found in one group, look-alikes linked) and the linked pairs outside the gold, over a
// grid of thresholds. The threshold is not chosen here: it is chosen on the pooled validation sets
// (node scripts/eval.mjs --validation) and given to this script.
//
// usage: node scripts/train-quote-matcher.mjs [--report] [--threshold T] [--ridge R] [--diagnose]
//   --report: print, write nothing; --threshold: the threshold written with the weights;
//   --ridge: the penalty (default 1); --diagnose: the cross-validated probability of each pair
//   weighed that is one utterance, a look-alike, or likelier than 0.4
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { developmentClusters } from './lib/corpusSets.mjs';
import { loadTrainingModule } from './lib/loadTrainingModule.mjs';
import { trainRidgeLogistic } from './lib/ridgeLogisticRegression.mjs';
import { writeAtomically } from './lib/writeAtomically.mjs';

const root = 'test/fixtures/corpus';
const out = 'src/core/compare/quoteMatcherWeights.json';
const args = process.argv.slice(2);
const reportOnly = args.includes('--report');
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
/** Ridge penalty on the weights (not the bias): keeps rare features from taking extreme weights. */
const RIDGE = option('--ridge', 1);
const THRESHOLDS = [0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 1.01];

const sets = developmentClusters(root);

// The core, bundled as the command line is, with the module that reads a set for training.
const { quotePairsOfSet } = await loadTrainingModule('scripts/quote-matcher/quotePairsOfSet.ts');

const OPENERS = '"\'\u201c\u2018\u00ab\u201e\u201a\u2039\u00bb\u203a';
/** Where a gold quote stands in its text, as scripts/score.mjs finds it. */
function quoteSpan(text, item) {
  const all = [];
  for (let i = text.indexOf(item.text); i >= 0; i = text.indexOf(item.text, i + 1)) all.push([i, i + item.text.length]);
  if (!all.length) throw new Error(`gold text not found: ${item.text.slice(0, 60)}`);
  if (item.occurrence) return all[Math.min(item.occurrence - 1, all.length - 1)];
  return all.find(([a]) => a > 0 && OPENERS.includes(text[a - 1])) ?? all[0];
}
const overlap = (a, b) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
const matches = (a, b) => overlap(a, b) > 0 && overlap(a, b) >= 0.5 * Math.min(a[1] - a[0], b[1] - b[0]);

/** A set read, its gold groups located and its pairs labelled (1 one utterance, 0 not). */
function readSet(name) {
  const set = quotePairsOfSet(join(root, name));
  const gold = JSON.parse(readFileSync(join(root, name, 'gold.json'), 'utf8'));
  const fileIndex = new Map(set.files.map((f, i) => [f, i]));
  const locate = (groups) => (groups ?? []).map((g) => (g.members ?? g).map((m) => ({ source: fileIndex.get(m.file), span: quoteSpan(set.texts[fileIndex.get(m.file)], m) })));
  const shared = locate(gold.shared_quotes);
  const lookAlikes = locate(gold.related_not_same_utterance);
  const holds = (group, q) => group.some((m) => m.source === q.source && matches(m.span, [q.start, q.end]));
  const sharedOf = set.quotes.map((q) => shared.flatMap((g, k) => (holds(g, q) ? [k] : [])));
  for (const p of set.pairs) p.label = sharedOf[p.a].some((k) => sharedOf[p.b].includes(k)) ? 1 : 0;
  for (const p of set.pairs) p.lookAlike = lookAlikes.some((g) => holds(g, set.quotes[p.a]) && holds(g, set.quotes[p.b]));
  return { name, set, shared, lookAlikes, sharedOf };
}

/** Cross-file pairs of a list of located members. */
function pairsOf(members) {
  const found = [];
  for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) if (members[i].source !== members[j].source) found.push([members[i], members[j]]);
  return found;
}

/** Scores a set's groups as scripts/score.mjs does, and counts linked pairs of quotes no gold group holds together. */
function scoreGroups({ shared, lookAlikes }, groups) {
  const linked = (a, b) => groups.some((g) => g.some((m) => m.source === a.source && matches([m.start, m.end], a.span)) && g.some((m) => m.source === b.source && matches([m.start, m.end], b.span)));
  const goldPairs = shared.flatMap(pairsOf);
  const found = goldPairs.filter(([a, b]) => linked(a, b)).length;
  const lookPairs = lookAlikes.flatMap(pairsOf);
  const wrong = lookPairs.filter(([a, b]) => linked(a, b)).length;
  const inGold = (m) => shared.flatMap((g, k) => (g.some((x) => x.source === m.source && matches(x.span, [m.start, m.end])) ? [k] : []));
  let outside = 0;
  let links = 0;
  for (const g of groups) {
    for (const [a, b] of pairsOf(g)) {
      links++;
      const ka = inGold(a);
      if (!inGold(b).some((k) => ka.includes(k))) outside++;
    }
  }
  return { found, gold: goldPairs.length, wrong, lookAlikes: lookPairs.length, outside, links };
}

/** Ridge logistic regression over `names` (see scripts/lib/ridgeLogisticRegression.mjs): returns [bias, ...weights]. */
const train = (rows, names) => trainRidgeLogistic(rows.map((p) => [1, ...names.map((f) => p.features[f])]), rows.map((p) => p.label), { ridge: RIDGE, iterations: 30 });

const matcherOf = (w, names, threshold) => ({ bias: w[0], weights: Object.fromEntries(names.map((f, i) => [f, Number(w[i + 1].toFixed(4))])), threshold });

const data = sets.map(readSet);
const names = Object.keys(data.find((d) => d.set.pairs.length > 0).set.pairs[0].features);
const rows = (ds) => ds.flatMap((d) => d.set.pairs);

const all = rows(data);
console.log(`pairs the matcher weighs: ${all.length}, ${all.filter((p) => p.label === 1).length} positive, ${all.filter((p) => p.lookAlike).length} look-alikes`);

const grid = THRESHOLDS.map((t) => ({ t, found: 0, gold: 0, wrong: 0, lookAlikes: 0, outside: 0, links: 0 }));
const rules = { found: 0, gold: 0, wrong: 0, lookAlikes: 0, outside: 0, links: 0 };
const add = (into, s) => { for (const k of Object.keys(s)) into[k] += s[k]; };
const probability = (w, p) => 1 / (1 + Math.exp(-(w[0] + names.reduce((z, f, i) => z + w[i + 1] * p.features[f], 0))));
for (const held of data) {
  const w = train(rows(data.filter((d) => d !== held)), names);
  if (args.includes('--diagnose')) {
    const text = (i) => { const q = held.set.quotes[i]; return `${held.set.files[q.source].slice(0, 3)}:${held.set.texts[q.source].slice(q.start, q.end).slice(0, 70)}`; };
    for (const p of held.set.pairs) {
      if (p.label === 1 || p.lookAlike || (p.label === 0 && probability(w, p) > 0.4)) {
        console.log(`${p.label ? 'POS' : p.lookAlike ? 'LOOK' : 'NEG'} ${probability(w, p).toFixed(2)} ${held.name} | ${text(p.a)} | ${text(p.b)} | ${['positionGap', 'neighbourCosine', 'sentencesAligned', 'bestForHere', 'bestForThere', 'nearCosine', 'nearOrdered'].map((f) => `${f}=${p.features[f].toFixed(2)}`).join(' ')}`);
      }
    }
    continue;
  }
  add(rules, scoreGroups(held, held.set.groups(null)));
  for (const g of grid) add(g, scoreGroups(held, held.set.groups(matcherOf(w, names, g.t))));
}
const pct = (a, b) => (b ? (100 * a / b).toFixed(1) : 'n/a');
const line = (s) => `pairs ${pct(s.found, s.gold)} (${s.found}/${s.gold}), look-alikes linked ${s.wrong}/${s.lookAlikes}, linked pairs outside the gold ${s.outside}/${s.links}`;
console.log(`rules alone: ${line(rules)}`);
for (const g of grid) console.log(`cross-validated, threshold ${g.t}: ${line(g)}`);

const w = train(rows(data), names);
const threshold = option('--threshold', 1.01);
const model = matcherOf(w, names, threshold);
console.log(`weights (all ${data.length} clusters): bias ${w[0].toFixed(3)}, ${names.map((f, i) => `${f} ${w[i + 1].toFixed(2)}`).join(', ')}`);
if (!reportOnly) {
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  writeAtomically(out, `${JSON.stringify({ trainedOn: `development clusters (${data.length}) at commit ${commit}, by scripts/train-quote-matcher.mjs`, threshold, bias: Number(w[0].toFixed(4)), weights: model.weights }, null, 1)}\n`);
  console.log(`wrote ${out} (threshold ${threshold})`);
}
