import { strict as assert } from 'node:assert';
import { measureOf } from '../../../src/core/compare/conceptClasses';
import { readWords } from '../../../src/core/compare/readWords';

/** The sense of each word of a phrase. */
const senses = (phrase: string): string[] => readWords(phrase).map((w) => w.sense);

describe('conceptClasses', () => {
  it('gives words of one meaning in news one sense', () => {
    assert.deepEqual(new Set(senses('died killed dead fatalities')).size, 1);
    assert.deepEqual(new Set(senses('injured wounded hurt')).size, 1);
    assert.deepEqual(new Set(senses('homes houses')).size, 1);
    assert.deepEqual(new Set(senses('climbed rose increased')).size, 1);
    assert.deepEqual(new Set(senses('tremor earthquake quake')).size, 1);
    assert.deepEqual(new Set(senses('citizens people residents')).size, 1);
  });

  it('gives a currency code and currency names one sense, and a number word its digits', () => {
    assert.deepEqual(new Set(senses('SEK kronor crowns rand')).size, 1);
    assert.deepEqual(senses('fifteen'), senses('15'));
  });

  it('keeps apart words whose stems meet but whose meanings do not', () => {
    assert.notDeepEqual(senses('lower'), senses('low'));
    assert.notDeepEqual(senses('killed'), senses('injured'));
  });

  it('names what a counted noun measures', () => {
    assert.equal(measureOf('fatalities'), 'death');
    assert.equal(measureOf('posts'), 'job');
    assert.equal(measureOf('jobs'), 'job');
    assert.equal(measureOf('residents'), 'people');
    assert.equal(measureOf('citizens'), 'people');
    assert.equal(measureOf('trucks'), undefined);
  });
});
