/**
 * Test helper that reads back how much of a phrase a comparison's unique findings (singular
 * readings) cover, shared by the unique-finding unit tests.
 */
import { strict as assert } from 'node:assert';
import type { analyzeSources } from '../../src/core/analyzeSources';

/** The share of `phrase` in source `id` that unique findings cover; fails when the phrase is not in the source. */
export function uniqueOver(result: ReturnType<typeof analyzeSources>, id: string, phrase: string): number {
  const text = result.sources.find((s) => s.id === id)!.analysis.text;
  const at = text.indexOf(phrase);
  assert.ok(at >= 0, `phrase not in ${id}: ${phrase}`);
  const findings = result.comparison.sources.find((s) => s.id === id)!.findings.filter((f) => f.kind === 'unique');
  let covered = 0;
  for (let i = at; i < at + phrase.length; i++) if (findings.some((f) => f.start <= i && i < f.end)) covered++;
  return covered / phrase.length;
}
