/**
 * Only people die, are hurt, go missing or make a crowd: a count of things takes no such role from
 * the words around it ("climbing 50 flights of stairs a week cuts the risk of dying", "searched 12 buildings
 * for the missing"), and is never set against a peer's count of the dead or the missing. Short
 * reports of a health study and an earthquake search written for this test, analysed by the real
 * pipeline.
 */
import { strict as assert } from 'node:assert';
import { numericFindings as numeric } from './numericFindings';

const STUDY = {
  'wire.txt': 'Nurses in the Harvard cohort who climbed 50 flights of stairs a week had a 20% lower risk of early death than those who climbed fewer than 10, the study in the BMJ found.',
  'daily.txt': 'Climbing 50 flights of stairs a week cuts the risk of dying early by a fifth, according to a study of Harvard nurses in the BMJ.',
};

const SEARCH = {
  'wire.txt': 'Rescuers in Hatay searched 12 buildings for the missing on Tuesday after the earthquake, the disaster agency AFAD said.',
  'daily.txt': 'Nine people were still missing in Hatay on Tuesday after the earthquake, the disaster agency AFAD said.',
};

describe('numeric discrepancies and counts of things', () => {
  it('does not set a count of flights of stairs against a peer\'s by the words about death around it', () => {
    assert.deepEqual(numeric(STUDY, 'wire.txt'), []);
  });

  it('does not count searched buildings among the missing', () => {
    assert.deepEqual(numeric(SEARCH, 'wire.txt'), []);
    assert.deepEqual(numeric(SEARCH, 'daily.txt'), []);
  });
});
