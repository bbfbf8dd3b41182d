/**
 * A generator of synthetic multi-source news corpora for scale checks of the comparison: many
 * events, each reported by a few sources that share some facts (reworded, reordered, trimmed),
 * each source adding facts of its own. Words come from a Zipf-distributed pseudo-vocabulary plus
 * English function words, so postings have realistic skew. Deterministic for a given seed.
 *
 * It builds the analyses directly (text, blocks, sentences, entities): it measures the comparison,
 * not the single-article analysis.
 */
import type { ArticleAnalysis, Entity, SourceInput, Span } from '../../src/core/types';

/** Shape of a synthetic corpus. */
export interface SyntheticCorpusOptions {
  /** Number of articles. */
  articles: number;
  /** Words per article, roughly (default 800). */
  wordsPerArticle?: number;
  /** Sources per event (default 4). */
  sourcesPerEvent?: number;
  /** Random seed (default 1). */
  seed?: number;
}

/** Mulberry32: a small, good-enough seeded random generator. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ter', 'san', 'vo', 'rel', 'dun', 'pa', 'gri', 'nor', 'tes', 'bal', 'quin', 'ma', 'dor', 'fi', 'lux', 'ren', 'zo'];
const FUNCTION_WORDS = ['the', 'of', 'and', 'to', 'in', 'a', 'on', 'for', 'was', 'that', 'with', 'by', 'said', 'at', 'from', 'has', 'it', 'as'];

/** A pseudo-word for an index (distinct indices give distinct words). */
function pseudoWord(index: number): string {
  let word = '';
  let n = index + 20;
  while (n > 0) {
    word += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return word;
}

/** Generates the corpus: `articles` sources, grouped into events of `sourcesPerEvent`. */
export function syntheticCorpus(options: SyntheticCorpusOptions): SourceInput[] {
  const rnd = random(options.seed ?? 1);
  const wordsPerArticle = options.wordsPerArticle ?? 800;
  const perEvent = options.sourcesPerEvent ?? 4;
  const vocabulary = 50_000;
  // Zipf sampling by inverse CDF over a precomputed cumulative table.
  const cumulative = new Float64Array(vocabulary);
  let sum = 0;
  for (let i = 0; i < vocabulary; i++) cumulative[i] = sum += 1 / (i + 1);
  const zipfWord = (): string => {
    const target = rnd() * sum;
    let lo = 0;
    let hi = vocabulary - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    return pseudoWord(lo);
  };
  const sentence = (length: number): string[] => {
    const words: string[] = [];
    for (let i = 0; i < length; i++) words.push(rnd() < 0.4 ? FUNCTION_WORDS[Math.floor(rnd() * FUNCTION_WORDS.length)] : zipfWord());
    return words;
  };
  const sources: SourceInput[] = [];
  for (let event = 0; sources.length < options.articles; event++) {
    const names = [0, 1, 2].map(() => `${capitalise(zipfWord())} ${capitalise(zipfWord())}`);
    const facts = Array.from({ length: 40 }, () => sentence(14 + Math.floor(rnd() * 14)));
    for (let k = 0; k < perEvent && sources.length < options.articles; k++) {
      const chosen: string[][] = [];
      for (const fact of facts) {
        if (rnd() < 0.5) chosen.push(fact.map((w) => (rnd() < 0.2 ? zipfWord() : w)));
      }
      let words = chosen.reduce((n, s) => n + s.length, 0);
      while (words < wordsPerArticle) {
        const own = sentence(14 + Math.floor(rnd() * 14));
        chosen.splice(Math.floor(rnd() * (chosen.length + 1)), 0, own);
        words += own.length;
      }
      sources.push({ id: `event${event}/source${k}.txt`, analysis: buildAnalysis(chosen, names, rnd) });
    }
  }
  return sources;
}

/** Upper-cases the first letter. */
function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Lays sentences out in paragraphs of three, naming one of the event's people in some. */
function buildAnalysis(sentences: string[][], names: string[], rnd: () => number): ArticleAnalysis {
  let text = '';
  const spans: Span[] = [];
  const blocks: ArticleAnalysis['blocks'] = [];
  const entities: Entity[] = [];
  let blockStart = 0;
  sentences.forEach((words, i) => {
    if (i > 0) text += i % 3 === 0 ? '\n\n' : ' ';
    if (i % 3 === 0) blockStart = text.length;
    const start = text.length;
    if (rnd() < 0.3) {
      const name = names[Math.floor(rnd() * names.length)];
      entities.push({ start, end: start + name.length, text: name, type: 'PERSON', key: name.toLowerCase(), canonical: name });
      text += `${name} `;
    }
    text += `${capitalise(words.join(' '))}.`;
    spans.push({ start, end: text.length });
    if (i % 3 === 2 || i === sentences.length - 1) blocks.push({ start: blockStart, end: text.length, kind: 'paragraph' });
  });
  return { text, title: null, blocks, sentences: spans, quotes: [], entities, claims: [] };
}
