/**
 * Entity coverage: which source names whom. One row per person, organisation or place (by entity
 * key, linked across sources), with the number of mentions in each source; sources that never
 * name it are absent from `mentions`. Rows are sorted by how many sources name the entity, then by
 * total mentions, so that the entities only some sources name stand out at the bottom.
 */
import type { EntityCoverage, SourceInput } from '../types';

const NAMED = new Set(['PERSON', 'ORG', 'PLACE']);

/** The coverage rows of a set of sources. */
export function entityCoverage(sources: SourceInput[]): EntityCoverage[] {
  const rows = new Map<string, EntityCoverage>();
  for (const source of sources) {
    for (const entity of source.analysis.entities) {
      if (!NAMED.has(entity.type)) continue;
      let row = rows.get(entity.key);
      if (!row) {
        // Prototype-free: a source may be a file named "constructor" or "__proto__".
        row = { key: entity.key, name: entity.canonical, type: entity.type, mentions: Object.create(null) as Record<string, number> };
        rows.set(entity.key, row);
      }
      if (entity.canonical.length > row.name.length) row.name = entity.canonical;
      row.mentions[source.id] = (row.mentions[source.id] ?? 0) + 1;
    }
  }
  const total = (r: EntityCoverage): number => Object.values(r.mentions).reduce((a, b) => a + b, 0);
  return [...rows.values()].sort(
    (x, y) => Object.keys(y.mentions).length - Object.keys(x.mentions).length || total(y) - total(x) || x.key.localeCompare(y.key),
  );
}
