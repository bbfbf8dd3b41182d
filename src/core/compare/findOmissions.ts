/**
 * Omissions: facts most of a source's peers report and it lacks. Facts are clusters of aligned
 * units: units joined by their best alignments between peer sources (union-find), so one cluster
 * holds each source's wording of one fact. A cluster with no unit of the source is omitted by it when enough of its
 * peers report it — a majority of the peers, and at least two when it has two or more; with a
 * single peer, everything that peer reports and this source does not align with. The example shown
 * is the longest wording among the reporting peers.
 */
import type { Omission } from '../types';
import { type CompareContext, joinNames } from './compareContext';
import { excerpt } from './findVariants';
import { sourceRef } from './makeFinding';
import type { TextUnit } from './splitIntoUnits';

/** Units with fewer content words say too little to count as an omitted fact. */
const MIN_FACT_CONTENT = 4;
/** Blocks that never stand for a fact: credits, and headlines that only restate the body. */
const SKIPPED_BLOCKS = new Set(['byline', 'credit', 'dateline', 'headline', 'crosshead']);

/** Cluster id (a representative unit id) of every unit; only alignments between peers join units. */
function clusterUnits(ctx: CompareContext): Int32Array {
  const parent = Int32Array.from(ctx.units.map((u) => u.id));
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  for (const unit of ctx.units) {
    for (const [source, p] of ctx.alignment.best.of(unit.id)) {
      if (!ctx.peers[unit.source].has(source)) continue;
      const a = find(ctx.alignment.pairs.a(p));
      const b = find(ctx.alignment.pairs.b(p));
      if (a !== b) parent[a] = b;
    }
  }
  return parent.map((_, i) => find(i));
}

/** One fact: the sources whose units it holds, and its units that can stand as an example. */
interface Fact {
  sources: Set<number>;
  examples: TextUnit[];
}

/** Every source's omissions, by source index. */
export function findOmissions(ctx: CompareContext): Omission[][] {
  const cluster = clusterUnits(ctx);
  const sizes = new Int32Array(ctx.units.length);
  for (const unit of ctx.units) sizes[cluster[unit.id]]++;
  const exemplary = (unit: TextUnit): boolean =>
    !(unit.block !== null && SKIPPED_BLOCKS.has(unit.block)) && unit.words.filter((w) => w.content).length >= MIN_FACT_CONTENT;
  // Most units of a large set align with nothing: their one-unit facts are made when asked for,
  // not kept for every unit.
  const facts = new Map<number, Fact>();
  const factOf = (unit: TextUnit): Fact =>
    facts.get(cluster[unit.id]) ?? { sources: new Set([unit.source]), examples: exemplary(unit) ? [unit] : [] };
  for (const unit of ctx.units) {
    if (sizes[cluster[unit.id]] < 2) continue;
    let fact = facts.get(cluster[unit.id]);
    if (!fact) {
      fact = { sources: new Set(), examples: [] };
      facts.set(cluster[unit.id], fact);
    }
    fact.sources.add(unit.source);
    if (exemplary(unit)) fact.examples.push(unit);
  }
  return ctx.sources.map((_, s) => {
    const peers = ctx.peers[s];
    if (!ctx.sameEvent[s] || peers.size === 0) return [];
    const needed = peers.size === 1 ? 1 : Math.max(2, Math.floor(peers.size / 2) + 1);
    const omissions: Omission[] = [];
    const seen = new Set<number>();
    for (const p of [...peers].sort((x, y) => x - y)) {
      for (const unit of ctx.unitsBySource[p]) {
        const id = cluster[unit.id];
        if (seen.has(id)) continue;
        const fact = factOf(unit);
        if (fact.sources.has(s)) continue;
        seen.add(id);
        const examples = fact.examples.filter((u) => peers.has(u.source));
        const reporters = [...new Set(examples.map((u) => u.source))].sort((x, y) => x - y);
        if (reporters.length < needed) continue;
        const example = examples.reduce((best, u) => (u.end - u.start > best.end - best.start ? u : best));
        const source = ctx.sources[example.source];
        const ref = sourceRef(source.id, source.analysis.text, example);
        const names = reporters.map((r) => ctx.names[r]);
        omissions.push({
          example: ref,
          reportedBy: reporters.map((r) => ctx.sources[r].id),
          message: `Not reported here, but ${joinNames(names)} report${names.length === 1 ? 's' : ''}: “${excerpt(ref.text, 120)}”`,
        });
      }
    }
    return omissions;
  });
}
