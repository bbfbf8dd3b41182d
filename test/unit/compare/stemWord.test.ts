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
