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
});
