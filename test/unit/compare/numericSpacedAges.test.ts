/**
 * An age written with spaces ("a 70 year old woman") is an age, as its hyphened form is ("a
 * 72-year-old"): it never meets a span of years the story tells (a sentence, a record "in 12
 * years"), and still meets another report's age. One told in the past ("was 19 years old when he
 * set the fire", "I was 14 years old") is the age at a past moment, not the person's age now that
 * a peer gives ("Price, 21,"), and meets nothing. Short reports of a trial, a sports award and a
 * rescue written for this test, analysed by the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { numericFindings as numeric } from './numericFindings';

const TRIAL = {
  'wire.txt': 'Daniel Price was 19 years old when he set fire to the community hall in Luton, the court heard before he was jailed on Friday.',
  'daily.txt': 'Daniel Price, 21, set fire to the community hall in Luton and was jailed for 16 years on Friday, the court heard.',
};

const AWARD = {
  'wire.txt': 'The jockey Aoife Byrne won the Irish Grand National at Fairyhouse on Monday, the first woman to do so in 12 years.',
  'daily.txt': 'Aoife Byrne, who was 14 years old when she first rode in a point-to-point, won the Irish Grand National at Fairyhouse on Monday.',
};

const RESCUE = {
  'wire.txt': 'Firefighters in Porto rescued a 70 year old woman from the flooded basement of her home on Tuesday night.',
  'daily.txt': 'Firefighters in Porto rescued a 72-year-old woman from the flooded basement of her home on Tuesday night.',
};

describe('numeric discrepancies and ages written with spaces', () => {
  it('does not set a past "19 years old" against a sentence of years nor against the age now', () => {
    assert.deepEqual(numeric(TRIAL, 'wire.txt'), []);
    assert.deepEqual(numeric(TRIAL, 'daily.txt'), []);
  });

  it('does not set "14 years old" against a record "in 12 years"', () => {
    assert.deepEqual(numeric(AWARD, 'daily.txt'), []);
  });

  it('still sets "a 70 year old woman" against "a 72-year-old woman"', () => {
    assert.deepEqual(numeric(RESCUE, 'wire.txt'), ['70 → 72']);
  });
});
