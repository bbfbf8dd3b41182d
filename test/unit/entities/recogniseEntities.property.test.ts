import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { recogniseEntities } from '../../../src/core/entities/recogniseEntities';
import { tokenize } from '../../../src/core/nlp/engine';

/** Words and marks that stress the recogniser: names, particles, possessives, quotes, glued values. */
const PIECES = [
  'Sergey', 'Lavrov', 'said', 'the', 'UN', '’s', "'s", '-', 'Bank', 'of', 'China', '(', ')', '“', '”', '\n', '.', ',', '$',
  '1.2bn', 'el-Arish', 'Airport', 'van', 'der', 'The', 'Ministry', 'and', '&', 'DKK14bn', '800+', 'a', 'day', 'Il-76', 'é',
  '🙂', 'LONDON', 'NATO', 'Secretary', 'General', 'Real', 'Madrid', 'Former', 'La',
];

describe('recogniseEntities on arbitrary text', () => {
  it('always returns sorted, non-overlapping mentions whose text is the text at their span', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.constantFrom(' ', '', '  '), (pieces, gap) => {
        const text = pieces.join(gap);
        const list = recogniseEntities(text, tokenize(text), []);
        for (let i = 0; i < list.length; i++) {
          assert.equal(text.slice(list[i].start, list[i].end), list[i].text);
          assert.ok(list[i].key.length > 0 && list[i].canonical.length > 0);
          if (i > 0) assert.ok(list[i].start >= list[i - 1].end);
        }
      }),
      { numRuns: 300 },
    );
  });
});
