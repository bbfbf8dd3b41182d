import { strict as assert } from 'node:assert';
import { quoteSimilarity } from '../../../src/core/compare/quoteSimilarity';
import { readWords } from '../../../src/core/compare/readWords';

// quoteSimilarity weighs each word list once per weighing of stems and keeps it for the list's
// next pairs: these tests hold that a kept weighing gives what a fresh one gives.
const QUOTES = [
  'The jury has spoken and we respect its verdict in full',
  'We respect the verdict of the jury and will not appeal',
  'Quarterly profits fell sharply as demand for steel collapsed',
  'The bishop said the parish would reopen its doors at Easter',
];

describe('quoteSimilarity with word lists weighed once', () => {
  it('gives a list set against many others what fresh copies of both lists give', () => {
    const idf = (stem: string): number => 1 + stem.length / 4;
    const kept = readWords(QUOTES[0]);
    for (const other of QUOTES) {
      const otherWords = readWords(other);
      for (const [a, b] of [[kept, otherWords], [otherWords, kept]]) {
        assert.deepEqual(quoteSimilarity(a, b, idf), quoteSimilarity([...a], [...b], idf), other);
      }
    }
  });

  it('weighs one list anew under another weighing of stems', () => {
    const verdict = readWords(QUOTES[0]);
    const appeal = readWords(QUOTES[1]);
    const even = quoteSimilarity(verdict, appeal, () => 2);
    // Under a weighing where the words the two quotes do not share ('spoken', 'full', 'appeal') are rare, they weigh more.
    const shared = new Set(verdict.map((w) => w.stem).filter((stem) => appeal.some((w) => w.stem === stem)));
    const skewed = (stem: string): number => (shared.has(stem) ? 1 : 9);
    const rare = quoteSimilarity(verdict, appeal, skewed);
    assert.deepEqual(rare, quoteSimilarity([...verdict], [...appeal], skewed));
    assert.ok(rare.cosine < even.cosine - 0.1, `${rare.cosine} < ${even.cosine}`);
    assert.deepEqual(quoteSimilarity(verdict, appeal, () => 2), even);
  });

  it('measures word order in a long quote and then in a short one as it does alone', () => {
    const idf = (): number => 2;
    const long = readWords(QUOTES.join(' and ').repeat(3));
    assert.ok(long.length > 100, String(long.length));
    const trimmed = readWords(`${QUOTES[2]} and ${QUOTES[3]}`);
    assert.equal(quoteSimilarity(trimmed, long, idf).ordered, 1);
    // Five of the eight words of the shorter quote in order, 'the verdict of the jury': 'appeal' comes first in one, last in the other.
    const short = quoteSimilarity(readWords('We will appeal the verdict of the jury'), readWords('The verdict of the jury is under appeal'), idf);
    assert.equal(short.ordered, 5 / 8);
  });
});
