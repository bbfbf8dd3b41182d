// Child process of the benchmark: single-article analysis throughput on generated articles,
// side by side: our full analysis, wink-nlp's bare readDoc, and compromise 14 finding quotes,
// people, places and organisations. Prints one JSON line.
//   node measureSingleArticle.mjs BUNDLE COUNT
import { createRequire } from 'node:module';
import { generateArticles } from './generateArticles.mjs';

const require = createRequire(import.meta.url);
const [bundle, countArg] = process.argv.slice(2);
const articles = generateArticles({ count: Number(countArg), seed: 7 }).map((a) => a.text);

const { analyzeArticle } = require(bundle);
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const wink = winkNLP(model, ['sbd', 'pos', 'ner']);
const compromise = require('compromise');

const tokens = articles.reduce((n, text) => n + wink.readDoc(text).tokens().length(), 0);
const words = articles.reduce((n, text) => n + (text.match(/\S+/g) ?? []).length, 0);

const contenders = {
  ours: (text) => analyzeArticle(text),
  wink: (text) => wink.readDoc(text),
  compromise: (text) => {
    const doc = compromise(text);
    return [doc.quotations().out('array'), doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array')];
  },
};

/** Best of two timed passes over every article, after a warm-up over ten. */
function timeAll(run) {
  for (const text of articles.slice(0, 10)) run(text);
  let best = Infinity;
  for (let pass = 0; pass < 2; pass++) {
    const started = performance.now();
    for (const text of articles) run(text);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

const ms = Object.fromEntries(Object.entries(contenders).map(([name, run]) => [name, timeAll(run)]));
process.stdout.write(`${JSON.stringify({ articles: articles.length, words, tokens, ms })}\n`);
