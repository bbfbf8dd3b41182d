/**
 * The quotes of a comparison ready to compare across sources: each utterance (direct, partial or
 * headline quote; scare quotes and titles are no utterances) with its words read as senses,
 * figures and base forms, the type and name words of its speaker and the occasion its paragraph
 * tells. Read once per comparison: the quote groups and the question of which quotes another
 * source reports both set them against each other.
 */
import type { SourceInput } from '../types';
import type { CompareContext } from './compareContext';
import { withBaseForms } from './irregularVerbs';
import { withFigures } from './quoteNumbers';
import { occasionMarks } from './quoteOccasion';
import { readWords, type Word } from './readWords';
import { withParaphrases } from './speechParaphrases';

/** A quote of one source, ready to compare. */
export interface QuoteItem {
  source: number;
  quote: SourceInput['analysis']['quotes'][number];
  words: Word[];
  speakerType: string | null;
  /** Spelling keys of the speaker's name words; empty when no speaker is credited. */
  nameKeys: ReadonlySet<string>;
  /** What the reporter's words of the quote's paragraph tell of its occasion (see quoteOccasion.ts). */
  occasion: ReadonlySet<string>;
}

/**
 * Spelling keys of a speaker's name words ("Sergei Lavrov" and "Sergey Lavrov" give the same),
 * read once per distinct speaker of a comparison: `read` holds the names already read.
 */
function nameKeys(speaker: string, read: Map<string, ReadonlySet<string>>): ReadonlySet<string> {
  let keys = read.get(speaker);
  if (!keys) {
    keys = new Set(readWords(speaker).filter((w) => w.content && w.folded.length > 1).map((w) => w.spelling));
    read.set(speaker, keys);
  }
  return keys;
}

/** The quotes of every source that can be utterances. */
function collectQuotes(ctx: CompareContext): QuoteItem[] {
  const items: QuoteItem[] = [];
  const names = new Map<string, ReadonlySet<string>>();
  const noName: ReadonlySet<string> = new Set();
  ctx.sources.forEach((source, s) => {
    const occasions = occasionMarks(source.analysis.text, source.analysis.quotes);
    source.analysis.quotes.forEach((quote, q) => {
      if (quote.kind === 'scare' || quote.kind === 'title') return;
      const words = withBaseForms(withParaphrases(withFigures(readWords(source.analysis.text, quote), source.analysis.text)));
      if (!words.some((w) => w.content)) return;
      // A speaker left unlinked to its entity is typed by an entity of the same text.
      const entity = quote.speakerKey
        ? source.analysis.entities.find((e) => e.key === quote.speakerKey)
        : quote.speaker
          ? source.analysis.entities.find((e) => e.text === quote.speaker)
          : undefined;
      const keys = quote.speaker ? nameKeys(quote.speaker, names) : noName;
      items.push({ source: s, quote, words, speakerType: entity ? entity.type : null, nameKeys: keys, occasion: occasions[q] });
    });
  });
  return items;
}

/** Each comparison's quote items, read on first request. */
const ITEMS = new WeakMap<CompareContext, QuoteItem[]>();

/** The quotes of every source of a comparison that can be utterances, read once per comparison. */
export function quoteItemsOf(ctx: CompareContext): QuoteItem[] {
  let items = ITEMS.get(ctx);
  if (!items) {
    items = collectQuotes(ctx);
    ITEMS.set(ctx, items);
  }
  return items;
}

/** Each comparison's weighing of stems for quotes. */
const IDF = new WeakMap<CompareContext, (stem: string) => number>();

/**
 * The IDF weight of a stem in a comparison, as quotes are weighed (a stem the index lacks is as
 * rare as a stem of one unit); one function per comparison, so that each quote's words are
 * weighed once (see quoteSimilarity.ts).
 */
export function quoteIdf(ctx: CompareContext): (stem: string) => number {
  let idf = IDF.get(ctx);
  if (!idf) {
    idf = (stem: string): number => {
      const id = ctx.index.termIds.get(stem);
      return id === undefined ? Math.log(1 + ctx.units.length) : ctx.index.idf[id];
    };
    IDF.set(ctx, idf);
  }
  return idf;
}

/**
 * Whether a quote names who said it. A quote credited to a body the text describes but never
 * names ("a spokeswoman for the emergency inspectorate", attribution 'described-organisation') does
 * not: another outlet may credit the same words to the official who spoke, or to nobody,
 * so for the question of one utterance it counts as unknown, like a quote with no speaker.
 */
export function namesSpeaker(item: QuoteItem): boolean {
  const { speaker, attribution } = item.quote;
  return speaker !== null && attribution?.method !== 'described-organisation';
}

/** True when two quotes are credited to one entity or to names sharing a word (spelling folded). */
export function sameName(a: QuoteItem, b: QuoteItem): boolean {
  if (a.quote.speakerKey && a.quote.speakerKey === b.quote.speakerKey) return true;
  if (!a.quote.speaker || !b.quote.speaker) return false;
  for (const key of a.nameKeys) if (b.nameKeys.has(key)) return true;
  return false;
}
