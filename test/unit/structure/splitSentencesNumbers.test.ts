import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../src/core/analyzeArticle';

const sentencesOf = (text: string): string[] => {
  const a = analyzeArticle(text);
  return a.sentences.map((s) => a.text.slice(s.start, s.end));
};

describe('splitSentences with numbers glued to words', () => {
  it('keeps a decimal after a hyphenated word in its sentence', () => {
    const s = sentencesOf('A magnitude-5.8 tremor shook the coast at dawn. Nobody was hurt.');
    assert.deepEqual(s, ['A magnitude-5.8 tremor shook the coast at dawn.', 'Nobody was hurt.']);
  });

  it('keeps amounts written after a currency code whole', () => {
    const s = sentencesOf('The brewer booked a charge of SEK2.4bn and closed at SEK87.15. Its rival gained.');
    assert.deepEqual(s, ['The brewer booked a charge of SEK2.4bn and closed at SEK87.15.', 'Its rival gained.']);
  });

  it('still ends a sentence at a full stop after a number', () => {
    const s = sentencesOf('The club has won 3. Its next match is on Sunday.');
    assert.deepEqual(s, ['The club has won 3.', 'Its next match is on Sunday.']);
  });
});
