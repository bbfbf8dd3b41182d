/**
 * Two quotes of one article in one quote group, on short reports written for these tests: a
 * remark one outlet prints whole and another splits in two, and one speaker's two remarks on one
 * topic that a third outlet's single quote resembles.
 */
import { strict as assert } from 'node:assert';
import { readWords } from '../../../src/core/compare/readWords';
import { matchDifferentParts } from '../../../src/core/compare/splitRemarks';
import { groups, memberTexts } from './quoteGroupsOf';

describe('two quotes of one article in one group', () => {
  it('tells the two parts of a split remark from two remarks that each match all of a short quote', () => {
    const whole = readWords('We wanted to start fast and make the crowd part of it. The boys never stopped running,');
    assert.ok(matchDifferentParts(readWords('We wanted to start fast and make the crowd part of it'), readWords('the boys never stopped running'), whole));
    const short = readWords('The flood is not going to break this city');
    assert.ok(!matchDifferentParts(readWords('The water will not break this city'), readWords('The flood is not going to break us'), short));
  });

  it('groups a remark one outlet quotes whole and another splits in two', () => {
    const found = groups({
      'wire.txt': 'Leinster beat Munster 31-10 in Dublin. "We wanted to start fast and make the crowd part of the game. The boys never stopped running for eighty minutes," coach Liam Byrne said.',
      'daily.txt': 'Leinster coach Liam Byrne was delighted in Dublin. "We wanted to start quickly and make the crowd part of the game," Byrne said, praising his pack. "The lads never stopped running for eighty minutes."',
    });
    assert.equal(found.length, 1, memberTexts(found));
    assert.equal(found[0].members.length, 3, memberTexts(found));
  });

  it('keeps out of one group a speaker\'s two remarks on one topic that one quote of another outlet resembles', () => {
    const found = groups({
      'agency.txt': 'The Danube flooded the old town of Novi Sad on Thursday. "The flood is not going to break this city," mayor Milan Petrovic said at the river wall.',
      'daily.txt': 'The Danube flooded the old town of Novi Sad on Thursday. "The water will not break this city," mayor Milan Petrovic said at the river wall in the morning. At night, after visiting a shelter, he went further: "The flood is not going to break us."',
    });
    const daily = found.flatMap((g) => [g.members.filter((m) => m.source === 'daily.txt').length]);
    assert.ok(daily.every((n) => n <= 1), memberTexts(found));
  });
});
