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

/**
 * Paragraphs not read before are given to wink together, up to this many characters per document:
 * a wink document costs a fixed set-up besides its tokens, which one document per line of an
 * article (forty of them) paid forty times. Bounded, so that a multi-megabyte text is never one
 * document (wink holds about 85 MB per megabyte read).
 */
const BATCH_CHARS = 32_768;

/** Remembers a paragraph's reading (most recently used last; the oldest goes beyond the limit). */
function remember(text: string, reading: ParagraphReading): void {
  if (text.length > CACHEABLE_PARAGRAPH) return;
  paragraphCache.set(text, reading);
  if (paragraphCache.size > PARAGRAPH_CACHE_LIMIT) paragraphCache.delete(paragraphCache.keys().next().value as string);
}

/** A paragraph's reading from the cache (and marked as recently used), or undefined. */
function recall(text: string): ParagraphReading | undefined {
  const cached = paragraphCache.get(text);
  if (cached) {
    paragraphCache.delete(text);
    paragraphCache.set(text, cached);
  }
  return cached;
}

/**
 * Cuts the reading of consecutive paragraphs read as one document into each paragraph's reading.
 * Read together, wink differs from paragraphs read alone in two ways only (checked on every
 * fixture article and on generated ones, token by token): a sentence may run on over a line
 * break (a line-break token opening the next sentence, a headline glued to the lead), and a value
 * may (`March` at a line's end, `12` at the next one's start). Sentences are cut at every
 * paragraph end, as reading alone cuts them. A value or a token running over a paragraph's end
 * cannot be cut so: the index of that paragraph is returned instead, for the caller to read the
 * two sides apart. Part-of-speech tags never differ: wink's rules do not reach across a line break.
 */
function splitReading(whole: ParagraphReading, paragraphs: string[]): ParagraphReading[] | number {
  const firstToken = new Int32Array(paragraphs.length + 1);
  const paragraphOf = new Int32Array(whole.values.length);
  const pieces = new Array<ParagraphReading>(paragraphs.length);
  // One walk over the tokens: each paragraph's tokens, their starts made relative to it.
  let token = 0;
  let from = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const to = from + paragraphs[p].length;
    const first = token;
    for (; token < whole.values.length && whole.starts[token] < to; token++) {
      if (whole.starts[token] + whole.values[token].length > to) return p;
      paragraphOf[token] = p;
    }
    const starts = whole.starts.slice(first, token);
    for (let t = 0; t < starts.length; t++) starts[t] -= from;
    firstToken[p] = first;
    pieces[p] = { values: whole.values.slice(first, token), starts, pos: whole.pos.slice(first, token), sentences: [], entityTypes: [], entitySpans: [] };
    from = to;
  }
  firstToken[paragraphs.length] = token;
  for (const [first, last] of whole.sentences) {
    for (let p = paragraphOf[first]; p <= paragraphOf[last]; p++) {
      const start = Math.max(first, firstToken[p]);
      const end = Math.min(last, firstToken[p + 1] - 1);
      if (start <= end) pieces[p].sentences.push([start - firstToken[p], end - firstToken[p]]);
    }
  }
  for (let k = 0; k < whole.entitySpans.length; k++) {
    const [first, last] = whole.entitySpans[k];
    const p = paragraphOf[first];
    if (paragraphOf[last] !== p) return p;
    pieces[p].entityTypes.push(whole.entityTypes[k]);
    pieces[p].entitySpans.push([first - firstToken[p], last - firstToken[p]]);
  }
  return pieces;
}

/**
 * Reads consecutive paragraphs as one wink document and cuts the reading into theirs; where a
 * value or token ran over a paragraph's end, the paragraphs on either side are read apart.
 */
function readParagraphs(paragraphs: string[]): ParagraphReading[] {
  if (paragraphs.length === 1) return [readWithWink(paragraphs[0])];
  const split = splitReading(readWithWink(paragraphs.join('')), paragraphs);
  if (typeof split !== 'number') return split;
  return [...readParagraphs(paragraphs.slice(0, split + 1)), ...readParagraphs(paragraphs.slice(split + 1))];
}

/**
 * Reads a text with wink-nlp and returns its tokens with character offsets, POS tags, sentences
 * and value entities, as if each line were read on its own (a part ends after a run of line
 * breaks): wink carries no sentence across a line break in news text, and a line on its own keeps
 * an entity from running over one ("March" at a line's end and "12" at the next one's start). A
 * line whose text did not change since an earlier reading is taken from a cache, so re-analysing an
 * edited article costs only the edited lines' reading; the lines not in the cache are given to
 * wink in runs (see {@link readParagraphs}).
 */
export function tokenize(text: string): TokenizedText {
  const out: TokenizedText = { tokens: [], sentences: [], entities: [] };
  const { tokens, sentences, entities } = out;
  const bounds: number[] = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    const next = text.charCodeAt(i + 1);
    if (next !== 10 && next !== 13 && i + 1 < text.length) bounds.push(i + 1);
  }
  if (text.length > 0) bounds.push(text.length);
  const paragraphs: string[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) paragraphs.push(text.slice(bounds[k], bounds[k + 1]));
  const append = (part: ParagraphReading, start: number): void => {
    const base = tokens.length;
    const { values, starts, pos } = part;
    for (let i = 0; i < values.length; i++) {
      const at = start + starts[i];
      tokens.push({ start: at, end: at + values[i].length, value: values[i], pos: pos[i] });
    }
    for (const [first, last] of part.sentences) sentences.push([first + base, last + base]);
    for (let k = 0; k < part.entityTypes.length; k++) entities.push({ type: part.entityTypes[k], first: part.entitySpans[k][0] + base, last: part.entitySpans[k][1] + base });
  };
  for (let k = 0; k < paragraphs.length; ) {
    const cached = recall(paragraphs[k]);
    if (cached) {
      append(cached, bounds[k]);
      k++;
      continue;
    }
    // A run of paragraphs not read before, up to BATCH_CHARS (a longer paragraph alone).
    let end = k + 1;
    let chars = paragraphs[k].length;
    while (end < paragraphs.length && chars + paragraphs[end].length <= BATCH_CHARS && !paragraphCache.has(paragraphs[end])) chars += paragraphs[end++].length;
    const run = paragraphs.slice(k, end);
    winkReads += run.length;
    readParagraphs(run).forEach((reading, i) => {
      remember(run[i], reading);
      append(reading, bounds[k + i]);
    });
    k = end;
  }
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
