import { strict as assert } from 'node:assert';
import { namesOf } from '../../support/entityMentions';

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

describe('recogniseEntities: honorifics', () => {
  it('opens another person’s name with an honorific after "and"', () => {
    assert.deepEqual(namesOf('Mr Kim and Ms Park arrived late.'), ['PERSON Kim', 'PERSON Park']);
  });

  it('never reads an honorific as qualifying a place’s head', () => {
    assert.deepEqual(namesOf('Dr Hall and Mrs Bay signed the letter.'), ['PERSON Hall', 'PERSON Bay']);
  });
});

describe('recogniseEntities: given names of Ukraine', () => {
  it('knows the Ukrainian spellings, so that a word before them opens no name', () => {
    assert.deepEqual(namesOf('Yesterday Mykhailo Tkach resigned from the board.'), ['PERSON Mykhailo Tkach']);
    assert.deepEqual(namesOf('Nurse Viktoriia Lysenko treated the wounded.'), ['PERSON Viktoriia Lysenko']);
    assert.deepEqual(namesOf('Volunteer Danylo Rudenko drove the van.'), ['PERSON Danylo Rudenko']);
  });
});

describe('recogniseEntities: lists and places inside a body’s name', () => {
  it('keeps a listed field that is also a given name ("Urban") inside the body’s name', () => {
    assert.deepEqual(namesOf('The Ministry of Energy, Mines and Urban Development said the tender was void.'), ['ORG Ministry of Energy, Mines and Urban Development']);
  });

  it('keeps the place a body is of after its list of fields', () => {
    assert.deepEqual(namesOf('He lectures at the University of Science, Arts and Technology of Kinshasa.'), ['ORG University of Science, Arts and Technology of Kinshasa']);
  });

  it('reads the first word of a body with a local institution’s head inside as the place it serves', () => {
    assert.deepEqual(namesOf('Patients were moved by the Kibuye Hospital Trust. Families in Kibuye waited for news.'), ['ORG Kibuye Hospital Trust', 'PLACE Kibuye']);
  });
});

describe('recogniseEntities: branches of firms and institutions in a place', () => {
  it('reads a name in capitals or with a capital inside, before a known place, as one body', () => {
    assert.deepEqual(namesOf('Subscribers of MTN Nigeria lost service, and KPMG Kenya audited the accounts.'), ['ORG MTN Nigeria', 'ORG KPMG Kenya']);
    assert.deepEqual(namesOf('She teaches engineering at ETH Zurich.'), ['ORG ETH Zurich']);
    assert.deepEqual(namesOf('Researchers at TU Dresden built the sensor.'), ['ORG TU Dresden']);
  });

  it('leaves a body and a place apart before a noun the place qualifies', () => {
    assert.deepEqual(namesOf('The EU Ukraine summit ended without a statement.'), ['ORG EU', 'PLACE Ukraine']);
  });
});

describe('recogniseEntities: heads and particles of places', () => {
  it('reads tunnels, mountain ranges and points as places', () => {
    assert.deepEqual(namesOf('Trains through the Lötschberg Base Tunnel were halted as snow fell on the Bernese Alps.'), ['PLACE Lötschberg Base Tunnel', 'PLACE Bernese Alps']);
    assert.deepEqual(namesOf('The ferry between Kapuskasing and St. Anne Point resumed.'), ['PLACE Kapuskasing', 'PLACE St. Anne Point']);
  });

  it('opens another place with a saint’s or a mountain’s name after "and"', () => {
    assert.deepEqual(namesOf('The road between Wasagamack and Mount Hope was closed.'), ['PLACE Wasagamack', 'PLACE Mount Hope']);
  });

  it('keeps the German "im" and "am" inside a town’s name', () => {
    assert.deepEqual(namesOf('Residents of Neumarkt im Mühlkreis complained about the noise.'), ['PLACE Neumarkt im Mühlkreis']);
  });
});

describe('recogniseEntities: titles and heads of firms', () => {
  it('reads an Indonesian regent as a title', () => {
    assert.deepEqual(namesOf('Sleman Regent Kustini Purnomo said the schools would shut.'), ['PERSON Kustini Purnomo']);
  });

  it('reads a consultancy named "… Economics" as an organisation', () => {
    assert.deepEqual(namesOf('A report by Lindqvist Economics put the cost at $2 billion.'), ['ORG Lindqvist Economics']);
  });
});

describe('recogniseEntities: the fields of ministers, directors and heads', () => {
  it('reads unknown words after a minister’s or a commissioner’s "of" or "for" as the field, no place', () => {
    assert.deepEqual(namesOf("Kenya's Minister for Blue Economy Salim Mvurya toured the port."), ['PLACE Kenya', 'PERSON Salim Mvurya']);
    assert.deepEqual(namesOf('The Commissioner for Youth and Sport, Dr. Kofi Boateng, opened the stadium.'), ['PERSON Kofi Boateng']);
  });

  it('reads an office as a body only when no holder is named beside it', () => {
    assert.deepEqual(namesOf('The Director of Public Prosecutions, Claire Loftus, declined to comment.'), ['PERSON Claire Loftus']);
    assert.deepEqual(namesOf('Prosecutors for the Director of Public Prosecutions said the charge stood.'), ['ORG Director of Public Prosecutions']);
  });
});

describe('recogniseEntities: abbreviations and codes that name nothing', () => {
  it('names nothing with the abbreviation of a term in lower case', () => {
    assert.deepEqual(namesOf('The scheme cut the body mass index (BMI) of pupils by a tenth.'), []);
    assert.deepEqual(namesOf('The mean fell by one standard deviation [SD] over the year.'), []);
  });

  it('reads a letter and a number as a group only after "the"', () => {
    assert.deepEqual(namesOf('Two candidate vaccines, Q8 and TX12, entered trials.'), []);
    assert.deepEqual(namesOf('Commuters waited for bus X9 in the rain.'), []);
    assert.deepEqual(namesOf('The leaders of the E3 met in Paris.'), ['ORG E3', 'PLACE Paris']);
  });
});

describe('recogniseEntities: bodies a kind of body describes', () => {
  it('reads a country’s name and words of its own after a kind of body as one body', () => {
    assert.deepEqual(namesOf('According to the state oil company Nigeria Petrolera Sur, exports fell.'), ['ORG Nigeria Petrolera Sur']);
    assert.deepEqual(namesOf('Mining group Zambia Kansanshi Copper resumed output on Monday.'), ['ORG Zambia Kansanshi Copper']);
  });

  it('reads an abbreviation after a kind of body as the body, though it names a thing elsewhere', () => {
    assert.deepEqual(namesOf('Footage released by state broadcaster CCTV showed the flooded streets.'), ['ORG CCTV']);
    assert.deepEqual(namesOf('CCTV cameras caught the thief.'), []);
  });
});

describe('recogniseEntities: power companies and airlines', () => {
  it('reads a name closed by "Power" or "Aviation" as a firm', () => {
    assert.deepEqual(namesOf("Denmark's Ørsund Power has already tested the turbines."), ['PLACE Denmark', 'ORG Ørsund Power']);
    assert.deepEqual(namesOf('Freight flies north with Tundra Aviation twice a week.'), ['ORG Tundra Aviation']);
  });
});

describe('recogniseEntities: surnames with a particle after "and"', () => {
  it('opens another person’s name with a particle in lower case after "and"', () => {
    assert.deepEqual(namesOf('The striker Jorge Costa and the winger Luis de Souza trained apart. Costa and de Souza then both scored.'), ['PERSON Jorge Costa', 'PERSON Luis de Souza', 'PERSON Costa', 'PERSON de Souza']);
    assert.deepEqual(namesOf('The lawyers Anne Dijkstra and Pieter van Buren signed. Dijkstra and van Buren then left the court.'), ['PERSON Anne Dijkstra', 'PERSON Pieter van Buren', 'PERSON Dijkstra', 'PERSON van Buren']);
  });
});

describe('recogniseEntities: what people tell', () => {
  it('reads a name told with "the" before it as an outlet or a body', () => {
    assert.deepEqual(namesOf('Two witnesses told the Clarion that the gate had been locked.'), ['ORG Clarion']);
  });
});

describe('recogniseEntities: people named by what they do', () => {
  it('names nothing with a plural of people by their work opening a sentence', () => {
    assert.deepEqual(namesOf('Conservationists warned on Monday that the reef was dying.'), []);
    assert.deepEqual(namesOf('Conservationists said on Monday that the reef was dying.'), []);
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

  it('leaves the English article alone', () => {
    assert.deepEqual(namesOf('An Irish court ruled. An MP said so.'), []);
  });
});

describe('recogniseEntities: a kind of body, then its name between commas', () => {
  it('reads the name in apposition after a kind of body as the body', () => {
    assert.deepEqual(namesOf('The manufacturer, Tarsem Biologix of Pune, said it could produce the doses.'), ['ORG Tarsem Biologix', 'PLACE Pune']);
    assert.deepEqual(namesOf('Its lender, Corvane Savings, declined to comment.'), ['ORG Corvane Savings']);
  });

  it('still reads a person whom a given name opens there', () => {
    assert.deepEqual(namesOf('A spokeswoman for the agency, Rina Sari, said the toll would rise.'), ['PERSON Rina Sari']);
  });
});

describe('recogniseEntities: galleries and constituencies', () => {
  it('reads a gallery as a body and a constituency as a place', () => {
    assert.deepEqual(namesOf('The drawings were lent by the Kelvin Gallery of Scottish Art in March.'), ['ORG Kelvin Gallery of Scottish Art']);
    assert.deepEqual(namesOf('He represents Kibwezi Constituency in parliament.'), ['PLACE Kibwezi Constituency']);
  });
});

describe('recogniseEntities: places named after an owner', () => {
  it('reads an owner’s possessive before a place’s head closing the name as one place', () => {
    assert.deepEqual(namesOf("Farmland near Oakley's Crossing was rezoned on Monday."), ["PLACE Oakley's Crossing"]);
    assert.deepEqual(namesOf("The lifeboat at St Non's Haven will be withdrawn."), ["PLACE St Non's Haven"]);
  });

  it('leaves a body’s possessive apart', () => {
    assert.deepEqual(namesOf("Patrols from the Coast Guard's Station reached the wreck."), ['ORG Coast Guard']);
  });
});

describe('recogniseEntities: areas', () => {
  it('reads a name closed by "Area" as a place, whatever body’s head stands inside it', () => {
    assert.deepEqual(namesOf('Voters in Ikeja Local Government Area queued from dawn.'), ['PLACE Ikeja Local Government Area']);
    assert.deepEqual(namesOf('Rangers patrol the Selous Conservation Area at night.'), ['PLACE Selous Conservation Area']);
  });
});
