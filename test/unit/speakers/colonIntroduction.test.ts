import { strict as assert } from 'node:assert';
import { speakers } from '../../support/quoteSpeakers';

describe('a quote paragraph introduced by a colon line with no verb', () => {
  it('is the words of the one the sentence before had say or write something', () => {
    const club = [
      'Mara Jensen, Tom Hale\'s successor as chair, explained the decision in a letter to members titled "A Hard Winter". The key passage:',
      '> "We cannot keep the ground open on these terms. The lease ends in May."',
    ].join('\n\n');
    assert.deepEqual(speakers(club), [null, 'Mara Jensen']);
    const lab = [
      'Professor Ilse Vandenberghe wrote to the funding council on Friday. Her letter in full:',
      '"The samples were contaminated in transit. We will repeat the trial at our own cost."',
    ].join('\n\n');
    assert.deepEqual(speakers(lab), ['Ilse Vandenberghe']);
  });

  it('credits nobody when the sentence before has nobody say anything', () => {
    const match = [
      'The stadium fell silent when the ball went in. The key moment:',
      '"Goal! The keeper never saw it."',
    ].join('\n\n');
    assert.deepEqual(speakers(match), [null]);
  });
});
