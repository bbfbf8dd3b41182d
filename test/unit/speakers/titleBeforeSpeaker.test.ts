import { strict as assert } from 'node:assert';
import { speakers } from '../../support/quoteSpeakers';

describe('a long title before the speaker\'s name after the quote', () => {
  it('reads one person\'s two titles joined by "and" through to the name', () => {
    assert.deepEqual(speakers('“The order book has never been fuller,” said co-founder and managing director Torvald Henriksen, a former shipbroker.'), ['Torvald Henriksen']);
    assert.deepEqual(speakers('“Rates will stay higher for longer,” said chief economist and head trader Miriam Achebe-Cole.'), ['Miriam Achebe-Cole']);
  });

  it('reads a title\'s portfolio after "of" or "for" through to the name', () => {
    assert.deepEqual(speakers('“We bought certainty at the back,” Rovers vice president of football operations Dana Whitcombe said on Monday.'), ['Dana Whitcombe']);
    assert.deepEqual(speakers('“The samples were contaminated in transit,” said director of research operations Ilse Vandenberghe.'), ['Ilse Vandenberghe']);
  });

  it('reads past an organisation\'s short form in brackets to its spokesperson\'s name', () => {
    assert.deepEqual(speakers('“The ballot was rigged from the start,” said Movement for Democratic Renewal (MDR) spokesperson Kwabena Asante-Mensah.'), ['Kwabena Asante-Mensah']);
  });

  it('never credits the person named after someone else\'s role or after a determiner', () => {
    assert.deepEqual(speakers('“He lied to the jury,” said the lawyer for defendant Mark Hollis.'), [null]);
    assert.deepEqual(speakers('“It was a fair result,” said the mayor and council member Barbara Kline.'), [null]);
  });
});
