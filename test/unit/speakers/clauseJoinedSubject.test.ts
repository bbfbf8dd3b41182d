import { strict as assert } from 'node:assert';
import { speakerOf } from '../../support/quoteSpeakers';

describe('a name after ", and" that opens a clause of its own', () => {
  it('is one subject, not people named together, so a later "he" is theirs (sport, politics)', () => {
    const sport = 'Captain Tendai Moyo said the win was deserved.\n\nThe board has scheduled only three home Tests this year, and Moyo, 29, has been outspoken about it.\n\nAsked about the next season, he laughed. “I play, I do not plan.”';
    assert.equal(speakerOf(sport, 'I play'), 'Tendai Moyo');
    const politics = 'The council approved the budget on Monday, and Mayor Rita Holm has promised more buses. “They will come in June,” she said.';
    assert.equal(speakerOf(politics, 'They will come'), 'Rita Holm');
  });

  it('still joins people named together by "and", so a singular pronoun after them points at nobody', () => {
    const text = 'Tom Reyes, Ana Kline, and Lars Berg signed the letter on Friday. “We will not back down,” he said.';
    assert.equal(speakerOf(text, 'We will not'), null);
  });
});
