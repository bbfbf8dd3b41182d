/**
 * Variant readings: what a source reports in other words than its peers. Inside each pair of
 * aligned units (this source's unit and its best counterpart in each peer), every substantive gap
 * of the word diff whose side here holds a content word is a variant ("must" against "have to",
 * "collective" against "joint"): both sides must hold a content word, be of comparable length and
 * stand between words the two units share, without a quotation mark inside.
 * Gaps longer than `MAX_VARIANT_WORDS` on either side are not variants of wording but different
 * sentences, and pure additions are not wording at all: both are left to the unique findings.
 * Overlapping variants against several peers become one finding naming each peer's wording.
 */
import type { Finding, SourceRef, Span } from '../types';
import { type CompareContext, sourceIndexes } from './compareContext';
import { diffWords } from './diffWords';
import { makeFinding, sourceRef } from './makeFinding';
import type { TextUnit } from './splitIntoUnits';

const MAX_VARIANT_WORDS = 6;
const QUOTE_MARK = /["“”«»„]/;
/** Wordings more unequal in length than this are not one thing said two ways. */
const MAX_LENGTH_RATIO = 2;
/** Pairs aligned more loosely than this are paraphrases, too free for word-level variants. */
export const MIN_VARIANT_SCORE = 0.3;

/** Number of words of a unit inside a span. */
function wordsIn(unit: TextUnit, span: Span): { all: number; content: number } {
  const inside = unit.words.filter((w) => w.start >= span.start && w.end <= span.end);
  return { all: inside.length, content: inside.filter((w) => w.content).length };
}

/**
 * True when a span has words of the unit on both sides: a variant is a wording in place of
 * another between words both sources share. What differs at the start or end of two aligned
 * sentences is mostly different content or attribution, not another wording.
 */
function isInterior(unit: TextUnit, span: Span): boolean {
  return unit.words.length > 0 && unit.words[0].start < span.start && unit.words[unit.words.length - 1].end > span.end;
}

/** Shortens a quotation for a message. */
export function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** The variant findings of source `s` against its peers. */
export function findVariants(ctx: CompareContext, s: number): Finding[] {
  if (!ctx.sameEvent[s]) return [];
  const text = ctx.sources[s].analysis.text;
  const raw: Array<{ span: Span; ref: SourceRef }> = [];
  for (const unit of ctx.unitsBySource[s]) {
    for (const [peer, p] of ctx.alignment.best.of(unit.id)) {
      if (!ctx.peers[s].has(peer) || ctx.alignment.pairs.score(p) < MIN_VARIANT_SCORE) continue;
      const other = ctx.units[ctx.alignment.pairs.other(p, unit.id)];
      for (const diff of diffWords(unit.words, other.words)) {
        if (diff.type !== 'substantive' || diff.a.start === diff.a.end) continue;
        if (!isInterior(unit, diff.a) || !isInterior(other, diff.b)) continue;
        // A difference across a quotation mark mixes a quote with the reporter's words around it.
        if (QUOTE_MARK.test(text.slice(diff.a.start, diff.a.end)) || QUOTE_MARK.test(ctx.sources[peer].analysis.text.slice(diff.b.start, diff.b.end))) continue;
        const here = wordsIn(unit, diff.a);
        const there = wordsIn(other, diff.b);
        if (here.content === 0 || there.content === 0 || here.all > MAX_VARIANT_WORDS || there.all > MAX_VARIANT_WORDS) continue;
        if (Math.max(here.all, there.all) > MAX_LENGTH_RATIO * Math.min(here.all, there.all)) continue;
        raw.push({ span: diff.a, ref: sourceRef(ctx.sources[peer].id, ctx.sources[peer].analysis.text, diff.b) });
      }
    }
  }
  raw.sort((x, y) => x.span.start - y.span.start);
  const merged: Array<{ span: Span; refs: SourceRef[] }> = [];
  for (const item of raw) {
    const last = merged[merged.length - 1];
    if (last && item.span.start < last.span.end) {
      last.span.end = Math.max(last.span.end, item.span.end);
      last.refs.push(item.ref);
    } else merged.push({ span: { ...item.span }, refs: [item.ref] });
  }
  // A source's display name depends on its id alone, so the first source of an id names it.
  const sourceIndex = sourceIndexes(ctx);
  return merged.map(({ span, refs }) => {
    const message = `Worded differently in ${refs.map((r) => `${ctx.names[sourceIndex.get(r.source) as number]}: “${excerpt(r.text)}”`).join('; ')}.`;
    return makeFinding(ctx.sources[s].id, text, 'variant', span, message, refs);
  });
}
