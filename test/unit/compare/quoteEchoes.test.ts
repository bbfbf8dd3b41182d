/**
 * An article repeating its own quote (a headline's or lead's words of the body's remark) keeps the
 * repetition with the remark when the remark is grouped across sources, on short reports written
 * for these tests.
 */
import { strict as assert } from 'node:assert';
import type { QuoteGroup } from '../../../src/core/types';
import { groups } from './quoteGroupsOf';

/** The texts of a group's members from one source. */
function textsFrom(group: QuoteGroup, source: string): string[] {
  return group.members.filter((m) => m.source === source).map((m) => m.text);
}

describe('quotes an article repeats', () => {
  it('groups a headline fragment with the body remark it repeats', () => {
    const found = groups({
      'agency.txt': 'LYON — Moussa Diallo has denied reports that he wants a transfer.\n\n"I never asked to leave this club, and I will honour my contract until the last day," the striker said on Thursday.',
      'site.txt': 'Diallo: \'I never asked to go\'\n\nMoussa Diallo has rejected talk of a move. "I never asked to go. I will honour my contract to the very last day," Diallo told the club\'s website.',
    });
    assert.equal(found.length, 1);
    assert.deepEqual(textsFrom(found[0], 'site.txt').sort(), ['I never asked to go', 'I never asked to go. I will honour my contract to the very last day,']);
  });

  it('groups a remark trimmed another way through the clause its own lead quotes', () => {
    const found = groups({
      'wire.txt': 'TROMSO — The mountain road to Skibotn will stay shut for months, the regional governor said.\n\n"The ice on the pass is a metre deep and the road will stay closed until spring," Governor Elin Dahl said on Tuesday.',
      'paper.txt': 'Governor Elin Dahl said on Tuesday that the mountain road "will stay closed until spring".\n\n"We have lost two snowploughs this week. The road will stay closed until spring, and the villages above the pass will be supplied by helicopter," Dahl told the regional paper.',
    });
    assert.equal(found.length, 1);
    assert.equal(textsFrom(found[0], 'paper.txt').length, 2, JSON.stringify(found[0].members.map((m) => m.text)));
    assert.equal(textsFrom(found[0], 'wire.txt').length, 1);
  });

  it('does not take the words someone said to the speaker, quoted inside the remark, for an echo of it', () => {
    const found = groups({
      'wire.txt': 'JOHANNESBURG — Miners at the Driefontein shaft will strike from Monday, their union said.\n\n"An old miner stopped me at the gate and said, \'The pit took my father and now it wants my son,\' and I had no answer for him," union leader Sipho Mahlangu told reporters.',
      'daily.txt': 'Union leader Sipho Mahlangu described meeting a veteran at the mine. "An old miner stopped me at the gate, and I had no answer for him," Mahlangu said.',
    });
    assert.equal(found.length, 1);
    assert.equal(textsFrom(found[0], 'wire.txt').length, 1, JSON.stringify(found[0].members.map((m) => m.text)));
  });

  it('keeps a phrase the speaker used in two remarks with neither of them', () => {
    const found = groups({
      'paper.txt': 'Nurses\' leader Ruth Okafor said the union wanted "a fair deal" before the winter.\n\n"We will not call off the strike until the hospitals offer a fair deal on night shifts," Okafor told the rally. Later she said: "A fair deal is not a favour, and the minister knows exactly what it would cost to keep his wards open through the whole winter."',
      'wire.txt': 'Nurses\' union leader Ruth Okafor said: "We will not call off our strike until the hospitals offer us a fair deal on night shifts."',
    });
    assert.equal(found.length, 1);
    assert.ok(!textsFrom(found[0], 'paper.txt').some((t) => t.startsWith('A fair deal is not a favour')), JSON.stringify(found[0].members.map((m) => m.text)));
  });
});
