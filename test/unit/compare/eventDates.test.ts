/**
 * Reports of one event against an article of the same paper, town and people about another event
 * months earlier, told apart by the dates in their headers: short reports written for this test,
 * analysed by the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { analyzeSources } from '../../../src/core/analyzeSources';
import { headerDate } from '../../../src/core/compare/headerDate';

const FIRE = 'PORT ELLING — A fire destroyed three warehouses at the Port Elling docks on Wednesday, fire chief Mark Olsen said. Olsen said 40 firefighters fought the blaze for six hours. The docks, built in 1890, handle timber from the northern forests. Mayor Ruth Dale said the town of 9,000 would rebuild. Most of the port\'s 300 dockers live in the valley villages of Holm and Brede.';
const UPDATE = 'A fire that destroyed three warehouses at the Port Elling docks was started by an electrical fault, fire chief Mark Olsen said on Thursday. Olsen said 45 firefighters fought the blaze for six hours. The docks, built in 1890, handle timber from the northern forests. Mayor Ruth Dale said the town of 9,000 would rebuild.';
const GRANT = 'PORT ELLING — The province will spend $2 million on new fire pumps at the Port Elling docks, fire chief Mark Olsen said on Thursday. Olsen said 40 firefighters would be trained on the pumps. The docks, built in 1890, handle timber from the northern forests. Mayor Ruth Dale said the town of 9,000 welcomed the money. Most of the port\'s 300 dockers live in the valley villages of Holm and Brede.';

describe('same event by header dates', () => {
  it('reads the header date of bylines and datelines in several styles', () => {
    assert.deepEqual(headerDate('Fire at the docks\n\nThe Coast Herald, Wednesday, August 12, 2026\n\nText.'), { year: 2026, month: 7, day: 12 });
    assert.deepEqual(headerDate('PORT ELLING, Aug 13 (Wire) - A fire …'), { year: undefined, month: 7, day: 13 });
    assert.deepEqual(headerDate('By Ann Lee\nThursday 13 August 2026\n\nA fire …'), { year: 2026, month: 7, day: 13 });
    assert.equal(headerDate('A fire destroyed three warehouses on Wednesday.'), undefined);
  });

  it('keeps an article dated months earlier out of the event, and a next-day update in it', () => {
    const result = analyzeSources([
      { id: 'fire.txt', text: `Fire destroys warehouses in Port Elling\n\nBy Ann Lee\nThe Coast Herald, Wednesday, August 12, 2026\n\n${FIRE}` },
      { id: 'update.txt', text: `Port Elling fire blamed on faulty wiring\n\nPORT ELLING, Aug 13 (Wire) - ${UPDATE}` },
      { id: 'grant.txt', text: `Port Elling docks get new fire pumps\n\nBy Ann Lee\nThe Coast Herald, Thursday, May 14, 2026\n\n${GRANT}` },
    ]);
    const byId = new Map(result.comparison.sources.map((s) => [s.id, s]));
    assert.equal(byId.get('fire.txt')!.sameEvent, true);
    assert.equal(byId.get('update.txt')!.sameEvent, true);
    assert.equal(byId.get('grant.txt')!.sameEvent, false);
    // The firefighters of the fire are set against the update's, never against the training plan's.
    const numeric = byId.get('fire.txt')!.findings.filter((f) => f.kind === 'numeric');
    assert.equal(numeric.length, 1, JSON.stringify(numeric.map((f) => f.message)));
    assert.match(numeric[0].message, /45/);
    assert.equal(byId.get('grant.txt')!.findings.filter((f) => f.kind === 'numeric').length, 0);
  });

  it('does not call singular a background fact that the earlier article of the story also gives', () => {
    const result = analyzeSources([
      { id: 'fire.txt', text: `Fire destroys warehouses in Port Elling\n\nBy Ann Lee\nThe Coast Herald, Wednesday, August 12, 2026\n\n${FIRE}` },
      { id: 'update.txt', text: `Port Elling fire blamed on faulty wiring\n\nPORT ELLING, Aug 13 (Wire) - ${UPDATE}` },
      { id: 'grant.txt', text: `Port Elling docks get new fire pumps\n\nBy Ann Lee\nThe Coast Herald, Thursday, May 14, 2026\n\n${GRANT}` },
    ]);
    const fire = result.comparison.sources.find((s) => s.id === 'fire.txt')!;
    const unique = fire.findings.filter((f) => f.kind === 'unique');
    assert.ok(!unique.some((f) => /dockers|Holm/.test(f.text)), JSON.stringify(unique.map((f) => f.text)));
    const update = result.comparison.sources.find((s) => s.id === 'update.txt')!;
    assert.ok(update.findings.some((f) => f.kind === 'unique' && /electrical fault/.test(f.text)));
  });
});
