import { strict as assert } from 'node:assert';
import { speakers } from '../../support/quoteSpeakers';

describe('a speaker named after a quote in guillemets', () => {
  it('stands as the subject a later "she" means, as after curly quotes', () => {
    const summit = [
      'The two delegations met in Rabat on Tuesday.',
      '«We want legal routes, not walls,» Mrs Inés Carvajal Ruiz said, announcing 300 work visas.',
      '«This is an investment, not a gift,» she added.',
    ].join('\n\n');
    assert.deepEqual(speakers(summit), ['Inés Carvajal Ruiz', 'Inés Carvajal Ruiz']);
    const court = '«The evidence was planted,» defence lawyer Karim Benali told the court. «My client was in Lyon that night,» he said.';
    assert.deepEqual(speakers(court), ['Karim Benali', 'Karim Benali']);
  });
});
