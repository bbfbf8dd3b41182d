/**
 * Figures that place or frame rather than measure, and lengths of different dimensions: "four years
 * ago" dates another event, "in the first six hours" is the window a count is made in, and "40
 * metres deep" is no distance "from the shore", "four goals" no position like "his sixth goal"; a
 * duration and a length of one dimension are still compared; "ten years after the earthquake"
 * tells a time from another event, "three days of mourning" is no day of a search. Short reports
 * of a boat wreck, a cup tie, an anniversary and a ferry search written for this test, analysed by
 * the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { numericFindings as numeric } from './numericFindings';

const WRECK = {
  'wire.txt': `Divers reach sunken tourist boat off Phuket

PHUKET (Wire) - Navy divers reached a sunken tourist boat off Phuket on Tuesday. The wreck lies about 40 metres deep, the navy said. The boat was 25 metres long, and the dive lasted six hours.

In the first six hours of the search, divers recovered nine bodies. Four years ago another tourist boat sank in the same waters.`,
  'daily.txt': `Phuket boat wreck found

Thai navy divers found the wreck of a tourist boat off Phuket on Tuesday. The wreck lies about 150 metres offshore, the navy said. The boat was 30 metres long, and the dive lasted nine hours.

In the past 12 hours, divers recovered nine bodies. Three years ago another tourist boat sank in the same waters.`,
};

const MATCH = {
  'wire.txt': `Bergen win cup tie

BERGEN (Wire) - Brann beat Molde 2-1 in the Norwegian cup on Sunday. Striker Ola Sæther, who had scored four goals in the competition, opened the scoring in the 12th minute.`,
  'daily.txt': `Brann through in cup

Brann beat Molde 2-1 in the Norwegian cup on Sunday. Ola Sæther scored his sixth goal of the competition after 11 minutes.`,
};

const ANNIVERSARY = {
  'wire.txt': `Lisbon marks quake anniversary

LISBON (Wire) - Ten years after the earthquake that destroyed the old harbour, Lisbon opened a memorial on Saturday. The mayor was elected two weeks before the ceremony. A former city engineer was jailed for six years after an inquiry into the harbour walls.`,
  'daily.txt': `Lisbon remembers

Twelve years after the earthquake that destroyed the old harbour, Lisbon opened a memorial on Saturday. The mayor took office three weeks before the ceremony. A former city engineer was jailed for eight years after an inquiry into the harbour walls.`,
};

const MOURNING = {
  'wire.txt': `Lake ferry search goes on

KISUMU (Wire) - Navy divers searched Lake Victoria for a fifth day on Sunday after the ferry sank, and the president declared national mourning.`,
  'daily.txt': `Kenya mourns ferry victims

Navy divers searched Lake Victoria on Sunday after the ferry sank, and the president declared three days of national mourning.`,
};

describe('numeric discrepancies: time frames and dimensions', () => {
  const wire = numeric(WRECK, 'wire.txt');
  const daily = numeric(WRECK, 'daily.txt');

  it('compares no point in the past ("Four years ago" / "Three years ago") nor the window of a count ("in the first six hours" / "in the past 12 hours")', () => {
    assert.ok(!daily.some((f) => /^(?:Three|12) /.test(f)), daily.join('\n'));
    assert.ok(!wire.some((f) => f.startsWith('Four')), wire.join('\n'));
    assert.equal(wire.filter((f) => f.startsWith('six')).length, 1, wire.join('\n'));
  });

  it('compares no time told from another event ("Ten years after the earthquake" / "Twelve years after", "two weeks before the ceremony"), but a sentence ("jailed for six years after")', () => {
    assert.deepEqual(numeric(ANNIVERSARY, 'wire.txt'), ['six → eight']);
  });

  it('still compares a duration that measures ("the dive lasted six hours" / "nine hours")', () => {
    assert.ok(wire.includes('six → nine'), wire.join('\n'));
    assert.ok(daily.includes('nine → six'), daily.join('\n'));
  });

  it('sets a position against a span of time ("in the 12th minute" / "after 11 minutes") but not a count against a position ("four goals" / "his sixth goal")', () => {
    assert.deepEqual(numeric(MATCH, 'wire.txt'), ['12th → 11']);
    assert.deepEqual(numeric(MATCH, 'daily.txt'), ['11 → 12th']);
  });

  it('sets no span of something ("three days of national mourning") against a position ("for a fifth day")', () => {
    assert.deepEqual(numeric(MOURNING, 'daily.txt'), []);
  });

  it('sets a depth against no distance ("about 40 metres deep" / "about 150 metres offshore") but a length against a length', () => {
    assert.ok(!wire.some((f) => f.startsWith('about 40')), wire.join('\n'));
    assert.ok(!daily.some((f) => f.startsWith('about 150')), daily.join('\n'));
    assert.ok(wire.includes('25 → 30'), wire.join('\n'));
  });
});
