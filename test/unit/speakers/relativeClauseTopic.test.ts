import { strict as assert } from 'node:assert';
import { speakers } from '../../support/quoteSpeakers';

describe('a person named outside any subject who heads a relative clause', () => {
  it('is the one a "she said" right after that sentence means (a hearing, a council meeting)', () => {
    const hearing = [
      'The museum’s director, Dr Helen Marsh, told a Senate committee on Tuesday that the flood had damaged 4,000 reels.',
      'The sharpest questioning came from the Greens senator Priya Kaur, who produced the museum’s own budget request. “You asked for money to fix this and you were told no,” she said.',
    ].join('\n\n');
    assert.deepEqual(speakers(hearing), ['Priya Kaur']);
    const council = [
      'Mayor Tom Reyes opened the meeting by defending the budget.',
      'The loudest objection came from Gwen Alder, the councillor for the east ward, who read out the repair bills. “Nobody fixed a single pothole,” she said.',
    ].join('\n\n');
    assert.deepEqual(speakers(council), ['Gwen Alder']);
  });

  it('is not meant when a person is the subject of that sentence, or two people are named there', () => {
    const subject = [
      'Dr Helen Marsh thanked the senator Priya Kaur, who had visited the vaults. “We owe her a great deal,” she said.',
    ].join('\n\n');
    assert.deepEqual(speakers(subject), ['Helen Marsh']);
    const two = [
      'Dr Helen Marsh told the committee the flood had damaged 4,000 reels.',
      'Questions came from the senators Priya Kaur and Joan Ebbs, who produced the budget request. “You were told no,” she said.',
    ].join('\n\n');
    assert.deepEqual(speakers(two), [null]);
  });
});
