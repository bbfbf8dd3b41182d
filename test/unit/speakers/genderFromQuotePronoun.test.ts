import { strict as assert } from 'node:assert';
import { speakers } from '../../support/quoteSpeakers';

describe('the gender the "he said" or "she said" after a person\'s first quote gives them', () => {
  it('keeps a later "she" from a man whose given name the lists do not know (glaciers)', () => {
    const glaciers = [
      'Councillor Brigitte Aebischer presented the plan in Sion on Tuesday.',
      'Théoden Rappaz-Muller, who leads the glacier survey, said cracks had opened in April.',
      '“The tongue moves ten centimetres a day,” he said.',
      'Asked about an evacuation, the councillor declined to speculate. “Nobody can predict a mountain,” she said.',
    ].join('\n\n');
    assert.deepEqual(speakers(glaciers), ['Théoden Rappaz-Muller', 'Brigitte Aebischer']);
  });

  it('reads nothing from a pronoun after someone else is named in between', () => {
    const text = [
      'Councillor Brigitte Aebischer presented the plan on Tuesday.',
      'Théoden Rappaz-Muller said cracks had opened, and Paul Favre agreed.',
      '“The tongue moves ten centimetres a day,” he said.',
    ].join('\n\n');
    assert.deepEqual(speakers(text), [null]);
  });

  it('reads nothing from the quote after a sentence whose subject is someone else (athletics)', () => {
    const text = [
      'The federation left out record holder Naledi Sithole-Mabuza.',
      'Coach Sipho Ndlovu said the board had "great respect" for Sithole-Mabuza but that rules were rules. “We cannot bend them for one athlete,” he said.',
      'Sithole-Mabuza said she had missed the camp because of a funeral. “I told the team manager that morning,” she said.',
    ].join('\n\n');
    assert.deepEqual(speakers(text).slice(1), ['Sipho Ndlovu', 'Naledi Sithole-Mabuza']);
  });
});
