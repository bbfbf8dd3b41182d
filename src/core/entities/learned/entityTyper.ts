/**
 * The learned entity typer: a multinomial logistic regression over the named features of
 * entityTypeFeatures.ts, trained on the development corpus's gold entities by
 * scripts/train-entity-typer.mjs. Among its features is the rules' type with what it rests on
 * (rulesEvidence.ts), so that it learns how far each kind of rule is to be trusted. It retypes a
 * name only where it disagrees with the rules at a probability of at least the weights'
 * threshold, only a name the rules typed in a way the weights let it overrule (`overrules`: a
 * person the rules read from the name's shape alone, say), and it types every mention of an
 * entity alike. The threshold and what it may overrule were chosen on the validation sets' pooled
 * names F1 and the unit tests (see the trainer).
 */
import type { Token } from '../../nlp/engine';
import type { Entity, EntityType } from '../../types';
import type { RuledEntity, RulesEvidence } from '../rulesEvidence';
import { LEARNED_TYPES, typingUnits } from './entityTypeFeatures';
import model from './entityTyperWeights.json';

/** The weights file's shape: one weight per type for each feature, and a bias per type. */
export interface TyperWeights {
  classes: EntityType[];
  threshold: number;
  /**
   * The rules' calls the typer may overrule, as "TYPE:EVIDENCE" ("PERSON:shape": a person the rules
   * read from the name's shape alone); a name any of whose mentions the rules called otherwise
   * keeps the rules' type.
   */
  overrules: `${EntityType}:${RulesEvidence}`[];
  bias: number[];
  weights: Record<string, number[]>;
}

const typer = model as TyperWeights;

/** Each weights object's features as a Map (looked up far faster than an object's many keys), made once. */
const weightTables = new WeakMap<TyperWeights, Map<string, number[]>>();
function weightTableOf(weights: TyperWeights): Map<string, number[]> {
  let table = weightTables.get(weights);
  if (!table) {
    table = new Map(Object.entries(weights.weights));
    weightTables.set(weights, table);
  }
  return table;
}
if (typer.classes.join() !== LEARNED_TYPES.join()) throw new Error('entityTyperWeights.json: types out of order');

/**
 * The probability of each learned type (PERSON, ORG, PLACE, in LEARNED_TYPES's order) for a unit
 * with these features; features without a weight count for nothing.
 */
export function typeProbabilities(features: readonly string[], weights: TyperWeights = typer): number[] {
  const table = weightTableOf(weights);
  const scores = [...weights.bias];
  for (const feature of features) {
    const w = table.get(feature);
    if (w) for (let c = 0; c < scores.length; c++) scores[c] += w[c];
  }
  const top = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - top));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}

/** The type most of a unit's mentions have. */
function rulesType(entities: readonly Entity[], mentions: number[]): EntityType {
  const tally = new Map<EntityType, number>();
  for (const k of mentions) tally.set(entities[k].type, (tally.get(entities[k].type) ?? 0) + 1);
  return [...tally].sort((a, b) => b[1] - a[1])[0][0];
}

/** An entity without what the rules' type rests on and the cues around it. */
function plainEntity(entity: RuledEntity): Entity {
  if (entity.evidence === undefined && entity.cues === undefined) return entity;
  return { start: entity.start, end: entity.end, text: entity.text, type: entity.type, key: entity.key, canonical: entity.canonical };
}

/**
 * The entities of one article with the names retyped by the learned typer: an entity whose most
 * probable type differs from the rules' and reaches the threshold takes that type in all its
 * mentions, unless the rules called one of its mentions in a way the weights do not let it
 * overrule (`overrules`: a type read from the words, say, and not from the name's shape alone).
 * Spans, keys and other entities are unchanged.
 */
export function retypeByModel(text: string, entities: readonly RuledEntity[], tokens: readonly Token[], weights: TyperWeights = typer): Entity[] {
  const out = entities.map(plainEntity);
  const kept = new Set<string>();
  for (const entity of entities) if (entity.evidence && !weights.overrules.includes(`${entity.type}:${entity.evidence}`)) kept.add(entity.key);
  for (const unit of typingUnits(text, entities, tokens, (key) => !kept.has(key))) {
    const probabilities = typeProbabilities(unit.features, weights);
    const best = probabilities.indexOf(Math.max(...probabilities));
    const type = LEARNED_TYPES[best];
    if (probabilities[best] < weights.threshold || type === rulesType(entities, unit.mentions)) continue;
    for (const k of unit.mentions) out[k] = { ...out[k], type };
  }
  return out;
}
