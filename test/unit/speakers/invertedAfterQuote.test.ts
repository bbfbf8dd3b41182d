import { strict as assert } from 'node:assert';
import { speakers } from '../../support/quoteSpeakers';

describe('a verb that takes a listener, inverted right after the quote', () => {
  it('reads the subject after "asked" or "warned" when the verb follows the closing mark', () => {
    assert.deepEqual(speakers('“Who is going to pay for the new roof?” asked Ruth Kessler, a parish councillor, to loud applause.'), ['Ruth Kessler']);
    assert.deepEqual(speakers('“Why was the goal disallowed?” asked Hartlepool manager Owen Brady after the match.'), ['Owen Brady']);
    assert.deepEqual(speakers('“The river will peak overnight,” warned hydrologist Ines Mattsson.'), ['Ines Mattsson']);
  });

  it('still reads the listener after the verb when a subject stands before it, or after "told"', () => {
    assert.deepEqual(speakers('“Why now?” she asked Finance Minister Karl Brandt. Nobody answered.'), [null]);
    assert.deepEqual(speakers('“The board knew,” told Karl Brandt the court.'), [null]);
  });
});
