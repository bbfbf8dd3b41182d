/**
 * Lays the sources of a comparison out as a collation table: one column per source, one row per
 * passage that the sources share (aligned sentences facing each other) or that one source has alone.
 *
 * The story: every sentence of every source is a node; each alignment of the comparison links the
 * sentences its two ends overlap. The connected groups of sentences become rows (a source without
 * a counterpart gets an empty cell), and a sentence no alignment touches gets a row of its own.
 * Rows are then put in reading order by weaving the sources in one after another: the first
 * source's sentences in their order, then each later source's rows slotted in right after the row
 * holding that source's previous sentence, so every column reads top to bottom as its article does
 * wherever the sources tell the story in the same order.
 *
 * Editor-free: it runs in plain Node tests as well as in the extension.
 */
import type { Alignment, ArticleAnalysis, Finding, Span } from '../../core/types';

/** One source as the collation shows it: its comparison id, analysis and findings. */
export interface CollationSource {
  /** The id the comparison knows the source by (its name in the set of sources). */
  id: string;
  analysis: ArticleAnalysis;
  findings: Finding[];
  /** False when the comparison thinks the source reports another event. */
  sameEvent: boolean;
}

/** One sentence of one source placed in the table. */
export interface CollationPassage extends Span {
  /** Index into the source's `analysis.sentences`. */
  sentence: number;
}

/** One row of the table: for every source (in source order) the passages it has there. */
export interface CollationRow {
  cells: CollationPassage[][];
  /** True when at least two sources have a passage in this row. */
  shared: boolean;
}

/** Disjoint sets over the sentence nodes, with path halving. */
class SentenceGroups {
  private readonly parent: number[];

  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }

  root(node: number): number {
    let n = node;
    while (this.parent[n] !== n) {
      this.parent[n] = this.parent[this.parent[n]];
      n = this.parent[n];
    }
    return n;
  }

  join(a: number, b: number): void {
    const ra = this.root(a);
    const rb = this.root(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** The sentences of an article worth a row: those with some visible text. */
function readableSentences(analysis: ArticleAnalysis): CollationPassage[] {
  return analysis.sentences
    .map((s, sentence) => ({ start: s.start, end: s.end, sentence }))
    .filter((s) => analysis.text.slice(s.start, s.end).trim().length > 0);
}

/** Indices (into `passages`) of the passages a span overlaps; passages are sorted and disjoint. */
function overlapping(passages: CollationPassage[], span: Span): number[] {
  const out: number[] = [];
  for (let i = 0; i < passages.length; i++) {
    const p = passages[i];
    if (p.start >= span.end) break;
    if (p.end > span.start && p.start < span.end) out.push(i);
  }
  return out;
}

/**
 * Builds the rows of the collation table from the sources and the comparison's alignments.
 * Alignments naming a source that is not in `sources` are ignored.
 */
export function buildCollationRows(sources: CollationSource[], alignments: Alignment[]): CollationRow[] {
  const passages = sources.map((s) => readableSentences(s.analysis));
  const firstNode: number[] = [];
  let total = 0;
  for (const list of passages) {
    firstNode.push(total);
    total += list.length;
  }
  const indexOf = new Map(sources.map((s, i) => [s.id, i]));
  const groups = new SentenceGroups(total);
  for (const al of alignments) {
    const ia = indexOf.get(al.a.source);
    const ib = indexOf.get(al.b.source);
    if (ia === undefined || ib === undefined || ia === ib) continue;
    const nodes = [
      ...overlapping(passages[ia], al.a).map((k) => firstNode[ia] + k),
      ...overlapping(passages[ib], al.b).map((k) => firstNode[ib] + k),
    ];
    for (const n of nodes.slice(1)) groups.join(nodes[0], n);
  }

  const rowOfRoot = new Map<number, CollationRow>();
  const ordered: CollationRow[] = [];
  sources.forEach((_, i) => {
    let previous: CollationRow | undefined;
    passages[i].forEach((passage, k) => {
      const root = groups.root(firstNode[i] + k);
      let row = rowOfRoot.get(root);
      if (!row) {
        row = { cells: sources.map(() => []), shared: false };
        rowOfRoot.set(root, row);
        ordered.splice(previous ? ordered.indexOf(previous) + 1 : 0, 0, row);
      }
      row.cells[i].push(passage);
      // Only move down: a sentence joining a row above keeps later sentences below what came before.
      if (!previous || ordered.indexOf(row) > ordered.indexOf(previous)) previous = row;
    });
  });
  for (const row of ordered) row.shared = row.cells.filter((c) => c.length > 0).length >= 2;
  return ordered;
}
