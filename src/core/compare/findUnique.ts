/**
 * Singular readings: what only one source reports. Two cases, both judged against the source's
 * peers (the other sources about the same event):
 *
 * - a unit (sentence or clause) with no aligned counterpart in any peer;
 * - inside an aligned unit, a run of words the counterparts do not have and whose content words are
 *   mostly absent from the peers altogether ("… without the involvement of Western nations"). Words
 *   the counterparts share, function words and short gaps of one or two shared words do not break a
 *   run; a run needs at least `MIN_RUN_CONTENT` content words and `MIN_NOVELTY` of its IDF weight in
 *   words no peer uses. When such runs make up most of the unit, the whole unit is flagged.
 *
 * Units in bylines, credits and datelines, and units of fewer than `MIN_UNIT_CONTENT` content words
 * are never flagged; nor are quotes another source also quotes (they are the same utterance,
 * however translated). Adjacent flagged spans separated only by spaces or punctuation are merged.
 */
import type { Finding, Span } from '../types';
import { otherUnit, type CompareContext, joinNames } from './compareContext';
import { diffWords } from './diffWords';
import { makeFinding } from './makeFinding';
import type { TextUnit } from './splitIntoUnits';

const MIN_UNIT_CONTENT = 3;
const MIN_RUN_CONTENT = 3;
const MIN_NOVELTY = 0.6;
/** Share of a unit's content weight in added runs from which the whole unit is flagged. */
const WHOLE_UNIT = 0.6;
/** Covered words a run may bridge. */
const BRIDGE = 2;

const SKIPPED_BLOCKS = new Set(['byline', 'credit', 'dateline']);

/** The IDF of a unit word's stem (0 for a function word). */
function idfOf(ctx: CompareContext, stem: string): number {
  const id = ctx.index.termIds.get(stem);
  return id === undefined ? 0 : ctx.index.idf[id];
}

/** Spans of `unit` that its aligned counterparts lack and no peer reports anywhere. */
function addedRuns(ctx: CompareContext, unit: TextUnit, counterparts: TextUnit[], peerStems: Set<string>): Span[] {
  const covered = unit.words.map((w) => !w.content);
  const counterpartStems = new Set(counterparts.flatMap((c) => c.words.map((w) => w.stem)));
  unit.words.forEach((w, i) => {
    if (counterpartStems.has(w.stem)) covered[i] = true;
  });
  for (const counterpart of counterparts) {
    for (const diff of diffWords(unit.words, counterpart.words)) {
      if (diff.type === 'orthographic') {
        unit.words.forEach((w, i) => {
          if (w.start >= diff.a.start && w.end <= diff.a.end) covered[i] = true;
        });
      }
    }
  }
  const runs: Span[] = [];
  let totalWeight = 0;
  let runWeight = 0;
  for (const w of unit.words) if (w.content) totalWeight += idfOf(ctx, w.stem);
  let i = 0;
  while (i < unit.words.length) {
    if (covered[i] || !unit.words[i].content) {
      i++;
      continue;
    }
    // Extend the run over uncovered words, bridging at most BRIDGE covered content words.
    let end = i;
    let bridged = 0;
    for (let j = i; j < unit.words.length; j++) {
      const w = unit.words[j];
      if (!covered[j] && w.content) {
        end = j;
        bridged = 0;
      } else if (w.content && ++bridged > BRIDGE) break;
    }
    const run = unit.words.slice(i, end + 1).filter((w) => w.content);
    const weight = run.reduce((sum, w) => sum + idfOf(ctx, w.stem), 0);
    const novel = run.filter((w) => !peerStems.has(w.stem)).reduce((sum, w) => sum + idfOf(ctx, w.stem), 0);
    if (run.length >= MIN_RUN_CONTENT && weight > 0 && novel / weight >= MIN_NOVELTY) {
      runs.push({ start: unit.words[i].start, end: unit.words[end].end });
      runWeight += weight;
    }
    i = end + 1;
  }
  if (totalWeight > 0 && runWeight / totalWeight >= WHOLE_UNIT) return [{ start: unit.start, end: unit.end }];
  return runs;
}

/** Removes the protected spans (shared quotes) from a span, giving what is left of it. */
function subtractSpans(span: Span, protectedSpans: Span[]): Span[] {
  let pieces: Span[] = [span];
  for (const p of protectedSpans) {
    pieces = pieces.flatMap((s) => {
      if (p.end <= s.start || p.start >= s.end) return [s];
      return [
        { start: s.start, end: Math.max(s.start, p.start) },
        { start: Math.min(s.end, p.end), end: s.end },
      ];
    });
  }
  return pieces;
}

/** Merges spans (sorted by start) separated only by spaces and punctuation. */
function mergeAdjacent(text: string, spans: Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of [...spans].sort((x, y) => x.start - y.start)) {
    const last = merged[merged.length - 1];
    if (last && span.start >= last.end && !/[\p{L}\p{N}]/u.test(text.slice(last.end, span.start))) last.end = Math.max(last.end, span.end);
    else if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** Trims spaces and dangling punctuation (but not closing marks) from a span's edges. */
function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,;:.\-–—(]/.test(text[start])) start++;
  while (end > start && /[\s,;:\-–—(]/.test(text[end - 1])) end--;
  return { start, end };
}

/**
 * The unique findings of source `s`: content none of its peers reports. `protectedSpans` are
 * spans never to flag (quotes shared with another source).
 */
export function findUnique(ctx: CompareContext, s: number, protectedSpans: Span[]): Finding[] {
  const peers = ctx.peers[s];
  if (!ctx.sameEvent[s] || peers.size === 0) return [];
  const text = ctx.sources[s].analysis.text;
  const peerStems = new Set<string>();
  for (const p of peers) for (const unit of ctx.unitsBySource[p]) for (const w of unit.words) if (w.content) peerStems.add(w.stem);
  const spans: Span[] = [];
  const wholeUnits = new Set<number>();
  for (const unit of ctx.unitsBySource[s]) {
    if (unit.block && SKIPPED_BLOCKS.has(unit.block)) continue;
    if (unit.words.filter((w) => w.content).length < MIN_UNIT_CONTENT) continue;
    const counterparts = ctx.partners[unit.id].map((p) => ctx.units[otherUnit(p, unit.id)]).filter((u) => peers.has(u.source));
    const found = counterparts.length === 0 ? [{ start: unit.start, end: unit.end }] : addedRuns(ctx, unit, counterparts, peerStems);
    if (found.length === 1 && found[0].start === unit.start && found[0].end === unit.end) wholeUnits.add(unit.start);
    spans.push(...found);
  }
  const pieces = mergeAdjacent(text, spans.flatMap((span) => subtractSpans(span, protectedSpans)))
    .map((span) => trimSpan(text, span))
    .filter((span) => /\p{L}{3}/u.test(text.slice(span.start, span.end)));
  const others = [...peers].map((p) => ctx.names[p]);
  const count = others.length === 1 ? `in ${others[0]}` : `in ${others.length} other sources`;
  return pieces.map((span) => {
    const message = wholeUnits.has(span.start)
      ? `Only this source reports this (no counterpart ${count}).`
      : `Only this source adds this; ${joinNames(others)} report${others.length === 1 ? 's' : ''} the rest without it.`;
    return makeFinding(ctx.sources[s].id, text, 'unique', span, message, []);
  });
}
