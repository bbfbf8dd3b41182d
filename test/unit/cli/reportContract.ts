/**
 * Checks a parsed `--json` report against the contract (source-critic/report@1): the schema and
 * tool, every source's SHA-256 against the file's bytes, the arrays every source carries, and
 * every span's `text` equal to `content.slice(start, end)` with content = the file decoded as
 * UTF-8 without a BOM (group members included).
 */
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

interface SpanLike { start: number; end: number; text?: string }

const contentOf = (file: string): string => new TextDecoder('utf-8').decode(readFileSync(file)).replace(/^\uFEFF/, '');

const assertSpan = (span: SpanLike, content: string, where: string): void => {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${where}: integer offsets`);
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= content.length, `${where}: ${span.start}-${span.end} within 0-${content.length}`);
  if (span.text !== undefined) assert.equal(span.text, content.slice(span.start, span.end), `${where}: text is the slice`);
};

/** Asserts the report follows the contract for the files it was made from (paths as given). */
export function assertFollowsContract(report: unknown, files: string[]): void {
  const r = report as {
    schema: string; tool: { name: string; version: string };
    sources: Array<Record<string, unknown> & { file: string; sha256: string }>;
    groups: Array<{ kind: string; members: Array<SpanLike & { file: string }> }>;
  };
  assert.equal(r.schema, 'source-critic/report@1');
  assert.equal(r.tool.name, 'source-critic');
  assert.equal(typeof r.tool.version, 'string');
  assert.deepEqual(r.sources.map((s) => s.file), files);
  const contents = new Map(files.map((f) => [f, contentOf(f)]));
  for (const s of r.sources) {
    assert.equal(s.sha256, createHash('sha256').update(readFileSync(s.file)).digest('hex'), `${s.file}: sha256`);
    assert.ok(s.title === null || typeof s.title === 'string');
    for (const key of ['quotes', 'entities', 'claims', 'findings'] as const) {
      const spans = s[key] as SpanLike[];
      assert.ok(Array.isArray(spans), `${s.file}: ${key} is an array`);
      spans.forEach((span, i) => assertSpan(span, contents.get(s.file)!, `${s.file} ${key}[${i}]`));
    }
    for (const q of s.quotes as Array<{ speaker: unknown; kind: unknown }>) {
      assert.ok(q.speaker === null || typeof q.speaker === 'string');
      assert.equal(typeof q.kind, 'string');
    }
    for (const e of s.entities as Array<{ type: string; key: string }>) {
      assert.match(e.type, /^[A-Z]+$/);
      assert.equal(typeof e.key, 'string');
    }
  }
  assert.ok(Array.isArray(r.groups));
  for (const g of r.groups) {
    assert.equal(typeof g.kind, 'string');
    g.members.forEach((m, i) => {
      assert.ok(contents.has(m.file), `group member ${i} names an analysed file`);
      assertSpan(m, contents.get(m.file)!, `group ${g.kind} member ${i}`);
    });
  }
}
