/**
 * The same utterance across sources against look-alikes, on short reports written for these
 * tests: a remark and its opposite a day later, a translated remark, a one-word fragment.
 */
import { strict as assert } from 'node:assert';
import { groups } from './quoteGroupsOf';

describe('quote groups', () => {
  it('links the same remark credited to a body only described in one outlet and to a named official in another', () => {
    const found = groups({
      'wire.txt': 'Two freight trains collided near Halden on Sunday. A spokesman for the national rail inspectorate said: "The signals on that line were switched off for maintenance and nobody warned the drivers."',
      'daily.txt': 'Two freight trains collided near Halden on Sunday. Chief inspector Dana Kovac said: "Signals on the line had been switched off for repairs, and no one warned the drivers."',
    });
    assert.equal(found.length, 1);
    assert.deepEqual(
      found[0].members.map((m) => [m.source, m.speaker]),
      [
        ['wire.txt', 'the national rail inspectorate'],
        ['daily.txt', 'Dana Kovac'],
      ],
    );
  });

  it('keeps apart near-identical remarks that say opposite things', () => {
    const found = groups({
      'tuesday.txt': 'Mayor Ana Ruiz said the bridge would stay shut. "The bridge to Alcoy is closed and we cannot let lorries cross," Ruiz said on Tuesday.',
      'wednesday.txt': 'Mayor Ana Ruiz said repairs were finished. "The bridge to Alcoy is open again and we can let lorries cross," Ruiz said on Wednesday.',
    });
    assert.deepEqual(found, []);
  });

  it('keeps apart a remark and its negation', () => {
    const found = groups({
      'a.txt': 'The coach Luis Prado said: "We expect the injured players to be back for the final."',
      'b.txt': 'The coach Luis Prado said: "We do not expect the injured players to be back for the final."',
    });
    assert.deepEqual(found, []);
  });

  it('links a remark translated two ways and notes the swapped words', () => {
    const found = groups({
      'agency.txt': 'Foreign Minister Hakan Demir said on Monday: "We will not accept any solution that ignores the will of the people of the region."',
      'daily.txt': 'Turkish Foreign Minister Hakan Demir told reporters: "We will not agree to any solution which ignores the will of the people of the region."',
    });
    assert.equal(found.length, 1);
    assert.ok(found[0].drift.some((d) => /accept”/.test(d) && /agree to”/.test(d)), found[0].drift.join(' | '));
  });

  it('links a one-word fragment only to the same speaker\'s remark that contains it', () => {
    const found = groups({
      'full.txt': 'Manager Tom Reid said: "For me it is a clear penalty, the ball hits his arm." Reid added that the referee had apologised.',
      'short.txt': 'Manager Tom Reid called the penalty decision "clear" after the match.',
    });
    assert.equal(found.length, 1);
    assert.deepEqual(found[0].members.map((m) => m.source).sort(), ['full.txt', 'short.txt']);
  });

  it('never lets a repeated phrase weld two different statements together', () => {
    const found = groups({
      'union.txt': 'Union leader Mary Quinn said: "We will not back down until our members get a fair deal from the company." Later she told the rally: "A fair deal means a pay rise that keeps up with the cost of living."',
      'wire.txt': 'Union leader Mary Quinn said her members wanted "a fair deal" and would strike again next week if talks failed.',
    });
    for (const g of found) {
      const fromUnion = g.members.filter((m) => m.source === 'union.txt');
      assert.ok(fromUnion.length <= 1, JSON.stringify(g.members.map((m) => m.text)));
    }
  });

  it('keeps apart a look-alike remark of the same speaker that reuses its key words in another sentence', () => {
    const found = groups({
      'august.txt': 'Fire chief Lena Holt said the evacuation had worked. "We told families to get out early, and almost all of them did, and that saved lives," Holt said.',
      'may.txt': 'Fire chief Lena Holt opened the safety campaign. "Getting out early saves lives, and it is the best thing any family can do before a fire season," Holt said.',
    });
    assert.deepEqual(found, []);
  });

  it('links part of a remark quoted in another word order by the same speaker', () => {
    const found = groups({
      'wire.txt': 'Harbour master Joseph Tembo said: "The sea was very heavy and the trawler was overloaded. Our divers are still searching the wreck near Mpulungu harbour, but hope is fading for the eleven missing crew. Their families have been waiting at the quay since dawn, and the provincial governor has promised an inquiry into the licensing of fishing vessels."',
      'daily.txt': '"Heavy seas and an overloaded trawler," harbour master Joseph Tembo told the paper when asked what caused the sinking.',
    });
    assert.equal(found.length, 1);
    assert.deepEqual(found[0].members.map((m) => m.source).sort(), ['daily.txt', 'wire.txt']);
  });
});
