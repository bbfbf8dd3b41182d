import { strict as assert } from 'node:assert';
import { speakers } from '../../support/quoteSpeakers';

describe('a team or party in brackets after a person', () => {
  it('names the person\'s team, not another name for the person: the team speaks for itself', () => {
    const race = [
      'Results: Mara Jensen (Velotec) won the stage, Ola Brandt (Nordhavn) was second.',
      'A spokesperson for Velotec said the team was “delighted with the result”.',
      'Nordhavn said in a statement that the crash was “nobody’s fault”.',
    ].join('\n\n');
    assert.deepEqual(speakers(race), ['Velotec', 'Nordhavn']);
    const vote = 'Senator Ruth Coles (Greens) voted against the bill. The Greens said in a statement that the law was “a gift to polluters”.';
    assert.deepEqual(speakers(vote), ['Greens']);
  });

  it('still reads a short name in brackets after an organisation as that organisation', () => {
    const text = 'The Danish Maritime Authority (DMA) inspected the ferry on Monday. The DMA said the hull was “sound”.';
    assert.deepEqual(speakers(text), ['Danish Maritime Authority']);
  });
});
