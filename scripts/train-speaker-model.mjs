#!/usr/bin/env node
// Trains the learned speaker fallback (src/core/speakers/learned/) and writes its weights to
// src/core/speakers/learned/speakerModel.json.
//
//   node scripts/train-speaker-model.mjs [--dry-run]
//
// Data: every development set's gold.json under test/fixtures/corpus (held-out and validation
// folders, heldout* and validation*, are skipped, and the script stops if one slips through). Each article is
// analysed by the rules alone (attributeSpeakers with no model); every gold speech quote the
// analysis found gives one example per candidate (speakerCandidates.ts), labelled 1 when the
// candidate is the gold speaker by the scorer's rule (it shares a name word with one of the gold
// speakers, as ../shared/tools/score.mjs judges) and 0 otherwise.
//
// Model: a logistic regression over the candidates' features, trained by full-batch gradient
// descent from zero weights (no randomness: the same data gives the same weights, bit for bit).
//
// Thresholds: cross-validation by set. The sets, sorted by name, are dealt into FOLDS folds in
// turn; for each fold a model trained on the other folds scores the quotes of the fold's sets that
// the rules left without a speaker. Over those held-out choices, the probability and margin
// thresholds that credit the most quotes rightly while keeping the fallback's precision at or above
// TARGET_PRECISION are kept, the probability threshold no lower than TARGET_PRECISION (see
// chooseThresholds). Precision is counted as the scorer counts it, over quotes whose gold names a
// speaker; credits of quotes whose gold names nobody are reported apart.
// The final model is trained on every development set and shipped with those thresholds.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { isDevelopment } from './lib/corpusSets.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, 'test/fixtures/corpus');
const output = join(root, 'src/core/speakers/learned/speakerModel.json');
const FOLDS = 5;
const TARGET_PRECISION = 0.85;
const L2 = Number(process.env.L2 ?? 0.003);
const STEPS = 3000;
const RATE = 0.5;

const load = (path) => tsImport(join(root, path), import.meta.url);
const { readArticle } = await load('src/core/analyzeArticle.ts');
const { FEATURE_NAMES, NOBODY_FEATURE_NAMES, isSpeech, speakerCandidates, tallyArticle } = await load('src/core/speakers/learned/speakerCandidates.ts');
const { answerProbabilities, rulesSaidNobody } = await load('src/core/speakers/learned/learnedFallback.ts');

// ---- the scorer's rules for where a gold quote stands and when a speaker is right
const OPENERS = '"\'\u201c\u2018\u00ab\u201e\u201a\u2039';
function quoteSpan(text, item) {
  const starts = [];
  for (let i = text.indexOf(item.text); i >= 0; i = text.indexOf(item.text, i + 1)) starts.push(i);
  if (!starts.length) throw new Error(`gold text not found in ${item.file}: ${item.text.slice(0, 60)}`);
  const chosen = item.occurrence ? starts[Math.min(item.occurrence - 1, starts.length - 1)] : starts.find((a) => a > 0 && OPENERS.includes(text[a - 1])) ?? starts[0];
  return [chosen, chosen + item.text.length];
}
const overlap = (a, b) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
const matches = (a, b) => overlap(a, b) > 0 && overlap(a, b) >= 0.5 * Math.min(a[1] - a[0], b[1] - b[0]);
const fold = (s) => (s ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const nameWords = (s) => fold(s).split(/[^a-z0-9]+/).filter((w) => w.length > 1);
const NOT_NAMES = new Set(['the', 'of', 'and', 'mr', 'ms', 'mrs', 'dr', 'pope', 'president', 'minister', 'judge', 'prime', 'foreign', 'said']);
function sameSpeaker(predicted, gold) {
  if (!predicted || !gold) return false;
  const p = new Set(nameWords(predicted));
  return gold.split(';').some((g) => nameWords(g).some((w) => !NOT_NAMES.has(w) && p.has(w)));
}

// ---- examples: one per speech quote the analysis found and the gold lists
/** The rules' reading of one article, as analyzeArticle makes it, with the fallback left out. */
function analyseByRules(input) {
  const { text, context: ctx, index, quotations, quotes, unnamed } = readArticle(input, null);
  return { text, ctx, index, quotations, quotes, unnamed };
}

const sets = readdirSync(corpus).filter((d) => existsSync(join(corpus, d, 'gold.json')) && isDevelopment(d)).sort();
if (sets.some((s) => !isDevelopment(s))) throw new Error('a held-out or validation set would be read');
const examples = [];
for (const set of sets) {
  const gold = JSON.parse(readFileSync(join(corpus, set, 'gold.json'), 'utf8'));
  for (const file of [...new Set(gold.quotes.map((q) => q.file))].sort()) {
    const a = analyseByRules(readFileSync(join(corpus, set, file), 'utf8'));
    const tallies = tallyArticle(a.ctx, a.quotes);
    const used = new Set();
    for (const g of gold.quotes.filter((q) => q.file === file)) {
      const span = quoteSpan(a.text, g);
      const i = a.quotes.findIndex((q, k) => !used.has(k) && matches([q.start, q.end], span));
      if (i < 0) continue;
      used.add(i);
      if (!isSpeech(a.quotes[i], a.quotations[i])) continue;
      const speech = g.speaker && !['scare', 'title'].includes(g.kind);
      const choices = speakerCandidates(a.ctx, a.index, a.quotations, a.quotes, i, tallies);
      const candidates = choices.candidates.map((c) => ({ name: c.entity.canonical, features: c.features, y: speech && sameSpeaker(c.entity.canonical, g.speaker) ? 1 : 0 }));
      examples.push({ kind: g.kind, set, file, gold: speech ? g.speaker : null, ruleNull: a.quotes[i].speaker === null, ruledOut: rulesSaidNobody(a.ctx, a.quotations[i], i, a.unnamed), text: g.text, candidates, nobody: choices.nobody });
    }
  }
}

// ---- the trainer: a conditional logistic regression (a softmax over one quote's answers: each
// candidate, and nobody of them), full-batch gradient descent with a small L2 penalty. The right
// answers of a quote are its candidates that are the gold speaker, or nobody when none is.
// answerProbabilities (learnedFallback.ts) scores a quote's answers as the shipped fallback does.
function train(quotes) {
  const model = { weights: new Array(FEATURE_NAMES.length).fill(0), nobodyWeights: new Array(NOBODY_FEATURE_NAMES.length).fill(0) };
  for (let step = 0; step < STEPS; step++) {
    const g = model.weights.map(() => 0);
    const gn = model.nobodyWeights.map(() => 0);
    for (const q of quotes) {
      const p = answerProbabilities(model, q);
      const right = q.candidates.some((c) => c.y) ? [...q.candidates.map((c) => c.y), 0] : [...q.candidates.map(() => 0), 1];
      const mass = p.reduce((sum, v, k) => sum + (right[k] ? v : 0), 0);
      p.forEach((v, k) => {
        const err = v - (right[k] ? v / mass : 0);
        if (k < q.candidates.length) q.candidates[k].features.forEach((x, f) => (g[f] += err * x));
        else q.nobody.forEach((x, f) => (gn[f] += err * x));
      });
    }
    model.weights = model.weights.map((w, f) => w - RATE * (g[f] / quotes.length + L2 * w));
    model.nobodyWeights = model.nobodyWeights.map((w, f) => w - RATE * (gn[f] / quotes.length + L2 * w));
  }
  return model;
}

/** The model's best candidate for a quote: its probability, its lead over the next answer, and whether it is right. */
function best(m, q) {
  if (!q.candidates.length) return null;
  const p = answerProbabilities(m, q);
  let top = 0;
  for (let c = 1; c < q.candidates.length; c++) if (p[c] > p[top]) top = c;
  const next = Math.max(...p.filter((_, k) => k !== top));
  return { p: p[top], margin: p[top] - next, right: q.candidates[top].y === 1, name: q.candidates[top].name };
}

// ---- candidates coverage
const withGold = examples.filter((e) => e.gold);
const covered = (list) => list.filter((e) => e.candidates.some((c) => c.y)).length;
// The quotes the fallback works on: left without a speaker, and not judged said by nobody named.
const nulls = examples.filter((e) => e.ruleNull && !e.ruledOut);
const ruledOut = examples.filter((e) => e.ruleNull && e.ruledOut);
console.log(`sets ${sets.length}, speech quotes ${examples.length} (gold speaker ${withGold.length}), candidates per quote ${(examples.reduce((s, e) => s + e.candidates.length, 0) / examples.length).toFixed(1)}`);
console.log(`gold speaker among candidates: all ${covered(withGold)}/${withGold.length}; rule-null ${covered(nulls.filter((e) => e.gold))}/${nulls.filter((e) => e.gold).length} (rule-null quotes ${nulls.length}, ${nulls.length - nulls.filter((e) => e.gold).length} with no gold speaker; left alone as the rules judged them said by nobody named: ${ruledOut.length}, ${ruledOut.filter((e) => e.gold).length} with a gold speaker)`);

// ---- cross-validation by set
const foldOf = new Map(sets.map((s, i) => [s, i % FOLDS]));
const heldChoices = [];
// The model alone on every gold speech quote of the held-out folds, as a yardstick beside the rules.
const alone = { quotes: 0, right: 0, credited: 0, creditedRight: 0 };
for (let k = 0; k < FOLDS; k++) {
  const model = train(examples.filter((e) => foldOf.get(e.set) !== k));
  for (const e of nulls.filter((q) => foldOf.get(q.set) === k)) heldChoices.push({ fold: k, e, choice: best(model, e) });
  for (const e of withGold.filter((q) => foldOf.get(q.set) === k)) {
    const choice = best(model, e);
    alone.quotes++;
    if (choice?.right) alone.right++;
    if (choice && choice.p >= TARGET_PRECISION) {
      alone.credited++;
      if (choice.right) alone.creditedRight++;
    }
  }
}
console.log(`model alone, CV by set, on all ${alone.quotes} gold speech quotes: best candidate right ${((100 * alone.right) / alone.quotes).toFixed(1)} %; at p >= ${TARGET_PRECISION} it credits ${alone.credited}, ${alone.creditedRight} right (precision ${((100 * alone.creditedRight) / alone.credited).toFixed(1)} %, recall ${((100 * alone.creditedRight) / alone.quotes).toFixed(1)} %)`);
const credited = (t, c) => c.choice && c.choice.p >= t.minProbability && c.choice.margin >= t.minMargin;
// Precision as the scorer counts it: over the credited quotes whose gold names a speaker (a speaker
// given to a quote the gold credits to nobody, such as "said a trader who asked not to be named",
// is reported apart as `credited where the gold names nobody`).
function tally(t, list) {
  const chosen = list.filter((c) => credited(t, c));
  const judged = chosen.filter((c) => c.e.gold);
  const right = judged.filter((c) => c.choice.right).length;
  return { chosen: chosen.length, judged: judged.length, right, goldless: chosen.length - judged.length, gold: list.filter((c) => c.e.gold).length };
}
/**
 * The thresholds that credit the most quotes rightly among the given choices, at TARGET_PRECISION or
 * better. The probability threshold is never below TARGET_PRECISION itself: a credit the model
 * gives less chance than the precision promised would, on its own word, be right less often, and a
 * few dozen judged quotes cannot show otherwise.
 */
function chooseThresholds(list) {
  let best = { t: { minProbability: 2, minMargin: 0 }, right: 0 };
  for (let p = TARGET_PRECISION; p <= 0.951; p += 0.025) {
    for (let m = 0; m <= 0.601; m += 0.025) {
      const t = { minProbability: Math.round(p * 1000) / 1000, minMargin: Math.round(m * 1000) / 1000 };
      const r = tally(t, list);
      if (r.judged && r.right / r.judged >= TARGET_PRECISION && r.right > best.right) best = { t, right: r.right };
    }
  }
  return best.t;
}
const thresholds = chooseThresholds(heldChoices);
console.log(`thresholds (CV by set, ${FOLDS} folds, precision >= ${TARGET_PRECISION}): probability >= ${thresholds.minProbability}, margin >= ${thresholds.minMargin}`);
const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)} %` : 'n/a');
const line = (label, r) => console.log(`${label}: rule-null quotes with a gold speaker ${r.gold}, credited ${r.judged}, right ${r.right}: precision ${pct(r.right, r.judged)}, coverage ${pct(r.right, r.gold)}; credited where the gold names nobody ${r.goldless} (strict precision ${pct(r.right, r.chosen)})`);
for (let k = 0; k < FOLDS; k++) line(`  fold ${k} (${sets.filter((s) => foldOf.get(s) === k).length} sets)`, tally(thresholds, heldChoices.filter((c) => c.fold === k)));
line('  pooled', tally(thresholds, heldChoices));
// The thresholds themselves chosen without the fold they are judged on: each fold's quotes are
// credited by thresholds picked on the other folds' held-out choices.
const nested = { chosen: 0, judged: 0, right: 0, goldless: 0, gold: 0 };
for (let k = 0; k < FOLDS; k++) {
  const r = tally(chooseThresholds(heldChoices.filter((c) => c.fold !== k)), heldChoices.filter((c) => c.fold === k));
  for (const key of Object.keys(nested)) nested[key] += r[key];
}
line('  pooled, thresholds also cross-validated', nested);
if (process.argv.includes('--verbose')) for (const c of [...heldChoices].sort((x, y) => (y.choice?.p ?? 0) - (x.choice?.p ?? 0))) console.log(`    ${c.choice?.right ? 'RIGHT' : 'WRONG'} p=${c.choice?.p.toFixed(2)} m=${c.choice?.margin.toFixed(2)} ${c.e.kind} ${c.e.set}/${c.e.file} “${c.e.text.slice(0, 50)}” → ${c.choice?.name} (gold ${c.e.gold})`);

// ---- the final model, on every development set
const final = train(examples);
const round = (v) => Math.round(v * 10000) / 10000;
const strongest = (names, weights) => names.map((f, i) => [f, weights[i]]).sort((x, y) => Math.abs(y[1]) - Math.abs(x[1])).map(([f, w]) => `  ${w >= 0 ? '+' : ''}${w.toFixed(2)}  ${f}`).join('\n');
console.log(`candidate weights, strongest first:\n${strongest(FEATURE_NAMES, final.weights)}`);
console.log(`"nobody" weights, strongest first:\n${strongest(NOBODY_FEATURE_NAMES, final.nobodyWeights)}`);
// The last commit that changed the corpus: the data the weights were trained on.
const commit = execFileSync('git', ['log', '-1', '--format=%h', '--', 'test/fixtures/corpus'], { cwd: root, encoding: 'utf8' }).trim();
const model = {
  trainedOn: `scripts/train-speaker-model.mjs on the gold of ${sets.length} development sets as of commit ${commit}, the corpus's last change (no held-out set): ${examples.length} speech quotes`,
  features: FEATURE_NAMES,
  weights: final.weights.map(round),
  nobodyFeatures: NOBODY_FEATURE_NAMES,
  nobodyWeights: final.nobodyWeights.map(round),
  ...thresholds,
};
if (!process.argv.includes('--dry-run')) writeFileSync(output, `${JSON.stringify(model, null, 1)}\n`);
