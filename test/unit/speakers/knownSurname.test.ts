import { strict as assert } from 'node:assert';
import { speakers } from '../../support/quoteSpeakers';

describe('a surname the recogniser leaves unnamed at a later mention', () => {
  it('is the person named earlier whose full name ends with it', () => {
    assert.deepEqual(speakers('Dr Lorna Easter, a reef ecologist with the park service, disagreed. “A late spawning is not a death sentence,” Easter said.'), ['Lorna Easter']);
    assert.deepEqual(speakers('Khalid bin Nasser al-Harbi, who chairs the racing club, spoke to reporters on Sunday. “Nobody cheats at this festival,” al-Harbi said.'), ['Khalid bin Nasser al-Harbi']);
  });

  it('is nobody when two people named earlier share the surname', () => {
    assert.deepEqual(speakers('Marta Easter and her brother Colm Easter run the farm together. “We will not sell,” Easter said.'), [null]);
  });

  it('is nobody when no one named earlier bears it', () => {
    assert.deepEqual(speakers('The committee met on Monday. “The report is late,” Christmas said.'), [null]);
  });
});
