/**
 * A fact one outlet tells in another's wording is no singular reading: "the government" and "the
 * authorities", "warned" and "cautioned", "will continue" and "will carry on". Short reports of
 * one pension strike and one ward closure written for these tests, analysed by the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { analyzeSources } from '../../../src/core/analyzeSources';
import { uniqueOver } from '../../support/uniqueCoverage';

const STRIKE = {
  'agency.txt': `Rail unions extend pension strike

LYON (Agency) - Rail union leaders warned on Friday that the strike would continue until the government withdrew its proposal to raise the pension age to 64.

Trains between Lyon and Marseille were cancelled for a third day.

Talks with the government on Saturday will be held without the participation of regional governments, the unions said.

Commuters crowded onto replacement buses at Part-Dieu station, where some waited two hours in the rain.`,
  'daily.txt': `Pension strike to go on, unions say

The stoppage will carry on until the authorities drop their plan to raise the pension age to 64, rail union leaders cautioned on Friday.

Trains between Lyon and Marseille were cancelled for a third day, the operator said.

The unions said talks with the authorities would be held on Saturday.

The unions have called a national day of protest for next Thursday.`,
};

describe('unique findings read reporters\' prose through the paraphrase lexicon', () => {
  const result = analyzeSources(Object.entries(STRIKE).map(([id, text]) => ({ id, text })));

  it('does not flag a clause the other source words differently ("government" / "authorities", "continue" / "carry on", "proposal" / "plan")', () => {
    const sentence = 'Rail union leaders warned on Friday that the strike would continue until the government withdrew its proposal to raise the pension age to 64.';
    assert.equal(uniqueOver(result, 'agency.txt', sentence), 0);
    assert.equal(uniqueOver(result, 'daily.txt', 'The stoppage will carry on until the authorities drop their plan'), 0);
  });

  it('still flags a new modifier before a paraphrased word ("regional governments" are not "the authorities")', () => {
    assert.ok(uniqueOver(result, 'agency.txt', 'without the participation of regional governments') >= 0.5);
  });

  it('still flags what only one source reports', () => {
    assert.ok(uniqueOver(result, 'agency.txt', 'Commuters crowded onto replacement buses at Part-Dieu station') >= 0.5);
    assert.ok(uniqueOver(result, 'daily.txt', 'The unions have called a national day of protest for next Thursday.') >= 0.5);
  });
});

const RESIGNATION = {
  'wire.txt': `Transport minister quits over rail tender

WELLINGTON (Wire) - The transport minister stepped down on Friday after the rail tender was called off; opposition leaders condemned its handling.

The tender drew three bids, the ministry said.`,
  'herald.txt': `Minister resigns as rail deal collapses

The transport minister resigned on Friday after the rail tender was scrapped; opposition leaders slammed its handling.

Treasury officials had warned in March that the costs were underestimated.`,
};

describe('unique findings know common news synonyms ("stepped down" / "resigned", "called off" / "scrapped", "condemned" / "slammed")', () => {
  const result = analyzeSources(Object.entries(RESIGNATION).map(([id, text]) => ({ id, text })));

  it('does not flag a headline whose news the other source words in synonyms ("resigns" / "quits")', () => {
    assert.equal(uniqueOver(result, 'herald.txt', 'Minister resigns as rail deal collapses'), 0);
  });

  it('does not flag a sentence the other source tells in synonyms', () => {
    const sentence = 'The transport minister stepped down on Friday after the rail tender was called off; opposition leaders condemned its handling.';
    assert.ok(uniqueOver(result, 'wire.txt', sentence) < 0.5);
  });

  it('still flags what only one source reports', () => {
    assert.ok(uniqueOver(result, 'herald.txt', 'Treasury officials had warned in March that the costs were underestimated.') >= 0.5);
  });
});

const VISIT = {
  'wire.txt': `Hospital backlog grows

LEEDS (Wire) - Health Secretary Anna Berg, who flew to Leeds by helicopter, said the priority was clearing the backlog of 7,000 operations at St James's hospital.

The hospital said 40 beds were closed.`,
  'herald.txt': `Berg promises action on surgery backlog

The health secretary, Anna Berg, who visited St James's hospital in Leeds on Monday, said clearing its backlog of 7,000 operations came first.

Nurses' leaders said staff were exhausted.`,
};

describe('unique findings know that "flew to" is a visit and "came first" a priority', () => {
  const result = analyzeSources(Object.entries(VISIT).map(([id, text]) => ({ id, text })));

  it('does not flag the visit and the priority the other source words differently', () => {
    assert.equal(uniqueOver(result, 'wire.txt', 'who flew to Leeds by helicopter, said the priority was clearing the backlog'), 0);
  });

  it('still flags what only one source reports', () => {
    assert.ok(uniqueOver(result, 'wire.txt', 'The hospital said 40 beds were closed.') >= 0.5);
    assert.ok(uniqueOver(result, 'herald.txt', "Nurses' leaders said staff were exhausted.") >= 0.5);
  });
});

const SAILINGS = {
  'wire.txt': `Arran sailings halted

GLASGOW (Wire) - The island operator, CalMac, suspended sailings between Ardrossan and Arran on Monday after engineers found a steering fault.

Islanders said shops were running short of milk.`,
  'paper.txt': `Arran cut off by steering fault

CalMac stopped its sailings between Ardrossan and Arran on Monday after engineers found a steering fault.

A replacement vessel is not expected before the weekend.`,
};

describe('unique findings know that what is "suspended" is "stopped"', () => {
  const result = analyzeSources(Object.entries(SAILINGS).map(([id, text]) => ({ id, text })));

  it('does not flag a clause the other source tells with another verb', () => {
    assert.equal(uniqueOver(result, 'wire.txt', 'The island operator, CalMac, suspended sailings'), 0);
  });

  it('still flags what only one source reports', () => {
    assert.ok(uniqueOver(result, 'wire.txt', 'Islanders said shops were running short of milk.') >= 0.5);
  });
});
