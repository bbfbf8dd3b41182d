import { strict as assert } from 'node:assert';
import { entitiesOf, namesOf } from '../../support/entityMentions';

// The given-names list covers the world's naming traditions as English-language news spells them,
// so a person whose surname nobody listed is still read as a person where only the given name can
// tell: in a list beside a place, or alone before a reporting verb.
describe('recogniseEntities: given names of the world’s traditions', () => {
  it('reads a listed given name and an unlisted surname beside a place as a person (African names)', () => {
    assert.deepEqual(namesOf('Traders in Ibadan and Kehinde Adesanmi disagreed about the levy.'), ['PLACE Ibadan', 'PERSON Kehinde Adesanmi']);
    assert.deepEqual(namesOf('Miners in Kitwe and Bwalya Chisenga rejected the offer.'), ['PLACE Kitwe', 'PERSON Bwalya Chisenga']);
    assert.deepEqual(namesOf('Nurses in Nakuru and Wanjiku Gatheru signed the petition.'), ['PLACE Nakuru', 'PERSON Wanjiku Gatheru']);
  });

  it('reads a listed given name and an unlisted surname beside a place as a person (Asian and Middle Eastern names)', () => {
    assert.deepEqual(namesOf('Students in Ankara and Zeynep Karaoglu marched together.'), ['PLACE Ankara', 'PERSON Zeynep Karaoglu']);
    assert.deepEqual(namesOf('Shopkeepers in Shiraz and Behrouz Tavakoli closed early.'), ['PLACE Shiraz', 'PERSON Behrouz Tavakoli']);
    assert.deepEqual(namesOf('Lawyers in Lahore and Mehwish Qureshi appealed the verdict.'), ['PLACE Lahore', 'PERSON Mehwish Qureshi']);
    assert.deepEqual(namesOf('Fishermen in Khulna and Rafiqul Talukder waited for news.'), ['PLACE Khulna', 'PERSON Rafiqul Talukder']);
    assert.deepEqual(namesOf('Growers in Chiang Mai and Siriporn Boonmee praised the rain.'), ['PLACE Chiang Mai', 'PERSON Siriporn Boonmee']);
    assert.deepEqual(namesOf('Weavers in Surakarta and Endang Wahyuningsih lost their stalls.'), ['PLACE Surakarta', 'PERSON Endang Wahyuningsih']);
  });

  it('reads a listed given name and an unlisted surname beside a place as a person (European, Hebrew, Latin American and Pacific names)', () => {
    assert.deepEqual(namesOf('Volunteers in Kaunas and Mindaugas Jankauskas cleared the road.'), ['PLACE Kaunas', 'PERSON Mindaugas Jankauskas']);
    assert.deepEqual(namesOf('Residents of Haifa and Yonatan Halperin opposed the tower.'), ['PLACE Haifa', 'PERSON Yonatan Halperin']);
    assert.deepEqual(namesOf('Dockers in Rosario and Rigoberto Ferreyra backed the strike.'), ['PLACE Rosario', 'PERSON Rigoberto Ferreyra']);
    assert.deepEqual(namesOf('Villagers in Apia and Siaosi Tuilagi welcomed the grant.'), ['PLACE Apia', 'PERSON Siaosi Tuilagi']);
  });

  it('reads a lone listed given name before a reporting verb as a person', () => {
    assert.deepEqual(namesOf('Chimwemwe said the harvest had failed twice.'), ['PERSON Chimwemwe']);
    assert.deepEqual(namesOf('Svitlana said the shelter had no heating.'), ['PERSON Svitlana']);
    assert.deepEqual(namesOf('Xiaoming said the factory would reopen in May.'), ['PERSON Xiaoming']);
    assert.deepEqual(namesOf('Jimena said the port would stay shut.'), ['PERSON Jimena']);
  });

  it('leaves out given names that are English words or places, so those stay what they are', () => {
    assert.deepEqual(namesOf('Hope remains that the talks will resume.'), []);
    assert.deepEqual(namesOf('Justice was slow in coming for the families.'), []);
    assert.deepEqual(namesOf('Long queues formed outside the bank.'), []);
    assert.deepEqual(namesOf('Jordan closed its border crossing on Friday.'), ['PLACE Jordan']);
  });
});

describe('recogniseEntities: cities under their English names and other spellings', () => {
  it('knows a city the news names in English where the city data names it in its own language', () => {
    assert.deepEqual(namesOf('Cologne and Ghent will host the finals, organisers said.'), ['PLACE Cologne', 'PLACE Ghent']);
    assert.deepEqual(namesOf('Geneva talks resumed on Monday.'), ['PLACE Geneva']);
  });

  it('knows a city under an older or local spelling, keyed with the usual one', () => {
    assert.deepEqual(namesOf('Saigon traders and Bombay brokers cut their forecasts.'), ['PLACE Saigon', 'PLACE Bombay']);
    assert.deepEqual(entitiesOf('Antwerpen, as Antwerp is called locally, is a port.').map((e) => e.key), ['antwerp', 'antwerp']);
  });
});

describe('recogniseEntities: Jan and Jun as given names', () => {
  it('reads Jan or Jun before a surname, or a surname’s particle, as a given name, not a month', () => {
    assert.deepEqual(namesOf('Farmer Jan de Vries said the drought was the worst he had seen.'), ['PERSON Jan de Vries']);
    assert.deepEqual(namesOf('The coach, Jan Kowalski, resigned after the defeat in Lodz.'), ['PERSON Jan Kowalski', 'PLACE Lodz']);
    assert.deepEqual(namesOf('Sales fell in Jan and Feb, analyst Jun Saito said.'), ['PERSON Jun Saito']);
  });

  it('still reads Jan before a day as a date', () => {
    assert.deepEqual(namesOf('Prices rose on Jan 5 in Oslo.'), ['PLACE Oslo']);
  });
});
