/**
 * What a count counts: the members of a group named after "of" ("killed eleven of their
 * colleagues"), a part of a count given whole ("two of the dead"), the count's own clause ("19
 * stranded climbers as the death toll rose to six") and the state its noun is in ("46 cancelled
 * flights" / "52 delayed flights"), what a group is named by ("Eight of the train's 22 coaches") and
 * the people a business employs ("will employ 2,500 people" counts jobs). Short reports of a
 * building-site collapse, an avalanche, an airport closed by snow, a derailment and a new factory
 * written for this test, analysed by the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { numericFindings as numeric } from './numericFindings';

const SCAFFOLDING = {
  'wire.txt': `Scaffolding collapse kills builders in Lagos

LAGOS (Wire) - Scaffolding collapsed on a tower block under construction in Lagos on Monday, killing nine of the 40 builders at work, emergency officials said.

Three of the dead were teenagers, the officials said. Rescuers pulled 12 injured workers from the rubble.`,
  'daily.txt': `Lagos tower scaffolding falls

A collapse at a building site in Lagos on Monday killed eleven of their colleagues, builders told reporters. Emergency officials confirmed the deaths.

Two of the injured were in a critical condition. Twelve workers were taken to hospital with injuries.`,
};

const AVALANCHE = {
  'agency.txt': `Avalanche buries climbers in Nepal

KATHMANDU (Agency) - An avalanche swept a climbing route on Mount Manaslu on Saturday, and rescuers were trying to reach 19 stranded climbers as the death toll rose to six, police said.

Helicopters flew 4 of the injured to Kathmandu. Two of the dead were Sherpa guides.`,
  'paper.txt': `Manaslu avalanche: toll rises to eight

The death toll from Saturday's avalanche on Mount Manaslu rose to eight on Sunday, police said, and rescuers had still not reached the climbers stranded higher up.

Seven injured climbers were flown to hospital in Kathmandu.`,
};

const SNOW = {
  'wire.txt': `Snow shuts Oslo airport

OSLO (Wire) - Heavy snow closed Oslo Gardermoen airport for most of Monday, leaving 46 cancelled flights on the departure boards, the airport operator Avinor said.

Thousands of passengers spent the night in the terminal.`,
  'daily.txt': `Oslo airport closed by snowstorm

A snowstorm closed Oslo Gardermoen airport for most of Monday, and the operator Avinor counted 52 delayed flights on the departure boards by evening.

Thousands of passengers were stranded overnight.`,
};

const DERAILMENT = {
  'wire.txt': `Train derails in Odisha

BHUBANESWAR (Wire) - A passenger train derailed in the eastern Indian state of Odisha on Friday, railway officials said.

Eight of the train's 22 coaches left the tracks near Balasore.`,
  'daily.txt': `Odisha derailment

A passenger train derailed near Balasore in Odisha on Friday, railway officials said. Seven coaches of the 24-coach train left the tracks.`,
};

const FACTORY = {
  'wire.txt': `Carmaker to build battery plant in Slovakia

BRATISLAVA (Wire) - South Korea's Hanwa Energy will build a battery plant near Nitra that will employ 2,500 people, the Slovak economy ministry said on Tuesday.`,
  'daily.txt': `Slovakia lands Korean battery factory

Hanwa Energy has chosen Nitra for a battery factory, creating about 3,000 jobs, Slovakia's economy ministry announced.`,
};

describe('what a count counts: group members, parts, its clause and its state', () => {
  it('reads a number word counting the members of a group ("killed eleven of their colleagues", "killing nine of the 40 builders")', () => {
    const daily = numeric(SCAFFOLDING, 'daily.txt');
    const wire = numeric(SCAFFOLDING, 'wire.txt');
    assert.ok(daily.includes('eleven → nine'), daily.join('\n'));
    assert.ok(wire.includes('nine → eleven'), wire.join('\n'));
    assert.ok(!wire.some((f) => f.startsWith('40')), wire.join('\n'));
  });

  it('never sets a part of a count ("two of the dead", "4 of the injured") against a whole count', () => {
    const findings = [...numeric(SCAFFOLDING, 'wire.txt'), ...numeric(SCAFFOLDING, 'daily.txt'), ...numeric(AVALANCHE, 'agency.txt'), ...numeric(AVALANCHE, 'paper.txt')];
    assert.ok(!findings.some((f) => /^(?:Two|Three|4) /.test(f) || / → (?:Two|Three|4)$/.test(f)), findings.join('\n'));
  });

  it('looks for what a count counts in its own clause only ("19 stranded climbers as the death toll rose to six")', () => {
    const agency = numeric(AVALANCHE, 'agency.txt');
    assert.ok(agency.includes('six → eight'), agency.join('\n'));
    assert.ok(!agency.some((f) => f.startsWith('19')), agency.join('\n'));
  });

  it('counts what a group is named by ("Eight of the train\'s 22 coaches" / "Seven coaches of the 24-coach train")', () => {
    assert.deepEqual(numeric(DERAILMENT, 'wire.txt'), ['Eight → Seven', '22 → 24']);
  });

  it('counts the people a business employs or hires as jobs ("will employ 2,500 people" / "creating about 3,000 jobs")', () => {
    assert.deepEqual(numeric(FACTORY, 'wire.txt'), ['2,500 → about 3,000']);
  });

  it('never sets things in one state against things in another ("19 stranded climbers" / "seven injured climbers", "46 cancelled flights" / "52 delayed flights")', () => {
    assert.ok(!numeric(AVALANCHE, 'paper.txt').some((f) => f.startsWith('Seven')), numeric(AVALANCHE, 'paper.txt').join('\n'));
    assert.deepEqual(numeric(SNOW, 'wire.txt'), []);
    assert.deepEqual(numeric(SNOW, 'daily.txt'), []);
  });
});
