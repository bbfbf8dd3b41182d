/**
 * A span of time after "in" that a record is told over ("for the first time in four years", "the
 * worst floods in 40 years") says how rare a thing is: it meets only the span of the same record
 * in another report, never the span of another record ("the biggest cut in six years") nor a
 * length ("jailed for 12 years"); "the first metro line will be completed in three years" tells a
 * length, not a record. Short reports of a rate cut, floods, a sentencing and a metro line written
 * for this test, analysed by the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { numericFindings as numeric } from './numericFindings';

const RATES = {
  'wire.txt': 'The Bank of Canada cut its key interest rate to 4.75% on Wednesday, lowering borrowing costs for the first time in four years, Governor Tiff Macklem said.',
  'daily.txt': 'The Bank of Canada cut its key interest rate to 4.75% on Wednesday, the biggest cut in six years, Governor Tiff Macklem said.',
};

const FLOODS = {
  'wire.txt': 'Emilia-Romagna suffered the worst floods in 40 years on Tuesday as rivers burst their banks near Ravenna, the regional government said.',
  'daily.txt': 'Rivers burst their banks near Ravenna on Tuesday, bringing Emilia-Romagna the worst flooding in 50 years, the regional government said.',
};

const SENTENCE = {
  'wire.txt': 'A court in Lyon jailed the former mayor for 12 years on Monday for taking bribes from builders, prosecutors said.',
  'daily.txt': 'A court in Lyon gave the former mayor the heaviest sentence for corruption in nine years on Monday for taking bribes from builders, prosecutors said.',
};

const METRO = {
  'wire.txt': 'In Riyadh, the first metro line will be completed in three years, the city authority said on Sunday.',
  'daily.txt': 'In Riyadh, the first metro line will take four years to complete, the city authority said on Sunday.',
};

describe('numeric discrepancies and the spans records are told over', () => {
  it('never sets the span of one record against that of another or against a length', () => {
    assert.deepEqual(numeric(RATES, 'wire.txt'), []);
    assert.deepEqual(numeric(SENTENCE, 'daily.txt'), []);
  });

  it('still sets two spans of one record against each other, and two lengths a clause tells', () => {
    assert.deepEqual(numeric(FLOODS, 'wire.txt'), ['40 → 50']);
    assert.deepEqual(numeric(METRO, 'wire.txt'), ['three → four']);
  });
});
