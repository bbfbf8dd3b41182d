import { strict as assert } from 'node:assert';
import { quoteSimilarity } from '../../../src/core/compare/quoteSimilarity';
import { readWords } from '../../../src/core/compare/readWords';
import { withParaphrases } from '../../../src/core/compare/speechParaphrases';

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

  it('keeps the order of ideas across a plural and a synonym ("families" / "family", "warned" / "cautioned")', () => {
    const words = (text: string) => withParaphrases(readWords(text));
    const family = quoteSimilarity(words('Those families lost their homes in the floods'), words('The family lost its home in the flood'), () => 2);
    assert.equal(family.ordered, 6 / 8);
    const warned = quoteSimilarity(words('We kept our borders open and we warned them every day'), words('Our border stayed open and we cautioned them each day'), () => 2);
    assert.equal(warned.ordered, 8 / 10);
  });
});

