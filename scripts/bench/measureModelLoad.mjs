// Child process of the benchmark: a cold start of the NLP engine in a fresh process, timed in
// its three steps (require wink-nlp, require the model, build the wink instance). One JSON line.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const t0 = performance.now();
const winkNLP = require('wink-nlp');
const t1 = performance.now();
const model = require('wink-eng-lite-web-model');
const t2 = performance.now();
winkNLP(model, ['sbd', 'pos', 'ner']);
const t3 = performance.now();
process.stdout.write(`${JSON.stringify({ requireMs: t1 - t0, modelMs: t2 - t1, instanceMs: t3 - t2, totalMs: t3 - t0 })}\n`);
