import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { analyzeArticle } from '../../../src/core/analyzeArticle';
import { forgetReadings, paragraphsRead, tokenize } from '../../../src/core/nlp/engine';

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

  it('reads each line on its own, so that no value runs over a line break', () => {
    const text = 'The hearing was adjourned until March\n12, 2031, the clerk said.\n';
    const { tokens, entities } = tokenize(text);
    const spans = entities.map((e) => text.slice(tokens[e.first].start, tokens[e.last].end));
    assert.ok(spans.some((s) => s.endsWith('March')), spans.join(' | '));
    assert.ok(!spans.some((s) => s.includes('\n')), spans.join(' | '));
  });

  it('reads new lines together yet gives each line what wink gives it alone (sentences, values, tags)', () => {
    const text = [
      'Council approves night buses for Tampere\n\n',
      'TAMPERE, Finland - The city council voted 41-12 on Monday to run night buses from\n',
      'March\n',
      '12, 2031. Fares stay at €3.20\tuntil June.\n\n',
      '“It is overdue,” said councillor Aino Virtanen. She had campaigned for it since 2019.\n',
      '\n',
      'Read more: Transport in Finland\n',
    ].join('');
    forgetReadings();
    const together = tokenize(text);
    const alone: ReturnType<typeof tokenize> = { tokens: [], sentences: [], entities: [] };
    let offset = 0;
    for (const line of text.split(/(?<=\n)(?![\r\n])/)) {
      forgetReadings();
      const reading = tokenize(line);
      const base = alone.tokens.length;
      alone.tokens.push(...reading.tokens.map((t) => ({ ...t, start: t.start + offset, end: t.end + offset })));
      alone.sentences.push(...reading.sentences.map(([a, b]): [number, number] => [a + base, b + base]));
      alone.entities.push(...reading.entities.map((e) => ({ ...e, first: e.first + base, last: e.last + base })));
      offset += line.length;
    }
    assert.deepStrictEqual(together, alone);
    assert.ok(together.entities.some((e) => together.tokens[e.first].value === '12'), 'the date on the next line is a value of its own');
  });

  it('reads every line again after forgetting its readings, with the same tokens', () => {
    const text = 'Ferry fares rise\n\nThe operator said fares would rise by 4% in April.\n\n“We had no choice,” a spokeswoman said.\n';
    const first = tokenize(text);
    forgetReadings();
    const before = paragraphsRead();
    const again = tokenize(text);
    assert.strictEqual(paragraphsRead() - before, 3);
    assert.deepStrictEqual(again, first);
  });
});
