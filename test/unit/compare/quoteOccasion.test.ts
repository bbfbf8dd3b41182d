/**
 * The occasion a quote was said on, read from the reporter's words of its paragraph (the day,
 * before or after the match, the part of the day, the setting): remarks of one speaker on two
 * occasions are two statements, however alike; one remark placed on one occasion, or on none by
 * one outlet, is still one.
 */
import { strict as assert } from 'node:assert';
import { differentOccasions, occasionMarks } from '../../../src/core/compare/quoteOccasion';
import { groups } from './quoteGroupsOf';

/** The marks `occasionMarks` reads for each quoted span of `text` (the spans between straight double quotes), sorted. */
function marksOfQuotes(text: string): string[][] {
  const spans = [...text.matchAll(/"([^"]*)"/g)].map((m) => ({ start: (m.index ?? 0) + 1, end: (m.index ?? 0) + 1 + m[1].length }));
  return occasionMarks(text, spans).map((marks) => [...marks].sort());
}

describe('the occasion of a quote', () => {
  it('reads the days the reporter names in the paragraph, not those inside a quote or in another paragraph', () => {
    const text = 'The coach spoke on Saturday.\n\nOn Sunday he went further. "We play again on Wednesday," he said.\n\n"Nothing changes," he added.';
    assert.deepEqual(marksOfQuotes(text), [['day:sunday'], []]);
  });

  it('reads before or after the match, the part of the day and the setting from the reporter\'s words only', () => {
    const text =
      'Speaking to local radio before the match on Saturday, the captain was calm. "We will be ready by the evening," she said.\n\n' +
      'At his post-match press conference the coach was blunt. "We lost the game after the break," he said.\n\n' +
      'The mayor spoke at the scene on Tuesday night. "Nobody sleeps in the interview room," he said.';
    assert.deepEqual(marksOfQuotes(text), [
      ['day:saturday', 'phase:before', 'setting:radio'],
      ['phase:after', 'setting:conference'],
      ['day:tuesday', 'setting:scene', 'time:evening'],
    ]);
  });

  it('reads no setting from a radio on board, an assembly plant or rescuers hearing voices', () => {
    const text =
      'The ferry had no working radio. "We left at dawn," the captain said.\n\n' +
      'Workers walked out of the assembly plant, and rescuers were still hearing voices. "Nobody is safe," a foreman said.';
    assert.deepEqual(marksOfQuotes(text), [[], []]);
  });

  it('reads the scene as a setting only where the speaker spoke there, not where others were', () => {
    const text =
      'The harbour master, speaking to journalists at the site, was brief. "The crane simply gave way," he said.\n\n' +
      'Mr Okafor, who said on Monday that "the dam will hold", added that 40 soldiers were still at the scene.\n\n' +
      '"We rehearsed this," the fire chief said, recalling an exercise the crews had held at the site in May.';
    assert.deepEqual(marksOfQuotes(text), [['setting:scene'], ['day:monday'], []]);
  });

  it('tells apart two occasions that differ in one thing told of both, not in things told of one only', () => {
    assert.ok(differentOccasions(new Set(['day:monday']), new Set(['day:tuesday'])));
    assert.ok(!differentOccasions(new Set(['day:monday', 'day:tuesday']), new Set(['day:tuesday'])));
    assert.ok(!differentOccasions(new Set(), new Set(['day:tuesday'])));
    assert.ok(differentOccasions(new Set(['phase:before']), new Set(['phase:after'])));
    assert.ok(differentOccasions(new Set(['day:friday', 'setting:radio']), new Set(['day:friday', 'setting:conference'])));
    assert.ok(!differentOccasions(new Set(['setting:radio']), new Set(['time:evening', 'day:friday'])));
  });

  it('keeps apart a harbour master\'s remarks of two days worded alike', () => {
    const found = groups({
      'monday.txt': 'A storm wrecked dozens of fishing boats in Peniche this week.\n\nOn Monday the harbour master, Rui Costa, inspected the breakwater. "The harbour will stay closed to every boat until the breakwater is repaired," Costa said.',
      'tuesday.txt': 'A storm wrecked dozens of fishing boats in Peniche this week.\n\nOn Tuesday the harbour master, Rui Costa, spoke to fishermen. "The harbour will stay closed to every boat until the last wreck is lifted," Costa said.',
    });
    assert.deepEqual(found, []);
  });

  it('links one remark that one outlet places on a day and the other on none, or on the same day', () => {
    const texts = (day: string): Record<string, string> => ({
      'wire.txt': 'A storm wrecked dozens of fishing boats in Peniche this week.\n\nOn Monday the harbour master, Rui Costa, inspected the breakwater. "The harbour will stay closed to every boat until the breakwater is repaired," Costa said.',
      'daily.txt': `A storm wrecked dozens of fishing boats in Peniche this week.\n\n"The harbour will stay closed to all boats until the breakwater has been repaired," harbour master Rui Costa said${day}, adding that the repairs could start "on Friday".`,
    });
    assert.equal(groups(texts('')).length, 1);
    assert.equal(groups(texts(' on Monday')).length, 1);
  });

  it('keeps apart a captain\'s remarks before and after the match worded alike', () => {
    const found = groups({
      'preview.txt': 'India meet Australia in the final in Ahmedabad.\n\nSpeaking before the match, captain Rohit Sharma was confident. "If our bowlers take early wickets, this crowd will carry us to the trophy," Sharma said.',
      'report.txt': 'Australia beat India by six wickets in Ahmedabad.\n\nSpeaking after the match, captain Rohit Sharma was downcast. "Our bowlers took early wickets, but this crowd could not carry us to the trophy," Sharma said.',
    });
    assert.deepEqual(found, []);
  });

  it('keeps apart a mayor\'s remarks on local radio and at a press conference', () => {
    const found = groups({
      'radio.txt': 'Floods cut off three villages near Valencia.\n\nMayor Carmen Ruiz told local radio: "We will rebuild every bridge the river has taken from us."',
      'briefing.txt': 'Floods cut off three villages near Valencia.\n\nAt a press conference, mayor Carmen Ruiz said: "We will rebuild every road and bridge the river took from these villages."',
    });
    assert.deepEqual(found, []);
  });

  it('links one remark that one outlet places at a press conference and the other nowhere', () => {
    const found = groups({
      'wire.txt': 'Floods cut off three villages near Valencia.\n\nAt a press conference, mayor Carmen Ruiz said: "We will rebuild every bridge the river has taken from us."',
      'daily.txt': 'Floods cut off three villages near Valencia.\n\n"We will rebuild each bridge that the river took from us," mayor Carmen Ruiz said.',
    });
    assert.equal(found.length, 1);
  });

  it('keeps apart a police chief\'s remarks of the morning and of the evening worded alike', () => {
    const found = groups({
      'morning.txt': 'Protesters blocked the ring road around Nairobi.\n\nOn Tuesday morning police chief Grace Wanjiru said: "Officers will keep the ring road open until the last protester has gone home."',
      'evening.txt': 'Protesters blocked the ring road around Nairobi.\n\nOn Tuesday evening police chief Grace Wanjiru said: "Officers will keep the ring road open until every protester has gone home tonight."',
    });
    assert.deepEqual(found, []);
  });
});
