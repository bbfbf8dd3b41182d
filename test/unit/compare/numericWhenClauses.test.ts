/**
 * A year that "when" follows dates the clause after it, however long: "since 2013, when a runaway
 * train exploded in the town centre, killing 47 people" tells a toll of 2013, which is never set
 * against the toll a peer gives of the event reported now. Short reports of a tanker blast and a
 * ferry fire written for this test, analysed by the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { numericFindings as numeric } from './numericFindings';

const TANKER = {
  'wire.txt': 'The death toll from the fuel tanker explosion in Kaduna has risen to 12, state officials said on Tuesday. Road safety campaigners have warned about tankers on the highway since 2019, when a tanker exploded near Kogi, killing 47 people.',
  'daily.txt': 'Eleven people were killed when a fuel tanker overturned and exploded in Kaduna, state officials said on Tuesday.',
};

const FERRY = {
  'wire.txt': 'Police in Manado said the toll from the ferry fire off Sulawesi had risen to eight. The authorities have tightened checks since 2018, when an overloaded boat caught fire off Sulawesi, killing 19 passengers.',
  'daily.txt': 'A fire swept through a ferry off Sulawesi, killing six passengers, police in Manado said.',
};

describe('numeric discrepancies and clauses dated by "when"', () => {
  it('never sets a toll a "when" clause dates by its year against the toll of the event', () => {
    assert.deepEqual(numeric(TANKER, 'wire.txt'), ['12 → Eleven']);
    assert.deepEqual(numeric(FERRY, 'wire.txt'), ['eight → six']);
  });
});
