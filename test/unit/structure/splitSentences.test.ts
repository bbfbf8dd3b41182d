import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../src/core/analyzeArticle';

const sentencesOf = (text: string): string[] => {
  const a = analyzeArticle(text);
  return a.sentences.map((s) => a.text.slice(s.start, s.end));
};

describe('splitSentences', () => {
  it('keeps a quotation of several sentences in one sentence with its attribution', () => {
    const s = sentencesOf('“We are ready to talk. This initiative is welcome. We will study it,” Lavrov said. He left on Friday.');
    assert.deepEqual(s, ['“We are ready to talk. This initiative is welcome. We will study it,” Lavrov said.', 'He left on Friday.']);
  });

  it('never runs a headline into the first sentence of the story', () => {
    const s = sentencesOf('Minister resigns over leaked emails\nThe minister resigned on Monday. Her deputy takes over.');
    assert.deepEqual(s, ['Minister resigns over leaked emails', 'The minister resigned on Monday.', 'Her deputy takes over.']);
  });

  it('does not make sentences of credits, bylines or datelines', () => {
    const s = sentencesOf('Rates held\nBy Ann Lee\nFRANKFURT (Reuters) - The ECB held rates. Markets rose.\n© Jane Roe / AFP');
    assert.deepEqual(s, ['Rates held', 'The ECB held rates.', 'Markets rose.']);
  });

  it('keeps an exclamation inside a quote and its lower-case attribution together', () => {
    const s = sentencesOf('The crowd roared. “Go home!” she shouted. Police arrived.');
    assert.deepEqual(s, ['The crowd roared.', '“Go home!” she shouted.', 'Police arrived.']);
  });

  it('goes on past a quoted title ending in a question or exclamation when a comma, semicolon or colon follows', () => {
    const s = sentencesOf(
      'Ruth Adebayo, who wrote the report “Who Pays for the Flood?”, said the levy was unfair. Ministers disagree.\n' +
        'The striker, who sang “We Are the Champions!”, left early. Fans booed.\n' +
        'The judge asked the jury to consider “Was he there?”; the defence said no.',
    );
    assert.deepEqual(s, [
      'Ruth Adebayo, who wrote the report “Who Pays for the Flood?”, said the levy was unfair.',
      'Ministers disagree.',
      'The striker, who sang “We Are the Champions!”, left early.',
      'Fans booed.',
      'The judge asked the jury to consider “Was he there?”; the defence said no.',
    ]);
  });

  it('still ends a sentence at a question inside a quote when a new sentence follows', () => {
    const s = sentencesOf('He asked the board: “Who approved this?” Nobody answered.');
    assert.deepEqual(s, ['He asked the board: “Who approved this?”', 'Nobody answered.']);
  });

  it('starts a sentence at an opening quotation mark after a full stop', () => {
    const s = sentencesOf('Wambui said she had received 2,000 messages asking her to vote no. "My people are not against roads. They are against paying twice," she said.');
    assert.deepEqual(s, ['Wambui said she had received 2,000 messages asking her to vote no.', '"My people are not against roads. They are against paying twice," she said.']);
  });

  it('never ends a sentence between the points of an initialism (AP party-state tags, countries, ranks)', () => {
    assert.deepEqual(sentencesOf('Rep. Dana Pruitt, R-N.C., voted against the bill. It passed anyway.'), ['Rep. Dana Pruitt, R-N.C., voted against the bill.', 'It passed anyway.']);
    assert.deepEqual(sentencesOf('The U.K. and the U.S. signed the pact in Geneva. Talks resume in May.'), ['The U.K. and the U.S. signed the pact in Geneva.', 'Talks resume in May.']);
  });
});
