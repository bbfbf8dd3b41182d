import { strict as assert } from 'node:assert';
import { MONTH_PATTERN, monthIndex } from '../../../src/core/values/monthNames';

describe('month names', () => {
  it('tells the month of a name in full or cut short, with or without its dot', () => {
    assert.deepEqual(['January', 'Aug', 'Sept.', 'sep', 'December'].map(monthIndex), [0, 7, 8, 8, 11]);
    assert.equal(monthIndex('Monday'), -1);
  });

  it('matches the ways newspapers write a month and nothing longer', () => {
    const month = new RegExp(`^(?:${MONTH_PATTERN})$`, 'i');
    for (const name of ['Jan', 'January', 'June', 'Jun', 'Sept', 'September', 'sep']) assert.ok(month.test(name), name);
    for (const word of ['Mayor', 'Marines', 'junior', 'Sepember']) assert.ok(!month.test(word), word);
  });
});
