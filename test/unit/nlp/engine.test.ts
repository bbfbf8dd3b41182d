import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { analyzeArticle } from '../../../src/core/analyzeArticle';
import { paragraphsRead, tokenize } from '../../../src/core/nlp/engine';

const seed = readFileSync(join(__dirname, '../../fixtures/corpus/seeds/001_329362c8f0014bf2.txt'), 'utf8');

describe('the wink engine', () => {
  it('gives tokens whose offsets slice the text to their values', () => {
    const { tokens } = tokenize(seed);
    assert.ok(tokens.length > 500);
    for (const t of tokens) assert.strictEqual(seed.slice(t.start, t.end), t.value);
  });

  it('re-reads only the paragraph an edit touched, with the same result as a fresh reading', () => {
    analyzeArticle(seed);
    const lines = seed.split('\n');
    lines[5] = lines[5].replace('Lavrov', 'Sergei Lavrov');
    const edited = lines.join('\n');
    const before = paragraphsRead();
    const again = analyzeArticle(edited);
    assert.strictEqual(paragraphsRead() - before, 1, 'only the edited paragraph should be read again');
    // A text never seen before (one space added to every line) is read in full: the same result.
    const fresh = analyzeArticle(edited.replace(/\n/g, ' \n'));
    assert.deepStrictEqual(again.quotes.map((q) => [q.text, q.speaker]), fresh.quotes.map((q) => [q.text, q.speaker]));
    assert.deepStrictEqual(again.entities.map((e) => e.text), fresh.entities.map((e) => e.text));
  });
});
