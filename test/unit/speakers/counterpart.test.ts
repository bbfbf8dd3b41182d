import { strict as assert } from 'node:assert';
import { speakers } from '../../support/quoteSpeakers';

describe('a counterpart', () => {
  it('gives a counterpart the office of the one whose counterpart they are, for their own country', () => {
    const talks = [
      'Finance Minister Pieter de Graaf met his Belgian counterpart, Lotte Claes, in Brussels on Monday.',
      'Claes spoke first. “We will not accept a tax on our ports,” she said.',
      '“The talks were frank but useful,” the Belgian minister added.',
    ].join('\n\n');
    assert.deepEqual(speakers(talks), ['Lotte Claes', 'Lotte Claes']);
  });

  it('does not give a counterpart a title of another country', () => {
    const talks = [
      'Finance Minister Pieter de Graaf met his Belgian counterpart, Lotte Claes, in Brussels on Monday.',
      'Claes spoke first and left early.',
      '“The talks were frank but useful,” the Dutch minister added.',
    ].join('\n\n');
    assert.deepEqual(speakers(talks), [null]);
  });
});
