/**
 * What is left of a course or a span ("with 40 kilometres to go", "with 25 minutes remaining") is
 * told from the end: it is not set against a figure told from the start ("after 150 kilometres",
 * "after 65 minutes"), but two remainders are compared. Short reports of a cycling stage, a
 * football match and a rowing race written for this test, analysed by the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { numericFindings as numeric } from './numericFindings';

const STAGE = {
  'wire.txt': 'Belgium\'s Arnaud Peeters attacked with 40 kilometres to go and won the fourth stage of the Vuelta in Segovia on Tuesday.',
  'daily.txt': 'Arnaud Peeters of Belgium attacked after 150 kilometres and won the fourth stage of the Vuelta in Segovia on Tuesday.',
  'radio.txt': 'Arnaud Peeters of Belgium attacked with 35km left and won the fourth stage of the Vuelta in Segovia on Tuesday.',
};

const MATCH = {
  'wire.txt': 'Nkosi scored the winner for Orlando Pirates with 25 minutes remaining against Kaizer Chiefs in Soweto on Saturday.',
  'daily.txt': 'Nkosi scored the winner for Orlando Pirates after 65 minutes against Kaizer Chiefs in Soweto on Saturday.',
};

const REGATTA = {
  'wire.txt': 'Oxford overtook Cambridge with 500 metres left of the Boat Race on the Thames on Sunday.',
  'daily.txt': 'Oxford overtook Cambridge with 800 metres left of the Boat Race on the Thames on Sunday.',
};

describe('numeric discrepancies between what is left and what is done', () => {
  it('does not set "with 40 kilometres to go" against "after 150 kilometres", but against "with 35km left"', () => {
    assert.deepEqual(numeric(STAGE, 'wire.txt'), ['40 → 35km']);
    assert.deepEqual(numeric(STAGE, 'daily.txt'), []);
  });

  it('does not set "with 25 minutes remaining" against "after 65 minutes"', () => {
    assert.deepEqual(numeric(MATCH, 'wire.txt'), []);
  });

  it('sets two remainders against each other ("500 metres left" / "800 metres left")', () => {
    assert.deepEqual(numeric(REGATTA, 'wire.txt'), ['500 → 800']);
  });
});
