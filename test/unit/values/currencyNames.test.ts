import { strict as assert } from 'node:assert';
import { parseQuantity } from '../../../src/core/values/parseQuantity';
import { isCurrencyUnit } from '../../../src/core/values/units';

describe('currency names', () => {
  it('reads amounts in currencies named after the number as money', () => {
    assert.deepEqual(parseQuantity('4.5 billion rand'), { value: 4.5e9, unit: 'ZAR', qualifier: null, precision: 1e8 });
    assert.deepEqual(parseQuantity('300 million naira'), { value: 3e8, unit: 'NGN', qualifier: null, precision: 1e6 });
    assert.equal(parseQuantity('2 billion kronor')?.unit, 'SEK');
    assert.equal(parseQuantity('12 million zlotys')?.unit, 'PLN');
    assert.deepEqual(parseQuantity('150 billion tenge'), { value: 1.5e11, unit: 'KZT', qualifier: null, precision: 1e9 });
    assert.equal(parseQuantity('40 million lari')?.unit, 'GEL');
    assert.equal(parseQuantity('900,000 leva')?.unit, 'BGN');
  });

  it('reads a name several countries use as money in a currency the story fixes', () => {
    const crowns = parseQuantity('1.8 billion crowns');
    assert.equal(crowns?.value, 1.8e9);
    assert.ok(crowns?.unit && isCurrencyUnit(crowns.unit), String(crowns?.unit));
    assert.ok(isCurrencyUnit(parseQuantity('40,000 shillings')?.unit ?? ''));
    assert.ok(isCurrencyUnit(parseQuantity('2.5 million manat')?.unit ?? ''));
  });

  it('does not take a counted noun for money', () => {
    assert.equal(isCurrencyUnit(parseQuantity('40 trucks')?.unit ?? ''), false);
  });
});
