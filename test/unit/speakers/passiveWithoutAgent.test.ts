import { strict as assert } from 'node:assert';
import { speakers } from '../../support/quoteSpeakers';

describe('a passive verb of saying with no agent before the quote', () => {
  it('names no speaker itself, so the verb before it does ("posted a message after the deal was confirmed: “…”")', () => {
    assert.deepEqual(speakers('Winger Dara Quinlan posted a two-word message shortly after the transfer was confirmed: “Home again.”'), ['Dara Quinlan']);
    assert.deepEqual(speakers('Professor Ines Moll wrote to the council after the closure was announced: “This lab trained three Nobel laureates.”'), ['Ines Moll']);
  });

  it('credits nobody when no verb before it names a speaker', () => {
    assert.deepEqual(speakers('The verdict was announced at noon: “Guilty on all counts.”'), [null]);
  });
});

describe('a player described by height', () => {
  it('reads "the 7-footer" as the person in focus, like "the 29-year-old"', () => {
    const text = 'Centre Tomas Varga, who was averaging nine points off the bench, said he was surprised. “I thought it was a joke,” the 7-footer said.';
    assert.deepEqual(speakers(text), ['Tomas Varga']);
  });
});
