import { strict as assert } from 'node:assert';
import { quoteSimilarity } from '../../../src/core/compare/quoteSimilarity';
import { readWords } from '../../../src/core/compare/readWords';

const similarity = (a: string, b: string) => quoteSimilarity(readWords(a), readWords(b), () => 2);

describe('quoteSimilarity across a translation\'s synonyms', () => {
  it('counts "houses" for "homes" and "climb" for "rise"', () => {
    const same = similarity('Hundreds of homes were destroyed and the number will rise', 'Hundreds of houses were destroyed and the number will climb');
    assert.ok(same.cosine > 0.99, String(same.cosine));
    assert.equal(same.contained, 1);
  });

  it('still tells a different remark apart', () => {
    const other = similarity('Hundreds of homes were destroyed and the number will rise', 'The schools will reopen on Monday after inspections');
    assert.ok(other.cosine < 0.1, String(other.cosine));
  });
});
