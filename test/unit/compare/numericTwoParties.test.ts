/**
 * A report may give one fact twice, by two parties ("2,800 died, the ministry said, while the WHO
 * put the toll at more than 3,000"; "14 were killed, police said, while the fire brigade put the
 * toll at 16"): a peer giving either figure agrees with it, and neither is flagged against that
 * peer. A peer giving a third figure still disagrees, and is set against the figure of the party
 * it names. Short reports of a measles outbreak and a motorway pile-up written for this test,
 * analysed by the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { numericFindings as numeric } from './numericFindings';

const MEASLES = {
  'wire.txt': 'Measles killed more than 3,000 children in Nigeria last year, according to the World Health Organization.',
  'daily.txt': 'Some 2,800 children died of measles in Nigeria last year, the health ministry said, while the WHO put the toll at more than 3,000.',
  'radio.txt': 'Measles killed 4,100 children in Nigeria last year, according to the World Health Organization.',
};

const PILE_UP = {
  'wire.txt': 'Fourteen people were killed in a pile-up on the A1 near Bologna on Sunday, police said, while the fire brigade put the toll at 16.',
  'daily.txt': 'Sixteen people were killed in a pile-up on the A1 near Bologna on Sunday, the fire brigade said.',
};

describe('numeric discrepancies when a report gives one fact by two parties', () => {
  it('does not flag either figure against a peer that gives one of them', () => {
    assert.deepEqual(numeric(MEASLES, 'wire.txt'), ['more than 3,000 → 4,100']);
    assert.ok(!numeric(MEASLES, 'daily.txt').some((finding) => finding.includes('wire')), numeric(MEASLES, 'daily.txt').join('\n'));
    assert.deepEqual(numeric(PILE_UP, 'wire.txt'), []);
    assert.deepEqual(numeric(PILE_UP, 'daily.txt'), []);
  });

  it('still sets a third figure against the peer\'s figure from the same party', () => {
    assert.deepEqual(numeric(MEASLES, 'radio.txt'), ['4,100 → more than 3,000, more than 3,000']);
  });
});
