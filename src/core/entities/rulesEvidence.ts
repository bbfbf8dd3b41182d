/**
 * How the hand-written rules came to a name's type, kept beside the name until the learned typer
 * has read it (recogniseEntities strips it): the typer may overrule a type the rules only guessed,
 * never one they read.
 */
import type { Entity } from '../types';

/**
 * What the rules' type of one name mention rests on:
 * - `read`: the name's own words or the words around it (the gazetteer, a head word, a title, a
 *   descriptor, "shares in", a plural verb, ...);
 * - `shape`: only the name's shape (a given name first, two capitalised words);
 * - `context`: only a hint of the words around a name no rule could type;
 * - `document`: another mention of the document (a surname of a full name, a word of an
 *   organisation's name, a name listed with a typed one).
 */
export type RulesEvidence = 'read' | 'shape' | 'context' | 'document';

/** A name mention as the rules give it: an entity, what its type rests on and what the words around it suggest. */
export interface RuledEntity extends Entity {
  evidence?: RulesEvidence;
  /**
   * What the rules' readings of the words around the mention say, whether or not they decided its
   * type: "before:ORG" ("shares in …"), "after:PLACE" ("… area"), "apposition:PERSON", "speaks"
   * (a reporting verb after it).
   */
  cues?: string[];
}
