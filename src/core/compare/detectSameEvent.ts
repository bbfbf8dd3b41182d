/**
 * Decides which sources report the same event. Two sources are linked when a fair part of the
 * shorter one is closely aligned with the other:
 *
 *   overlap(S, O) = (units of S closely aligned in O + units of O closely aligned in S) / (2 · units of the shorter)
 *
 * where "closely" means a BM25 cosine of at least `CLOSE_ALIGNMENT` (a unit counting half when it
 * shares no name or number with its counterpart), and linked needs an overlap of at least
 * `PEER_OVERLAP`. The peers of a source are all the sources it is connected to through
 * such links (the connected component), so that a short report sharing little with one long
 * feature still counts the others of its story as peers.
 *
 * Why these numbers: reports of one event share their core facts (who, what, where, the main
 * quotes) nearly word for word in places, while reports of different events by the same actors
 * (the same minister at two press conferences, the same agency on two days) share names and
 * background but rarely a close sentence. On the five fixture sets (seeds, an earthquake, a trial,
 * a football match, quarterly results) every report is linked to another of its story with an
 * overlap of 0.15 to 0.63, while the seeds' Pyongyang report reaches 0.08 with the Tehran reports,
 * though 0.13-0.21 of its units align with them at the looser alignment threshold. Shared names
 * alone never make peers: the same actors appear in different events. Close sentences without a shared
 * name or number count for less: chaining stories through a house style's stock phrases would
 * make one giant "event" of a large set.
 *
 * Dates weigh in too (see headerDate.ts): two sources dated a week or more apart need twice the
 * overlap to report one event, and no event spans more than a month.
 *
 * A source with no peer is `sameEvent: false` and is left out of unique, variant and numeric
 * findings: flagging a whole unrelated article as "only here" would tell the reader nothing.
 */
import type { UnitPairs } from './alignUnits';
import { sharesAnchor, type TermIndex } from './buildTermIndex';
import type { TextUnit } from './splitIntoUnits';

/** Cosine from which an alignment counts as close. */
export const CLOSE_ALIGNMENT = 0.25;
/** Overlap of close alignments from which two sources are linked. */
export const PEER_OVERLAP = 0.12;

/**
 * Weight of a close alignment without a name or number in common: a house style's stock phrases
 * ("The patients numbered …, a figure confirmed by …") recur in every story an outlet writes, and
 * must not alone chain stories into one; reworded facts without names still count, for half.
 */
const UNANCHORED_WEIGHT = 0.5;

/**
 * Days between the header dates (see headerDate.ts) of sources one event may join: a story is
 * followed for days or weeks; the same paper, town and people months apart is another event (a
 * funding announcement in May, a fire in August).
 */
export const MAX_EVENT_DAYS = 30;

/**
 * Days between two sources' header dates from which their link needs {@link FAR_LINK_OVERLAP}: the
 * reports of one event are mostly written within days of it, and what the same minister, club or
 * company does a week or more apart is mostly another event of theirs (a terminal opened, then an
 * export ban announced two weeks later), whose reports share the actors, places and background of
 * the first. A follow-up a week or more after the event still retells its core facts closely.
 */
export const FAR_LINK_DAYS = 7;
/** Overlap two sources dated {@link FAR_LINK_DAYS} or more apart need to report one event. */
export const FAR_LINK_OVERLAP = 2 * PEER_OVERLAP;

/** Each source's peers, by event and by story (see {@link findPeers}). */
export interface Peers {
  /** Source index → the other sources reporting its event: no two dated months apart. */
  sameEvent: Array<Set<number>>;
  /**
   * Source index → the other sources of its story, whatever their dates: the same town, people
   * and paper in another event still share background facts, which are then not singular.
   */
  related: Array<Set<number>>;
}

/**
 * The peers of each source: the sources it is connected to through links (its connected
 * component), once as a story and once as an event, where sources dated {@link FAR_LINK_DAYS} or
 * more apart are linked only by {@link FAR_LINK_OVERLAP} and no component spans more than
 * {@link MAX_EVENT_DAYS} between its dated sources. `days` gives each source's header date in days
 * (undefined when it has none).
 */
export function findPeers(
  unitsBySource: TextUnit[][],
  pairs: UnitPairs,
  units: TextUnit[],
  index: TermIndex,
  days: Array<number | undefined> = [],
): Peers {
  // One entry per (source pair, unit) closely aligned: the unordered source pair, the unit and
  // whether the alignment shares an anchor, packed into one number and sorted, so that a thousand
  // articles' close alignments cost one typed array (as long as two entries per pair can need)
  // rather than a map per source.
  const n = unitsBySource.length;
  const entries = new Float64Array(2 * pairs.length);
  let count = 0;
  for (let p = 0; p < pairs.length; p++) {
    if (pairs.score(p) < CLOSE_ALIGNMENT) continue;
    const a = pairs.a(p);
    const b = pairs.b(p);
    const anchored = sharesAnchor(index, a, b) ? 1 : 0;
    const sa = units[a].source;
    const sb = units[b].source;
    const sourcePair = Math.min(sa, sb) * n + Math.max(sa, sb);
    entries[count++] = (sourcePair * units.length + a) * 2 + anchored;
    entries[count++] = (sourcePair * units.length + b) * 2 + anchored;
  }
  const sorted = entries.subarray(0, count).sort();
  // Sum, per source pair, each unit's best weight (the entries of one unit are adjacent, anchored last).
  const overlapWeight = new Map<number, number>();
  for (let i = 0; i < sorted.length; i++) {
    const unitKey = Math.floor(sorted[i] / 2);
    if (i + 1 < sorted.length && Math.floor(sorted[i + 1] / 2) === unitKey) continue;
    const sourcePair = Math.floor(unitKey / units.length);
    overlapWeight.set(sourcePair, (overlapWeight.get(sourcePair) ?? 0) + (sorted[i] % 2 === 1 ? 1 : UNANCHORED_WEIGHT));
  }
  const links: Array<[number, number]> = [];
  const eventLinks: Array<[number, number]> = [];
  for (const [sourcePair, weight] of overlapWeight) {
    const s = Math.floor(sourcePair / n);
    const o = sourcePair % n;
    const overlap = weight / (2 * Math.min(unitsBySource[s].length, unitsBySource[o].length));
    if (overlap < PEER_OVERLAP) continue;
    links.push([s, o]);
    if (overlap >= FAR_LINK_OVERLAP || !datedApart(days[s], days[o], FAR_LINK_DAYS)) eventLinks.push([s, o]);
  }
  return { sameEvent: components(n, eventLinks, days), related: components(n, links, []) };
}

/** True when both header dates (in days) are known and at least `apart` days from each other. */
function datedApart(a: number | undefined, b: number | undefined, apart: number): boolean {
  return a !== undefined && b !== undefined && Math.abs(a - b) >= apart;
}

/**
 * Source index → the other sources of its connected component under `links`, never joining two
 * components whose dated sources (`days`) would then span more than {@link MAX_EVENT_DAYS}.
 */
function components(n: number, links: Array<[number, number]>, days: Array<number | undefined>): Array<Set<number>> {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x])));
  // Each component's earliest and latest header date, kept at its root.
  const first = parent.map((i) => days[i] ?? Infinity);
  const last = parent.map((i) => days[i] ?? -Infinity);
  for (const [s, o] of links) {
    const [rs, ro] = [find(s), find(o)];
    if (rs === ro || Math.max(last[rs], last[ro]) - Math.min(first[rs], first[ro]) > MAX_EVENT_DAYS) continue;
    parent[rs] = ro;
    first[ro] = Math.min(first[rs], first[ro]);
    last[ro] = Math.max(last[rs], last[ro]);
  }
  const members = new Map<number, number[]>();
  for (let s = 0; s < n; s++) {
    const root = find(s);
    const list = members.get(root);
    if (list) list.push(s);
    else members.set(root, [s]);
  }
  return parent.map((_, s) => new Set((members.get(find(s)) ?? []).filter((o) => o !== s)));
}
