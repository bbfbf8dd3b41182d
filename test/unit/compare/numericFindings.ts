/**
 * The numeric findings the real pipeline gives one source of a set of short reports, each written
 * "figure → what the peers give" ("at least five → eight"): what the numeric tests read.
 */
import { analyzeSources } from '../../../src/core/analyzeSources';

/** The numeric findings of source `id` among `sources` (id → text), as "figure → the peers' figures". */
export function numericFindings(sources: Record<string, string>, id: string): string[] {
  const result = analyzeSources(Object.entries(sources).map(([source, text]) => ({ id: source, text })));
  return result.comparison.sources
    .find((s) => s.id === id)!
    .findings.filter((f) => f.kind === 'numeric')
    .map((f) => `${f.text} → ${f.related.map((r) => r.text).join(', ')}`);
}
