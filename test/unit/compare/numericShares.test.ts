/**
 * A share of a counted whole is a count: "half of the 300 passengers" is 150 passengers, "a
 * quarter of the 40 pupils" ten pupils, set against another report's count of them; the whole
 * itself ("the 300 passengers") is what other reports restate, not what the share tells. Short
 * reports of a ferry rescue, a school outbreak and a factory closure written for this test,
 * analysed by the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { numericFindings as numeric } from './numericFindings';

const FERRY = {
  'wire.txt': 'Half of the 300 passengers on the ferry Aegean Star were rescued by fishing boats off Lesbos on Saturday, the coastguard said.',
  'daily.txt': 'Fishing boats rescued 150 passengers from the ferry Aegean Star off Lesbos on Saturday, the coastguard said.',
  'radio.txt': 'Fishing boats rescued 180 passengers from the ferry Aegean Star off Lesbos on Saturday, the coastguard said. The ferry was carrying 300 passengers.',
};

const OUTBREAK = {
  'wire.txt': 'A quarter of the 40 pupils on a school trip to Bruges fell ill with food poisoning on Tuesday, the school in Ghent said.',
  'daily.txt': 'Twelve pupils on a school trip to Bruges fell ill with food poisoning on Tuesday, the school in Ghent said.',
};

const CLOSURE = {
  'wire.txt': 'Two-thirds of the plant\'s 1,200 employees will lose their jobs when the Volvo plant in Ghent closes next year, the company said.',
  'daily.txt': 'Some 800 employees will lose their jobs when the Volvo plant in Ghent closes next year, the company said. The plant employs 1,200 people.',
};

describe('numeric discrepancies with a share of a counted whole', () => {
  it('reads "half of the 300 passengers" as 150 passengers, and sets it against 180', () => {
    assert.deepEqual(numeric(FERRY, 'wire.txt'), ['Half → 180']);
    assert.deepEqual(numeric(FERRY, 'daily.txt'), ['150 → 180']);
  });

  it('does not set the whole against a count of the share ("the 300 passengers" / "180 passengers")', () => {
    assert.deepEqual(numeric(FERRY, 'radio.txt'), ['180 → Half, 150']);
  });

  it('reads "a quarter of the 40 pupils" as ten pupils, and sets it against twelve', () => {
    assert.deepEqual(numeric(OUTBREAK, 'wire.txt'), ['A quarter → Twelve']);
  });

  it('reads "two-thirds of the plant\'s 1,200 employees" as 800, agreeing with "some 800"', () => {
    assert.deepEqual(numeric(CLOSURE, 'wire.txt'), []);
    assert.deepEqual(numeric(CLOSURE, 'daily.txt'), []);
  });
});
