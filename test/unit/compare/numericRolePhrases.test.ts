/**
 * Counts of people whose role a phrase of their predicate tells: people parted from their homes
 * are the displaced ("left their homes", "moved out of their homes", "forces 2,000 from homes",
 * "ordered to leave"), people in hospital the hospitalised ("were taken to hospital", "were
 * hospitalised"), a part of the injured never set against all of them. Short reports of a chemical
 * leak, a volcanic eruption, a school bus crash and a stadium stampede written for this test,
 * analysed by the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { numericFindings as numeric } from './numericFindings';

const CHLORINE_LEAK = {
  'wire.txt': 'About 3,000 people left their homes in Ludwigshafen on Monday after a chlorine leak at a chemical plant, the fire service said.',
  'daily.txt': 'More than 2,200 residents were evacuated in Ludwigshafen on Monday after a chlorine leak at a chemical plant, the fire service said.',
};

const ERUPTION = {
  'wire.txt': `Volcano forces 2,000 from homes in Sumatra

MEDAN (Wire) - Mount Sinabung erupted on Friday, sending ash five kilometres into the sky.`,
  'daily.txt': `Sinabung erupts again

Some 1,400 villagers were ordered to leave on Friday as Mount Sinabung erupted, sending ash five kilometres into the sky, disaster officials said.`,
};

const BUS_CRASH = {
  'wire.txt': 'Twenty-six pupils were taken to hospital in Graz after a school bus left the road on Thursday morning, police said.',
  'daily.txt': 'Nineteen children were hospitalised in Graz after a school bus left the road on Thursday morning, police said.',
};

const FACTORY_FIRE = {
  'wire.txt': 'Twelve injured workers were taken to hospital in Izmir after a fire swept through a textile factory on Wednesday, the governor said.',
  'daily.txt': 'Fifteen people remained in hospital in Izmir after a fire swept through a textile factory on Wednesday, the governor said.',
};

const STAMPEDE = {
  'wire.txt': 'More than 180 people were injured in a stampede at a stadium in Luanda on Saturday, the health ministry said.',
  'daily.txt': 'Forty-one people were taken to hospital after a stampede at a stadium in Luanda on Saturday, the health ministry said.',
};

describe('numeric discrepancies in counts of people whose predicate tells their role', () => {
  it('sets people who left their homes against the evacuated', () => {
    assert.deepEqual(numeric(CHLORINE_LEAK, 'wire.txt'), ['About 3,000 → More than 2,200']);
  });

  it('reads "forces 2,000 from homes" and "ordered to leave" as counts of the displaced', () => {
    assert.deepEqual(numeric(ERUPTION, 'wire.txt'), ['2,000 → Some 1,400']);
  });

  it('sets people taken to hospital against people hospitalised', () => {
    assert.deepEqual(numeric(BUS_CRASH, 'wire.txt'), ['Twenty-six → Nineteen']);
  });

  it('sets the injured a report puts in hospital against a count of people in hospital', () => {
    assert.deepEqual(numeric(FACTORY_FIRE, 'wire.txt'), ['Twelve → Fifteen']);
  });

  it('does not set the people in hospital against all the injured', () => {
    assert.deepEqual(numeric(STAMPEDE, 'wire.txt'), []);
  });
});
