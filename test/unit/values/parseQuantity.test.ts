import { strict as assert } from 'node:assert';
import { parseQuantity } from '../../../src/core/values/parseQuantity';

describe('parseQuantity', () => {
  it('reads digits with thousands separators, decimals and scale words', () => {
    assert.deepEqual(parseQuantity('1,200'), { value: 1200, unit: null, qualifier: null, precision: 1 });
    assert.equal(parseQuantity('2.4 million')?.value, 2_400_000);
    assert.equal(parseQuantity('2,400,000')?.value, parseQuantity('2.4 million')?.value);
  });

  it('reads a scale counted whole or by a fraction ("a million", "half a million", "a quarter of a million")', () => {
    assert.deepEqual(parseQuantity('a million voters'), { value: 1_000_000, unit: 'voter', qualifier: null });
    assert.deepEqual(parseQuantity('half a million head'), { value: 500_000, unit: 'head', qualifier: null });
    assert.equal(parseQuantity('a quarter of a million')?.value, 250_000);
    assert.equal(parseQuantity('three quarters of a billion')?.value, 750_000_000);
  });

  it('reads temperatures written onto their number or in words ("28C", "40°C", "95F", "31 degrees Celsius")', () => {
    assert.deepEqual(parseQuantity('28C'), { value: 28, unit: '°C', qualifier: null, precision: 1 });
    assert.equal(parseQuantity('40°C')?.unit, '°C');
    assert.equal(parseQuantity('95F')?.unit, '°F');
    assert.equal(parseQuantity('31 degrees Celsius')?.unit, '°C');
  });

  it('keeps the place of the last digit written, in the figure\'s scale ("4.5%" 0.1, "€3.05 billion" 0.01 billion, "$88 billion" a billion)', () => {
    assert.equal(parseQuantity('4.5%')?.precision, 0.1);
    assert.ok(Math.abs((parseQuantity('€3.05 billion')?.precision ?? 0) - 1e7) < 1);
    assert.equal(parseQuantity('$88 billion')?.precision, 1e9);
    assert.equal(parseQuantity('12,000')?.precision, 1);
    assert.equal(parseQuantity('twelve')?.precision, undefined);
  });

  it('adds a half written out ("six and a half years", "two and a half million")', () => {
    assert.deepEqual(parseQuantity('six and a half years'), { value: 6.5, unit: 'year', qualifier: null });
    assert.equal(parseQuantity('two and a half million people')?.value, 2_500_000);
  });

  it('normalises units so different spellings of one quantity compare equal', () => {
    assert.deepEqual(parseQuantity('27 tonnes'), parseQuantity('27 tons'));
    assert.equal(parseQuantity('27 tonnes')?.unit, 't');
    assert.equal(parseQuantity('15 kilometres')?.unit, 'km');
    assert.equal(parseQuantity('up to 5km')?.unit, 'km');
    assert.deepEqual(parseQuantity('40 per cent'), parseQuantity('40%'));
    assert.equal(parseQuantity('3.5 percent')?.unit, '%');
  });

  it('reads money with signs, abbreviated scales and currency words', () => {
    assert.deepEqual(parseQuantity('$1.2bn'), { value: 1.2e9, unit: 'USD', qualifier: null, precision: 1e8 });
    assert.deepEqual(parseQuantity('1.2 billion dollars'), parseQuantity('$1.2bn'));
    assert.deepEqual(parseQuantity('£300,000'), { value: 300000, unit: 'GBP', qualifier: null, precision: 1 });
    assert.deepEqual(parseQuantity('€5 million'), { value: 5e6, unit: 'EUR', qualifier: null, precision: 1e6 });
  });

  it('keeps the hedge a reporter put on a number', () => {
    assert.equal(parseQuantity('about 100')?.qualifier, 'about');
    assert.equal(parseQuantity('approximately a dozen trucks')?.qualifier, 'about');
    assert.equal(parseQuantity('more than 1,000 people')?.qualifier, 'more than');
    assert.equal(parseQuantity('800+')?.qualifier, 'more than');
    assert.equal(parseQuantity('800+')?.value, 800);
    assert.equal(parseQuantity('nearly half')?.qualifier, 'nearly');
    assert.equal(parseQuantity('at least 20 trucks')?.qualifier, 'at least');
    assert.equal(parseQuantity('fewer than 50')?.qualifier, 'less than');
    assert.equal(parseQuantity('as many as 300')?.qualifier, 'up to');
  });

  it('reads number words, fractions, collectives and ordinals', () => {
    assert.equal(parseQuantity('a dozen')?.value, 12);
    assert.equal(parseQuantity('twenty-seven')?.value, 27);
    assert.equal(parseQuantity('nearly half')?.value, 0.5);
    assert.equal(parseQuantity('two-thirds')?.value, 2 / 3);
    assert.equal(parseQuantity('a third of the population')?.value, 1 / 3);
    assert.equal(parseQuantity('third')?.value, 3);
    assert.equal(parseQuantity('seven')?.value, 7);
  });

  it('reads ranges with their midpoint', () => {
    assert.deepEqual(parseQuantity('10-12'), { value: 11, low: 10, high: 12, unit: null, qualifier: null });
    assert.deepEqual(parseQuantity('between 10 and 12'), parseQuantity('10 to 12'));
    assert.equal(parseQuantity('10 to 12 km')?.unit, 'km');
    assert.deepEqual([parseQuantity('10-12 million')?.low, parseQuantity('10-12 million')?.high], [10e6, 12e6]);
  });

  it('reads ranges and amounts written with glued currency codes', () => {
    assert.deepEqual(parseQuantity('DKK55bn-DKK57bn'), { value: 56e9, low: 55e9, high: 57e9, unit: 'DKK', qualifier: null });
    assert.deepEqual(parseQuantity('DKK1.1bn'), parseQuantity('1.1 billion Danish crowns'));
    assert.deepEqual(parseQuantity('Sh60 billion'), { value: 60e9, unit: 'KES', qualifier: null, precision: 1e9 });
  });

  it('passes over the verb or preposition a quoted figure came with', () => {
    assert.deepEqual({ ...parseQuantity('after 12 minutes'), precision: undefined }, { ...parseQuantity('12th minute'), precision: undefined });
    assert.equal(parseQuantity('fell 11 percent')?.unit, '%');
  });

  it('reads vague counts as a lower bound', () => {
    assert.deepEqual(parseQuantity('thousands of people'), { value: 1000, unit: 'people', qualifier: 'more than' });
    assert.equal(parseQuantity('dozens of trucks')?.unit, 'truck');
  });

  it('names the counted thing as the unit, in the singular', () => {
    assert.equal(parseQuantity('about 100 aid trucks')?.unit, 'truck');
    assert.equal(parseQuantity('20 trucks')?.unit, parseQuantity('20 truck')?.unit);
    assert.equal(parseQuantity('12 casualties')?.unit, 'casualty');
    assert.equal(parseQuantity('nine coaches')?.unit, 'coach');
    assert.equal(parseQuantity('40 boxes')?.unit, 'box');
    assert.equal(parseQuantity('3 addresses')?.unit, 'address');
  });

  it('returns null when there is no quantity', () => {
    assert.equal(parseQuantity('Monday'), null);
    assert.equal(parseQuantity('a day'), null);
    assert.equal(parseQuantity(''), null);
  });
});
