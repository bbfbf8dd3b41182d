import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../src/core/analyzeArticle';
import { genderOfGivenName } from '../../../src/core/speakers/givenNameGender';

describe('genderOfGivenName', () => {
  it('tells the gender of names on one list only, accents aside, and nothing for names on both', () => {
    assert.equal(genderOfGivenName('Laura'), 'female');
    assert.equal(genderOfGivenName('Pedro'), 'male');
    assert.equal(genderOfGivenName('Inés'), 'female');
    assert.equal(genderOfGivenName('Andrea'), null);
    assert.equal(genderOfGivenName('Zyxwv'), null);
  });

  it('lets "she" skip a man named after the woman it stands for', () => {
    const text = 'Interior Minister Laura Vidal met the families of the victims on Tuesday. Their lawyer, Pedro Sanz, was also present.\n“They deserve answers,” she said.';
    assert.deepEqual(analyzeArticle(text).quotes.map((q) => q.speaker), ['Laura Vidal']);
  });

  it('reads a hyphenated given name the lists do not hold by its first part', () => {
    assert.equal(genderOfGivenName('Hans-Jürgen'), 'male');
    assert.equal(genderOfGivenName('Anne-Sophie'), 'female');
    assert.equal(genderOfGivenName('Andrea-Maria'), null);
    const text = 'Coach Hans-Jürgen Vogt and his assistant Laura Pinto reviewed the tape on Sunday. Pinto, 34, left early.\n“We defended too deep,” she said.';
    assert.deepEqual(analyzeArticle(text).quotes.map((q) => q.speaker), ['Laura Pinto']);
  });
});
