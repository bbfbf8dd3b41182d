import { strict as assert } from 'node:assert';
import { speakerOf } from '../../support/quoteSpeakers';

describe('a subject described by title and named a few sentences on ("The director, X, …")', () => {
  it('is the person named, whose "she" or "he" the quotes between are (health, transport)', () => {
    const health = 'Nurse Rosa Mbeki said many mothers had questions. “They want to know it is safe,” she said.\n\nThe region’s director of health, who visited two clinics on Monday, said the first day had gone well.\n\n“We reached 70 percent of the target,” she told local radio. “In the hills we reached half.”\n\nThe director, Lucia Fenn, said teams would go back to every village.';
    assert.equal(speakerOf(health, 'We reached 70'), 'Lucia Fenn');
    const transport = 'Driver Paul Ochieng said the new buses were late.\n\nThe company’s chief executive said on Tuesday that the fleet would be replaced by 2027.\n\n“We ordered 40 buses and we will get them,” he said.\n\nThe chief executive, Samuel Kirui, took over in March.';
    assert.equal(speakerOf(transport, 'We ordered 40'), 'Samuel Kirui');
  });

  it('is nobody when two people named after it hold the title (court)', () => {
    const text = 'Witness Tom Ruiz said he saw the van. “It was blue,” he said.\n\nThe judge said on Monday that the trial would resume.\n\n“The jury must rest,” she said.\n\nThe judge, Maria Keane, and a second judge, Olga Petrova, will sit together.';
    assert.equal(speakerOf(text, 'The jury must'), null);
  });
});
