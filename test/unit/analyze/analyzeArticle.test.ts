import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../../../src/core/analyzeArticle';

const seeds = join(__dirname, '../../fixtures/corpus/seeds');
const gold = JSON.parse(readFileSync(join(seeds, 'gold.json'), 'utf8')) as { quotes: Array<{ file: string; text: string; speaker: string | null; kind: string }> };

describe('analyzeArticle', () => {
  it('finds exactly the quoted spans of the hand-annotated seed articles, with their kinds', () => {
    for (const file of ['000_dd448b168f52a1ce.txt', '001_329362c8f0014bf2.txt', '003_7f66165cc7c1e9fd.txt']) {
      const a = analyzeArticle(readFileSync(join(seeds, file), 'utf8'));
      const expected = gold.quotes.filter((q) => q.file === file);
      assert.deepEqual(a.quotes.map((q) => q.text), expected.map((q) => q.text), file);
      assert.deepEqual(a.quotes.map((q) => q.kind), expected.map((q) => q.kind), file);
    }
  });

  it('removes a BOM and keeps every span equal to its slice of the text it returns', () => {
    const raw = readFileSync(join(seeds, '003_7f66165cc7c1e9fd.txt'), 'utf8');
    const a = analyzeArticle(`\ufeff${raw.replace(/\n/g, '\r\n')}`);
    assert.equal(a.text.charCodeAt(0), 'R'.charCodeAt(0));
    assert.equal(a.title, "Russian FM slams blaming Iran for 'everything' as 'provocative'");
    for (const q of a.quotes) assert.equal(a.text.slice(q.start, q.end), q.text);
    for (const c of a.claims) assert.equal(a.text.slice(c.start, c.end), c.text);
    for (const s of a.sentences) assert.ok(a.blocks.some((b) => b.start <= s.start && s.end <= b.end));
  });

  it('analyses a megabyte without spaces (wink never sees a 1 MB token; the test times out otherwise)', function () {
    this.timeout(20000);
    const a = analyzeArticle('x'.repeat(1_000_000));
    assert.equal(a.quotes.length, 0);
    assert.equal(a.text.length, 1_000_000);
  });
});
