/**
 * Test helpers that run the real entity recogniser on a text and read back its mentions,
 * shared by the entity unit tests.
 */
import { recogniseEntities } from '../../src/core/entities/recogniseEntities';
import { tokenize } from '../../src/core/nlp/engine';
import type { Entity } from '../../src/core/types';

/** Every entity the recogniser finds in `text` (no quotes given), in text order. */
export function entitiesOf(text: string): Entity[] {
  return recogniseEntities(text, tokenize(text), []);
}

/** The mentions of `text` whose type is one of `types`, as "TYPE text" strings. */
function mentionsOf(text: string, types: readonly string[]): string[] {
  return entitiesOf(text)
    .filter((e) => types.includes(e.type))
    .map((e) => `${e.type} ${e.text}`);
}

/** The name mentions of a text (people, organisations, places) as "TYPE text" strings. */
export function namesOf(text: string): string[] {
  return mentionsOf(text, ['PERSON', 'ORG', 'PLACE']);
}

/** The name mentions of a text (people, organisations, places and OTHER names) as "TYPE text" strings. */
export function namesAndThingsOf(text: string): string[] {
  return mentionsOf(text, ['PERSON', 'ORG', 'PLACE', 'OTHER']);
}
