import { strict as assert } from 'node:assert';
import { speakers } from '../../support/quoteSpeakers';

describe('an organisation written as initials', () => {
  it('reads "the ARHK chairman" as the person whose title spells the Association of Road Hauliers of Kenya out', () => {
    const strike = 'The chairman of the Association of Road Hauliers of Kenya, Peter Mwangi, spoke in Mombasa. Transport minister Ana Kiprop said prices would fall. “We cannot carry goods at a loss,” the ARHK chairman said.';
    assert.deepEqual(speakers(strike), ['Peter Mwangi']);
    const other = 'The chairman of the Association of Road Hauliers of Kenya, Peter Mwangi, spoke in Mombasa. Transport minister Ana Kiprop said prices would fall. “We cannot carry goods at a loss,” the KPA chairman said.';
    assert.deepEqual(speakers(other), [null]);
  });
});
