/**
 * Abbreviated titles before a name, spelled out: with or without their full stop, in any case,
 * and nothing for a word that only begins like one. Words written for this test.
 */
import { strict as assert } from 'node:assert';
import { spellOutNameTitle } from '../../../src/core/speakers/titleAbbreviations';

describe('abbreviated titles before a name', () => {
  it('spells out a title written short, with or without its full stop, in any case', () => {
    assert.deepEqual(spellOutNameTitle('Supt.'), ['superintendent']);
    assert.deepEqual(spellOutNameTitle('Supt'), ['superintendent']);
    assert.deepEqual(spellOutNameTitle('CLLR.'), ['councillor']);
    assert.deepEqual(spellOutNameTitle('msgr'), ['monsignor']);
  });

  it('spells out nothing for a full word, a word that begins like a title, or a doubled stop', () => {
    assert.equal(spellOutNameTitle('Governor'), null);
    assert.equal(spellOutNameTitle('General.'), null);
    assert.equal(spellOutNameTitle('Prof..'), null);
    assert.equal(spellOutNameTitle('.'), null);
  });
});
