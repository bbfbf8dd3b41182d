import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../src/core/analyzeArticle';

/** The speaker of every quote, in order. */
const speakers = (text: string): Array<string | null> => analyzeArticle(text).quotes.map((q) => q.speaker);

describe('resolving pronouns and descriptions', () => {
  it('never reads an age as the person in focus when the text gave that person another age', () => {
    const text = 'The holder, Rafael Mendes, beat Tomas Lindgren in four sets. Lindgren, 22, had taken the first set.\n“My legs were gone,” the 38-year-old said.';
    assert.deepEqual(speakers(text), [null]);
  });

  it('takes no gender from a pronoun that belongs to someone described after the name', () => {
    const text = 'Prosecutor Dana Whitley told the jury the case was simple. Whitley said the defendant had paid the money to himself.\n“Every cheque carries his name,” she said.';
    assert.deepEqual(speakers(text), ['Dana Whitley']);
  });

  it('follows a person introduced after a copula ("Among the marchers was …")', () => {
    const text = 'Mayor Paul Whitby opened the march. Among the marchers was Imam Yusuf Demir of the Bridge Street mosque.\n“My father marched here in 1985,” he said.';
    assert.deepEqual(speakers(text), ['Yusuf Demir']);
  });

  it('never takes a name in apposition to an object for the subject in focus', () => {
    const text = 'Ayla Brenner, 41, who founded the company with her husband, the engineer Jonas Brenner-Holt, in 2019, said sales had doubled. She told the Courier the ring would be “profitable from the first unit”.';
    assert.deepEqual(speakers(text), ['Ayla Brenner']);
  });
});
