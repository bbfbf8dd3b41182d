/**
 * The people, organisations and places each unit mentions, as entity keys: the terms by which
 * "Sergei Lavrov" in one source and "Lavrov" in another meet in the term index.
 *
 * A unit holds an entity when the entity lies wholly inside it. Filtering a source's whole entity
 * list for every unit made a large source quadratic (a 5 MB text has some 80,000 units and 190,000
 * entities); instead each source's named entities are sorted by start once, and each unit looks
 * up its first candidate by binary search and reads on only while entities start inside it.
 */
import type { Entity, SourceInput } from '../types';
import { countBefore } from '../speakers/readingContext';
import type { TextUnit } from './splitIntoUnits';

const NAMED = new Set(['PERSON', 'ORG', 'PLACE']);

/** A source's named entities, and their indices ordered by start offset. */
interface NamedEntities {
  entities: readonly Entity[];
  byStart: number[];
}

/** Indexes one source's named entities by start (ties keep the analysis's order). */
function indexNamed(entities: readonly Entity[]): NamedEntities {
  const named: number[] = [];
  for (let i = 0; i < entities.length; i++) if (NAMED.has(entities[i].type)) named.push(i);
  named.sort((x, y) => entities[x].start - entities[y].start || x - y);
  return { entities, byStart: named };
}

/**
 * The keys of the people, organisations and places lying wholly inside each unit, by unit id, in
 * the order of the analysis's entity list. Unit ids must equal their index in `units`.
 */
export function namedKeysByUnit(sources: readonly SourceInput[], units: readonly TextUnit[]): string[][] {
  const indexed = sources.map((source) => indexNamed(source.analysis.entities));
  return units.map((unit) => {
    const named = indexed[unit.source];
    const inside: number[] = [];
    for (let k = countBefore(named.byStart, unit.start, (i) => named.entities[i].start); k < named.byStart.length; k++) {
      const entity = named.entities[named.byStart[k]];
      if (entity.start > unit.end) break;
      if (entity.end <= unit.end) inside.push(named.byStart[k]);
    }
    inside.sort((x, y) => x - y);
    return inside.map((i) => named.entities[i].key);
  });
}
