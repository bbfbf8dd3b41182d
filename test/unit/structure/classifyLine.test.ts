import { strict as assert } from 'node:assert';
import { classifyLine, endsLikeSentence, withoutMarkup } from '../../../src/core/structure/classifyLine';

describe('endsLikeSentence', () => {
  it('sees final punctuation, also inside closing quotes and brackets, and a closing double quotation mark', () => {
    for (const line of ['The council approved the budget.', 'Who pays for the bridge?', 'The result was clear (as expected.)', '“We are not leaving,”', "It was 'over.'", 'She called the plan “reckless”', 'Results so far…', 'The options were:']) {
      assert.equal(endsLikeSentence(line), true, line);
    }
  });

  it('does not see it in a title, a label or a bracketed note', () => {
    for (const line of ['Harbour tolls rise again', 'Section 4 (draft)', 'Live: markets react', '', 'A “quoted” word and more']) {
      assert.equal(endsLikeSentence(line), false, line);
    }
  });
});

describe('withoutMarkup', () => {
  it('drops heading and block-quote marks, bold marks and emphasis around the whole line', () => {
    assert.equal(withoutMarkup('## Ferry service resumes'), 'Ferry service resumes');
    assert.equal(withoutMarkup('> > The board declined to comment.'), 'The board declined to comment.');
    assert.equal(withoutMarkup('**By Tomasz Nowak** · 4 min read'), 'By Tomasz Nowak · 4 min read');
    assert.equal(withoutMarkup('_Updated at 14:05 GMT_'), 'Updated at 14:05 GMT');
    assert.equal(withoutMarkup('  __Live__ coverage  '), 'Live coverage');
  });

  it('leaves marks inside a line, and plain lines, as they are', () => {
    assert.equal(withoutMarkup('Rates rose #3 in a row > forecast'), 'Rates rose #3 in a row > forecast');
    assert.equal(withoutMarkup('The 2*3 grid and a_b names stay'), 'The 2*3 grid and a_b names stay');
    assert.equal(withoutMarkup('#hashtag without a space'), '#hashtag without a space');
  });
});

describe('classifyLine: credits at the end of a caption', () => {
  it('reads a caption closed by a credit after a colon or a slash', () => {
    assert.equal(classifyLine('Rescuers search the rubble in Adana. Photo: Deniz Kaya'), 'caption');
    assert.equal(classifyLine('Fans queue outside the ground (AFP Photo/Lucia Ferro)'), 'caption');
    assert.equal(classifyLine('The flooded square at dawn / Getty Images'), 'caption');
  });

  it('reads a sentence that only names a picture as prose', () => {
    assert.equal(classifyLine('The image of the flooded square went round the world within hours.'), 'prose');
  });
});
