/**
 * A span of time that names what it spans after "of" ("nine days of racing", "two weeks of talks")
 * says what it measures, as a counted noun does: two reports' spans of one named thing meet even
 * in sentences that are not told alike, and spans of two things never do. Short reports of a
 * music festival, climate talks and a storm written for this test, analysed by the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { numericFindings as numeric } from './numericFindings';

const FESTIVAL = {
  'wire.txt': 'Glastonbury organisers said on Tuesday that Worthy Farm would host the festival again next June. Fans can expect five days of music across 100 stages.',
  'daily.txt': 'Glastonbury organisers said on Tuesday that Worthy Farm would host the festival again next June. Tickets go on sale in October for what Michael Eavis called four days of music.',
};

const TALKS = {
  'wire.txt': 'UN climate negotiators in Bonn agreed a draft text on adaptation finance on Thursday. The deal came after two weeks of talks.',
  'daily.txt': 'UN climate negotiators in Bonn agreed a draft text on adaptation finance on Thursday. Exhausted delegates from poorer countries had pressed for it through 10 days of talks.',
};

const STORM = {
  'wire.txt': 'Storm Ciarán brought three days of rain to Brittany, where 1,200 homes lost power, the grid operator said.',
  'daily.txt': 'In Brittany, where the grid operator said 1,200 homes lost power, fishermen sat out five days of strikes in the ports.',
};

describe('numeric discrepancies of spans of time that name what they span', () => {
  it('sets spans of one named thing against each other, in sentences told alike or not', () => {
    assert.deepEqual(numeric(TALKS, 'wire.txt'), ['two → 10']);
    assert.deepEqual(numeric(FESTIVAL, 'wire.txt'), ['five → four']);
  });

  it('never sets days of rain against days of strikes', () => {
    assert.deepEqual(numeric(STORM, 'wire.txt'), []);
  });
});
