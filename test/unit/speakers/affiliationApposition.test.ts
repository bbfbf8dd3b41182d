import { strict as assert } from 'node:assert';
import { speakerOf } from '../../support/quoteSpeakers';

describe('a person with an affiliation set off by commas before the verb', () => {
  it('speaks, not the body of the affiliation, when a hyphened participle and a relative clause qualify the body (finance, farming)', () => {
    const finance = 'Fund manager Dev Anand, of London-based Harrow Pike Capital, which holds about 4 per cent of the shares, said the fall was “overdone”.';
    assert.equal(speakerOf(finance, 'overdone'), 'Dev Anand');
    const farming = 'Agronomist Lisa Brandt, of Iowa-based Prairie Seed Cooperative, which supplies 900 farms, said the harvest was “the worst in a decade”.';
    assert.equal(speakerOf(farming, 'the worst in'), 'Lisa Brandt');
  });

  it('still lets a body named on its own with a relative clause speak (business)', () => {
    const text = 'Harrow Pike Capital, which holds about 4 per cent of the shares, said the fall was “overdone”.';
    assert.equal(speakerOf(text, 'overdone'), 'Harrow Pike Capital');
  });
});
