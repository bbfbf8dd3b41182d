import { strict as assert } from 'node:assert';
import { speakers } from '../../support/quoteSpeakers';

describe('a description whose person the text names only after it', () => {
  it('is the person named with that description in the next sentences, not the person in focus', () => {
    const text = [
      'Fisherman Tomas Reyes, 41, held up an empty net. “I catch nothing now,” he said.',
      'At its offices in the port, the company’s director of community affairs met a delegation on Tuesday.',
      '“We have heard them. We have offered new tests,” the director told reporters by telephone.',
      'The director, Ingrid Halvorsen, is no relation to the harbour master.',
    ].join('\n\n');
    assert.deepEqual(speakers(text), ['Tomas Reyes', 'Ingrid Halvorsen']);
  });

  it('is nobody when the person named so stands too far on to be sure', () => {
    const text = [
      'Fisherman Tomas Reyes, 41, held up an empty net. “I catch nothing now,” he said.',
      '“We have heard them,” the director told reporters by telephone.',
      'The meeting broke up after an hour. Villagers went home. Nobody signed anything. The trains stood still.',
      'The director, Ingrid Halvorsen, is no relation to the harbour master.',
    ].join('\n\n');
    assert.deepEqual(speakers(text), ['Tomas Reyes', null]);
  });
});
