import { strict as assert } from 'node:assert';
import { speakerOf } from '../../support/quoteSpeakers';

describe('a title with its field after "of" as the subject ("the province’s director of health")', () => {
  it('is someone described, so the "she" after it is not the last woman named (health, education)', () => {
    const health = 'Nurse Rosa Mbeki said many mothers had questions. “They want to know it is safe,” she said.\n\nThe province’s director of health, who visited two clinics on Monday, said the first day had gone “better than we feared”.\n\n“We reached 70 percent of the target,” she told local radio.';
    assert.equal(speakerOf(health, 'We reached 70'), null);
    const education = 'Teacher Joan Pike said the roof leaked. “We put buckets out,” she said.\n\nThe district’s head of schools, who toured the site, said repairs would start in June.\n\n“We have the money now,” she said.';
    assert.equal(speakerOf(education, 'We have the money'), null);
  });
});
