import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../src/core/analyzeArticle';

const sentencesOf = (text: string): string[] => {
  const a = analyzeArticle(text);
  return a.sentences.map((s) => a.text.slice(s.start, s.end));
};

describe('splitSentences with a title written short before a name', () => {
  it('keeps a title of consonants only with the name after it', () => {
    const s = sentencesOf('The pumps failed at dawn. Engr. Tunde Bakare, who runs the waterworks, blamed the heat. Msgr. Paolo Ricci led the prayers.');
    assert.deepEqual(s, ['The pumps failed at dawn.', 'Engr. Tunde Bakare, who runs the waterworks, blamed the heat.', 'Msgr. Paolo Ricci led the prayers.']);
  });

  it('keeps a known title abbreviation after a quotation with the name it precedes', () => {
    const s = sentencesOf('“The fund is solvent,” Usec. Liza Magbanua told senators. Pres. Ochoa signed the bill.');
    assert.deepEqual(s, ['“The fund is solvent,” Usec. Liza Magbanua told senators.', 'Pres. Ochoa signed the bill.']);
  });

  it('keeps a given name and a name part written short inside the name', () => {
    const s = sentencesOf('Budget Sec. Ma. Teresa Sto. Domingo presented the figures. The Senate adjourned.');
    assert.deepEqual(s, ['Budget Sec. Ma. Teresa Sto. Domingo presented the figures.', 'The Senate adjourned.']);
  });

  it('still ends a sentence after a short name when a common word or a name after a given name follows', () => {
    const s = sentencesOf('The striker signed for Ajax. The fee was not disclosed. The deal was approved by Jack Ma. Alibaba shares rose.');
    assert.deepEqual(s, ['The striker signed for Ajax.', 'The fee was not disclosed.', 'The deal was approved by Jack Ma.', 'Alibaba shares rose.']);
  });

  it('still ends a sentence after a short surname or word before a name', () => {
    const s = sentencesOf('The motion was tabled by Ms Ruiz. Tomas Lind seconded it. Shares fell in Oslo. Equinor said nothing.');
    assert.deepEqual(s, ['The motion was tabled by Ms Ruiz.', 'Tomas Lind seconded it.', 'Shares fell in Oslo.', 'Equinor said nothing.']);
  });
});
