/**
 * "More than" leaves out the figure it names: "more than a dozen species" is no exact count of
 * twelve, though "more than 40 homes" may be the 40 another paper rounds down to. A bound "up to"
 * names is compared across units within the rounding of the conversion ("up to 88 lb" / "as much
 * as 40kg"). Short reports of a fish kill, a fire and a panda's diet written for this test,
 * analysed by the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { numericFindings as numeric } from './numericFindings';

const FISH_KILL = {
  'wire.txt': 'Biologists said on Wednesday that twelve species of fish had died in the river since the spill.',
  'paper.txt': 'Biologists said on Wednesday that more than a dozen species of fish had died in the river since the spill.',
};

const FIRE = {
  'wire.txt': 'The fire service said on Sunday that 40 homes were destroyed when the blaze swept through the valley.',
  'paper.txt': 'The fire service said on Sunday that more than 40 homes were destroyed when the blaze swept through the valley.',
};

const PANDA = {
  'wire.txt': 'Each adult panda can eat up to 88 lb of bamboo a day, the zoo said on Thursday.',
  'paper.txt': 'An adult panda can eat as much as 40kg of bamboo a day, the zoo said on Thursday.',
};

describe('numeric discrepancies with bounds', () => {
  it('takes "more than a dozen" species to differ from twelve', () => {
    assert.deepEqual(numeric(FISH_KILL, 'wire.txt'), ['twelve → more than a dozen']);
  });

  it('takes "more than 40 homes" to agree with 40 homes, a round count', () => {
    assert.deepEqual(numeric(FIRE, 'paper.txt'), []);
  });

  it('takes "up to 88 lb" to agree with "as much as 40kg"', () => {
    assert.deepEqual(numeric(PANDA, 'wire.txt'), []);
  });
});
