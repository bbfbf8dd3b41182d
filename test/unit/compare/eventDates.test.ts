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

const STRIKE = `Dockers walk out at Port Elling over pay

PORT ELLING, Aug 12 (Wire) - About 250 dockers walked out at the Port Elling container terminal on Wednesday in a dispute over pay, halting the loading of 14 ships, the Transport Workers Union said. Union organiser Dana Kowal said the company had offered a rise of 2 percent against inflation of 6 percent. "Our members cannot pay their rent on promises," Kowal said. Pickets gathered at the main gate from dawn, and lorries queued for a mile along the coast road. The operator, Baltic Box Lines, said it regretted the stoppage and that its offer was fair. Harbour Minister Ruth Dale urged both sides to return to talks. Timber exporters warned that buyers in Germany could cancel orders. The terminal, opened in 1998, handles most of the timber the northern forests export. It was the first strike at the port since 2011.`;
const NEXT = `Port Elling strike enters second day

By Ann Lee
The Coast Herald, Thursday, August 13, 2026

Some 300 dockers stayed away from the Port Elling container terminal for a second day on Thursday, leaving 14 ships idle at anchor, the Transport Workers Union said. The union's Dana Kowal said the company's offer of a 2 percent rise was far below inflation of 6 percent. "Our members cannot pay their rent on promises," she told reporters at the gate. Baltic Box Lines said talks could resume on Monday if pickets were lifted. Lorry drivers waiting on the coast road said they had slept in their cabs. Harbour Minister Ruth Dale called on both sides to return to talks. Exporters said buyers abroad were already asking about other ports. The terminal, opened in 1998, handles most of the timber exported from the northern forests.`;
const EARLIER = `New deep-water berth opens for timber carriers

By Piet Mols
Timber Trade Weekly, Wednesday, July 29, 2026

A new deep-water berth opened on Wednesday after two years of building work. It cost 40 million dollars, paid by the province and the harbour authority. Larger timber carriers will now be able to call, the harbour master said. "This is the biggest investment in a generation," the provincial minister told guests at the ceremony. Dredgers deepened the channel to 14 metres over the winter. Local businesses welcomed the project, which employed 120 builders. About 400 dockers work at the terminal, according to the Transport Workers Union. The terminal, opened in 1998, handles most of the timber the northern forests export. A second berth is planned for 2029.`;
const LATER = `Port Elling dockers end strike after pay deal

By Ann Lee
The Coast Herald, Friday, August 21, 2026

About 250 dockers who walked out at the Port Elling container terminal last week over pay returned to work on Friday, the Transport Workers Union said. The company raised its offer of a 2 percent rise to 4 percent after eight days of talks. The strike had halted the loading of 14 ships. Union organiser Dana Kowal said: "Our members cannot pay their rent on promises, and now they will not have to." Harbour Minister Ruth Dale welcomed the deal. The terminal, opened in 1998, handles most of the timber the northern forests export. Shipping agents said the backlog would take a week to clear. Timber exporters said they had lost orders during the dispute.`;

describe('same event by header dates', () => {
  it('reads the header date of bylines and datelines in several styles', () => {
    assert.deepEqual(headerDate('Fire at the docks\n\nThe Coast Herald, Wednesday, August 12, 2026\n\nText.'), { year: 2026, month: 7, day: 12 });
    assert.deepEqual(headerDate('PORT ELLING, Aug 13 (Wire) - A fire …'), { year: undefined, month: 7, day: 13 });
    assert.deepEqual(headerDate('By Ann Lee\nThursday 13 August 2026\n\nA fire …'), { year: 2026, month: 7, day: 13 });
    assert.equal(headerDate('A fire destroyed three warehouses on Wednesday.'), undefined);
  });

  it('reads the byline date, not a date the headline gives', () => {
    // The headline's deadline is the story's; the byline under it dates the article.
    assert.deepEqual(
      headerDate('Club owner to council: «Sign by 30 April or I sell»\n\nby Chiara Quarta\nIl Nuovo Adriatico, Wednesday 11 March 2026\n\nBRINDISI – …'),
      { year: 2026, month: 2, day: 11 },
    );
    assert.deepEqual(headerDate('Dockers strike until June 3\n\nPORT ELLING, Aug 13 (Wire) - Dockers …'), { year: undefined, month: 7, day: 13 });
    // A story that starts with its wire dateline has no headline: its date is the dateline's.
    assert.deepEqual(headerDate('PORT ELLING, Aug 13 (Wire) - Dockers walked out.\n\nThe terminal will reopen on 3 June.'), { year: undefined, month: 7, day: 13 });
    const lead = 'About 250 dockers at the Port Elling container terminal walked out over pay on Wednesday, halting the loading of 14 ships, the union said.';
    assert.deepEqual(headerDate(`PORT ELLING, Aug 13 — ${lead} ${lead}\n\nThe terminal will reopen on 3 June.`), { year: undefined, month: 7, day: 13 });
    // A headline date is still read when the header gives no other.
    assert.deepEqual(headerDate('Port Elling docks to reopen on 3 June\n\nThe docks will reopen …'), { year: undefined, month: 5, day: 3 });
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
  it('keeps out an article of the same minister and port two weeks earlier that shares only background, and keeps a close follow-up nine days later', () => {
    const result = analyzeSources([
      { id: 'strike.txt', text: STRIKE },
      { id: 'next.txt', text: NEXT },
      { id: 'earlier.txt', text: EARLIER },
      { id: 'later.txt', text: LATER },
    ]);
    const byId = new Map(result.comparison.sources.map((s) => [s.id, s]));
    assert.equal(byId.get('earlier.txt')!.sameEvent, false);
    assert.equal(byId.get('later.txt')!.sameEvent, true);
    // The dockers who walked out are set against the next day's count, not against the workforce the berth opening gave.
    const numeric = byId.get('strike.txt')!.findings.filter((f) => f.kind === 'numeric');
    assert.equal(numeric.length, 1, JSON.stringify(numeric.map((f) => f.message)));
    assert.doesNotMatch(numeric[0].message, /400/);
  });
});
