import { strict as assert } from 'node:assert';
import { joinHyphenatedNames } from '../../../src/core/entities/joinHyphenatedNames';
import { buildNameWords } from '../../../src/core/entities/nameWords';
import { recogniseNames, type NameMention } from '../../../src/core/entities/recogniseNames';
import { replaceMentionsWithSpans, type ReadSpan } from '../../../src/core/entities/replaceMentionsWithSpans';
import { tokenize } from '../../../src/core/nlp/engine';

/** The recogniser's own name mentions of `text`. */
function mentionsOf(text: string): NameMention[] {
  return recogniseNames(text, joinHyphenatedNames(text, buildNameWords(text, tokenize(text))));
}

/** The span of the first `phrase` in `text`, read as `type`. */
function spanOf(text: string, phrase: string, type: ReadSpan['type']): ReadSpan {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length, type };
}

/** Mentions as "TYPE text" strings. */
function shown(mentions: NameMention[]): string[] {
  return mentions.map((m) => `${m.type} ${m.text}`);
}

describe('replaceMentionsWithSpans: spans read whole in place of the recogniser’s mentions', () => {
  it('drops the mentions a span overlaps and reads the span as one name of its type, in reading order', () => {
    const text = 'The synod met in Lyon on Sunday, said Marguerite Delacroix Hall Trust.';
    const out = replaceMentionsWithSpans(text, mentionsOf(text), [spanOf(text, 'Marguerite Delacroix', 'PERSON'), spanOf(text, 'Hall Trust', 'ORG')]);
    assert.deepEqual(shown(out), ['PLACE Lyon', 'PERSON Marguerite Delacroix', 'ORG Hall Trust']);
  });

  it('gives the gazetteer’s canonical name only when it knows the phrase as a name of the span’s type', () => {
    const text = 'The ruling was welcomed by the United Nations on Tuesday.';
    const asBody = replaceMentionsWithSpans(text, [], [spanOf(text, 'United Nations', 'ORG')]);
    const asPerson = replaceMentionsWithSpans(text, [], [spanOf(text, 'United Nations', 'PERSON')]);
    assert.notEqual(asBody[0].canonical, null);
    assert.equal(asPerson[0].canonical, null);
  });

  it('clears the text of a span without a type, naming nobody there', () => {
    const text = 'Shares closed higher on Friday, said Kiri Walker.';
    assert.deepEqual(shown(mentionsOf(text)), ['PERSON Kiri Walker']);
    assert.deepEqual(replaceMentionsWithSpans(text, mentionsOf(text), [spanOf(text, 'Kiri Walker', null)]), []);
  });

  it('keeps what the remainder returns for a mention a span overlaps, and returns the mentions as they came when no span is given', () => {
    const text = 'The synod met in Lyon on Sunday, said Marguerite Delacroix Hall Trust.';
    const mentions = mentionsOf(text);
    const name = spanOf(text, 'Marguerite Delacroix', 'PERSON');
    const rest = (m: NameMention): NameMention | undefined => (m.end > name.end ? { ...m, start: name.end + 1, text: text.slice(name.end + 1, m.end) } : undefined);
    assert.deepEqual(shown(replaceMentionsWithSpans(text, mentions, [name], rest)), ['PLACE Lyon', 'PERSON Marguerite Delacroix', 'ORG Hall Trust']);
    assert.equal(replaceMentionsWithSpans(text, mentions, []), mentions);
  });
});
