/**
 * Lays the sources of a comparison out as a collation table: one column per source, one row per
 * passage that the sources share (aligned sentences facing each other) or that one source has alone.
 *
 * The story: every sentence of every source is a node; each alignment of the comparison links the
 * sentences its two ends overlap. Links are taken strongest first and join groups of sentences as
 * long as each source's sentences in a group are few and close together (at most one sentence
 * between two of them). The groups become rows (a
 * source without a counterpart gets an empty cell); a sentence joined to nothing gets its own row.
 * Rows are then put in reading order by weaving the sources in one after another: the first
 * source's sentences in their order, then each later source's rows slotted in right after the row
 * holding that source's previous sentence, so every column reads top to bottom as its article does
 * wherever the sources tell the story in the same order. A later source's opening sentences
 * without counterpart stand just above its first passage that faces another source's; a source
 * that faces none of the sources before it (another event, most likely) comes after them all,
 * rather than pushing the shared story down.
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

/** At most this many sentences of one source share a row. */
const MAX_SENTENCES_PER_CELL = 3;

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
  const nodeSource = passages.flatMap((list, i) => list.map(() => i));

  // Every alignment links the sentences its two ends overlap, with the alignment's score.
  const links: Array<{ a: number; b: number; score: number }> = [];
  for (const al of alignments) {
    const ia = indexOf.get(al.a.source);
    const ib = indexOf.get(al.b.source);
    if (ia === undefined || ib === undefined || ia === ib) continue;
    for (const ka of overlapping(passages[ia], al.a)) {
      for (const kb of overlapping(passages[ib], al.b)) links.push({ a: firstNode[ia] + ka, b: firstNode[ib] + kb, score: al.score });
    }
  }
  // Strongest links first; a link joins two groups only if, in every source, the joined group's
  // sentences stay few and close together. Looser joining would chain whole stretches of
  // two articles into one unreadable row through sentences that each match a little.
  const groups = new SentenceGroups(total);
  const members = new Map<number, number[]>(Array.from({ length: total }, (_, n) => [n, [n]]));
  const staysReadable = (nodes: number[]): boolean => {
    const bySource = new Map<number, number[]>();
    for (const n of nodes) bySource.set(nodeSource[n], [...(bySource.get(nodeSource[n]) ?? []), n]);
    // n sentences of one source may spread over at most 2n - 1 places: one sentence between neighbours.
    return [...bySource.values()].every((list) => list.length <= MAX_SENTENCES_PER_CELL && Math.max(...list) - Math.min(...list) <= 2 * (list.length - 1));
  };
  for (const l of [...links].sort((x, y) => y.score - x.score)) {
    const [ra, rb] = [groups.root(l.a), groups.root(l.b)];
    if (ra === rb) continue;
    const joined = [...(members.get(ra) ?? []), ...(members.get(rb) ?? [])];
    if (!staysReadable(joined)) continue;
    groups.join(ra, rb);
    members.delete(ra);
    members.delete(rb);
    members.set(groups.root(ra), joined);
  }

  const rowOfRoot = new Map<number, CollationRow>();
  const ordered: CollationRow[] = [];
  sources.forEach((_, i) => {
    const firstFacing = passages[i].map((_p, k) => rowOfRoot.get(groups.root(firstNode[i] + k))).find((r) => r !== undefined);
    let previous: CollationRow | undefined;
    passages[i].forEach((passage, k) => {
      const root = groups.root(firstNode[i] + k);
      let row = rowOfRoot.get(root);
      if (!row) {
        row = { cells: sources.map(() => []), shared: false };
        rowOfRoot.set(root, row);
        ordered.splice(previous ? ordered.indexOf(previous) + 1 : firstFacing ? ordered.indexOf(firstFacing) : ordered.length, 0, row);
      }
      row.cells[i].push(passage);
      // Only move down: a sentence joining a row above keeps later sentences below what came before.
      if (!previous || ordered.indexOf(row) > ordered.indexOf(previous)) previous = row;
    });
  });
  for (const row of ordered) row.shared = row.cells.filter((c) => c.length > 0).length >= 2;
  return ordered;
}
