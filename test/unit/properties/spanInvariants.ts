/**
 * The promises every span in an analysis or a comparison keeps, whatever the input: it lies
 * inside its text, start <= end, and its `text` is exactly the slice it claims.
 */
import * as assert from 'node:assert/strict';
import type { AnalysedSet } from '../../../src/core/analyzeSources';
import type { ArticleAnalysis, Span } from '../../../src/core/types';

/** Asserts a span is inside a text of the given length and ordered. */
export function assertInBounds(span: Span, length: number, where: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${where}: integer offsets (${span.start}, ${span.end})`);
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= length, `${where}: ${span.start}-${span.end} outside 0-${length} or reversed`);
}

/** Asserts a span is in bounds and, when it carries a text, that text is its slice. */
export function assertSlice(span: Span & { text?: string }, text: string, where: string): void {
  assertInBounds(span, text.length, where);
  if (span.text !== undefined) assert.equal(span.text, text.slice(span.start, span.end), `${where}: text is not the slice it claims`);
}

/** Asserts every span of one article's analysis, and that the text analysed is the input without a BOM. */
export function assertAnalysisSpans(input: string, a: ArticleAnalysis): void {
  assert.equal(a.text, input.charCodeAt(0) === 0xfeff ? input.slice(1) : input, 'the text analysed is the input without its BOM');
  a.blocks.forEach((b, i) => assertSlice(b, a.text, `blocks[${i}]`));
  a.sentences.forEach((s, i) => assertSlice(s, a.text, `sentences[${i}]`));
  a.quotes.forEach((q, i) => {
    assertSlice(q, a.text, `quotes[${i}]`);
    assertInBounds(q.open, a.text.length, `quotes[${i}].open`);
    if (q.close) assertInBounds(q.close, a.text.length, `quotes[${i}].close`);
    if (q.attribution?.mention) assertInBounds(q.attribution.mention, a.text.length, `quotes[${i}].attribution.mention`);
  });
  a.entities.forEach((e, i) => assertSlice(e, a.text, `entities[${i}]`));
  a.claims.forEach((c, i) => {
    assertSlice(c, a.text, `claims[${i}]`);
    if (c.quoteIndex !== undefined) assert.ok(c.quoteIndex >= 0 && c.quoteIndex < a.quotes.length, `claims[${i}].quoteIndex in range`);
  });
}

/** Asserts every span of a compared set: findings, related places, groups, alignments, omissions. */
export function assertComparisonSpans(set: AnalysedSet): void {
  const textOf = new Map(set.sources.map((s) => [s.id, s.analysis.text]));
  const slice = (ref: Span & { source: string; text: string }, where: string): void => {
    const text = textOf.get(ref.source);
    assert.ok(text !== undefined, `${where}: names a source of the set (${ref.source})`);
    assertSlice(ref, text, where);
  };
  assert.deepEqual(set.comparison.sources.map((s) => s.id).sort(), [...textOf.keys()].sort(), 'one summary per source');
  for (const s of set.comparison.sources) {
    const text = textOf.get(s.id)!;
    assert.ok(s.shared >= 0 && s.shared <= 1, `${s.id}: shared in [0, 1]`);
    s.findings.forEach((f, i) => {
      assertSlice(f, text, `${s.id} findings[${i}]`);
      f.related.forEach((r, j) => slice(r, `${s.id} findings[${i}].related[${j}]`));
    });
    s.omissions.forEach((o, i) => slice(o.example, `${s.id} omissions[${i}].example`));
  }
  set.comparison.groups.forEach((g, i) => g.members.forEach((m, j) => slice(m, `groups[${i}].members[${j}]`)));
  set.comparison.alignments.forEach((al, i) => {
    slice(al.a, `alignments[${i}].a`);
    slice(al.b, `alignments[${i}].b`);
    assert.ok(al.score >= 0 && al.score <= 1, `alignments[${i}].score in [0, 1]`);
    al.diffs.forEach((d, j) => {
      assertInBounds(d.a, textOf.get(al.a.source)!.length, `alignments[${i}].diffs[${j}].a`);
      assertInBounds(d.b, textOf.get(al.b.source)!.length, `alignments[${i}].diffs[${j}].b`);
    });
  });
}
