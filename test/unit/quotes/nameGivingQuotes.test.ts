import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../src/core/analyzeArticle';

const kindsOf = (text: string): Array<[string, string, string | null]> => analyzeArticle(text).quotes.map((q) => [q.text, q.kind, q.speaker]);

describe('a name given after "calling" or "named"', () => {
  it('is a name, not words anyone said, whatever punctuation American style puts inside its marks', () => {
    const school = 'The Fairview School District will close on Fridays. The program, which the district is calling “Falcon Fridays,” offers tutoring.';
    assert.deepEqual(kindsOf(school), [['Falcon Fridays,', 'scare', null]]);
    const science = 'The team found a new species of frog, which they named “Rana Verdina” after the valley.';
    assert.deepEqual(kindsOf(science), [['Rana Verdina', 'scare', null]]);
  });

  it('leaves words in lower case after "calling" as a fragment someone said', () => {
    const court = 'Judge Ruth Kessler sentenced the men, calling the fraud “cruel and calculated”.';
    assert.deepEqual(kindsOf(court), [['cruel and calculated', 'partial', 'Ruth Kessler']]);
  });
});
