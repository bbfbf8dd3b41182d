import { strict as assert } from 'node:assert';
import { speakers } from '../../support/quoteSpeakers';

describe('an organisation speaking through a branch, and a district as a body', () => {
  it('credits the organisation whose branch or wing speaks ("the PSD\'s state branch said")', () => {
    const politics = 'Deputy Ana Rocha left the Liberal Front (FL) on Monday. The FL\'s regional branch said in a note that she had been “given every chance”.';
    assert.deepEqual(speakers(politics), ['Liberal Front']);
    const youth = 'The Liberal Front\'s youth wing said the offer was “an insult to apprentices”.';
    assert.deepEqual(speakers(youth), ['Liberal Front']);
  });

  it('never credits a person whose branch of the family or a country\'s branch speaks', () => {
    assert.deepEqual(speakers('Carla Mendes\'s branch of the family said the will was “forged”.'), [null]);
  });

  it('reads "the district" as the school or health district the story named', () => {
    const school = 'The Brookfield Unified School District will close two schools in June. The district said in a statement that it had “no other option”.';
    assert.deepEqual(speakers(school), ['Brookfield Unified School District']);
  });

  it('reads no apposition after a place that closes an opening phrase ("In Britain, the Office for … urged")', () => {
    const recall = 'In Britain, the Office for Product Safety and Standards urged families to check their toys. “Stop using these sets now,” a spokesperson for the office said.';
    assert.deepEqual(speakers(recall), ['Office for Product Safety and Standards']);
    const floods = 'In Ghent, the Flemish Environment Agency opened two sluices overnight. “The river is falling,” a spokesman for the agency said.';
    assert.deepEqual(speakers(floods), ['Flemish Environment Agency']);
  });
});
