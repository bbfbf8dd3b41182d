import { strict as assert } from 'node:assert';
import { speakers } from '../../support/quoteSpeakers';

describe('a quote in an adverbial clause after a verb of saying', () => {
  it('is not the words of the one who says the main clause ("X says … as unions accuse …")', () => {
    assert.deepEqual(speakers('The Aviation Workers Union says 300 flights will go as pilots accuse management of “gambling with safety”.'), [null]);
    assert.deepEqual(speakers('Harbour City FC said the stand would close while fans warned of “a ghost ground”.'), [null]);
  });

  it('still gives the reporter the words of unnamed people in the clause the verb reports', () => {
    assert.deepEqual(speakers('The Aviation Workers Union said its members had voted “overwhelmingly” for strike action.'), ['Aviation Workers Union']);
  });
});
