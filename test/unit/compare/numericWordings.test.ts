/**
 * Figures whose wording hides their value or what they count: a share told as a fraction ("nearly
 * half of Kenya's tea exports" is nearly 50 %), the head of a compound noun ("1,500 freight wagons"
 * counts wagons), a noun that begins like a month ("400 junior doctors"), halves and months added
 * to years ("seven years and six months") and how far below its figure "nearly" may go. Short
 * reports of a port strike, a doctors' walkout, a fraud sentence and a vote in parliament written
 * for this test, analysed by the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { numericFindings as numeric } from './numericFindings';

const STRIKE = {
  'wire.txt': `Kenya tea auction halted by port strike

MOMBASA (Wire) - Pakistan, which buys nearly half of Kenya's tea exports, will be hit hardest by a dock strike that halted the Mombasa tea auction on Monday, traders said.

About 1,500 freight wagons were stuck at the port railhead, the Kenya Ports Authority said. The country's tea reserves stand at 4.4 million kilograms. In the first half of the year, exports rose.`,
  'daily.txt': `Mombasa strike freezes tea trade

A strike by dock workers halted the weekly tea auction in Mombasa on Monday. Pakistan takes about 38 percent of Kenya's tea exports, and Egypt a fifth of what remains.

More than 2,400 wagons were stuck at the port railhead on Monday, the ports authority said. Tea reserves of nearly 5 million kilograms would last a month, the tea board said.`,
};

const WALKOUT = {
  'wire.txt': `Junior doctors walk out in Leeds

LEEDS (Wire) - About 400 junior doctors walked out at Leeds General Infirmary on Friday over pay, the union said.`,
  'daily.txt': `Leeds doctors strike

More than 600 junior doctors walked out at Leeds General Infirmary on Friday in a dispute over pay, the union said.`,
};

const SENTENCE = {
  'wire.txt': `Bank manager jailed for fraud

CARDIFF (Wire) - A former bank manager who stole £1.4 million from elderly customers was jailed for seven years and six months at Cardiff Crown Court on Friday.`,
  'daily.txt': `Bank manager who stole from pensioners jailed

A former bank manager was jailed for seven and a half years at Cardiff Crown Court on Friday for stealing £1.4 million from elderly customers.`,
  'weekly.txt': `Cardiff fraud sentence

A former bank manager was jailed for six and a half years at Cardiff Crown Court on Friday for stealing £1.4 million from elderly customers.`,
};

const VOTE = {
  'wire.txt': `Parliament backs protest law

VILNIUS (Wire) - Lithuania's parliament passed a law restricting street protests on Thursday, with two-thirds of MPs voting in favour.

The law takes effect in the second half of the year.`,
  'daily.txt': `Lithuanian MPs pass protest curbs

Lithuania's parliament on Thursday approved limits on street protests, with 58 percent of MPs voting in favour.`,
};

describe('numeric discrepancies hidden by their wording', () => {
  const wire = numeric(STRIKE, 'wire.txt');
  const daily = numeric(STRIKE, 'daily.txt');

  it('reads a share told as a fraction as a percentage ("nearly half of" / "about 38 percent of", "two-thirds of" / "58 percent of")', () => {
    assert.ok(wire.includes('nearly half → about 38 percent'), wire.join('\n'));
    assert.ok(daily.includes('about 38 percent → nearly half'), daily.join('\n'));
    assert.deepEqual(numeric(VOTE, 'wire.txt'), ['two-thirds → 58 percent']);
  });

  it('reads no share in a part of a period nor of a whole only pointed at ("the first half of the year", "a fifth of what remains")', () => {
    const findings = [...wire, ...daily, ...numeric(VOTE, 'wire.txt'), ...numeric(VOTE, 'daily.txt')];
    assert.ok(!findings.some((f) => /^(?:half|a fifth) →|→ (?:half|a fifth)$/.test(f)), findings.join('\n'));
  });

  it('counts the head of a compound noun ("About 1,500 freight wagons" / "More than 2,400 wagons")', () => {
    assert.ok(wire.includes('About 1,500 → More than 2,400'), wire.join('\n'));
  });

  it('counts a noun that begins like a month ("About 400 junior doctors" / "More than 600 junior doctors")', () => {
    assert.deepEqual(numeric(WALKOUT, 'wire.txt'), ['About 400 → More than 600']);
  });

  it('reads a half and months added to years ("seven and a half years" = "seven years and six months" ≠ "six and a half years")', () => {
    assert.deepEqual(numeric(SENTENCE, 'weekly.txt'), ['six and a half → seven, seven and a half']);
    assert.deepEqual(numeric(SENTENCE, 'daily.txt'), ['seven and a half → six and a half']);
  });

  it('lets "nearly" stand at most 10 % below its figure ("4.4 million" / "nearly 5 million")', () => {
    assert.ok(wire.includes('4.4 million → nearly 5 million'), wire.join('\n'));
  });
});
