import { strict as assert } from 'node:assert';
import { speakerOf } from '../../support/quoteSpeakers';

describe('the speaker a lede describes and the next paragraph names', () => {
  it('gives the lede’s description to the person the next paragraph names, so later descriptions and pronouns find them (business, sport)', () => {
    const business = 'Rotherby Foods will close its Leeds plant, its chief executive has said.\n\nSpeaking to analysts on Monday, Priya Menon said demand had fallen.\n\nUnion leader Tom Hale called the move “a betrayal”.\n\n“We had no choice,” the chief executive said.';
    assert.equal(speakerOf(business, 'We had no'), 'Priya Menon');
    const sport = 'The tennis federation will appeal the ban, its president has said.\n\nSpeaking in Madrid, Ana Lindqvist said the ruling was flawed.\n\nMaria Solis, 17, said she was relieved. “I can play again,” she said.\n\nThe president also criticised the umpires. “They were not neutral,” she said.';
    assert.equal(speakerOf(sport, 'They were not'), 'Ana Lindqvist');
  });

  it('never gives it to a next subject who holds an office of their own (labour)', () => {
    const text = 'The plant will close in March, its chief executive has said.\n\nUnion leader Tom Hale said the move was a betrayal.\n\n“We had no choice,” the chief executive said.';
    assert.equal(speakerOf(text, 'We had no'), null);
  });
});
