/**
 * The one owner of the wink-nlp engine. Everything else in the core sees tokens with character
 * offsets, parts of speech and wink's value entities through {@link tokenize}; nothing else imports
 * wink. The model is loaded lazily, on the first analysis, and only one wink instance is ever made
 * (a second instance silently loses custom entities).
 */
import type { PartOfSpeech } from 'wink-nlp';

/** A token with its UTF-16 offsets into the text that was read. */
export interface Token {
  start: number;
  end: number;
  value: string;
  pos: PartOfSpeech;
  lemma: string;
}

/** A value entity as wink recognises it (DATE, CARDINAL, MONEY, PERCENT, …), in token indices. */
export interface WinkEntity {
  type: string;
  /** First token index. */
  first: number;
  /** Last token index (inclusive). */
  last: number;
}

/** What one reading of a text gives. */
export interface TokenizedText {
  tokens: Token[];
  /** wink's sentences as [first, last] token indices (inclusive). */
  sentences: Array<[number, number]>;
  entities: WinkEntity[];
}

interface WinkRuntime {
  // Typed loosely on purpose: wink's typings are narrower than its runtime (e.g. `its.lemma`).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  nlp: any;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  its: any;
}

let runtime: WinkRuntime | undefined;
let loadMillis = 0;

/** Loads wink-nlp and its English model once; later calls return the same instance. */
function loadWink(): WinkRuntime {
  if (!runtime) {
    const started = Date.now();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const winkNLP = require('wink-nlp');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const model = require('wink-eng-lite-web-model');
    const nlp = winkNLP(model, ['sbd', 'pos', 'ner']);
    runtime = { nlp, its: nlp.its };
    loadMillis = Date.now() - started;
  }
  return runtime;
}

/** True once the model has been loaded (used to show that activation does not load it). */
export function isModelLoaded(): boolean {
  return runtime !== undefined;
}

/** Milliseconds the model took to load, or 0 before it was loaded. */
export function modelLoadMillis(): number {
  return loadMillis;
}

/**
 * Paragraphs read before, by their text: an edit re-reads only the paragraphs it touched. Bounded
 * (least recently used first out) so that a long session or a large corpus cannot grow it.
 */
const paragraphCache = new Map<string, TokenizedText>();
const PARAGRAPH_CACHE_LIMIT = 2048;
let winkReads = 0;

/** How many paragraphs wink has read so far (cache hits not counted): shows what an edit costs. */
export function paragraphsRead(): number {
  return winkReads;
}
/** Paragraphs longer than this are read without caching (a huge line is rarely read twice). */
const CACHEABLE_PARAGRAPH = 20_000;

/** Reads one paragraph, from the cache when its text was read before. */
function readParagraph(text: string): TokenizedText {
  const cached = paragraphCache.get(text);
  if (cached) {
    paragraphCache.delete(text);
    paragraphCache.set(text, cached);
    return cached;
  }
  const read = readWithWink(text);
  winkReads++;
  if (text.length <= CACHEABLE_PARAGRAPH) {
    paragraphCache.set(text, read);
    if (paragraphCache.size > PARAGRAPH_CACHE_LIMIT) paragraphCache.delete(paragraphCache.keys().next().value as string);
  }
  return read;
}

/**
 * Reads a text with wink-nlp and returns its tokens with character offsets, POS tags, lemmas,
 * sentences and value entities. The text is read paragraph by paragraph (a paragraph ends after a
 * run of line breaks): wink never carries a sentence or an entity across a line break in news
 * text, and a paragraph whose text did not change since an earlier reading is taken from a cache,
 * so re-analysing an edited article costs only the edited paragraphs' reading.
 */
export function tokenize(text: string): TokenizedText {
  const out: TokenizedText = { tokens: [], sentences: [], entities: [] };
  let start = 0;
  const append = (end: number) => {
    if (end <= start) return;
    const part = readParagraph(text.slice(start, end));
    const base = out.tokens.length;
    for (const t of part.tokens) out.tokens.push({ ...t, start: t.start + start, end: t.end + start });
    for (const [a, b] of part.sentences) out.sentences.push([a + base, b + base]);
    for (const e of part.entities) out.entities.push({ type: e.type, first: e.first + base, last: e.last + base });
    start = end;
  };
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    const next = text.charCodeAt(i + 1);
    if (next !== 10 && next !== 13) append(i + 1);
  }
  append(text.length);
  return out;
}

/**
 * Reads a text with wink-nlp as one document: tokens with character offsets (rebuilt from each
 * token's preceding spaces and value, which reproduce the input exactly), POS tags, lemmas,
 * sentences and value entities.
 */
function readWithWink(text: string): TokenizedText {
  const { nlp, its } = loadWink();
  const doc = nlp.readDoc(text);
  const values: string[] = doc.tokens().out(its.value);
  const spaces: string[] = doc.tokens().out(its.precedingSpaces);
  const pos: PartOfSpeech[] = doc.tokens().out(its.pos);
  const lemmas: string[] = doc.tokens().out(its.lemma);
  const tokens: Token[] = new Array(values.length);
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i].length;
    // wink keeps the text verbatim; if a token ever fails to line up, search forward for it.
    if (text.startsWith(values[i], offset) === false) {
      const found = text.indexOf(values[i], offset);
      if (found >= 0) offset = found;
    }
    tokens[i] = { start: offset, end: offset + values[i].length, value: values[i], pos: pos[i], lemma: lemmas[i] ?? values[i] };
    offset += values[i].length;
  }
  const sentences: Array<[number, number]> = doc.sentences().out(its.span);
  const entities: WinkEntity[] = [];
  doc.entities().each((e: { out(f: unknown): unknown }) => {
    const [first, last] = e.out(its.span) as [number, number];
    entities.push({ type: e.out(its.type) as string, first, last });
  });
  return { tokens, sentences, entities };
}
