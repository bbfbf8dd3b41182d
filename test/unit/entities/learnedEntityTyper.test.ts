import { strict as assert } from 'node:assert';
import { recogniseEntitiesByRules } from '../../../src/core/entities/recogniseEntities';
import { LEARNED_TYPES, typingUnits } from '../../../src/core/entities/learned/entityTypeFeatures';
import { retypeByModel, typeProbabilities, type TyperWeights } from '../../../src/core/entities/learned/entityTyper';
import model from '../../../src/core/entities/learned/entityTyperWeights.json';
import { tokenize } from '../../../src/core/nlp/engine';
import { entitiesOf, namesOf } from '../../support/entityMentions';

/** The learned typer's most probable type for the entity keyed `key` in `text`, with its probability. */
function modelCall(text: string, key: string): [string, number] {
  const unit = typingUnits(text, entitiesOf(text), tokenize(text).tokens).find((u) => u.key === key);
  assert.ok(unit, `no entity keyed "${key}" in: ${text}`);
  const probabilities = typeProbabilities(unit.features);
  const best = probabilities.indexOf(Math.max(...probabilities));
  return [LEARNED_TYPES[best], probabilities[best]];
}

describe('learned entity typer: a second opinion on the type of a name', () => {
  it('loads weights trained on development sets only, with a confidence threshold', () => {
    assert.deepEqual(model.classes, ['PERSON', 'ORG', 'PLACE']);
    assert.match(model.header, /no held-out set/);
    assert.ok(model.threshold > 0.5 && model.threshold < 1);
    assert.ok(Object.keys(model.weights).length > 500);
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

  it('reads a two-word place the rules took for a person as a place, and retypes every mention once it is confident enough', () => {
    const text = 'The storm flattened barns near Tilly Brook. Floodwater in Tilly Brook rose overnight.';
    const rules = recogniseEntitiesByRules(text, tokenize(text));
    assert.deepEqual(rules.map((e) => `${e.type} ${e.text}`), ['PERSON Tilly Brook', 'PERSON Tilly Brook']);
    const [type, probability] = modelCall(text, 'tilly brook');
    assert.equal(type, 'PLACE');
    const retyped = retypeByModel(text, rules, tokenize(text).tokens, { ...(model as TyperWeights), threshold: Math.min(probability, model.threshold) });
    assert.deepEqual(retyped.map((e) => `${e.type} ${e.text}`), ['PLACE Tilly Brook', 'PLACE Tilly Brook']);
  });

  it('leaves the rules’ type where it is not confident', () => {
    const text = 'Analysts at Fenwick Lowe said the bank would cut rates. Fenwick Lowe expects two cuts.';
    const [type, probability] = modelCall(text, 'fenwick lowe');
    assert.ok(probability < model.threshold, `${type} ${probability}`);
    assert.deepEqual(namesOf(text), recogniseEntitiesByRules(text, tokenize(text)).map((e) => `${e.type} ${e.text}`).filter((n) => !/^(DATE|NUMBER)/.test(n)));
  });

  it('types every mention of one entity alike', () => {
    const text = 'Ingrid Halvorsen won the vote. Halvorsen thanked Trondheim. Supporters of Halvorsen cheered in Trondheim.';
    const byKey = new Map<string, Set<string>>();
    for (const e of entitiesOf(text)) byKey.set(e.key, (byKey.get(e.key) ?? new Set()).add(e.type));
    for (const [key, types] of byKey) assert.equal(types.size, 1, `${key}: ${[...types].join(', ')}`);
  });
});
