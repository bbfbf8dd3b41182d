/**
 * A scale counted whole or by a fraction is a figure ("half a million" is 500,000, "a quarter of a
 * million" 250,000, "a million" 1,000,000), set against other reports' figures in digits. Short
 * reports of a refugee flow, a protest and a cattle die-off written for this test, analysed by the
 * real pipeline.
 */
import { strict as assert } from 'node:assert';
import { numericFindings as numeric } from './numericFindings';

const REFUGEES = {
  'wire.txt': 'Half a million people have fled the fighting in Sudan\'s Darfur region since April, the UN refugee agency said on Friday.',
  'daily.txt': 'Some 420,000 people have fled the fighting in Sudan\'s Darfur region since April, the UN refugee agency said on Friday.',
  'radio.txt': '500,000 people have fled the fighting in Sudan\'s Darfur region since April, the UN refugee agency said on Friday.',
};

const PROTEST = {
  'wire.txt': 'A quarter of a million people marched through Santiago on Sunday against the pension reform, the organisers said.',
  'daily.txt': 'About 300,000 people marched through Santiago on Sunday against the pension reform, the organisers said.',
};

const CATTLE = {
  'wire.txt': 'A million cattle have died in the drought in northern Kenya, the livestock ministry said on Tuesday.',
  'daily.txt': '1.5 million cattle have died in the drought in northern Kenya, the livestock ministry said on Tuesday.',
};

describe('numeric discrepancies with a scale in words', () => {
  it('reads "half a million" as 500,000', () => {
    assert.deepEqual(numeric(REFUGEES, 'wire.txt'), ['Half a million → Some 420,000']);
    assert.deepEqual(numeric(REFUGEES, 'radio.txt'), ['500,000 → Some 420,000']);
  });

  it('reads "a quarter of a million" as 250,000 and "a million" as 1,000,000', () => {
    assert.deepEqual(numeric(PROTEST, 'wire.txt'), ['A quarter of a million → About 300,000']);
    assert.deepEqual(numeric(CATTLE, 'wire.txt'), ['A million → 1.5 million']);
  });
});
