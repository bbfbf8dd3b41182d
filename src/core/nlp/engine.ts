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
 * One paragraph as wink read it, kept compactly: token values, starts (relative to the paragraph)
 * and tags in parallel arrays, sentences and entities as [first, last] token pairs. Token
 * objects are made once per analysis, at their place in the article, never per reading and again
 * per copy.
 */
interface ParagraphReading {
  values: string[];
  starts: number[];
  pos: PartOfSpeech[];
  /** First and last token index of each sentence. */
  sentences: Array<[number, number]>;
  entityTypes: string[];
  /** First and last token index of each entity. */
  entitySpans: Array<[number, number]>;
}

/**
 * Paragraphs read before, by their text: an edit re-reads only the paragraphs it touched. Bounded
 * (least recently used first out) so that a long session or a large corpus cannot grow it.
 */
const paragraphCache = new Map<string, ParagraphReading>();
const PARAGRAPH_CACHE_LIMIT = 2048;
let winkReads = 0;

/** How many paragraphs wink has read so far (cache hits not counted): shows what an edit costs. */
export function paragraphsRead(): number {
  return winkReads;
}

/**
 * Forgets every paragraph read so far, so that the next analysis reads its whole text afresh (what a
 * benchmark needs to time a first reading, not a cache lookup).
 */
export function forgetReadings(): void {
  paragraphCache.clear();
}

/** Paragraphs longer than this are read without caching (a huge line is rarely read twice). */
const CACHEABLE_PARAGRAPH = 20_000;

/** Reads one paragraph, from the cache when its text was read before. */
function readParagraph(text: string): ParagraphReading {
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
 * Reads a text with wink-nlp and returns its tokens with character offsets, POS tags, sentences
 * and value entities. The text is read line by line (a part ends after a run of line breaks): wink
 * carries no sentence across a line break in news text, and reading each line on its own keeps an
 * entity from running over one ("March" at a line's end and "12" at the next one's start). A line
 * whose text did not change since an earlier reading is taken from a cache, so re-analysing an
 * edited article costs only the edited lines' reading.
 */
export function tokenize(text: string): TokenizedText {
  const out: TokenizedText = { tokens: [], sentences: [], entities: [] };
  const { tokens, sentences, entities } = out;
  let start = 0;
  const append = (end: number): void => {
    if (end <= start) return;
    const part = readParagraph(text.slice(start, end));
    const base = tokens.length;
    const { values, starts, pos } = part;
    for (let i = 0; i < values.length; i++) {
      const at = start + starts[i];
      tokens.push({ start: at, end: at + values[i].length, value: values[i], pos: pos[i] });
    }
    for (const [first, last] of part.sentences) sentences.push([first + base, last + base]);
    for (let k = 0; k < part.entityTypes.length; k++) entities.push({ type: part.entityTypes[k], first: part.entitySpans[k][0] + base, last: part.entitySpans[k][1] + base });
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
 * True for the characters wink's tokenizer counts as the spaces before a token (its splitter's
 * plain and no-break spaces); line breaks and tabs are tokens of their own.
 */
function isWinkSpace(code: number): boolean {
  return code === 0x20 || code === 0xa0 || (code >= 0x2002 && code <= 0x2005) || code === 0x2009 || code === 0x200a || code === 0x202f || code === 0x205f;
}

/**
 * Reads a text with wink-nlp as one document: token values, offsets, POS tags, sentences and value
 * entities, each taken from wink in one pass over its collection. wink keeps every token verbatim
 * and only counts the spaces between them, so a token starts after the spaces that follow the
 * previous one: walking the text over them gives the offsets without asking wink for the spaces.
 */
function readWithWink(text: string): ParagraphReading {
  const { nlp, its } = loadWink();
  const doc = nlp.readDoc(text);
  const all = doc.tokens();
  const values: string[] = all.out(its.value);
  const pos: PartOfSpeech[] = all.out(its.pos);
  const starts: number[] = new Array(values.length);
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    while (offset < text.length && isWinkSpace(text.charCodeAt(offset))) offset++;
    // A character wink drops (a zero-width no-break space) is skipped by searching for the token.
    if (!text.startsWith(values[i], offset)) {
      const found = text.indexOf(values[i], offset);
      if (found >= 0) offset = found;
    }
    starts[i] = offset;
    offset += values[i].length;
  }
  const found = doc.entities();
  return {
    values,
    starts,
    pos,
    sentences: doc.sentences().out(its.span),
    entityTypes: found.out(its.type),
    entitySpans: found.out(its.span),
  };
}
