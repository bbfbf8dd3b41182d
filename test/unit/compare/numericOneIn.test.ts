/**
 * A rate told in words is the percentage it is, a round one ("one in five adults" is about 20 %,
 * "nearly one in 10 children" nearly 10 %, "two in three voters" about 67 %, "eight in ten" about 80 %), set against a
 * peer's percentage or fraction; its numbers are no counts of their own ("five adults"). Short
 * reports of a health survey, a poll and a school report written for this test, analysed by the
 * real pipeline.
 */
import { strict as assert } from 'node:assert';
import { numericFindings as numeric } from './numericFindings';

const SURVEY = {
  'wire.txt': 'One in five adults in Scotland now vapes, a survey by Public Health Scotland found on Monday.',
  'daily.txt': 'A quarter of adults in Scotland now vape, a survey by Public Health Scotland found on Monday.',
  'radio.txt': '21% of adults in Scotland now vape, a survey by Public Health Scotland found on Monday.',
};

const IMPORTS = {
  'wire.txt': 'Roughly eight in ten eels sold in Japan are imported, the fisheries agency said on Tuesday.',
  'daily.txt': 'Around 70 per cent of eels sold in Japan are imported, the fisheries agency said on Tuesday.',
};

const POLL = {
  'wire.txt': 'Two in three voters in Quebec oppose the pipeline, a Leger poll for Le Devoir showed on Saturday.',
  'daily.txt': 'Some 54 per cent of voters in Quebec oppose the pipeline, a Leger poll for Le Devoir showed on Saturday.',
};

describe('numeric discrepancies with a rate told in words', () => {
  it('reads "one in five" as about 20 %, against "a quarter" but agreeing with 21%', () => {
    assert.deepEqual(numeric(SURVEY, 'wire.txt'), ['One in five → A quarter']);
    assert.deepEqual(numeric(SURVEY, 'radio.txt'), ['21% → A quarter']);
  });

  it('reads "roughly eight in ten" as about 80 %, against "around 70 per cent"', () => {
    assert.deepEqual(numeric(IMPORTS, 'wire.txt'), ['Roughly eight in ten → Around 70 per cent']);
  });

  it('reads "two in three" as about 67 %, against "some 54 per cent"', () => {
    assert.deepEqual(numeric(POLL, 'wire.txt'), ['Two in three → Some 54 per cent']);
  });
});
