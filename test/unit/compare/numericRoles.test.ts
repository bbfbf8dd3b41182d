/**
 * Figures matched by what they count, whatever the noun: short reports of a ferry capsizing
 * written for this test, analysed by the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { analyzeSources } from '../../../src/core/analyzeSources';

const FERRY = {
  'wire.txt': `Ferry capsizes on Lake Victoria

KAMPALA (Wire) - A passenger ferry capsized on Lake Victoria on Saturday, leaving 23 dead, police said.

Rescuers pulled 41 survivors from the water near Entebbe, and 9 people were treated in hospital for injuries.

The ferry was carrying about 80 passengers and had been overloaded, a police spokesman said.`,
  'paper.txt': `Lake Victoria ferry disaster: 27 killed

A ferry carrying about 80 passengers capsized on Lake Victoria on Saturday, and 27 people were killed, according to police.

Rescuers pulled 41 survivors from the water near Entebbe. Nine people were injured and were taken to hospital.

Relatives gathered at the port on Sunday to wait for news.`,
};

/** Numeric findings of a source whose text contains `figure`. */
function numericAt(result: ReturnType<typeof analyzeSources>, id: string, figure: string) {
  return result.comparison.sources.find((s) => s.id === id)!.findings.filter((f) => f.kind === 'numeric' && f.text.includes(figure));
}

describe('numeric discrepancies by what a figure counts', () => {
  const result = analyzeSources(Object.entries(FERRY).map(([id, text]) => ({ id, text })));

  it('matches "23 dead" with "27 people were killed"', () => {
    const here = numericAt(result, 'wire.txt', '23');
    assert.equal(here.length, 1);
    assert.match(here[0].message, /27/);
  });

  it('never sets the injured against the dead, nor equal counts against each other', () => {
    assert.deepEqual(numericAt(result, 'wire.txt', '9'), []);
    assert.deepEqual(numericAt(result, 'paper.txt', 'Nine'), []);
    assert.deepEqual(numericAt(result, 'wire.txt', '41'), []);
  });
});
