import { strict as assert } from 'node:assert';
import { endsLikeSentence } from '../../../src/core/structure/classifyLine';

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
