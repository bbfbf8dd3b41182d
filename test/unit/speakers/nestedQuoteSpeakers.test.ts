import { strict as assert } from 'node:assert';
import { speakerOf } from '../../support/quoteSpeakers';

describe('quotes within quotes', () => {
  it('credits the outer speaker who quotes their own words ("I tell them, ‘…’") (sport, health)', () => {
    const sport = '“I always tell my players, ‘Enjoy the noise,’ and they do,” said coach Ivan Petrov.';
    assert.equal(speakerOf(sport, 'Enjoy the noise'), 'Ivan Petrov');
    const health = 'Dr Sara Lund spoke at the clinic. “We told the families: ‘Stay indoors until the smoke clears.’ Most of them listened,” she said.';
    assert.equal(speakerOf(health, 'Stay indoors'), 'Sara Lund');
  });

  it('credits nobody for the words of someone the outer speaker quotes, or a phrase held at a distance (disaster, heritage)', () => {
    const neighbour = '“A neighbour said to me, ‘Leave now,’ so I left,” said Ana Ruiz.';
    assert.equal(speakerOf(neighbour, 'Leave now'), null);
    const field = '“My father called it ‘the long field’ and so do I,” said Ana Ruiz.';
    assert.equal(speakerOf(field, 'the long field'), null);
    const heard = '“I have heard ‘next week’ for a year,” said Ana Ruiz.';
    assert.equal(speakerOf(heard, 'next week'), null);
  });

  it('credits the speaker who was saying the words themselves, the verb right before them (racing, chess)', () => {
    const jockey = '“Over the last two furlongs I was saying ‘hold on, hold on’ to myself,” said jockey Ana Ruiz.';
    assert.equal(speakerOf(jockey, 'hold on'), 'Ana Ruiz');
    const chess = '“We kept saying ‘one more game’ until dawn,” said grandmaster Ilya Sorin.';
    assert.equal(speakerOf(chess, 'one more game'), 'Ilya Sorin');
  });

  it('credits nobody for words the speaker was told, or that others kept saying', () => {
    const told = '“I was told ‘no’ three times before the final,” said jockey Ana Ruiz.';
    assert.equal(speakerOf(told, 'no'), null);
    const others = '“They kept saying ‘one more game’ until dawn,” said grandmaster Ilya Sorin.';
    assert.equal(speakerOf(others, 'one more game'), null);
  });
});
