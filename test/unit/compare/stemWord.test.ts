/**
 * The stemmer's keys for plurals in "-ies": the singular and the plural of one noun must meet,
 * also when the singular ends in "-ly" like an adverb.
 */
import { strict as assert } from 'node:assert';
import { stemWord } from '../../../src/core/compare/stemWord';

describe('stemWord on plurals in -ies', () => {
  it('gives "family" and "families", "supply" and "supplies", "assembly" and "assemblies" one key', () => {
    for (const [singular, plural] of [['family', 'families'], ['supply', 'supplies'], ['assembly', 'assemblies'], ['rally', 'rallies'], ['country', 'countries']]) {
      assert.equal(stemWord(plural), stemWord(singular), `${singular} / ${plural}`);
    }
  });

  it('keeps short words and other nouns apart', () => {
    assert.notEqual(stemWord('ties'), stemWord('tiles'));
    assert.notEqual(stemWord('families'), stemWord('famine'));
  });
});

describe('stemWord on derived adjectives and adverbs', () => {
  it('gives an adjective in "-able"/"-ible" the key of its verb when the verb has five letters or more', () => {
    for (const [verb, adjective] of [['avoided', 'avoidable'], ['prevent', 'preventable'], ['afford', 'affordable'], ['sustained', 'sustainable'], ['accepted', 'acceptable'], ['reversed', 'reversible'], ['converted', 'convertible']]) {
      assert.equal(stemWord(adjective), stemWord(verb), `${verb} / ${adjective}`);
    }
  });

  it('keeps short roots in "-able"/"-ible" apart from the short words they would become', () => {
    assert.notEqual(stemWord('capable'), stemWord('cap'));
    assert.notEqual(stemWord('possible'), stemWord('posed'));
    assert.notEqual(stemWord('table'), stemWord('tab'));
  });

  it('gives an adverb in "-ally" the key of its adjective', () => {
    for (const [adjective, adverb] of [['illegal', 'illegally'], ['final', 'finally'], ['fundamental', 'fundamentally'], ['general', 'generally'], ['total', 'totally']]) {
      assert.equal(stemWord(adverb), stemWord(adjective), `${adjective} / ${adverb}`);
    }
  });
});
