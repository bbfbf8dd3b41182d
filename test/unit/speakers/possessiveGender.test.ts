import { strict as assert } from 'node:assert';
import { speakerOf } from '../../support/quoteSpeakers';

describe('the gender a possessive after a name tells', () => {
  it('is not read when someone else is named before the name in its sentence ("Mr Reyes’s wife, Lucia, … his sister")', () => {
    const text = 'A Harbour Health spokeswoman said the clinic had opened two more theatres.\n\nMr Reyes’s wife, Lucia, said the couple had cancelled a trip to see his sister.\n\n“He cannot sit on a plane with that knee,” she said.';
    assert.equal(speakerOf(text, 'He cannot sit'), 'Lucia');
  });

  it('is still read when the name opens the sentence ("Smith said his team …")', () => {
    const text = 'Dr Ana Ruiz said the ward was full.\n\nRobin Kale said his team had waited four hours.\n\n“It was chaos,” she said.';
    assert.equal(speakerOf(text, 'It was chaos'), 'Ana Ruiz');
  });
});
