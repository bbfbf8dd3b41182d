import { strict as assert } from 'node:assert';
import { speakerOf } from '../../support/quoteSpeakers';

describe('a name in apposition to a role with the body or place it serves', () => {
  it('is the subject, so the "he" or "she" of the next paragraph is theirs (farming, market, diplomacy)', () => {
    const farming = 'A spokesperson for the Dairy Farmers’ Association, Owain Pritchard, said after the meeting that prices were too low.\n\n“Half of our members are selling at a loss,” he said.';
    assert.equal(speakerOf(farming, 'Half of our'), 'Owain Pritchard');
    const market = 'Speaking after the vote, a fish trader at Tema Harbour Market, Akosua Boateng, said her rent had doubled.\n\n“I cannot pay it and feed my children,” she said.';
    assert.equal(speakerOf(market, 'I cannot pay'), 'Akosua Boateng');
    const diplomacy = 'Sweden’s ambassador-designate to Chile, Karin Lundqvist, said the agreement would help both countries.\n\n“Copper and forests connect us,” she said.';
    assert.equal(speakerOf(diplomacy, 'Copper and forests'), 'Karin Lundqvist');
  });

  it('names the person the role serves when that is a person, not the subject (court)', () => {
    const court = 'A lawyer for the accused, Tom Keane, said the charge was unfounded.\n\n“He was at home that night,” he said.';
    assert.equal(speakerOf(court, 'He was at home'), null);
  });

  it('stays an object after a verb or a preposition before the role (interview)', () => {
    const text = 'Inspector Tom Bryce said the road would reopen on Friday. Reporters spoke to a driver for the haulage firm, Ewan Doyle, on Monday.\n\n“The detour is long,” he said.';
    assert.equal(speakerOf(text, 'The detour is'), null);
  });
});

describe('a name in apposition to a role in a body named by its place or field', () => {
  it('is the subject, so the "he" after it is theirs ("the president of the regional union of Kairouan, X,")', () => {
    const text = 'The president of the regional farmers’ union of Sfax, Hedi Ben Amor, said the aid came late. «We sold half our sheep,» he said.';
    assert.equal(speakerOf(text, 'We sold half'), 'Hedi Ben Amor');
  });
});
