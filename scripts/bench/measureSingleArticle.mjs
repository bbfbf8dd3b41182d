// Child process of the benchmark: single-article analysis throughput on generated articles,
// side by side: our full analysis, wink-nlp's bare readDoc, and compromise 14 finding quotes,
// people, places and organisations. Prints one JSON line.
//
// Fair by construction: the same texts for all three; every model loaded and warmed up on ten
// articles first; our paragraph cache emptied before each article (each is read afresh, as a newly
// opened one is: no contender profits from having seen a text before); five passes over all
// articles, the contenders in a rotating order within each pass so that load from other jobs and
// garbage collection fall on all of them alike; the median pass of each is reported, in wall-clock
// time and in CPU time of this process (the steadier of the two on a shared machine).
//   node measureSingleArticle.mjs BUNDLE COUNT
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const [bundle, countArg] = process.argv.slice(2);
const { analyzeArticle, forgetReadings, generateArticles } = require(bundle);
const articles = generateArticles({ count: Number(countArg), seed: 7 }).map((a) => a.text);
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const wink = winkNLP(model, ['sbd', 'pos', 'ner']);
const compromise = require('compromise');

const tokens = articles.reduce((n, text) => n + wink.readDoc(text).tokens().length(), 0);
const words = articles.reduce((n, text) => n + (text.match(/\S+/g) ?? []).length, 0);

const contenders = {
  ours: (text) => {
    forgetReadings();
    return analyzeArticle(text);
  },
  wink: (text) => wink.readDoc(text),
  compromise: (text) => {
    const doc = compromise(text);
    return [doc.quotations().out('array'), doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array')];
  },
};
const names = Object.keys(contenders);
const PASSES = 5;

/** CPU time (user + system) of this process so far, in milliseconds. */
const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Times one pass of a contender over every article: wall-clock and CPU milliseconds. */
function timePass(run) {
  const wall = performance.now();
  const cpu = cpuNow();
  for (const text of articles) run(text);
  return { wall: performance.now() - wall, cpu: cpuNow() - cpu };
}

for (const name of names) for (const text of articles.slice(0, 10)) contenders[name](text);
const passes = Object.fromEntries(names.map((name) => [name, []]));
for (let pass = 0; pass < PASSES; pass++) {
  for (let k = 0; k < names.length; k++) {
    const name = names[(pass + k) % names.length];
    passes[name].push(timePass(contenders[name]));
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = Object.fromEntries(names.map((name) => [name, median(passes[name].map((p) => p.wall))]));
const cpuMs = Object.fromEntries(names.map((name) => [name, median(passes[name].map((p) => p.cpu))]));
process.stdout.write(`${JSON.stringify({ articles: articles.length, words, tokens, passes: PASSES, ms, cpuMs })}\n`);
