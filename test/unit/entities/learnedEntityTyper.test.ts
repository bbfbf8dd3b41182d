import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recogniseEntitiesByRules } from '../../../src/core/entities/recogniseEntities';
import { LEARNED_TYPES, typingUnits } from '../../../src/core/entities/learned/entityTypeFeatures';
import { retypeByModel, typeProbabilities, type TyperWeights } from '../../../src/core/entities/learned/entityTyper';
import model from '../../../src/core/entities/learned/entityTyperWeights.json';
import { tokenize } from '../../../src/core/nlp/engine';
import { entitiesOf } from '../../support/entityMentions';

const shipped = model as TyperWeights;
/** Every call the rules make, for a typer that may overrule them all. */
const EVERY_CALL = LEARNED_TYPES.flatMap((type) => (['read', 'shape', 'context', 'document'] as const).map((evidence) => `${type}:${evidence}` as const));

/** The learned typer's most probable type for the entity keyed `key` in `text`, with its probability. */
function modelCall(text: string, key: string): [string, number] {
  const reading = tokenize(text);
  const unit = typingUnits(text, recogniseEntitiesByRules(text, reading), reading.tokens).find((u) => u.key === key);
  assert.ok(unit, `no entity keyed "${key}" in: ${text}`);
  const probabilities = typeProbabilities(unit.features);
  const best = probabilities.indexOf(Math.max(...probabilities));
  return [LEARNED_TYPES[best], probabilities[best]];
}

/** What the rules' type of each name of `text` rests on, as "evidence text" strings. */
function evidenceOf(text: string): string[] {
  return recogniseEntitiesByRules(text, tokenize(text))
    .filter((e) => LEARNED_TYPES.includes(e.type))
    .map((e) => `${e.evidence} ${e.text}`);
}

describe('learned entity typer: a second opinion on the type of a name', () => {
  it('loads weights trained on development sets only, with settings chosen on the validation sets', () => {
    assert.deepEqual(model.classes, ['PERSON', 'ORG', 'PLACE']);
    assert.match(model.header, /no held-out or validation set/);
    assert.ok(model.threshold >= 0 && model.threshold < 1);
    assert.ok(model.overrules.every((call) => call.endsWith(':shape')));
    assert.ok(Object.keys(model.weights).length > 500);
  });

  it('says what the rules’ type of a name rests on: its words, its shape, or another mention', () => {
    assert.deepEqual(evidenceOf('Farmers in the state of Mato Grosso said the rains came late.'), ['read Mato Grosso']);
    assert.deepEqual(evidenceOf('The storm flattened barns near Tilly Brook.'), ['shape Tilly Brook']);
    assert.deepEqual(evidenceOf('Ingrid Halvorsen won the vote. Halvorsen thanked her staff.'), ['shape Ingrid Halvorsen', 'document Halvorsen']);
    assert.deepEqual(evidenceOf('The court heard from Declan Hurley KC on Tuesday.'), ['read Declan Hurley']);
  });

  it('keeps what the words around each name suggest, as the rules read them, for the typer to weigh', () => {
    const cuesOf = (text: string): string[] => recogniseEntitiesByRules(text, tokenize(text)).map((e) => `${e.text}: ${(e.cues ?? []).join(' ')}`);
    assert.deepEqual(cuesOf("Shares in Quantix fell after Veltora's chief executive resigned."), ['Quantix: before:ORG', 'Veltora: after:ORG']);
    assert.deepEqual(cuesOf('Floodwater rose in Penhallow, Mara Keane said.'), ['Penhallow: before:PLACE', 'Mara Keane: speaks']);
  });

  it('reads a person from a given name, a role before and a reporting verb after', () => {
    const text = 'Councillor Maren Oduya said the plan was sound. Oduya added that voters would decide.';
    assert.equal(modelCall(text, 'maren oduya')[0], 'PERSON');
  });

  it('reads an organisation from its head word and what it does', () => {
    assert.equal(modelCall('The Trevalla Water Authority said it would raise charges in April.', 'trevalla water authority')[0], 'ORG');
    assert.equal(modelCall('Shares in Kelderwick Holdings fell after the firm cut its forecast.', 'kelderwick holdings')[0], 'ORG');
  });

  it('reads a place from a preposition of place and the gazetteer', () => {
    assert.equal(modelCall('Floodwater cut the road between the farms in Penhallow on Sunday.', 'penhallow')[0], 'PLACE');
    assert.equal(modelCall('Rescuers reached villages near Kathmandu by nightfall.', 'kathmandu')[0], 'PLACE');
  });

  it('retypes every mention of a two-word place the rules took for a person by its shape, once it is confident enough', () => {
    const text = 'The storm flattened barns near Tilly Brook. Floodwater in Tilly Brook rose overnight.';
    const reading = tokenize(text);
    const rules = recogniseEntitiesByRules(text, reading);
    assert.deepEqual(rules.map((e) => `${e.type} ${e.text}`), ['PERSON Tilly Brook', 'PERSON Tilly Brook']);
    const [type, probability] = modelCall(text, 'tilly brook');
    assert.equal(type, 'PLACE');
    const retyped = retypeByModel(text, rules, reading.tokens, { ...shipped, threshold: Math.min(probability, shipped.threshold) });
    assert.deepEqual(retyped.map((e) => `${e.type} ${e.text}`), ['PLACE Tilly Brook', 'PLACE Tilly Brook']);
  });

  it('leaves every name the rules typed otherwise than by its shape as the rules typed it, even where the model would not', () => {
    const text = readFileSync(join(__dirname, '../../fixtures/corpus/singles/s05_religion_vatican_ap.txt'), 'utf8');
    const reading = tokenize(text);
    const rules = recogniseEntitiesByRules(text, reading);
    const notShape = rules.flatMap((e, k) => (e.evidence !== undefined && e.evidence !== 'shape' ? [k] : []));
    // A model that calls every name a place, whatever it reads.
    const places = { ...shipped, threshold: 0, bias: [0, 0, 100] };
    const everyName = retypeByModel(text, rules, reading.tokens, { ...places, overrules: EVERY_CALL });
    assert.ok(notShape.some((k) => everyName[k].type !== rules[k].type), 'the rules call every name a place here: the test proves nothing');
    const typed = retypeByModel(text, rules, reading.tokens, places);
    for (const k of notShape) assert.equal(typed[k].type, rules[k].type, rules[k].text);
  });

  it('types every mention of one entity alike and keeps the rules’ keys, even when the model types every name', () => {
    const text = 'Ingrid Halvorsen won the vote. Halvorsen thanked Trondheim. Supporters of Halvorsen cheered in Trondheim. The Tilly Brook farms flooded; Tilly Brook residents left.';
    const reading = tokenize(text);
    const rules = recogniseEntitiesByRules(text, reading);
    for (const entities of [entitiesOf(text), retypeByModel(text, rules, reading.tokens, { ...shipped, threshold: 0, overrules: EVERY_CALL })]) {
      assert.deepEqual(entities.map((e) => e.key), rules.map((e) => e.key));
      const byKey = new Map<string, Set<string>>();
      for (const e of entities) byKey.set(e.key, (byKey.get(e.key) ?? new Set()).add(e.type));
      for (const [key, types] of byKey) assert.equal(types.size, 1, `${key}: ${[...types].join(', ')}`);
    }
  });

  it('gives entities without what the rules’ type rests on', () => {
    for (const e of entitiesOf('Ingrid Halvorsen thanked Trondheim on 4 May.')) assert.deepEqual(Object.keys(e).sort(), ['canonical', 'end', 'key', 'start', 'text', 'type']);
  });
});
