/**
 * One count that papers name by different nouns ("four patrol boats" / "three patrol vessels") is
 * set against itself when the words around the two figures tell the same fact; two counts of two
 * things in one story ("12 trucks" / "15 ambulances") are not. Short reports of a fishing ban and a
 * relief convoy written for this test, analysed by the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { numericFindings as numeric } from './numericFindings';

const CLOSURE = {
  'agency.txt': `Mozambique closes shrimp grounds

BEIRA (Agency) - Mozambique will close the Sofala Bank to shrimp trawling for four months from January, the fisheries minister said on Tuesday. The navy will enforce the closure with four patrol boats, she said.`,
  'weekly.txt': `Sofala Bank shrimp ban

Mozambique will close the Sofala Bank to shrimp trawling for four months from January, the fisheries minister said on Tuesday. The navy will enforce the closure with three patrol vessels, she said.`,
};

const CONVOY = {
  'wire.txt': `Relief convoy reaches flooded town

A convoy of 12 trucks carrying food and blankets reached the flooded town of Marrow on Friday, the Red Cross said.`,
  'paper.txt': `Help arrives in Marrow

A convoy carrying food and blankets reached the flooded town of Marrow on Friday, the Red Cross said, and 15 ambulances took the injured to hospital in the capital.`,
};

describe('numeric discrepancies in counts named by two nouns', () => {
  it('sets "four patrol boats" against "three patrol vessels" of the same closure', () => {
    assert.deepEqual(numeric(CLOSURE, 'agency.txt'), ['four → three']);
  });

  it('does not set a convoy\'s 12 trucks against 15 ambulances', () => {
    assert.deepEqual(numeric(CONVOY, 'wire.txt'), []);
  });
});
