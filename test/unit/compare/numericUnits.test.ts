/**
 * Figures given in other units and currencies: one quantity in kilometres and in miles, in tonnes
 * and in kilograms, in km/h and in mph, in pounds and in pence is compared once brought to one
 * unit; a figure in brackets that converts the one before it is not compared on its own; amounts in
 * two currencies agree when a rough rate makes one the other (numericExchangeRates.test.ts); a unit written onto its number
 * ("185km") is read, and so is a rate of oil output however written ("barrels per day", "bpd").
 * Short reports of a flood, a derailment, a cycling stage and an oil output decision written for
 * this test, analysed by the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { numericFindings as numeric } from './numericFindings';

const FLOOD = {
  'wire.txt': `Flood aid convoy reaches Sylhet

DHAKA (Wire) - A convoy of aid trucks stretching 15 kilometres reached the flooded district of Sylhet on Sunday, the disaster ministry said.

The trucks carried 1,200 tonnes of rice. The road from Dhaka, 60 km (37 miles) of it still under water, had been closed for a week. The river Surma stood 2.1 metres (7 feet) above its danger mark.

The government will spend €2.4 billion on flood defences, and fares on the ferry route rise to £1.20.`,
  'daily.txt': `Sylhet aid convoy gets through

A convoy stretching about 12 miles reached Sylhet on Sunday after a 37-mile drive through flood water from Dhaka, the disaster ministry said.

The lorries brought 1.2 million kilograms of rice. The Surma was running nearly three metres above its danger mark.

The government plans to spend $2.6 billion on flood defences; ferry fares rise to 135 pence.`,
};

const DERAILMENT = {
  'wire.txt': `Express train derails in Bavaria

MUNICH (Wire) - An express train travelling at 160 km/h derailed near Augsburg on Friday, injuring 31 passengers, police said.

The section of track has a limit of 120 kilometres per hour.`,
  'daily.txt': `Bavarian train crash: speed questioned

The express was running at about 85 mph when it left the rails near Augsburg on Friday, police said. Thirty-one passengers were injured.

The line's limit is 75 miles per hour on that stretch.`,
};

const STAGE = {
  'wire.txt': `Vingaard wins mountain stage

ANDORRA (Wire) - Denmark's Lars Vingaard won the 15th stage of the Tour de France on Sunday after a 183-kilometre ride.`,
  'daily.txt': `Vingaard takes stage 15 in Pyrenees

Lars Vingaard of Denmark won Sunday's 15th stage of the Tour de France at the end of a 185km ride.`,
};

const OUTPUT = {
  'wire.txt': 'Saudi Arabia will pump 9 million barrels per day in July, the energy ministry in Riyadh said on Sunday.',
  'daily.txt': 'Saudi Arabia will pump 9.5m bpd in July, the energy ministry in Riyadh said on Sunday.',
  'radio.txt': 'Saudi Arabia will pump 9 million barrels a day in July, the energy ministry in Riyadh said on Sunday.',
};

describe('numeric discrepancies across units and currencies', () => {
  const wire = numeric(FLOOD, 'wire.txt');
  const daily = numeric(FLOOD, 'daily.txt');

  it('sets a length in kilometres against one in miles ("15 kilometres" / "about 12 miles")', () => {
    assert.ok(wire.includes('15 → about 12'), wire.join('\n'));
    assert.ok(daily.includes('about 12 → 15'), daily.join('\n'));
  });

  it('sets pounds against pence ("£1.20" / "135 pence")', () => {
    assert.ok(wire.includes('£1.20 → 135'), wire.join('\n'));
  });

  it('finds no discrepancy where the figures agree once converted ("60 km (37 miles)" / "37-mile", "1,200 tonnes" / "1.2 million kilograms")', () => {
    for (const f of [...wire, ...daily]) assert.ok(!/^(?:60|37|1,200|1\.2 million) /.test(f), f);
  });

  it('compares the figure a bracket converts, not the conversion ("2.1 metres (7 feet)")', () => {
    assert.ok(wire.includes('2.1 → nearly three'), wire.join('\n'));
    assert.ok(!wire.some((f) => f.startsWith('7 ')), wire.join('\n'));
    assert.ok(daily.includes('nearly three → 2.1'), daily.join('\n'));
  });

  it('sets a speed in km/h against one in mph ("160 km/h" / "about 85 mph"), a unit of three words read whole ("120 kilometres per hour" / "75 miles per hour" agree)', () => {
    assert.deepEqual(numeric(DERAILMENT, 'wire.txt'), ['160 → about 85']);
    assert.deepEqual(numeric(DERAILMENT, 'daily.txt'), ['about 85 → 160']);
  });

  it('reads a unit written onto its number ("185km" / "183-kilometre")', () => {
    assert.deepEqual(numeric(STAGE, 'daily.txt'), ['185km → 183']);
  });

  it('reads barrels per day however written ("9 million barrels per day", "barrels a day", "9.5m bpd")', () => {
    assert.deepEqual(numeric(OUTPUT, 'daily.txt'), ['9.5m → 9 million, 9 million']);
  });

  it('sets no amount in one currency against one in another that a rough rate makes it ("€2.4 billion" / "$2.6 billion")', () => {
    for (const f of [...wire, ...daily]) assert.ok(!/billion/.test(f), f);
  });
});
