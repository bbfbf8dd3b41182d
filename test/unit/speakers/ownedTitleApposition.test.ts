import { strict as assert } from 'node:assert';
import { speakers } from '../../support/quoteSpeakers';

describe('a title owned by a country or body in apposition after a name', () => {
  it('describes the person as ", the minister," would (a minister, a chief executive)', () => {
    const minister = [
      'Selim Kaya, Turkey’s environment minister, said on Tuesday that polluters were to blame.',
      '“What we skim off the surface is first aid,” the minister said.',
    ].join('\n\n');
    assert.deepEqual(speakers(minister), ['Selim Kaya']);
    const firm = [
      'Marta Ruiz, Solvia’s chief executive, told analysts the plant would reopen in May.',
      '“We lost three weeks, not the year,” the chief executive said.',
    ].join('\n\n');
    assert.deepEqual(speakers(firm), ['Marta Ruiz']);
  });
});
