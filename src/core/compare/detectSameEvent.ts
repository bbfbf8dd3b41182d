/**
 * Decides which sources report the same event. Two sources are peers when a fair part of the
 * shorter one is aligned with the other:
 *
 *   overlap(S, O) = (units of S aligned in O + units of O aligned in S) / (2 · units of the shorter)
 *
 * Peers need an overlap of at least 0.2, or 0.12 when the two sources name largely the same people,
 * organisations and places (Jaccard of their entity keys at least 0.5). Why these numbers: two reports of one
 * event share their core facts (who, what, where, the main quotes), which is rarely under a fifth
 * of the shorter report even when one is a long feature and the other a wire brief; two reports
 * of different events by the same actors (the same minister at two press conferences) share
 * background sentences and some names but few facts: the seeds' Pyongyang report aligns a handful
 * of its 30 units with the Tehran reports (overlap about 0.13, names Jaccard about 0.25), while the
 * two Tehran reports reach 0.5.
 * Shared names alone never make peers: the same actors appear in different events.
 *
 * A source with no peer is `sameEvent: false` and is left out of unique, variant and numeric
 * findings: flagging a whole unrelated article as "only here" would tell the reader nothing.
 */
import type { SourceInput } from '../types';
import type { UnitAlignment } from './alignUnits';
import type { TextUnit } from './splitIntoUnits';

/** Overlap from which two sources are peers on alignment alone. */
export const PEER_OVERLAP = 0.2;
/** Lower overlap accepted when names are largely shared. */
export const PEER_OVERLAP_WITH_NAMES = 0.12;
/** Jaccard of the two sources' named-entity keys that lowers the overlap needed. */
export const SHARED_NAMES = 0.5;

/** Distinct entity keys of people, organisations and places in a source. */
function namedKeys(source: SourceInput): Set<string> {
  return new Set(source.analysis.entities.filter((e) => e.type === 'PERSON' || e.type === 'ORG' || e.type === 'PLACE').map((e) => e.key));
}

/** Source index → indices of its peers (symmetric). */
export function findPeers(sources: SourceInput[], unitsBySource: TextUnit[][], alignment: UnitAlignment, units: TextUnit[]): Array<Set<number>> {
  // alignedIn[s].get(o): how many units of source s are aligned with some unit of source o
  // (sparse: a large set of different stories has few aligned source pairs).
  const alignedIn = sources.map(() => new Map<number, number>());
  for (const unit of units) {
    for (const other of alignment.best[unit.id].keys()) alignedIn[unit.source].set(other, (alignedIn[unit.source].get(other) ?? 0) + 1);
  }
  const keys = sources.map(namedKeys);
  const peers = sources.map(() => new Set<number>());
  for (let s = 0; s < sources.length; s++) {
    for (const [o, aligned] of alignedIn[s]) {
      if (o <= s) continue;
      const shorter = Math.min(unitsBySource[s].length, unitsBySource[o].length);
      const overlap = (aligned + (alignedIn[o].get(s) ?? 0)) / (2 * shorter);
      const common = [...keys[s]].filter((k) => keys[o].has(k)).length;
      const union = keys[s].size + keys[o].size - common;
      const sharedNames = union > 0 ? common / union : 0;
      if (overlap >= PEER_OVERLAP || (overlap >= PEER_OVERLAP_WITH_NAMES && sharedNames >= SHARED_NAMES)) {
        peers[s].add(o);
        peers[o].add(s);
      }
    }
  }
  return peers;
}
