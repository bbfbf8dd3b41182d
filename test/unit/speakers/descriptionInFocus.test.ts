import { strict as assert } from 'node:assert';
import { speakers } from '../../support/quoteSpeakers';

describe('a description that fits several people named before it', () => {
  it('is the one of them in focus, the subject a pronoun there would mean (diplomacy, sport)', () => {
    const diplomacy = 'The treaty was signed in Oslo by Norway’s Fisheries Minister Ingrid Solberg-Haug and her Icelandic counterpart, Trade Minister Einar Magnusson.\n\nSolberg-Haug, who spoke in Norwegian, said the stocks had been overfished for years. “The cod cannot wait,” she said.\n\n“Every country on this sea has to cut,” the minister added.';
    assert.deepEqual(speakers(diplomacy), ['Ingrid Solberg-Haug', 'Ingrid Solberg-Haug']);
    const sport = 'Rovers coach Dan Ellery and his Athletic counterpart, coach Mick Tate, shook hands before kick-off.\n\nEllery said his side had been poor in the first half. “We woke up after the break,” the coach said.';
    assert.deepEqual(speakers(sport), ['Dan Ellery']);
  });

  it('is nobody when the one in focus is neither of them', () => {
    const text = 'The treaty was signed by Fisheries Minister Ingrid Solberg-Haug and Trade Minister Einar Magnusson.\n\nHarbour master Olaf Berge said the boats were ready.\n\n“Every country on this sea has to cut,” the minister added.';
    assert.deepEqual(speakers(text), [null]);
  });
});
