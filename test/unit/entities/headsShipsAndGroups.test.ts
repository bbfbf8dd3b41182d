import { strict as assert } from 'node:assert';
import { entitiesOf, namesAndThingsOf } from '../../support/entityMentions';

describe('recogniseEntities: title words that qualify a body’s head', () => {
  it('keeps "General" and "Royal" before a hospital or an assembly inside the body’s name', () => {
    assert.deepEqual(namesAndThingsOf('The driver was flown to Halifax General Hospital overnight.'), ['ORG Halifax General Hospital']);
    assert.deepEqual(namesAndThingsOf('Nurses at Bradford Royal Infirmary walked out.'), ['ORG Bradford Royal Infirmary']);
    assert.deepEqual(namesAndThingsOf('Two patients were moved to Mbarara General Hospital on Sunday.'), ['ORG Mbarara General Hospital']);
  });

  it('still reads "General" as a title before a holder’s name', () => {
    assert.deepEqual(namesAndThingsOf('Attorney General Rhian Morgan said the case was closed.'), ['PERSON Rhian Morgan']);
  });

  it('reads a district or circuit after an abbreviated country as part of a judge’s title', () => {
    assert.deepEqual(namesAndThingsOf('U.S. District Judge Hannah Okafor blocked the order.'), ['PLACE U.S.', 'PERSON Hannah Okafor']);
    assert.deepEqual(namesAndThingsOf('US Circuit Judge Paul Brennan wrote the dissent.'), ['PLACE US', 'PERSON Paul Brennan']);
    assert.deepEqual(namesAndThingsOf('Dallas County Judge Clay Lewis declared a disaster.'), ['PLACE Dallas County', 'PERSON Clay Lewis']);
  });

  it('types infirmaries, hospices, archdioceses and shipping lines as organisations', () => {
    assert.deepEqual(namesAndThingsOf('She spent a week at St Columba’s Hospice.'), ['ORG St Columba’s Hospice']);
    assert.deepEqual(namesAndThingsOf('The Archdiocese of Dublin apologised on Friday.'), ['ORG Archdiocese of Dublin']);
    assert.deepEqual(namesAndThingsOf('Tickets for Baltic Sea Lines went on sale.'), ['ORG Baltic Sea Lines']);
  });
});

describe('recogniseEntities: ships', () => {
  it('reads a vessel’s prefix and the words after it as one thing, whatever the words look like', () => {
    assert.deepEqual(namesAndThingsOf('The MV Lady Grace ran aground off Cork.'), ['OTHER MV Lady Grace', 'PLACE Cork']);
    assert.deepEqual(namesAndThingsOf('Scientists aboard the RV Southern Star took samples.'), ['OTHER RV Southern Star']);
    assert.deepEqual(namesAndThingsOf('HMS Prince of Wales left Portsmouth on Monday.'), ['OTHER HMS Prince of Wales', 'PLACE Portsmouth']);
  });
});

describe('recogniseEntities: groups opening a sentence', () => {
  it('names nothing with a common plural that opens a sentence', () => {
    assert.deepEqual(namesAndThingsOf('Forecasters expect more rain on Friday.'), []);
    assert.deepEqual(namesAndThingsOf('Witnesses said the lorry did not stop.'), []);
    assert.deepEqual(namesAndThingsOf('Bakers told the inquiry flour prices had doubled.'), []);
  });

  it('keeps companies named in the plural or after a person', () => {
    assert.deepEqual(namesAndThingsOf('Barclays said profits rose.'), ['ORG Barclays']);
  });
});

describe('recogniseEntities: people named in credits and by a nationality that is a given name', () => {
  it('reads two or three plain words after a picture credit as the photographer', () => {
    assert.deepEqual(namesAndThingsOf('Picture: Orla Keane'), ['PERSON Orla Keane']);
    assert.deepEqual(namesAndThingsOf('Photo: Tom Hale-Brooks'), ['PERSON Tom Hale-Brooks']);
    assert.deepEqual(namesAndThingsOf('Photo: Photosport'), ['ORG Photosport']);
  });

  it('reads a nationality noun that is a given name, before a plain surname, as a person', () => {
    assert.deepEqual(namesAndThingsOf('Lock Dane Markby was sent off.'), ['PERSON Dane Markby']);
    assert.deepEqual(namesAndThingsOf('Prop Finn Carrow scored late.'), ['PERSON Finn Carrow']);
    assert.deepEqual(namesAndThingsOf('The Dane Christian Eriksen scored.'), ['OTHER Dane', 'PERSON Christian Eriksen']);
  });
});

describe('recogniseEntities: numbered roads', () => {
  it('joins a road’s number to its head word, as a place', () => {
    assert.deepEqual(namesAndThingsOf('Traffic on Highway 16 was halted near Kamloops.'), ['PLACE Highway 16', 'PLACE Kamloops']);
    assert.deepEqual(namesAndThingsOf('A lorry overturned on Route 30 on Monday.'), ['PLACE Route 30']);
    assert.deepEqual(namesAndThingsOf('Police closed State Route 14 overnight.'), ['PLACE State Route 14']);
  });
});

describe('recogniseEntities: names listed before one plural feature', () => {
  it('reads each name of "A and B glaciers" or "A, B and C rivers" as a place', () => {
    assert.deepEqual(namesAndThingsOf('Melt from the Thwaites and Dotson glaciers is rising.'), ['PLACE Thwaites', 'PLACE Dotson']);
    assert.deepEqual(namesAndThingsOf('Water levels fell in the Tigris and Euphrates rivers.'), ['PLACE Tigris', 'PLACE Euphrates']);
    assert.deepEqual(namesAndThingsOf('Trawlers work the Ross and Amundsen seas.'), ['PLACE Ross', 'PLACE Amundsen']);
    assert.deepEqual(namesAndThingsOf('Barges crowd the Rhine, Main and Neckar rivers.'), ['PLACE Rhine', 'PLACE Main', 'PLACE Neckar']);
  });

  it('keeps a capitalised plural head in the last name and types the first as a place, not a nationality', () => {
    assert.deepEqual(namesAndThingsOf('Storms cross the Atlantic and Indian Oceans.'), ['PLACE Atlantic', 'PLACE Indian Oceans']);
  });
});

describe('recogniseEntities: bodies opened by a nationality or closed by "General"', () => {
  it('keeps a nationality in a body’s name when the context calls the whole run a body', () => {
    assert.deepEqual(namesAndThingsOf('Shares in Danish Ferry Lines fell 4%.').filter((n) => !n.startsWith('NUMBER')), ['ORG Danish Ferry Lines']);
    assert.deepEqual(namesAndThingsOf('Zambian Copper Smelting, the state utility, cut output.'), ['ORG Zambian Copper Smelting']);
    assert.deepEqual(namesAndThingsOf('Kenyan runner Faith Kipyegon won.'), ['OTHER Kenyan', 'PERSON Faith Kipyegon']);
  });

  it('keeps "General" after a body’s head at the end of a name', () => {
    assert.deepEqual(namesAndThingsOf('The summit date was set by the ASEAN Secretariat General.'), ['ORG ASEAN Secretariat General']);
  });
});

describe('recogniseEntities: the place a local body is named after', () => {
  it('leaves a lone mention of the served place a place, however long the body’s name', () => {
    assert.deepEqual(namesAndThingsOf('He was taken to Mbale Regional Referral Hospital. Families in Mbale waited for news.'), ['ORG Mbale Regional Referral Hospital', 'PLACE Mbale']);
    assert.deepEqual(namesAndThingsOf('The Friends of the Ashgrove Library met. Parents in Ashgrove signed a petition.'), ['ORG Friends of the Ashgrove Library', 'PLACE Ashgrove']);
  });

  it('still reads a lone distinctive word of a club as the club', () => {
    assert.deepEqual(namesAndThingsOf('Atletico Moravia won 2-0. Moravia scored twice.').filter((n) => !n.startsWith('NUMBER')), ['ORG Atletico Moravia', 'ORG Moravia']);
  });
});

describe('recogniseEntities: a state or province written as dotted initials', () => {
  it('reads dotted initials after a town and a comma as a place', () => {
    assert.deepEqual(namesAndThingsOf('Smoke reached Kelowna, B.C., overnight.'), ['PLACE Kelowna', 'PLACE B.C.']);
    assert.deepEqual(namesAndThingsOf('The plant in Rochester, N.Y., will close.'), ['PLACE Rochester', 'PLACE N.Y.']);
  });
});

describe('recogniseEntities: places after a settlement noun, and quantifiers opening a sentence', () => {
  it('reads a name after "the hamlet of", "the town of" as a place, whatever it looks like', () => {
    assert.deepEqual(namesAndThingsOf('Firefighters reached the hamlet of Birch Hollow at dawn.'), ['PLACE Birch Hollow']);
    assert.deepEqual(namesAndThingsOf('Voters in the town of Fort Regan re-elected the mayor.'), ['PLACE Fort Regan']);
  });

  it('names nothing with a quantifier or a common word that opens a sentence and speaks', () => {
    assert.deepEqual(namesAndThingsOf('Several asked whether the rebate would rise.'), []);
    assert.deepEqual(namesAndThingsOf('Many said they would leave the valley.'), []);
  });
});

describe('recogniseEntities: an age after a name', () => {
  it('reads a lone name followed by an age between commas as a person, even opening a sentence', () => {
    assert.deepEqual(namesAndThingsOf('Kowalski, 47, told the court he had panicked.'), ['PERSON Kowalski']);
    assert.deepEqual(namesAndThingsOf('The jury heard that Adebayo, 29, left at midnight.'), ['PERSON Adebayo']);
  });
});

describe('recogniseEntities: water companies', () => {
  it('reads a name closed by "Water" as a utility, and "Water" before a title as a portfolio', () => {
    assert.deepEqual(namesAndThingsOf('Severn Dale Water was fined £2m.').filter((n) => !n.startsWith('MONEY')), ['ORG Severn Dale Water']);
    assert.deepEqual(namesAndThingsOf('Customers of Eastmere Water complained.'), ['ORG Eastmere Water']);
    assert.deepEqual(namesAndThingsOf('Water Minister Tom Iles visited the plant.'), ['PERSON Tom Iles']);
  });
});

describe('recogniseEntities: abbreviations that name no body', () => {
  it('leaves time zones and technologies out of the organisations', () => {
    assert.deepEqual(namesAndThingsOf('The vote closes at 18:00 CEST, or noon EDT.').filter((n) => !/^(DATE|NUMBER)/.test(n)), []);
    assert.deepEqual(namesAndThingsOf('Riders tap an NFC card or scan a QR code.'), []);
    assert.deepEqual(namesAndThingsOf('The RSPB and the NHS said so.'), ['ORG RSPB', 'ORG NHS']);
  });
});

describe('recogniseEntities: outlets named "… Today"', () => {
  it('reads a name closed by "Today" as an outlet, and a sentence-opening "Today" as no name', () => {
    assert.deepEqual(namesAndThingsOf('The minister told Rift Valley Today the road would reopen.'), ['ORG Rift Valley Today']);
    assert.deepEqual(namesAndThingsOf('Today Marta Lind resigned.'), ['PERSON Marta Lind']);
  });
});

describe('recogniseEntities: bodies named by inspectorates, inquiries and offices', () => {
  it('reads inspectorates, inquiries "into" a matter and utilities named after waters whole', () => {
    assert.deepEqual(namesAndThingsOf('The General Inspectorate for Emergency Situations said 40 homes were flooded.'), ['ORG General Inspectorate for Emergency Situations']);
    assert.deepEqual(namesAndThingsOf('The Royal Commission into Aged Care Quality sat in Adelaide.'), ['ORG Royal Commission into Aged Care Quality', 'PLACE Adelaide']);
    assert.deepEqual(namesAndThingsOf('Bulgarian Waters said it was releasing water upstream.'), ['ORG Bulgarian Waters']);
  });

  it('keeps an office named after a title with no holder whole, and two-word items of its list', () => {
    assert.deepEqual(namesAndThingsOf('He will seek advice from the Office of the Data Protection Commissioner.'), ['ORG Office of the Data Protection Commissioner']);
    assert.deepEqual(namesAndThingsOf('She wrote to the Department of Rural, Community Development and Gaeltacht Affairs.'), ['ORG Department of Rural, Community Development and Gaeltacht Affairs']);
  });

  it('reads a creek as a place', () => {
    assert.deepEqual(namesAndThingsOf('Oil reached the banks of Oruma Creek on Tuesday.'), ['PLACE Oruma Creek']);
  });
});

describe('recogniseEntities: more heads of places and bodies', () => {
  it('reads isles, barangays and space centres as places', () => {
    assert.deepEqual(namesAndThingsOf('Coins found on the Isle of Harris will go on show across the Western Isles.'), ['PLACE Isle of Harris', 'PLACE Western Isles']);
    assert.deepEqual(namesAndThingsOf('Floods cut off Barangay San Isidro on Monday.'), ['PLACE Barangay San Isidro']);
    assert.deepEqual(namesAndThingsOf('The probe lifted off from the Kourou Space Centre at dawn.'), ['PLACE Kourou Space Centre']);
  });

  it('reads digital and mobility firms, a two-word field before a place and a plural possessive before a head as bodies', () => {
    assert.deepEqual(namesAndThingsOf('The app was built by Hellwig Digital and sold by Orvane Mobility.'), ['ORG Hellwig Digital', 'ORG Orvane Mobility']);
    assert.deepEqual(namesAndThingsOf('The site is managed by Historic Environment Scotland.'), ['ORG Historic Environment Scotland']);
    assert.deepEqual(namesAndThingsOf('The Kelham Growers’ Association said prices had fallen.'), ['ORG Kelham Growers’ Association']);
  });

  it('reads a super typhoon as an event, and a currency letter before a scale as no name', () => {
    assert.deepEqual(entitiesOf('Super Typhoon Rolly hit the coast.').filter((e) => e.type !== 'DATE').map((e) => `${e.type} ${e.text}`), ['OTHER Super Typhoon Rolly']);
    assert.deepEqual(namesAndThingsOf('The province pledged P1 billion and N48 million for repairs.'), []);
  });

  it('ends the place a title is for where its holder’s name begins', () => {
    assert.deepEqual(namesAndThingsOf('Labour MP for Bristol Ana Okafor said the plan was wrong.'), ['ORG Labour', 'PLACE Bristol', 'PERSON Ana Okafor']);
  });
});

describe('recogniseEntities: a place head before a known place, and lists closed by a body', () => {
  it('reads a river named by its head first as a place, not a body for it', () => {
    assert.deepEqual(namesAndThingsOf('Sewage spilled into the River Thames on Monday.'), ['PLACE River Thames']);
    assert.deepEqual(namesAndThingsOf('The scheme is run by Transport Scotland.'), ['ORG Transport Scotland']);
  });

  it('keeps two bodies joined by "and" apart when the second closes on its own head', () => {
    assert.deepEqual(namesAndThingsOf('Researchers at the University of Cape Town and Kelham University published the study.'), ['ORG University of Cape Town', 'ORG Kelham University']);
  });
});

describe('recogniseEntities: states closing a place’s name, and Dutch particles', () => {
  it('reads a name closed by State as a place, a body opened by it as a body', () => {
    assert.deepEqual(namesAndThingsOf('Voting was postponed in Kano State and Blue Nile State, the State Department said.'), ['PLACE Kano State', 'PLACE Blue Nile State', 'ORG State Department']);
  });

  it('keeps "ten" and "te" inside Dutch names', () => {
    assert.deepEqual(namesAndThingsOf('The manager Erik ten Brink said the squad was ready.'), ['PERSON Erik ten Brink']);
  });
});

describe('recogniseEntities: instruments', () => {
  it('types an instrument named after a person or a body as a thing', () => {
    const things = (text: string): string[] => entitiesOf(text).filter((e) => e.type === 'OTHER').map((e) => e.text);
    assert.deepEqual(things('Astronomers using the Nancy Grace Roman Space Telescope spotted the planet.'), ['Nancy Grace Roman Space Telescope']);
    assert.deepEqual(things('The probe carries the Compact Infrared Radiometer and a camera.'), ['Compact Infrared Radiometer']);
  });
});

describe('recogniseEntities: "and" inside a body’s complement', () => {
  it('keeps a part that only holds a head word inside the name, and splits a second body closed by its head', () => {
    assert.deepEqual(namesAndThingsOf('The Senate Committee on Environment and Oil Producing Areas met on Tuesday.'), ['ORG Senate Committee on Environment and Oil Producing Areas']);
    assert.deepEqual(namesAndThingsOf('Staff from the University of Tarrow and Kelham Institute attended.'), ['ORG University of Tarrow', 'ORG Kelham Institute']);
  });
});

describe('recogniseEntities: divisions and branches', () => {
  it('reads a division or branch of a body as an organisation', () => {
    assert.deepEqual(namesAndThingsOf('Lawyers from the Civil Rights Division and officers of Special Branch filed briefs.'), ['ORG Civil Rights Division', 'ORG Special Branch']);
  });
});

describe('recogniseEntities: two places as one body’s domain', () => {
  it('keeps two places joined by "and" before a body’s head in the body’s name', () => {
    assert.deepEqual(namesAndThingsOf('The England and Wales Cricket Board said the bowler had returned to Durham.'), ['ORG England and Wales Cricket Board', 'PLACE Durham']);
    assert.deepEqual(namesAndThingsOf('Officers of the Trinidad and Tobago Police Service were deployed.'), ['ORG Trinidad and Tobago Police Service']);
  });
});

describe('recogniseEntities: a list of portfolios opening a body’s name', () => {
  it('joins a list holding a known body’s name and a field word, after "the" or an owner', () => {
    assert.deepEqual(namesAndThingsOf('A spokesperson for the Foreign, Commonwealth and Development Office said staff were helping.'), ['ORG Foreign, Commonwealth and Development Office']);
    assert.deepEqual(namesAndThingsOf('The UK’s Foreign, Commonwealth and Development Office advised against travel.'), ['PLACE UK', 'ORG Foreign, Commonwealth and Development Office']);
  });

  it('keeps a list of known bodies apart', () => {
    assert.deepEqual(namesAndThingsOf('Officials from the Kremlin, Pentagon and State Department met.'), ['ORG Kremlin', 'ORG Pentagon', 'ORG State Department']);
  });
});

describe('recogniseEntities: zones', () => {
  it('reads a zone as a place', () => {
    assert.deepEqual(namesAndThingsOf('Miners eye the Clarion-Clipperton Zone, and troops left the Demilitarised Zone.'), ['PLACE Clarion-Clipperton Zone', 'PLACE Demilitarised Zone']);
  });
});

describe('recogniseEntities: plural heads closing a name', () => {
  it('reads a name closed by the plural of a body’s head as one body', () => {
    assert.deepEqual(namesAndThingsOf('Tourists queued outside the Vatican Museums on Thursday.'), ['ORG Vatican Museums']);
    assert.deepEqual(namesAndThingsOf('The statue was lent by the Capitoline Museums.'), ['ORG Capitoline Museums']);
  });
});

describe('recogniseEntities: companies closed by "AI"', () => {
  it('reads a name closed by AI as a company, and leaves laws and institutes about AI theirs', () => {
    assert.deepEqual(entitiesOf('The round was led by Axelera AI, while the AI Act drew comment.').filter((e) => e.type === 'ORG' || e.type === 'OTHER').map((e) => `${e.type} ${e.text}`), ['ORG Axelera AI', 'OTHER AI Act']);
  });
});

describe('recogniseEntities: mines, junctions and interchanges', () => {
  it('reads a name closed by Mine, Junction or Interchange as a place', () => {
    assert.deepEqual(namesAndThingsOf('Twelve miners were trapped at Tshikapa Mine on Friday.'), ['PLACE Tshikapa Mine']);
    assert.deepEqual(namesAndThingsOf('Buses will stop at Harwell Interchange from May.'), ['PLACE Harwell Interchange']);
    assert.deepEqual(namesAndThingsOf('A signal fault closed Dunmore Junction overnight.'), ['PLACE Dunmore Junction']);
  });

  it('reads a name closed by Mines as the firm that runs them', () => {
    assert.deepEqual(namesAndThingsOf('Shares in Kasai Diamond Mines fell sharply.'), ['ORG Kasai Diamond Mines']);
    assert.deepEqual(namesAndThingsOf('Rescuers from Lubumba Copper Mines arrived at dawn.'), ['ORG Lubumba Copper Mines']);
  });
});

describe('recogniseEntities: mountain passes and civic centres', () => {
  it('reads a name closed by Pass as a place, and a civic centre as a venue', () => {
    assert.deepEqual(namesAndThingsOf('Lorries queued at the Torugart Pass for three days.'), ['PLACE Torugart Pass']);
    assert.deepEqual(namesAndThingsOf('The inquest opened at Kelmscott Civic Centre on Monday.'), ['PLACE Kelmscott Civic Centre']);
  });

  it('keeps a firm opened by Pass a firm', () => {
    assert.deepEqual(namesAndThingsOf('Shares in Pass Holdings fell.'), ['ORG Pass Holdings']);
  });
});

describe('recogniseEntities: areas listed before their plural', () => {
  it('reads every name listed before "provinces", "districts" or "regions" in lower case as a place', () => {
    assert.deepEqual(namesAndThingsOf('Workers in the Western, Nyanza and Coast provinces struck.'), ['PLACE Western', 'PLACE Nyanza', 'PLACE Coast']);
    assert.deepEqual(namesAndThingsOf('Schools closed in the Northern and Eastern regions on Monday.'), ['PLACE Northern', 'PLACE Eastern']);
  });

  it('leaves portfolios before "departments" no places', () => {
    assert.deepEqual(namesAndThingsOf('The Finance and Health departments will merge.').filter((n) => n.startsWith('PLACE')), []);
  });
});
