/**
 * The learned judgement "no other report gives this unit's facts" (uniqueUnitModel.ts): the shipped
 * weights load, and on two reports of one plant closure written for this test, a sentence that
 * only shares a name with another report's sentence (the union "announced a rally", the other
 * report's union "would not accept" the cuts) is flagged unique, where the hand-written thresholds
 * left it alone, while the facts both reports give are not.
 */
import { strict as assert } from 'node:assert';
import { analyzeSources } from '../../../src/core/analyzeSources';
import { UNIQUE_UNIT_MODEL, UNIT_FEATURES } from '../../../src/core/compare/uniqueUnitModel';
import weights from '../../../src/core/compare/uniqueUnitModelWeights.json';

const WIRE = `Steelmaker to close Teesside rolling mill, cutting 900 jobs

Northmoor Steel will close its rolling mill in Redcar by the end of next year, cutting about 900 jobs, the company said on Thursday.
Chief executive Priya Osei blamed high electricity prices and weak demand from carmakers.
The mill, which opened in 1978, makes steel coil for the construction and car industries.
The Community union said it would not accept compulsory redundancies at the site.
Northmoor employs about 4,000 people in Britain.`;

const PAPER = `Redcar mill to shut with loss of 900 jobs

Northmoor Steel is to shut its Redcar rolling mill by the end of next year with the loss of about 900 jobs.
Priya Osei, the chief executive, said electricity prices and falling orders from carmakers had made the plant unviable.
The Community union announced a rally outside the town hall for next Saturday.
The mill produces steel coil for builders and carmakers and opened in 1978.
Local councillors said the town had already lost its blast furnace in 2015.`;

describe('the unique-unit model (uniqueUnitModel.ts)', () => {
  const result = analyzeSources([
    { id: 'wire.txt', text: WIRE },
    { id: 'paper.txt', text: PAPER },
  ]);
  const flagged = (id: string, phrase: string): boolean => {
    const text = result.sources.find((s) => s.id === id)!.analysis.text;
    const at = text.indexOf(phrase);
    assert.ok(at >= 0, `phrase not in ${id}: ${phrase}`);
    const findings = result.comparison.sources.find((s) => s.id === id)!.findings.filter((f) => f.kind === 'unique');
    const covered = findings.reduce((sum, f) => sum + Math.max(0, Math.min(f.end, at + phrase.length) - Math.max(f.start, at)), 0);
    return covered >= phrase.length / 2;
  };

  it('loads a weight for every feature and a threshold between 0 and 1', () => {
    for (const feature of UNIT_FEATURES) assert.ok(Number.isFinite((weights.weights as Record<string, number>)[feature]), feature);
    assert.equal(UNIQUE_UNIT_MODEL.weights.length, UNIT_FEATURES.length);
    assert.ok(UNIQUE_UNIT_MODEL.threshold > 0 && UNIQUE_UNIT_MODEL.threshold < 1);
  });

  it('flags a sentence that shares only a name with its look-alike in the other report', () => {
    assert.ok(flagged('paper.txt', 'The Community union announced a rally outside the town hall for next Saturday.'));
    assert.ok(flagged('wire.txt', 'The Community union said it would not accept compulsory redundancies at the site.'));
  });

  it('leaves alone the facts both reports give, in other words', () => {
    assert.equal(flagged('paper.txt', 'The mill produces steel coil for builders and carmakers and opened in 1978.'), false);
    assert.equal(flagged('paper.txt', 'Northmoor Steel is to shut its Redcar rolling mill by the end of next year with the loss of about 900 jobs.'), false);
  });
});
