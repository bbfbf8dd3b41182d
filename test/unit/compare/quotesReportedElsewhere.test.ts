/**
 * A remark two outlets translate in words too far apart to link them as one utterance is still
 * no singular reading: neither outlet's quote is flagged as content only it has. A remark of the
 * same speaker that only one outlet quotes stays unique, and so does what a long remark adds to
 * the one sentence of it another outlet quotes. Short reports written for these tests (a Brazilian
 * health minister speaking Portuguese, a Japanese rail chief speaking Japanese, a Norwegian dairy
 * chief), analysed by the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { analyzeSources } from '../../../src/core/analyzeSources';
import { memberTexts } from './quoteGroupsOf';
import { uniqueOver } from '../../support/uniqueCoverage';

/** A comparison of texts keyed by file name. */
function compare(texts: Record<string, string>): ReturnType<typeof analyzeSources> {
  return analyzeSources(Object.entries(texts).map(([id, text]) => ({ id, text })));
}

const DENGUE = {
  'wire.txt': `Brazil to vaccinate children against dengue

RECIFE (Wire) - Brazil's health minister, Marta Souza, announced on Tuesday a dengue vaccination drive in the northeast.

"We are going to protect the children of the poorest towns before the rainy season comes," Souza told reporters after visiting a clinic on the outskirts of Recife, speaking in Portuguese.

The drive starts in May.`,
  'daily.txt': `Dengue jabs for children, minister promises

Health minister Marta Souza on Tuesday announced a dengue vaccination drive in the northeast.

"The kids of the most deprived municipalities will be safe before the rains arrive," Souza said, as nurses in white coats queued behind her in the corridor of the state hospital.

"I will ask Congress for a bigger budget for mosquito control next year," she added.

The drive starts in May.`,
};

/** The rail chief's apology, worded differently by two outlets. */
const APOLOGY = {
  agency: 'We deeply regret the trouble caused to so many passengers on their way to work',
  paper: 'I am truly sorry for the difficulty this caused to all those travelling to their jobs',
};

/**
 * Two reports of the apology: `more` is what the agency's quote adds to it, if anything, and
 * `paper` the paper's wording.
 */
function railReports(more: string, paper = APOLOGY.paper): Record<string, string> {
  return {
    'agency.txt': `Rail operator apologises for signal failure

TOKYO (Agency) - The president of Kanto Railway, Hiroshi Tanabe, apologised on Friday after a signal failure stranded commuters for four hours.

"${APOLOGY.agency}${more}," Tanabe told reporters at the glass headquarters of the company in Shinjuku, bowing twice, according to an interpreter.

Services resumed at noon.`,
    'paper.txt': `Kanto Railway chief says sorry for outage

Kanto Railway president Hiroshi Tanabe said on Friday he was sorry for the signal failure that stranded commuters for four hours.

"${paper}," Tanabe said in a written statement that a spokeswoman read out late in the evening.

"The board will decide on my salary at its meeting in July," Tanabe said.

Services resumed at noon.`,
  };
}

const RECALL = {
  'agency.txt': `Dairy recalls cheese over listeria

OSLO (Agency) - A Norwegian dairy, Fjellost, recalled all its soft cheese on Thursday after listeria was found at its plant in Voss, its chief executive, Sigrid Nesheim, said.

"We did not wait for anyone to tell us," she told a news conference in Bergen, speaking in Norwegian, before flying to the plant.

No illnesses have been reported.`,
  'paper.txt': `Cheesemaker pulls products

Fjellost chief executive Sigrid Nesheim said on Thursday the dairy had recalled its soft cheese after listeria was found in Voss.

"We acted without waiting to be told," said Ms Nesheim.

No illnesses have been reported.`,
};

describe('quotes reported elsewhere in other words are not unique', () => {
  const dengue = compare(DENGUE);
  const rail = compare(railReports(''));

  it("the rail chief's translations stay apart as utterances (the test is about unique, not groups), the minister's are one", () => {
    assert.equal(rail.comparison.groups.length, 0, memberTexts(rail.comparison.groups));
    // The learned matcher links the minister's two translations (retrained on 43 clusters): the
    // test below then holds through the group as well as through the words reported elsewhere.
    assert.equal(dengue.comparison.groups.length, 1, memberTexts(dengue.comparison.groups));
  });

  it('does not flag a minister\'s remark another outlet translates in other words', () => {
    assert.equal(uniqueOver(dengue, 'wire.txt', 'We are going to protect the children of the poorest towns before the rainy season comes'), 0);
    assert.equal(uniqueOver(dengue, 'daily.txt', 'The kids of the most deprived municipalities will be safe before the rains arrive'), 0);
  });

  it('does not flag an apology another outlet words differently', () => {
    assert.equal(uniqueOver(rail, 'agency.txt', APOLOGY.agency), 0);
    assert.equal(uniqueOver(rail, 'paper.txt', APOLOGY.paper), 0);
  });

  it('does not flag a short remark of two content words another outlet words differently', () => {
    const recall = compare(RECALL);
    assert.equal(uniqueOver(recall, 'agency.txt', 'We did not wait for anyone to tell us'), 0);
    assert.equal(uniqueOver(recall, 'paper.txt', 'We acted without waiting to be told'), 0);
  });

  it('flags neither the reporting words a quote reported elsewhere leaves alone nor its dangling quotation marks', () => {
    const recall = compare(RECALL);
    assert.equal(uniqueOver(recall, 'paper.txt', 'said Ms Nesheim'), 0);
    const texts = recall.comparison.sources.flatMap((source) => source.findings.filter((f) => f.kind === 'unique').map((f) => f.text));
    assert.ok(texts.some((text) => text.startsWith('she told a news conference in Bergen')), JSON.stringify(texts));
    for (const text of texts) assert.ok(!/^["“”‘’'«»]|\s["“‘'«]$/.test(text), text);
  });

  it('still flags a remark of the same speaker that only one outlet quotes', () => {
    assert.ok(uniqueOver(dengue, 'daily.txt', 'I will ask Congress for a bigger budget for mosquito control next year') >= 0.5);
    assert.ok(uniqueOver(rail, 'paper.txt', 'The board will decide on my salary at its meeting in July') >= 0.5);
  });

  it('still flags what a long remark adds to the one sentence of it another outlet quotes', () => {
    const more = ', and I have asked our engineers to replace every relay of that generation on the Chuo line before the autumn timetable begins';
    // Closer to the agency's words, the paper's quote is reported there; the agency's addition is not.
    const longer = compare(railReports(more, 'I am truly sorry for the trouble this caused to all the people travelling to their jobs'));
    assert.equal(uniqueOver(longer, 'paper.txt', 'I am truly sorry for the trouble this caused'), 0);
    assert.ok(uniqueOver(longer, 'agency.txt', more.slice(2)) >= 0.5);
  });
});
