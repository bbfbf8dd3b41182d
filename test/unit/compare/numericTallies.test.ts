/**
 * Figures whose noun stands far from the number, figures that changed within one report, and
 * quantities of one story that are not one quantity: short reports of a mine collapse and of a
 * protest written for this test, analysed by the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { numericFindings as numeric } from './numericFindings';

const MINE = {
  'agency.txt': `Mine collapse kills miners in Zambia

LUSAKA (Agency) - A copper mine collapsed near Chingola on Friday, killing at least five workers, police said.

Rescuers pulled 23 survivors from the shaft overnight, and 11 miners are still missing.

The mine, which lies 40 km west of the town, employs about 2,000 people.`,
  'daily.txt': `Chingola mine disaster: toll rises to eight

The number of workers killed when a copper mine caved in near Chingola has risen to eight, and the search for the missing goes on.

The death toll, which stood at six on Saturday morning, reached eight by nightfall, the mines minister said. Rescuers have brought 23 survivors to the surface; officials put the number of missing at nine.

The shaft collapsed 0.6 km below ground, in a mine of about 2,000 workers.`,
};

const PROTEST = {
  'wire.txt': `Thousands march in Santiago

SANTIAGO (Wire) - Tens of thousands marched through Santiago on Thursday against a pension reform.

Police said 30 people had been arrested after clashes near the presidential palace. A 2-0 win for the home side at the stadium nearby drew another crowd.

Air pollution kills about 4,000 people a year in the capital, health officials said.`,
  'paper.txt': `Santiago protest ends in arrests

Tens of thousands marched through Santiago on Thursday against the pension reform.

Officials put the number of people detained at 45 after clashes near the presidential palace.

In 2023, air pollution killed 4,900 people in the capital, according to the health ministry.`,
};

describe('numeric discrepancies of tallies and changing figures', () => {
  const agency = numeric(MINE, 'agency.txt');
  const daily = numeric(MINE, 'daily.txt');

  it('reads a number word as a tally\'s value ("has risen to eight", "put the number of missing at nine")', () => {
    assert.ok(agency.some((f) => /^at least five → .*eight/.test(f)), agency.join('\n'));
    assert.ok(agency.includes('11 → nine'), agency.join('\n'));
  });

  it('sets the latest value of a changing figure against the peer, not the value it replaced', () => {
    assert.ok(!daily.some((f) => f.startsWith('six')) || daily.some((f) => f.startsWith('six → at least five')), daily.join('\n'));
    assert.ok(!agency.some((f) => f.includes('→ six')), agency.join('\n'));
  });

  it('never sets the rescued against the missing, nor equal counts against each other', () => {
    assert.ok(!agency.some((f) => f.startsWith('23')), agency.join('\n'));
    assert.ok(!daily.some((f) => f.startsWith('23')), daily.join('\n'));
  });

  it('leaves apart two distances of one story an order of magnitude apart', () => {
    assert.ok(!agency.some((f) => f.startsWith('40')), agency.join('\n'));
    assert.ok(!daily.some((f) => f.startsWith('0.6')), daily.join('\n'));
  });

  it('sets the arrested against the detained, a yearly rate against one year\'s figure, and no score against anything', () => {
    const wire = numeric(PROTEST, 'wire.txt');
    assert.ok(wire.includes('30 → 45'), wire.join('\n'));
    assert.ok(wire.includes('about 4,000 → 4,900'), wire.join('\n'));
    assert.ok(!wire.some((f) => /^[20] /.test(f)), wire.join('\n'));
  });

  it('sets no family count against another family\'s, nor a figure of a past month against today\'s', () => {
    const METRO = {
      'a.txt': `Power cut halts Lisbon metro

A power cut stopped the Lisbon metro on Monday, stranding at least 120,000 commuters, the operator said.

Ana Sousa, who was travelling with her two children, said they had waited in a tunnel for an hour.

In March 2021 a similar power cut stranded more than 80,000 commuters on the metro.`,
      'b.txt': `Lisbon metro stops after power cut

The Lisbon metro came to a halt on Monday after a power cut, and 90,000 commuters were stranded, the operator said.

Rui Costa said he had walked home along the river with his three children after waiting in a tunnel.`,
    };
    const a = numeric(METRO, 'a.txt');
    assert.ok(a.includes('at least 120,000 → 90,000'), a.join('\n'));
    assert.ok(!a.some((f) => f.startsWith('two') || f.startsWith('more than 80,000')), a.join('\n'));
  });

  it('takes what a bare tally counts from the tally of the sentence before ("a rising number of food poisoning cases. … the total had risen to 87")', () => {
    const OUTBREAK = {
      'press.txt': `Food poisoning at Leeds school fair

LEEDS (Press) - Dozens of people fell ill after eating at a school fair in Leeds on Saturday, health officials said.

Hospitals reported a rising number of food poisoning cases through the weekend. By Monday evening the total had risen to 87, the health agency said.`,
      'daily.txt': `Leeds school fair outbreak

Ninety-two cases of food poisoning have been linked to a school fair in Leeds, the health agency said on Monday.`,
    };
    assert.deepEqual(numeric(OUTBREAK, 'press.txt'), ['87 → Ninety-two']);
    const DERBY = {
      'wire.txt': `Arrests after derby

ROME (Wire) - Police said the number of fans arrested after Sunday's Rome derby had risen through the night. By Monday morning the total stood at 45.`,
      'paper.txt': `Rome derby violence

Police detained 38 fans after Sunday's Rome derby.`,
    };
    assert.deepEqual(numeric(DERBY, 'wire.txt'), ['45 → 38']);
  });

  it('reads a number word as the value a tally passed, surpassed or exceeded ("the number of confirmed cases passed nine")', () => {
    const OUTBREAK = {
      'wire.txt': `Cholera outbreak in Harare

HARARE (Wire) - The number of confirmed cholera cases in Harare passed nine on Sunday, the health ministry said.`,
      'daily.txt': `Harare cholera cases rise

Health officials confirmed six cholera cases in Harare on Sunday, the health ministry said.`,
    };
    const wire = numeric(OUTBREAK, 'wire.txt');
    assert.deepEqual(wire, ['nine → six'], wire.join('\n'));
  });

  it('sets the organisers\' estimate against the organisers\', and the police\'s against the police\'s', () => {
    const MARCH = {
      'agency.txt': `Teachers march in Nairobi

NAIROBI (Agency) - Teachers marched through Nairobi on Friday to demand higher pay.

Police put the number of protesters in the capital at 12,000; the organisers, the Kenya Union of Teachers, said 60,000 had joined the march.`,
      'paper.txt': `Nairobi teachers take to the streets

Teachers marched through Nairobi on Friday to demand higher pay.

Organisers claimed that more than 80,000 people marched through the capital. Police estimated the crowd at about 15,000.`,
    };
    const agency = numeric(MARCH, 'agency.txt');
    assert.ok(agency.includes('60,000 → more than 80,000'), agency.join('\n'));
    assert.ok(agency.includes('12,000 → about 15,000'), agency.join('\n'));
  });

  it('takes "an estimated 107,500" as exact to its last digit, and "about 100,000" as rounded', () => {
    const MEASLES = {
      'agency.txt': 'Measles vaccine drive\n\nMeasles killed an estimated 107,500 people in 2022, most of them children under five, the World Health Organization said on Monday.',
      'weekly.txt': 'Measles vaccine drive\n\nMeasles kills more than 110,000 people a year, most of them children under five, the World Health Organization said on Monday.',
      'daily.txt': 'Measles vaccine drive\n\nMeasles kills about 100,000 people a year, most of them children under five, the World Health Organization said on Monday.',
    };
    const agency = numeric(MEASLES, 'agency.txt');
    assert.deepEqual(agency, ['an estimated 107,500 → more than 110,000'], agency.join('\n'));
  });

  it('reads "halved" and "by half" as 50 per cent, against "by 30 percent" elsewhere', () => {
    const SUBSIDIES = {
      'wire.txt': 'Egypt cuts fuel subsidies\n\nCAIRO (Wire) - Egypt has halved fuel subsidies since January to meet the terms of an IMF loan, the finance ministry said on Sunday.',
      'paper.txt': 'Egypt trims fuel subsidies\n\nEgypt has cut fuel subsidies by 30 percent since January to meet the terms of an IMF loan, the finance ministry said on Sunday.',
      'weekly.txt': 'Egypt and the IMF\n\nEgypt has cut its fuel subsidies by half since January to meet the terms of an IMF loan, the finance ministry said on Sunday.',
    };
    const wire = numeric(SUBSIDIES, 'wire.txt');
    assert.deepEqual(wire, ['halved → 30 percent'], wire.join('\n'));
    const weekly = numeric(SUBSIDIES, 'weekly.txt');
    assert.deepEqual(weekly, ['by half → 30 percent'], weekly.join('\n'));
  });

  it('reads "quadrupled" as a rise of 300 per cent, against "tripled" elsewhere', () => {
    const GAS = {
      'wire.txt': 'Porcelain maker shuts kilns\n\nSELB (Wire) - The company said on Thursday that its gas bill had tripled since 2021, making the kilns at Selb too costly to run.',
      'paper.txt': 'Selb porcelain works to close\n\nThe company said on Thursday that its gas bill had quadrupled since 2021, making the kilns at Selb too costly to run.',
    };
    const paper = numeric(GAS, 'paper.txt');
    assert.deepEqual(paper, ['quadrupled → tripled'], paper.join('\n'));
  });
});

