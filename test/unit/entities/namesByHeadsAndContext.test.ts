import { strict as assert } from 'node:assert';
import { namesOf } from '../../support/entityMentions';

describe('recogniseEntities: honorifics', () => {
  it('opens another person’s name with an honorific after "and"', () => {
    assert.deepEqual(namesOf('Mr Kim and Ms Park arrived late.'), ['PERSON Kim', 'PERSON Park']);
  });

  it('never reads an honorific as qualifying a place’s head', () => {
    assert.deepEqual(namesOf('Dr Hall and Mrs Bay signed the letter.'), ['PERSON Hall', 'PERSON Bay']);
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

  it('reads a body whose name closes on "Executive" or "Health", with no holder after it, as an organisation', () => {
    assert.deepEqual(namesOf('The Health and Safety Executive said it would investigate the fall.'), ['ORG Health and Safety Executive']);
    assert.deepEqual(namesOf('Health and Safety Executive inspector Rhian Pryce told the inquest the slope was steep.'), ['ORG Health and Safety Executive', 'PERSON Rhian Pryce']);
    assert.deepEqual(namesOf('Tasmania Health said wards were full, and the Scottish Executive agreed.'), ['ORG Tasmania Health', 'ORG Scottish Executive']);
  });

  it('still reads "Chief Executive" and "Health Minister" as a person’s titles', () => {
    assert.deepEqual(namesOf('Chief Executive Ana Ruiz said the Chief Executive would stay, as did Health Minister Tom Hale.'), ['PERSON Ana Ruiz', 'PERSON Tom Hale']);
  });
});

describe('recogniseEntities: the fields of ministers, directors and heads', () => {
  it('reads unknown words after a minister’s or a commissioner’s "of" or "for" as the field, no place', () => {
    assert.deepEqual(namesOf("Kenya's Minister for Blue Economy Salim Mvurya toured the port."), ['PLACE Kenya', 'PERSON Salim Mvurya']);
    assert.deepEqual(namesOf('The Commissioner for Youth and Sport, Dr. Kofi Boateng, opened the stadium.'), ['PERSON Kofi Boateng']);
  });

  it('leaves the holder two words of the run, though no list holds the given name', () => {
    assert.deepEqual(namesOf('Minister of Sport Dumisani McKay spoke.'), ['PERSON Dumisani McKay']);
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

  it('reads no body in a currency’s code beside an amount or a currency’s name', () => {
    assert.deepEqual(namesOf('The mill was fined PLN 2.5 million, and fishermen 500,000 CFA francs each; rice sold at VNĐ 12,000 a kilo.'), []);
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

describe('recogniseEntities: a lone name after a role, speaking', () => {
  it('reads a lone name that a role in lower case introduces as a person, though it speaks', () => {
    assert.deepEqual(namesOf('The farmer Mulyono said his cattle were sick.'), ['PERSON Mulyono']);
    assert.deepEqual(namesOf('Village head Kartono said the road had washed away.'), ['PERSON Kartono']);
    assert.deepEqual(namesOf('The coach Tite said the squad was tired.'), ['PERSON Tite']);
    assert.deepEqual(namesOf('Local imam Haddad said prayers would go on.'), ['PERSON Haddad']);
  });

  it('still reads a lone name that a kind of body introduces as the body', () => {
    assert.deepEqual(namesOf('The broker Liberum said the shares were cheap.'), ['ORG Liberum']);
    assert.deepEqual(namesOf('The regulator Ofcom said it would investigate.'), ['ORG Ofcom']);
    assert.deepEqual(namesOf('The union Unite said members would strike.'), ['ORG Unite']);
  });
});

describe('recogniseEntities: a name a bracketed acronym introduces, set in italics', () => {
  it('leaves the closing emphasis mark out of the name', () => {
    assert.deepEqual(namesOf('It is published in the *Journal of Coastal Hazards and Resilience* (JCHR) this week.'), ['ORG Journal of Coastal Hazards and Resilience', 'ORG JCHR']);
  });
});
