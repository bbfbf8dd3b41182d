/**
 * A sentence half told elsewhere is flagged clause by clause: the clause another source reports is
 * left alone, the new clause flagged whole. Two short reports of one warehouse fire written for
 * this test, analysed by the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { analyzeSources } from '../../../src/core/analyzeSources';

const AGENCY = `Warehouse fire in Leith

EDINBURGH (Agency) - Firefighters were called to Salamander Street in Leith at 2am on Sunday after a fire broke out in a disused warehouse, Scottish Fire and Rescue Service said.

Nobody was hurt, the service said, and the blaze, which sent thick smoke over the docks and forced neighbours to close their windows, was put out by 7am.`;

const PAPER = `Blaze guts empty Leith warehouse

Firefighters were called to Salamander Street in Leith at 2am on Sunday after a fire broke out in a disused warehouse.

Nobody was hurt, the fire service said.

The building had been empty since 2009.`;

describe('unique findings of a sentence half reported elsewhere', () => {
  const result = analyzeSources([
    { id: 'agency.txt', text: AGENCY },
    { id: 'paper.txt', text: PAPER },
  ]);
  const findings = (id: string) => result.comparison.sources.find((s) => s.id === id)!.findings.filter((f) => f.kind === 'unique');
  const flagged = (id: string, phrase: string): boolean => {
    const text = result.sources.find((s) => s.id === id)!.analysis.text;
    const at = text.indexOf(phrase);
    assert.ok(at >= 0, `phrase not in ${id}: ${phrase}`);
    return findings(id).some((f) => f.start < at + phrase.length && f.end > at);
  };

  it('leaves out the clause the other source reports ("Nobody was hurt")', () => {
    assert.equal(flagged('agency.txt', 'Nobody was hurt'), false, JSON.stringify(findings('agency.txt').map((f) => f.text)));
  });

  it('flags the new clause whole', () => {
    assert.ok(findings('agency.txt').some((f) => f.text.includes('which sent thick smoke over the docks and forced neighbours to close their windows, was put out by 7am')));
  });

  it('still flags a sentence only one source has', () => {
    assert.ok(flagged('paper.txt', 'The building had been empty since 2009.'));
  });
});
