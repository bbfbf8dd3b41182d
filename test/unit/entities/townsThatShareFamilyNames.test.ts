import { strict as assert } from 'node:assert';
import { namesOf } from '../../support/entityMentions';

describe('recogniseEntities: towns of GeoNames', () => {
  it('types a town of a hundred thousand people as a place wherever the sentence puts it', () => {
    assert.deepEqual(namesOf('Ayacucho and Puno reported the highest turnout in the runoff.'), ['PLACE Ayacucho', 'PLACE Puno']);
    assert.deepEqual(namesOf('Tauranga has the busiest container port in the country.'), ['PLACE Tauranga']);
    assert.deepEqual(namesOf('Mzuzu’s central hospital ran out of oxygen on Friday.'), ['PLACE Mzuzu']);
  });

  it('leaves out a town whose name is an English word or a given name', () => {
    assert.deepEqual(namesOf('Savannah grass covers most of the plateau.'), []);
    assert.ok(!namesOf('Eugene said the ferry would sail at noon.').includes('PLACE Eugene'));
  });
});

describe('recogniseEntities: surnames that are towns’ names', () => {
  it('reads a town’s name after an honorific or a title as the holder’s surname', () => {
    assert.deepEqual(namesOf('Mr Lincoln said the bridge was safe.'), ['PERSON Lincoln']);
    assert.deepEqual(namesOf('Asked about the transfer, Coach Beaumont shrugged.'), ['PERSON Beaumont']);
  });

  it('keeps a surname that is a town’s name with the person the text names in full', () => {
    assert.deepEqual(namesOf('“It will take months,” said Jane Lincoln, a council engineer.'), ['PERSON Jane Lincoln']);
    assert.deepEqual(namesOf('Carla Beaumont, a swimming coach, said training would resume. Beaumont added that the pool was safe.'), ['PERSON Carla Beaumont', 'PERSON Beaumont']);
  });

  it('keeps a town’s name between plain name words inside the person’s name', () => {
    assert.deepEqual(namesOf('“We will appeal,” said Xóchitl Ibarra Quezada, the union’s lawyer.'), ['PERSON Xóchitl Ibarra Quezada']);
    assert.deepEqual(namesOf('The striker Yoandri Puno Ccallo scored twice.'), ['PERSON Yoandri Puno Ccallo']);
  });

  it('still reads the town where the text sets something in it', () => {
    assert.deepEqual(namesOf('Carla Beaumont grew up in Beaumont, Texas.'), ['PERSON Carla Beaumont', 'PLACE Beaumont', 'PLACE Texas']);
  });

  it('reads a town’s name before two plain name words as a given name', () => {
    assert.deepEqual(namesOf('The climb was led by Pemba Dorje Sherpa, who has summited 18 times.'), ['PERSON Pemba Dorje Sherpa']);
    assert.deepEqual(namesOf('“We were not consulted,” said Lamu Wanjiru Otieno, a trader.'), ['PERSON Lamu Wanjiru Otieno']);
  });
});
