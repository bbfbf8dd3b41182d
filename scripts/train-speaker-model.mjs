#!/usr/bin/env node
// Trains the learned speaker fallback (src/core/speakers/learned/) and writes its weights to
// src/core/speakers/learned/speakerModel.json.
//
//   node scripts/train-speaker-model.mjs [--dry-run] [--verbose] [--test-sets REGEX]
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
// Thresholds (THRESHOLDS below): the probability the best candidate must reach, by how the rules
// left the quote (open; by a verb of saying whose speaker they declined; with a speaker phrase
// naming nobody), were chosen on the pooled speaker scores of the validation sets
// (node scripts/eval.mjs --validation), text neither the rules nor the model were made on:
// cross-validation on the development sets cannot choose them, because the rules were written on
// those sets and leave only their hardest quotes to the model there. This script prints, beside
// them, what those thresholds do cross-validated by set on the development sets (each fold's
// quotes answered by a model trained on the other folds), by kind of quote, and the rules with the
// fallback end to end as the scorer counts them. --test-sets REGEX trains on the other sets only
// and prints the same for the sets matching REGEX (sets written after the rules, for instance).
// The final model is trained on every development set.
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
// The threshold for open quotes is the lowest that keeps the speaker guard tests (test/unit/speakers:
// the wrong credits they pin, "Mum, I am safe" to the one who received the text, reach p 0.76):
// on the validation sets' pooled scores it gives R 85.4 P 97.6, as the rules with the previous
// model at 0.85 did (0.5 would give R 85.8 P 97.6 and break seven guards). Quotes by a verb of
// saying whose speaker the rules declined stay with the rules (above 1: never): the model credits
// the owner of "Putin’s spokesman said" at p > 0.9; so do those with a speaker phrase naming nobody
// ("she shouted" after an unnamed onlooker, at p 0.9) and a passive "was told".
const THRESHOLDS = { minProbability: 0.8, minProbabilityBySayingVerb: 2, minProbabilityUnnamed: 2 };
const L2 = Number(process.env.L2 ?? 0.003);
const STEPS = 3000;
const RATE = 0.5;

const load = (path) => tsImport(join(root, path), import.meta.url);
const { readArticle } = await load('src/core/analyzeArticle.ts');
const { FEATURE_NAMES, NOBODY_FEATURE_NAMES, isSpeech, speakerCandidates, tallyArticle } = await load('src/core/speakers/learned/speakerCandidates.ts');
const { answerProbabilities, whyRulesSaidNobody } = await load('src/core/speakers/learned/learnedFallback.ts');

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
// Gold speech quotes by set, found by the analysis or not: the scorer's denominator of recall.
const goldSpeech = new Map();
for (const set of sets) {
  const gold = JSON.parse(readFileSync(join(corpus, set, 'gold.json'), 'utf8'));
  goldSpeech.set(set, gold.quotes.filter((g) => g.speaker && !['scare', 'title'].includes(g.kind)).length);
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
      examples.push({ kind: g.kind, set, file, gold: speech ? g.speaker : null, ruleRight: speech && sameSpeaker(a.quotes[i].speaker, g.speaker), ruleNull: a.quotes[i].speaker === null, why: a.quotes[i].speaker === null ? whyRulesSaidNobody(a.ctx, a.quotations[i], i, a.unnamed) : null, text: g.text, candidates, nobody: choices.nobody });
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
  return { p: p[top], right: q.candidates[top].y === 1, name: q.candidates[top].name };
}

// ---- candidates coverage
const withGold = examples.filter((e) => e.gold);
const covered = (list) => list.filter((e) => e.candidates.some((c) => c.y)).length;
const KINDS = [['open', null], ['by a verb of saying', 'saying-verb'], ['speaker phrase naming nobody', 'unnamed'], ['passive "was told"', 'passive']];
console.log(`sets ${sets.length}, speech quotes ${examples.length} (gold speaker ${withGold.length}), candidates per quote ${(examples.reduce((s, e) => s + e.candidates.length, 0) / examples.length).toFixed(1)}`);
for (const [label, why] of KINDS) {
  const list = examples.filter((e) => e.ruleNull && e.why === why);
  console.log(`  left without a speaker by the rules, ${label}: ${list.length}, with a gold speaker ${list.filter((e) => e.gold).length}, among the candidates ${covered(list.filter((e) => e.gold))}`);
}

/** The threshold a quote the rules left without a speaker is credited at (as learnedFallback.ts's thresholdFor). */
const thresholdFor = (t, why) => (why === null ? t.minProbability : why === 'saying-verb' ? t.minProbabilityBySayingVerb : why === 'unnamed' ? t.minProbabilityUnnamed : Infinity);
const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)} %` : 'n/a');

/**
 * Prints what the thresholds do on quotes answered by models that did not see them (`answered`:
 * example → best choice): the fallback's credits by kind of quote, and the rules with the
 * fallback end to end as the scorer counts them (recall over every gold speech quote of the sets,
 * found or not; precision over the credited quotes whose gold names a speaker).
 */
function report(label, answered, setsOf) {
  console.log(`${label}:`);
  const list = [...answered.keys()];
  for (const [kind, why] of KINDS) {
    const credits = list.filter((e) => e.ruleNull && e.why === why && answered.get(e) && answered.get(e).p >= thresholdFor(THRESHOLDS, why));
    const judged = credits.filter((e) => e.gold);
    console.log(`  ${kind}: credited ${credits.length}, right ${judged.filter((e) => answered.get(e).right).length} of ${judged.length} with a gold speaker, ${credits.length - judged.length} where the gold names nobody`);
  }
  const gold = setsOf.reduce((n, s) => n + goldSpeech.get(s), 0);
  const end = (withModel) => {
    let right = 0;
    let credited = 0;
    for (const e of list.filter((x) => x.gold)) {
      const choice = answered.get(e);
      const byModel = withModel && e.ruleNull && choice && choice.p >= thresholdFor(THRESHOLDS, e.why);
      if (!e.ruleNull || byModel) credited++;
      if (e.ruleNull ? byModel && choice.right : e.ruleRight) right++;
    }
    return `R ${pct(right, gold)} P ${pct(right, credited)}`;
  };
  console.log(`  end to end over ${gold} gold speech quotes: rules ${end(false)}; rules and fallback ${end(true)}`);
}

// ---- cross-validation by set
const foldOf = new Map(sets.map((s, i) => [s, i % FOLDS]));
const crossValidated = new Map();
for (let k = 0; k < FOLDS; k++) {
  const model = train(examples.filter((e) => foldOf.get(e.set) !== k));
  for (const e of examples.filter((q) => foldOf.get(q.set) === k)) crossValidated.set(e, best(model, e));
}
const alone = withGold.filter((e) => crossValidated.get(e)?.right).length;
console.log(`model alone, CV by set: best candidate right for ${pct(alone, withGold.length)} of ${withGold.length} gold speech quotes found`);
const shown = (t) => (t > 1 ? 'never' : t);
console.log(`thresholds (see THRESHOLDS): open ${shown(THRESHOLDS.minProbability)}, by a verb of saying ${shown(THRESHOLDS.minProbabilityBySayingVerb)}, speaker phrase naming nobody ${shown(THRESHOLDS.minProbabilityUnnamed)}`);
report(`cross-validated by set (${FOLDS} folds)`, crossValidated, sets);
const testAt = process.argv.indexOf('--test-sets');
if (testAt >= 0) {
  const pattern = new RegExp(process.argv[testAt + 1]);
  const testSets = sets.filter((s) => pattern.test(s));
  const model = train(examples.filter((e) => !pattern.test(e.set)));
  const answered = new Map(examples.filter((e) => pattern.test(e.set)).map((e) => [e, best(model, e)]));
  report(`trained on the other ${sets.length - testSets.length} sets, tested on ${testSets.length} sets matching ${pattern}`, answered, testSets);
}
if (process.argv.includes('--verbose')) for (const [e, c] of [...crossValidated].filter(([e]) => e.ruleNull).sort((x, y) => (y[1]?.p ?? 0) - (x[1]?.p ?? 0))) console.log(`    ${c?.right ? 'RIGHT' : 'WRONG'} p=${c?.p.toFixed(2)} ${e.why ?? 'open'} ${e.kind} ${e.set}/${e.file} “${e.text.slice(0, 50)}” → ${c?.name} (gold ${e.gold})`);

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
  ...THRESHOLDS,
};
if (!process.argv.includes('--dry-run')) writeFileSync(output, `${JSON.stringify(model, null, 1)}\n`);
