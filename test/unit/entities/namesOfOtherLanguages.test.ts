import { strict as assert } from 'node:assert';
import { entitiesOf, namesOf } from '../../support/entityMentions';

describe('recogniseEntities: bodies named in their own language', () => {
  it('keeps the Dutch, German and Filipino links inside a body’s name', () => {
    assert.deepEqual(namesOf('The report by Stichting Natuur en Milieu was published in Utrecht.'), ['ORG Stichting Natuur en Milieu', 'PLACE Utrecht']);
    assert.deepEqual(namesOf('A loan from the Bangko Sentral ng Pilipinas was approved.'), ['ORG Bangko Sentral ng Pilipinas']);
    assert.deepEqual(namesOf('Officials at the Bundesamt für Strahlenschutz measured the dose.'), ['ORG Bundesamt für Strahlenschutz']);
  });

  it('reads the lower-case adjectives after a French or Italian head as part of the body’s name', () => {
    assert.deepEqual(namesOf('Shares of the Compagnie nationale du Rhône rose on Tuesday.'), ['ORG Compagnie nationale du Rhône']);
    assert.deepEqual(namesOf('A study by the Istituto superiore di Sanità found the virus.'), ['ORG Istituto superiore di Sanità']);
  });
});

describe('recogniseEntities: names linked by a hyphen and an elided article', () => {
  it('reads a town or a surname with "-d’" or "-l’" as one name', () => {
    assert.deepEqual(namesOf("Fans travelled from Villeneuve-d'Ascq to the final."), ["PLACE Villeneuve-d'Ascq"]);
    assert.deepEqual(namesOf("The council of Fontaine-l'Évêque voted against the plan."), ["PLACE Fontaine-l'Évêque"]);
    assert.deepEqual(namesOf("Mayor Claire Dupont-d'Arcy opened the bridge."), ["PERSON Claire Dupont-d'Arcy"]);
  });
});

describe('recogniseEntities: hyphenated given names', () => {
  it('reads a Korean or Chinese given name with its syllable in lower case as one word, alone too', () => {
    assert.deepEqual(namesOf('Park Seo-yeon runs a bakery in Busan. Prices had doubled, said Seo-yeon, who opened it in 2019.'), ['PERSON Park Seo-yeon', 'PLACE Busan', 'PERSON Seo-yeon']);
    assert.deepEqual(namesOf('Her colleague Hyun-woo left for Seoul.'), ['PERSON Hyun-woo', 'PLACE Seoul']);
    assert.deepEqual(namesOf('The tailor Mei-ling opened a shop in Taichung.'), ['PERSON Mei-ling', 'PLACE Taichung']);
  });
});

describe('recogniseEntities: given names of Ukraine', () => {
  it('knows the Ukrainian spellings, so that a word before them opens no name', () => {
    assert.deepEqual(namesOf('Yesterday Mykhailo Tkach resigned from the board.'), ['PERSON Mykhailo Tkach']);
    assert.deepEqual(namesOf('Nurse Viktoriia Lysenko treated the wounded.'), ['PERSON Viktoriia Lysenko']);
    assert.deepEqual(namesOf('Volunteer Danylo Rudenko drove the van.'), ['PERSON Danylo Rudenko']);
  });
});

describe('recogniseEntities: surnames with a particle after "and"', () => {
  it('opens another person’s name with a particle in lower case after "and"', () => {
    assert.deepEqual(namesOf('The striker Jorge Costa and the winger Luis de Souza trained apart. Costa and de Souza then both scored.'), ['PERSON Jorge Costa', 'PERSON Luis de Souza', 'PERSON Costa', 'PERSON de Souza']);
    assert.deepEqual(namesOf('The lawyers Anne Dijkstra and Pieter van Buren signed. Dijkstra and van Buren then left the court.'), ['PERSON Anne Dijkstra', 'PERSON Pieter van Buren', 'PERSON Dijkstra', 'PERSON van Buren']);
  });
});

describe('recogniseEntities: names in Irish and Scottish Gaelic', () => {
  it('keeps the Gaelic article "an" before a consonant inside a name, and at its start', () => {
    assert.deepEqual(namesOf('Families left An Spidéal for the city.'), ['PLACE An Spidéal']);
    assert.deepEqual(namesOf('The meeting was held at Áras an Phobail on Monday.'), ['PLACE Áras an Phobail']);
    assert.deepEqual(namesOf('Walkers climbed Cnoc an Doire on Sunday.'), ['PLACE Cnoc an Doire']);
    assert.deepEqual(namesOf('Sir Ruairidh Mac an t-Sagairt, the piper, spoke.'), ['PERSON Ruairidh Mac an t-Sagairt']);
  });

  it('reads a Gaelic body’s head as an organisation’s', () => {
    assert.deepEqual(namesOf('The scheme was drafted by An Roinn Talmhaíochta last year.'), ['ORG An Roinn Talmhaíochta']);
    assert.deepEqual(namesOf('Comhairle Contae na Gaillimhe approved the plan.'), ['ORG Comhairle Contae na Gaillimhe']);
  });

  it('reads the Irish titles of the head of government and the deputy, after the article too, as titles', () => {
    assert.deepEqual(namesOf('An Taoiseach Séamus Breen opened the bridge in Sligo.'), ['PERSON Séamus Breen', 'PLACE Sligo']);
  });

  it('leaves the English article alone', () => {
    assert.deepEqual(namesOf('An Irish court ruled. An MP said so.'), []);
  });
});

describe('recogniseEntities: Dutch places named by their river, sea or neighbour', () => {
  it('reads a name with "aan", "op" or "bij" inside as one place, whatever opens it', () => {
    assert.deepEqual(namesOf('Flood wardens in Alphen aan den Rijn and Egmond aan Zee were put on alert.'), ['PLACE Alphen aan den Rijn', 'PLACE Egmond aan Zee']);
    assert.deepEqual(namesOf('Trains from Bergen op Zoom stopped short of Wijk bij Duurstede.'), ['PLACE Bergen op Zoom', 'PLACE Wijk bij Duurstede']);
  });

  it('reads a Welsh surname opened by "ap" mid-sentence as the person’s, under the full name’s key', () => {
    const mentions = entitiesOf('Emrys ap Hywel, 61, farmed the hill for forty years. The coroner said ap Hywel knew the slope well.').filter((e) => e.type === 'PERSON');
    assert.deepEqual(mentions.map((e) => [e.text, e.key]), [['Emrys ap Hywel', 'emrys ap hywel'], ['ap Hywel', 'emrys ap hywel']]);
  });

  it('keeps a Kenyan patronymic with "arap" or "wa" in the name', () => {
    assert.deepEqual(namesOf('Returning officer Joseph Kiptoo arap Rotich declared the result; arap Rotich said turnout was low. Mercy Wanjiku wa Njoroge lost.'), ['PERSON Joseph Kiptoo arap Rotich', 'PERSON arap Rotich', 'PERSON Mercy Wanjiku wa Njoroge']);
  });

  it('reads a town’s name closing a name a given name and a particle open as the second surname', () => {
    assert.deepEqual(namesOf('The prize went to Rodrigo de la Vega Lagos on Monday.'), ['PERSON Rodrigo de la Vega Lagos']);
  });

  it('keeps a Malaysian, Indonesian or Vietnamese company’s legal form in its name', () => {
    assert.deepEqual(namesOf('The contract went to Kelana Data Sdn Bhd and PT Sinar Tambang Tbk, and Hoa Binh Seafood JSC bid too.'), ['ORG Kelana Data Sdn Bhd', 'ORG PT Sinar Tambang Tbk', 'ORG Hoa Binh Seafood JSC']);
  });

  it('reads a Polish or Czech name with "nad" or "pod" inside as one place', () => {
    assert.deepEqual(namesOf('Dead fish drifted past Kostrzyn nad Odrą towards Ústí nad Labem.'), ['PLACE Kostrzyn nad Odrą', 'PLACE Ústí nad Labem']);
  });

  it('keeps a person whose surname has a Dutch particle a person', () => {
    assert.deepEqual(namesOf('Engineer Anja van den Berg said the dike would hold.'), ['PERSON Anja van den Berg']);
  });
});

describe('recogniseEntities: Korean and Japanese places closed by their administrative unit', () => {
  it('reads a name, a hyphen and a unit’s suffix as one place, wherever it stands', () => {
    assert.deepEqual(namesOf('Police searched a flat in Jongno-gu on Friday.'), ['PLACE Jongno-gu']);
    assert.deepEqual(namesOf('The plant is in Pyeongtaek-si, south of Seoul, near Godeok-dong.'), ['PLACE Pyeongtaek-si', 'PLACE Seoul', 'PLACE Godeok-dong']);
    assert.deepEqual(namesOf('The company’s Hwaseong-si factory will close.'), ['PLACE Hwaseong-si']);
    assert.deepEqual(namesOf('Residents of Chiyoda-ku complained about the noise.'), ['PLACE Chiyoda-ku']);
  });

  it('still reads a Korean given name with its second syllable as a person’s', () => {
    assert.deepEqual(namesOf('Jeon Hye-jin said the shop would reopen.'), ['PERSON Jeon Hye-jin']);
  });
});
