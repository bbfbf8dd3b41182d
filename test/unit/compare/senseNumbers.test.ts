/**
 * The set of sense numbers singular readings fill for each source's peers and each unit's
 * counterparts: emptied in constant time and reused, it must forget every member of the round
 * before and take numbers beyond the room it started with.
 */
import { strict as assert } from 'node:assert';
import { SenseSet } from '../../../src/core/compare/senseNumbers';

describe('SenseSet', () => {
  it('holds what was added since it was last emptied, and nothing else', () => {
    const set = new SenseSet();
    set.add(3);
    set.add(70);
    assert.ok(set.has(3) && set.has(70));
    assert.ok(!set.has(4));
    set.clear();
    assert.ok(!set.has(3) && !set.has(70));
    set.add(4);
    assert.ok(set.has(4) && !set.has(3));
  });

  it('takes numbers beyond its first room and keeps the members it held', () => {
    const set = new SenseSet();
    set.add(5);
    set.add(250_000);
    assert.ok(set.has(5) && set.has(250_000));
    assert.ok(!set.has(249_999) && !set.has(1_000_000));
  });
});
