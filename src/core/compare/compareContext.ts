/**
 * What every comparison step shares: the sources, their units, the index, the alignment and which
 * sources report the same event as which. Built once by {@link compareSources}.
 */
import type { SourceInput } from '../types';
import type { TermIndex } from './buildTermIndex';
import type { UnitAlignment, UnitPairs } from './alignUnits';
import type { TextUnit } from './splitIntoUnits';

/** The shared state of one comparison. */
export interface CompareContext {
  sources: SourceInput[];
  /** Display names of the sources (file names without folders), by source index. */
  names: string[];
  /** Every unit of the set; a unit's id is its index here. */
  units: TextUnit[];
  /** Source index → its units in text order. */
  unitsBySource: TextUnit[][];
  index: TermIndex;
  /** Pairs aligned at the alignment threshold, with each unit's best counterpart per source. */
  alignment: UnitAlignment;
  /** Every unit's partners: the units it is paired with at the (looser) counterpart threshold. */
  partners: UnitPartners;
  /** Source index → indices of the other sources that report the same event. */
  peers: Array<Set<number>>;
  /**
   * Source index → indices of the other sources of its story, including reports of another event
   * by the same people and place (see detectSameEvent.ts): what they also report is not singular.
   */
  related: Array<Set<number>>;
  /** Source index → whether it reports the same event as some other source. */
  sameEvent: boolean[];
}

/** The IDF of a unit word's stem in the set (0 for a function word or a word not indexed). */
export function idfOf(ctx: CompareContext, stem: string): number {
  const id = ctx.index.termIds.get(stem);
  return id === undefined ? 0 : ctx.index.idf[id];
}

/** Source index by source id, made once per comparison. */
const SOURCE_INDEXES = new WeakMap<CompareContext, Map<string, number>>();

/** The index of every source of a comparison by its id (the first, should two share one). */
export function sourceIndexes(ctx: CompareContext): Map<string, number> {
  const known = SOURCE_INDEXES.get(ctx);
  if (known) return known;
  const indexes = new Map<string, number>();
  ctx.sources.forEach((source, s) => {
    if (!indexes.has(source.id)) indexes.set(source.id, s);
  });
  SOURCE_INDEXES.set(ctx, indexes);
  return indexes;
}

/**
 * The pairs each unit takes part in, as indexes into the list of pairs laid unit after unit in one
 * typed array (unit u's from `starts[u]` to `starts[u + 1]`), rather than a list of pairs per unit
 * for tens of thousands of units.
 */
export class UnitPartners {
  constructor(
    private readonly pairs: UnitPairs,
    private readonly starts: Int32Array,
    private readonly pairIndexes: Int32Array,
  ) {}

  /** The ids of the units `unit` is paired with, in the order of the pairs. */
  of(unit: number): number[] {
    const others: number[] = new Array(this.starts[unit + 1] - this.starts[unit]);
    for (let k = this.starts[unit]; k < this.starts[unit + 1]; k++) others[k - this.starts[unit]] = this.pairs.other(this.pairIndexes[k], unit);
    return others;
  }

  /** True when units `unit` and `other` are paired. */
  has(unit: number, other: number): boolean {
    for (let k = this.starts[unit]; k < this.starts[unit + 1]; k++) if (this.pairs.other(this.pairIndexes[k], unit) === other) return true;
    return false;
  }
}

/** A source identifier shown to a reader: its last path segment ("bbc.txt" for "/news/bbc.txt"). */
export function displayName(id: string): string {
  const parts = id.split(/[\\/]/);
  const last = parts[parts.length - 1] || id;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** Names joined for a sentence: "a.txt", "a.txt and b.txt", "a.txt, b.txt and c.txt". */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
