import { strict as assert } from 'node:assert';
import { speakerOf } from '../../support/quoteSpeakers';

describe('a person whose title holds a body’s long name ("Canterbury Employers’ Chamber of Commerce chief executive X")', () => {
  it('is the subject of the clause, so the "she" or "he" of the next paragraph is theirs (business, sport)', () => {
    const business = 'Otago Chamber of Commerce and Industry chief executive Mereana Walsh said the strike would cost exporters dearly.\n\n“Nobody wins from this,” she said.';
    assert.equal(speakerOf(business, 'Nobody wins'), 'Mereana Walsh');
    const sport = 'Royal Dutch Football Association technical director Pieter Smit said the team needed time.\n\n“We are building for 2030,” he said.';
    assert.equal(speakerOf(sport, 'We are building'), 'Pieter Smit');
  });
});
