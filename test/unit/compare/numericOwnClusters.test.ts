/**
 * Invented clusters of several reports of one event, each written with the discrepancies real
 * outlets produce (a toll that rose, words against digits, a share against a count, storeys,
 * ages, money in two currencies, what is left of a race, rounding, a toll against those aboard),
 * as a sample of unseen news: the discrepancies a reader would want flagged are, and figures that
 * agree are not. Written for this test, analysed by the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { numericFindings as numeric } from './numericFindings';

const FIRE = {
  'wire.txt': `GAZIPUR, Bangladesh (AP) — A fire tore through a garment factory outside Dhaka on Tuesday, killing at least 12 workers and injuring dozens, officials said.
The blaze broke out on the third floor of the five-storey building shortly after 8 p.m., fire service spokesman Anwar Hossain said. About 90 workers were on the night shift.
Rescuers pulled out 14 people. Six of them were in critical condition, Hossain said.
Firefighters needed four hours to bring the fire under control.`,
  'paper.txt': `Death toll in Bangladesh garment factory fire rises to 17
The number of people killed in a fire at a garment factory in Gazipur, north of Dhaka, has risen to 17, officials said on Wednesday.
The fire started on the second floor of the six-storey building on Tuesday evening. A third of the 90 workers on the night shift were injured, according to the fire service.
Firefighters battled the blaze for five hours. The factory's owner, Rafiqul Islam, 54, was detained by police.
The factory made clothes for European retailers and had annual exports of 2 billion taka ($18m).`,
  'local.txt': `Seventeen people died and 35 workers were hurt when fire broke out at a garment factory in Gazipur on Tuesday night.
Rescuers pulled 16 people from the burning six-storey building, fire service officials said. Seven of them were in critical condition.
Police arrested the 52-year-old owner of the factory, Rafiqul Islam, on Wednesday.
The factory, which employs 1,200 people, exports garments worth $20 million a year.`,
};

const MARATHON = {
  'wire.txt': `Kenya's Grace Wanjiru won the Lisbon Marathon on Sunday, pulling clear of the field after 35 kilometres to claim her third title in the Portuguese capital.
The 29-year-old finished more than a minute ahead of Ethiopia's Tigist Bekele. More than 30,000 runners started the race in temperatures of 28C.
Organisers said 12 runners were treated in hospital for heat exhaustion. The winner takes home $50,000.`,
  'bbc.txt': `Grace Wanjiru wins Lisbon Marathon for fourth time
Grace Wanjiru of Kenya won the Lisbon Marathon for a fourth time on Sunday, breaking away from Tigist Bekele with seven kilometres left.
Wanjiru, 29, crossed the line 70 seconds clear. About 28,000 runners took part in the 42.2km race, run in heat of 31C.
Fifteen runners were taken to hospital suffering from heat exhaustion, organisers said.`,
  'local.txt': `Wanjiru, 30, took the Lisbon Marathon title again on Sunday in front of crowds lining the 26.2-mile course.
Some 28,500 athletes ran the race, the organisers said. She broke clear of Tigist Bekele after 35km and won by 72 seconds.`,
};

const TRADE = {
  'reuters.txt': `China's exports rose 8.5% in March from a year earlier to $315 billion, customs data showed on Thursday, beating forecasts for a 6% rise.
Imports fell 1.9%, leaving a trade surplus of $88 billion.`,
  'bloomberg.txt': `Chinese exports climbed 8.5% in March to $315bn, customs data showed on Thursday, while imports slipped 2.1%. The trade surplus widened to $88.2 billion.`,
  'xinhua.txt': `China's exports grew 14.8 percent year on year in yuan terms to 2.2 trillion yuan in March, while imports dropped 2 percent, the General Administration of Customs said on Thursday.`,
};

const PLANE = {
  'wire.txt': `A passenger plane carrying 72 people crashed on approach to Pokhara airport in Nepal on Sunday, killing at least 68, officials said.
The ATR 72 aircraft, operated by Yeti Airlines, was carrying 68 passengers and four crew members. It came down about 1.6 km from the runway.`,
  'paper.txt': `All 72 people aboard a Yeti Airlines flight are feared dead after the plane crashed in Pokhara on Sunday.
The aircraft went down a mile from the airport, and rescuers had recovered 68 bodies by Sunday evening. The plane was carrying 15 foreigners, including five Indians.`,
  'bbc.txt': `At least 70 people were killed when a Yeti Airlines plane crashed near Pokhara in central Nepal on Sunday.
The twin-engine plane had 72 people on board, including 15 foreign nationals: five Indians, four Russians and two Koreans.`,
};

/** True when one of `findings` ("figure → the peers' figures") starts with `figure` and names `peer`'s figure. */
function flags(findings: string[], figure: string, peer: string): boolean {
  return findings.some((finding) => finding.startsWith(`${figure} →`) && finding.split(' → ')[1].split(', ').includes(peer));
}

describe('numeric discrepancies in invented clusters of several beats', () => {
  it('a factory fire: the toll that rose, storeys, the injured share, the rescued, hours, ages and dollars', () => {
    const wire = numeric(FIRE, 'wire.txt');
    const paper = numeric(FIRE, 'paper.txt');
    const local = numeric(FIRE, 'local.txt');
    assert.ok(flags(wire, 'at least 12', 'Seventeen'), wire.join('\n'));
    assert.ok(flags(wire, 'five', 'six') && flags(wire, 'third', 'second') && flags(wire, '14', '16') && flags(wire, 'Six', 'Seven'), wire.join('\n'));
    assert.ok(flags(paper, 'A third', '35') && flags(paper, '54', '52') && flags(paper, '$18m', '$20 million'), paper.join('\n'));
    assert.ok(!paper.some((finding) => finding.startsWith('90 →')), paper.join('\n'));
    assert.ok(!local.some((finding) => finding.startsWith('1,200 →')), local.join('\n'));
  });

  it('a marathon: the field, the heat, the hospital, the margin and an age, not what is left of the race', () => {
    const wire = numeric(MARATHON, 'wire.txt');
    const bbc = numeric(MARATHON, 'bbc.txt');
    assert.ok(flags(wire, 'More than 30,000', 'About 28,000') && flags(wire, '28C', '31C') && flags(wire, '12', 'Fifteen'), wire.join('\n'));
    assert.ok(flags(bbc, '70', '72') && flags(bbc, '29', '30'), bbc.join('\n'));
    assert.ok(!bbc.some((finding) => finding.startsWith('seven →')) && !wire.some((finding) => finding.startsWith('35 →')), bbc.join('\n'));
  });

  it('a trade release: rounded figures agree, differing ones do not', () => {
    const reuters = numeric(TRADE, 'reuters.txt');
    assert.ok(flags(reuters, '1.9%', '2.1%'), reuters.join('\n'));
    assert.ok(!reuters.some((finding) => finding.startsWith('$88 billion →')) && !flags(reuters, '1.9%', '2 percent'), reuters.join('\n'));
  });

  it('a plane crash: the toll against the toll, not against those aboard', () => {
    assert.ok(flags(numeric(PLANE, 'wire.txt'), 'at least 68', 'At least 70'), numeric(PLANE, 'wire.txt').join('\n'));
    assert.ok(!numeric(PLANE, 'bbc.txt').some((finding) => finding.startsWith('72 →')), numeric(PLANE, 'bbc.txt').join('\n'));
  });
});
