import { strict as assert } from 'node:assert';
import { entitiesOf, namesOf, namesAndThingsOf } from '../../support/entityMentions';

describe('recogniseEntities: organisations without a head word', () => {
  it('types a company by what the text says of it, not by its look of a personal name', () => {
    assert.deepEqual(namesOf('Shares in Lombard Odier fell 3% on Monday.'), ['ORG Lombard Odier']);
    assert.deepEqual(namesOf('Profits rose at Meridale Capital, the Geneva-based bank, this year.'), ['ORG Meridale Capital', 'PLACE Geneva']);
    assert.deepEqual(namesOf('The trustees hired Oxley Brandt, a Zurich consultancy, in June.'), ['ORG Oxley Brandt', 'PLACE Zurich']);
  });

  it('types a lone name followed by a kind of body in lower case, or by one of its staff, as that body', () => {
    assert.deepEqual(namesOf('A survey by the Meterra institute published on Monday found support.'), ['ORG Meterra']);
    assert.deepEqual(namesOf('The Vantorq group said it would sell the plant.'), ['ORG Vantorq']);
    assert.deepEqual(namesOf('An economist at the Lumiq think tank said rates would fall.'), ['ORG Lumiq']);
    assert.deepEqual(namesOf('Rates will rise, said a former Tessaro analyst.'), ['ORG Tessaro']);
  });

  it('reads a lone word that a preposition of place sets after "the" as a place, not a workplace', () => {
    assert.deepEqual(namesOf('Farmers parked their tractors near the Marktplatz on Monday.'), ['PLACE Marktplatz']);
    assert.deepEqual(namesOf('Fans queued outside the Olimpico before dawn.'), ['PLACE Olimpico']);
    assert.deepEqual(namesOf('An economist at the Nordbank said rates would hold.'), ['ORG Nordbank']);
  });

  it('reads a lone name before an estate or gardens in lower case as a place', () => {
    assert.deepEqual(namesOf('Homes on the Kelmoor industrial estate were evacuated.'), ['PLACE Kelmoor']);
    assert.deepEqual(namesOf('The parade ended in the Vesna gardens beside the river.'), ['PLACE Vesna']);
  });

  it('reads what a distance and a point of the compass measure from as a place, whatever its words', () => {
    assert.deepEqual(namesOf('Flooding closed the highway 20 kilometres south-west of Mary Kathleen.'), ['PLACE Mary Kathleen']);
    assert.deepEqual(namesOf('The convoy stopped 8 miles east of Rose Hill on Friday.'), ['PLACE Rose Hill']);
  });

  it('keeps a person that a lower-case title introduces a person though the name speaks "in a statement"', () => {
    assert.deepEqual(namesOf('Lindqvist Foods chief executive Tavi Rennert said in a statement that sales fell.'), ['ORG Lindqvist Foods', 'PERSON Tavi Rennert']);
  });

  it('reads a lone name whose co-founder the text names, or that a service or tracker introduces, as a body', () => {
    assert.deepEqual(namesOf('Vantorq\u2019s co-founder, Mia Lund, said sales doubled.'), ['ORG Vantorq', 'PERSON Mia Lund']);
    assert.deepEqual(namesOf('Listeners moved to the music-streaming service Tunefold last year.'), ['ORG Tunefold']);
    assert.deepEqual(namesOf('Deals fell by half, according to data from market tracker Dealbase.'), ['ORG Dealbase']);
  });

  it('reads a train operator named "… Rail" as an organisation', () => {
    assert.deepEqual(namesOf('A Tundra Rail freight train derailed. Tundra Rail said the line would reopen on Monday.'), ['ORG Tundra Rail', 'ORG Tundra Rail']);
  });

  it('leaves a word before a kind of body that qualifies a name or a role to other rules', () => {
    assert.deepEqual(namesOf('The Brabant union ABVV called a strike.'), ['ORG ABVV']);
    assert.deepEqual(namesOf('The Plaid group leader, Cllr Tomos Rhys, said no.'), ['PERSON Tomos Rhys']);
  });

  it('keeps a person named before an apposition about a company a person', () => {
    assert.deepEqual(namesOf('The plan was drafted by Ada Reyes, the bank’s chief economist.'), ['PERSON Ada Reyes']);
    assert.deepEqual(namesOf('The appeal was launched by Tomas Okello, a charity worker, in May.'), ['PERSON Tomas Okello']);
  });

  it('retypes a name its shape made a person when the document says elsewhere that it is a company', () => {
    const text = 'Torvik Sandberg wins approval for merger\n\nOslo private bank Torvik Sandberg said on Friday that regulators had approved the deal.';
    assert.deepEqual(namesOf(text), ['ORG Torvik Sandberg', 'PLACE Oslo', 'ORG Torvik Sandberg']);
  });

  it('reads a trade or industry word at the end of a name as a company', () => {
    assert.deepEqual(namesOf('Halvorsen Biologics said its trial had failed.'), ['ORG Halvorsen Biologics']);
    assert.deepEqual(namesOf('The stake was sold to Quill Robotics and Avenor Capital.'), ['ORG Quill Robotics', 'ORG Avenor Capital']);
  });

  it('joins the partners of a law firm listed before an ampersand', () => {
    assert.deepEqual(namesOf('The plaintiffs are represented by the law firm Baker, Finch & Lowe.'), ['ORG Baker, Finch & Lowe']);
  });

  it('types an acronym that opens a firm’s name as an organisation', () => {
    assert.deepEqual(namesOf('The seller was advised by KDM Harlow Reyes last year.'), ['ORG KDM Harlow Reyes']);
  });

  it('takes an outlet a quote was given to, and a body with a spokesperson, for organisations', () => {
    assert.deepEqual(namesOf('“We are ready,” the minister told Solwire on Monday.'), ['ORG Solwire']);
    assert.deepEqual(namesOf('A spokesperson for Vexagen declined to comment.'), ['ORG Vexagen']);
  });

  it('reads who runs, funds or employs a thing as a body, and lists such bodies alike', () => {
    assert.deepEqual(namesOf('The ferry is operated by Kalvora under a state contract.'), ['ORG Kalvora']);
    assert.deepEqual(namesOf('The round drew investors including Brightfell and Quorvane.'), ['ORG Brightfell', 'ORG Quorvane']);
    assert.deepEqual(namesOf('The start-up was founded by two former Kalvora engineers.'), ['ORG Kalvora']);
  });

  it('does not let a company’s name, read as a person in a headline, make its words a person', () => {
    const text = 'Torvik and Sandvo to merge as Torvik Sandvo\n\nThe lender Torvik and the insurer Sandvo agreed to merge on Monday.';
    assert.ok(namesOf(text).every((n) => n.startsWith('ORG')), JSON.stringify(namesOf(text)));
  });

  it('reads what a named person is "of", when it is no known place, as where the person works', () => {
    assert.deepEqual(namesOf('“Costs will rise,” said Ada Reyes of Harlow Quint.'), ['PERSON Ada Reyes', 'ORG Harlow Quint']);
    assert.deepEqual(namesOf('The title went to Ada Reyes of Chile.'), ['PERSON Ada Reyes', 'PLACE Chile']);
  });

  it('reads a one-letter name after "on" as the social network', () => {
    assert.deepEqual(namesOf('The mayor wrote on X that the bridge would reopen.'), ['ORG X']);
  });

  it('keeps a field opening an "of" complement and two places closing it inside the name', () => {
    assert.deepEqual(namesOf('The Vermont Department of Justice opened an inquiry.'), ['ORG Vermont Department of Justice']);
    assert.deepEqual(namesOf('The Law Society of England and Wales objected.'), ['ORG Law Society of England and Wales']);
  });

  it('reads where accounts are held and who quoted someone as organisations', () => {
    assert.deepEqual(namesOf('He moved the money through accounts at Harlow Quint.'), ['ORG Harlow Quint']);
    assert.deepEqual(namesOf('She was quoted as saying by Morgenbladet Daglig that prices would rise.'), ['ORG Morgenbladet Daglig']);
  });

  it('reads a lone unknown word shaped like a brand as an organisation and one shaped like a town as a place', () => {
    assert.deepEqual(namesOf('Tickets work on Tramlink and in Ostervik.'), ['ORG Tramlink', 'PLACE Ostervik']);
  });

  it('types a lone word listed before an organisation, even at a sentence start, as one', () => {
    assert.deepEqual(namesOf('Vexagen and Air Norvia cut flights.'), ['ORG Vexagen', 'ORG Air Norvia']);
  });

  it('types a name listed with an organisation, and nothing else says what it is, as one', () => {
    assert.deepEqual(namesOf('The buyer was advised by Harlow Quint and KDM Partners.'), ['ORG Harlow Quint', 'ORG KDM Partners']);
  });

  it('reads a body named in its own language as one organisation', () => {
    assert.deepEqual(namesOf('Economists at the Universidad de los Andes disagreed.'), ['ORG Universidad de los Andes']);
  });

  it('gives an acronym the key of the one organisation in the text whose initials it spells', () => {
    const found = entitiesOf('Inspectors from the NHSA arrived on Monday. The National Harbour Safety Authority said the pier was safe.');
    assert.deepEqual(found.filter((e) => e.type === 'ORG').map((e) => e.key), ['national harbour safety authority', 'national harbour safety authority']);
  });

  it('gives a short name in parentheses the key of the organisation before it', () => {
    const found = entitiesOf('The Agency for Coastal Works (Acowa) opened a tender. Acowa said bids close in May.');
    const alias = found.filter((e) => e.text === 'Acowa');
    assert.equal(alias.length, 2);
    assert.ok(alias.every((e) => e.type === 'ORG' && e.key === 'agency for coastal works'), JSON.stringify(alias));
  });
});

describe('recogniseEntities: place-plus-noun organisations', () => {
  it('reads a field or trade before a place as the place’s body for it', () => {
    assert.deepEqual(namesOf('Tennis Australia said the draw would be held on Thursday.'), ['ORG Tennis Australia']);
    assert.deepEqual(namesOf('The deal was signed by Cricket South Africa and Ambulance Victoria.'), ['ORG Cricket South Africa', 'ORG Ambulance Victoria']);
  });

  it('reads "Noun for Place" as one body, through a place opener', () => {
    assert.deepEqual(namesOf('Transport for London closed the line, and Transport for Greater Manchester followed.'), ['ORG Transport for London', 'ORG Transport for Greater Manchester']);
  });

  it('reads "Noun for Place" and "Noun Place" opening a sentence as a body, but not a preposition or an adverb', () => {
    assert.deepEqual(namesOf('Fares rose again. Transport for London said the rise was needed.'), ['ORG Transport for London']);
    assert.deepEqual(namesOf('Police Scotland said a man had been arrested.'), ['ORG Police Scotland']);
    assert.deepEqual(namesOf('In London, prices rose. Meanwhile Kenya waited.'), ['PLACE London', 'PLACE Kenya']);
  });

  it('keeps a plain name word after a head word, and an airline opened by "Air", in the name', () => {
    assert.deepEqual(namesOf('Staff at Bank Sorvik walked out, and Air Norvia cut flights.'), ['ORG Bank Sorvik', 'ORG Air Norvia']);
  });

  it('reads a transit network named after its city as one organisation', () => {
    assert.deepEqual(namesOf('Drivers at Lisbon Metro walked out.'), ['ORG Lisbon Metro']);
  });
});

describe('recogniseEntities: possessives inside names', () => {
  it('keeps a plural possessive of people inside an organisation’s name', () => {
    assert.deepEqual(namesOf("The Workers' Confederation and the Farmers' Union called a strike."), ["ORG Workers' Confederation", "ORG Farmers' Union"]);
    assert.deepEqual(namesOf('She chairs the Women’s Rowing Association.'), ['ORG Women’s Rowing Association']);
  });

  it('does not read a plural possessive’s apostrophe as a sentence break', () => {
    const text = "Pay was cut. A judge fined the former treasurer of the Kelby Nurses' Association. The association's fund was empty. Prosecutors said the money went on a flat in Cabo Verde.";
    assert.ok(namesOf(text).includes("ORG Kelby Nurses' Association"), JSON.stringify(namesOf(text)));
  });

  it('reads systems and headquarters as organisations, through "and" and an "of" complement', () => {
    assert.deepEqual(namesOf('Data came from the Coastal Erosion and Flood Warning System.'), ['ORG Coastal Erosion and Flood Warning System']);
    assert.deepEqual(namesOf('The Joint Headquarters for the Exchange of Detainees said so.'), ['ORG Joint Headquarters for the Exchange of Detainees']);
  });

  it('keeps a saint’s possessive inside the name of a religious house, and a community with its complement', () => {
    assert.deepEqual(namesOf('She lived at St Brigid’s Priory for years.'), ['ORG St Brigid’s Priory']);
    assert.deepEqual(namesOf('Talks were held by the Economic Community of Island States.'), ['ORG Economic Community of Island States']);
  });

  it('still splits an owner’s possessive off the name it owns', () => {
    assert.deepEqual(namesOf("The United States' Energy Department issued the rules."), ['PLACE United States', 'ORG Energy Department']);
  });
});

describe('recogniseEntities: places from context', () => {
  it('reads a town in capitals opening a dateline as a place', () => {
    assert.deepEqual(namesOf('KELBURN, Ore. — A jury convicted him.\n\nTARNOW (AP) — Floods rose.'), ['PLACE KELBURN', 'PLACE Ore.', 'PLACE TARNOW', 'ORG AP']);
  });

  it('does not take a short one-sentence paragraph ending in an acronym for a headline', () => {
    const text = 'The paper, by scientists at Kelby College London and the Harrow School of Hygiene & Tropical Medicine, appeared in the BMJ.';
    assert.deepEqual(namesOf(text), ['ORG Kelby College London', 'ORG Harrow School of Hygiene & Tropical Medicine', 'ORG BMJ']);
  });

  it('reads what a text is in, not opened by a given name, as a place', () => {
    assert.deepEqual(namesOf('They retired to a villa in Punta Serena last year.'), ['PLACE Punta Serena']);
  });

  it('reads a name before a qualified place noun as a place', () => {
    assert.deepEqual(namesOf('Shells hit the Qaswara refugee camp overnight.'), ['PLACE Qaswara']);
  });

  it('knows the long name of a country that the country data lacks', () => {
    assert.deepEqual(namesOf('The outbreak in eastern Democratic Republic of Congo is spreading.'), ['PLACE Democratic Republic of Congo']);
  });
});

describe('recogniseEntities: things named like people or places', () => {
  it('types storms and the models of vehicles and weapons as things', () => {
    const found = entitiesOf('Storm Idris brought down trees, and a Rafale jet was diverted.');
    assert.deepEqual(found.filter((e) => e.type !== 'DATE').map((e) => `${e.type} ${e.text}`), ['OTHER Storm Idris', 'OTHER Rafale']);
  });

  it('keeps a spacecraft named like a woman a thing in every mention', () => {
    const text = 'The probe Selene entered orbit on Friday. Engineers had tracked Selene for weeks, and a Vega 2 rocket carried it.';
    assert.deepEqual(
      namesAndThingsOf(text),
      ['OTHER Selene', 'OTHER Selene', 'OTHER Vega'],
    );
  });

  it('reads a centre for exhibitions or conventions as a venue', () => {
    assert.deepEqual(namesOf('The summit closed at the Harbour Convention Centre.'), ['PLACE Harbour Convention Centre']);
  });
});

describe('recogniseEntities: regions', () => {
  it('keeps a compass point or "Greater" with the known place after it', () => {
    assert.deepEqual(namesOf('Floods spread across South-east Asia and reached Greater Manchester.'), ['PLACE South-east Asia', 'PLACE Greater Manchester']);
    assert.deepEqual(namesOf('Exports from Mainland China rose.'), ['PLACE Mainland China']);
    assert.deepEqual(namesOf('Grids are weakest in sub-Saharan Africa.'), ['PLACE sub-Saharan Africa']);
  });

  it('keeps a town named with hyphens and a lower-case link in one piece', () => {
    assert.deepEqual(namesOf('The fair moved to Wexham-on-Sea this year.'), ['PLACE Wexham-on-Sea']);
  });
});

describe('recogniseEntities: a body before a capitalised title', () => {
  it('ends the body at its head word when a title follows, unless the head word qualifies the title', () => {
    assert.deepEqual(namesOf('Kelby Foreign Ministry Spokeswoman Ana Ruiz spoke, and Harrow Council Leader Tom Bell agreed.'), [
      'ORG Kelby Foreign Ministry',
      'PERSON Ana Ruiz',
      'ORG Harrow Council',
      'PERSON Tom Bell',
    ]);
    assert.deepEqual(namesOf('Harbour House Press Secretary Ana Ruiz spoke.'), ['ORG Harbour House', 'PERSON Ana Ruiz']);
  });
});

describe('recogniseEntities: roles and honorifics before a name', () => {
  it('strips a role noun that no title list holds from the person after it', () => {
    assert.deepEqual(namesOf('Librarian Rosa Delgado said the archive would reopen.'), ['PERSON Rosa Delgado']);
    assert.deepEqual(namesOf('Then Veteran Goalkeeper Tomas Brandt saved twice.'), ['PERSON Tomas Brandt']);
    assert.deepEqual(namesOf('Gardener Tom Hart won the prize.'), ['PERSON Tom Hart']);
    assert.deepEqual(namesOf('The letter was signed by Hunter Lowell.'), ['PERSON Hunter Lowell']);
  });

  it('strips honorifics of other languages and keeps a surname particle after a title', () => {
    assert.deepEqual(namesOf('Rebbetzin Miriam Adler and Hafiz Omar Qureshi spoke first.'), ['PERSON Miriam Adler', 'PERSON Omar Qureshi']);
    assert.deepEqual(namesOf('The ruling was read by Judge van der Berg.'), ['PERSON van der Berg']);
  });

  it('keeps a given name before a surname that is also a town’s name a person', () => {
    assert.deepEqual(namesOf('The final was won by Sofia Ibarra in straight sets.'), ['PERSON Sofia Ibarra']);
    assert.deepEqual(namesOf('The final was won by Sofía Ibarra in straight sets.'), ['PERSON Sofía Ibarra']);
    assert.deepEqual(namesOf('The design is by Rui Gonçalves dos Santos.'), ['PERSON Rui Gonçalves dos Santos']);
  });

  it('keeps a portfolio joined by "and" in the title, not in a name', () => {
    assert.deepEqual(namesOf('Lesotho’s Minister of Mining and Planning, Thabo Mokoena, resigned.'), ['PLACE Lesotho', 'PERSON Thabo Mokoena']);
  });
});

describe('recogniseEntities: parties named beside their members', () => {
  it('types a name in brackets right after a person’s as their party', () => {
    assert.deepEqual(namesOf('The motion was tabled by Cllr Aoife Brennan (Fianna Fáil) on Monday.'), ['PERSON Aoife Brennan', 'ORG Fianna Fáil']);
    assert.deepEqual(namesOf('Deputy Ana Ruiz Prieto (Más Madrid) voted against; Ramón Vidal (Junts) abstained.'), ['PERSON Ana Ruiz Prieto', 'ORG Más Madrid', 'PERSON Ramón Vidal', 'ORG Junts']);
  });

  it('types a name before "councillors", "lawmakers" or "members" as their party', () => {
    assert.deepEqual(namesOf('On Monday, six Tarrow Alliance councillors walked out.'), ['ORG Tarrow Alliance']);
    assert.deepEqual(namesOf('The bill was opposed by Hadash Taal lawmakers in the Knesset.'), ['ORG Hadash Taal', 'ORG Knesset']);
  });

  it('reads a nation’s branch of a party as one organisation, before a role too', () => {
    assert.deepEqual(namesOf('Scottish Labour backed the bill, but the Welsh Conservatives did not.'), ['ORG Scottish Labour', 'ORG Welsh Conservatives']);
    assert.deepEqual(namesOf('Scottish Conservative health spokeswoman Ann Bell said beds were short.'), ['ORG Scottish Conservative', 'PERSON Ann Bell']);
  });

  it('reads parties named without a head word as organisations, with nothing around them', () => {
    assert.deepEqual(namesOf('Sinn Féin and Plaid Cymru walked out.'), ['ORG Sinn Féin', 'ORG Plaid Cymru']);
  });
});

describe('recogniseEntities: firms and clubs named like people, typed by what is said of them', () => {
  it('reads the employer of lawyers or advisers at a firm, even when they open the sentence', () => {
    assert.deepEqual(namesOf('Lawyers at Corrigan Hale said the appeal would be lodged on Friday.'), ['ORG Corrigan Hale']);
    assert.deepEqual(namesOf('Advisers at Brennan Oakes Whitcombe worked on the sale.'), ['ORG Brennan Oakes Whitcombe']);
  });

  it('reads the club a player signed or played for as an organisation', () => {
    assert.deepEqual(namesOf('The midfielder signed for Kelham Rovers in 2019 and later played for Ardley Hotspur.'), ['ORG Kelham Rovers', 'ORG Ardley Hotspur']);
  });

  it('reads the owner of an office in a place as a firm', () => {
    assert.deepEqual(namesOf('The team will join Baker Quennell’s Leeds office in February.'), ['ORG Baker Quennell', 'PLACE Leeds']);
  });

  it('reads a name closed by a common noun and opened by no given name as a firm’s or a team’s, with nothing around it', () => {
    assert.deepEqual(namesOf('Commuters said Tarrowdale Trains had cut services again, and Halvey Rovers lost 2-0.'), ['ORG Tarrowdale Trains', 'ORG Halvey Rovers']);
  });

  it('still reads a person whose surname is a common noun, opened by a given name, as a person', () => {
    assert.deepEqual(namesOf('Commuters said Kaja Frost had cut services again.'), ['PERSON Kaja Frost']);
  });
});

describe('recogniseEntities: a title that is also a given name', () => {
  it('reads it as the given name right after a role in lower case, and as a title elsewhere', () => {
    assert.deepEqual(namesOf('The club sacked manager Dean Whitcombe on Tuesday.'), ['PERSON Dean Whitcombe']);
    assert.deepEqual(namesOf('The university appointed Dean Maria Lopez to the board.'), ['PERSON Maria Lopez']);
  });
});

describe('recogniseEntities: two-word names introduced by their initials', () => {
  it('types a two-word name a bracketed acronym of its initials introduces as an organisation, in every mention', () => {
    assert.deepEqual(namesOf('Its partners, Gerakan Rakyat (GR) and Barisan Maju (BM), ran a joint list. Gerakan Rakyat said it was confident.'), ['ORG Gerakan Rakyat', 'ORG GR', 'ORG Barisan Maju', 'ORG BM', 'ORG Gerakan Rakyat']);
  });

  it('leaves a known place or one its head types a place', () => {
    assert.ok(namesOf('The United Arab Emirates (UAE) signed the deal.').includes('PLACE United Arab Emirates'));
    assert.ok(namesOf('Boats left Tarrow Bay (TB) at dawn.').includes('PLACE Tarrow Bay'));
  });
});

describe('recogniseEntities: a surname that is a town’s name after a person’s title', () => {
  it('keeps the surname in the name when the words before call it a person’s', () => {
    assert.deepEqual(namesOf('“Demand is strong,” the chief financial officer, Reiji Miyazaki, told reporters.'), ['PERSON Reiji Miyazaki']);
    assert.deepEqual(namesOf('The scheme is run by Tennis Australia.'), ['ORG Tennis Australia']);
  });
});

describe('recogniseEntities: places named by what is said of them', () => {
  it('reads a name with an apposition headed by a settlement noun as a place', () => {
    assert.deepEqual(namesOf('Crews reached Vadu Rece, the village closest to the dam, on Tuesday.'), ['PLACE Vadu Rece']);
    assert.deepEqual(namesOf('Aid reached Kalehe, a town in South Kivu, by road.'), ['PLACE Kalehe', 'PLACE South Kivu']);
  });

  it('reads what a mayor, residents or people are "of" as a place', () => {
    assert.deepEqual(namesOf('The mayor of Vadu Rece said residents of Tarnova had left.'), ['PLACE Vadu Rece', 'PLACE Tarnova']);
  });

  it('leaves people with a settlement noun qualifying their role people', () => {
    assert.deepEqual(namesOf('The bill was drafted by Ana Okafor, a town councillor.'), ['PERSON Ana Okafor']);
  });
});

describe('recogniseEntities: a natural feature named without its head', () => {
  it('types the short form of a river named in full elsewhere as a place', () => {
    const text = 'Villages along the Valea Neagra River were evacuated.\n\nBy Wednesday the Valea Neagra was flowing four metres above normal.';
    assert.deepEqual(namesOf(text), ['PLACE Valea Neagra River', 'PLACE Valea Neagra']);
  });

  it('types the short form of a province or region named in full elsewhere as a place', () => {
    const province = 'Cholera cases rose in Luanshya Province this week.\n\nThe outbreak in the Luanshya is the worst in a decade.';
    assert.deepEqual(namesOf(province), ['PLACE Luanshya Province', 'PLACE Luanshya']);
    const region = 'Cholera cases rose in the Tsholotsho Region this week.\n\nTsholotsho has the highest rate of infection.';
    assert.deepEqual(namesOf(region), ['PLACE Tsholotsho Region', 'PLACE Tsholotsho']);
  });

  it('reads a river or a lough named head first as a place, and its short form too', () => {
    const text = 'Anglers say the River Kelvane has never been so low.\n\nFarmers along the Kelvane were told to stop drawing water.';
    assert.deepEqual(namesOf(text), ['PLACE River Kelvane', 'PLACE Kelvane']);
    assert.deepEqual(namesOf('Eel numbers in Lough Carrabane fell again.'), ['PLACE Lough Carrabane']);
  });

  it('reads a bazaar or a city gate as a place, with the people it is named after', () => {
    assert.deepEqual(namesAndThingsOf('Traders in the Kashmiri Bazaar marched to Lahori Gate on Friday.'), ['PLACE Kashmiri Bazaar', 'PLACE Lahori Gate']);
  });

  it('reads a nationality before a known region that closes the name as one place', () => {
    assert.deepEqual(namesAndThingsOf('Seaweed piled up along the Mexican Caribbean this week, a Mexican official said.'), ['PLACE Mexican Caribbean', 'OTHER Mexican']);
  });

  it('reads an Irish county written with "Co" as a place, not a company', () => {
    assert.deepEqual(namesOf('The cave is near Doolin, Co Clare, and the family lives in Co Offaly.'), ['PLACE Doolin', 'PLACE Co Clare', 'PLACE Co Offaly']);
  });
});

describe('recogniseEntities: appositions headed by a council or authority', () => {
  it('types a name with an apposition headed by "council" or "authority" as a body, and keeps Gaelic "nan" inside it', () => {
    assert.deepEqual(namesOf('The dig was funded by Comhairle nan Eilean Siar, the Western Isles council, and by Tarrow Dale, the regional authority.'), ['ORG Comhairle nan Eilean Siar', 'PLACE Western Isles', 'ORG Tarrow Dale']);
  });

  it('reads only the head before a preposition: a person described as members "of the council" stays a person', () => {
    assert.deepEqual(namesOf('A statement was read by the ambassador, Fatmata Kowa-Bangura, the three members of the council.'), ['PERSON Fatmata Kowa-Bangura']);
  });
});

describe('recogniseEntities: the name a person is known by', () => {
  it('reads a name after "known as" or "nicknamed" following a person’s as that person’s', () => {
    assert.deepEqual(namesOf('The force is led by Mohamed Hamdan Dagalo, known as Hemedti, since 2013.'), ['PERSON Mohamed Hamdan Dagalo', 'PERSON Hemedti']);
    assert.deepEqual(namesOf('The striker Ana Okafor, nicknamed Tornado, scored twice.'), ['PERSON Ana Okafor', 'PERSON Tornado']);
  });
});

describe('recogniseEntities: what is based somewhere', () => {
  it('reads a name right after "X-based" as a firm or body', () => {
    assert.deepEqual(namesOf('The tour was run by Nairobi-based Savanna Trail Outfitters until May.'), ['PLACE Nairobi', 'ORG Savanna Trail Outfitters']);
    assert.deepEqual(namesOf('Investors in Cork-based Lissadell Robotics lost heavily.'), ['PLACE Cork', 'ORG Lissadell Robotics']);
  });

  it('keeps a person based somewhere a person', () => {
    assert.deepEqual(namesOf('The Accra-based Kofi Mensah painted the mural.'), ['PLACE Accra', 'PERSON Kofi Mensah']);
  });
});

describe('recogniseEntities: "states" and "notes" as plural nouns', () => {
  it('reads no speaking body in a word before "states" or "notes" followed by an auxiliary verb', () => {
    assert.deepEqual(namesOf('Coastal states will share the cost of the patrols.'), []);
    assert.deepEqual(namesOf('Partner states have not ratified the pact.'), []);
  });

  it('still reads a lone name that "states" something as a body', () => {
    assert.deepEqual(namesOf('In its filing Kelvane states that the deal is fair.'), ['ORG Kelvane']);
  });
});

describe('recogniseEntities: a lone unknown word typed by its shape alone', () => {
  it('reads no place in a lone capitalised word that nothing around calls one', () => {
    assert.deepEqual(namesOf('Hives weakened by Varroa mites were burned.'), []);
    assert.deepEqual(namesOf('The scheme was a Kessler-style fraud.'), []);
  });

  it('still reads a place where the words around say so', () => {
    assert.deepEqual(namesOf('The team flew to Vardøhus on Monday.'), ['PLACE Vardøhus']);
    assert.deepEqual(namesOf('Fighting resumed in eastern Kivalu overnight.'), ['PLACE Kivalu']);
    assert.deepEqual(namesOf('The ferry left Tarnbrook at dawn.'), ['PLACE Tarnbrook']);
    assert.deepEqual(namesOf('The stewards charged Wendouree trainer Ana Ruiz.'), ['PLACE Wendouree', 'PERSON Ana Ruiz']);
  });

  it('reads a word no dictionary holds, set after "the" by a preposition of place or motion, as a river, a sea or a region', () => {
    assert.deepEqual(namesOf('Dead fish were pulled from the Velna on Tuesday.'), ['PLACE Velna']);
    assert.deepEqual(namesOf('The mill pumps its effluent into the Drevica, anglers said.'), ['PLACE Drevica']);
    assert.deepEqual(namesOf('Farming is hard in the Karrowen, where the soil is thin.'), ['PLACE Karrowen']);
  });

  it('reads no place in a common word or a nationality after a preposition and "the"', () => {
    assert.deepEqual(namesOf('Members in the Opposition voted against the motion.'), []);
    assert.deepEqual(namesOf('A swimmer crossed from the Portuguese side overnight.'), []);
  });
});

describe('recogniseEntities: the place a body is named after', () => {
  it('reads a lone word the text sets something in as a place, though a body bears its name', () => {
    assert.deepEqual(namesOf('The Ravensmoor Hebrew Congregation held a vigil after graffiti was found on a synagogue in Ravensmoor.'), ['ORG Ravensmoor Hebrew Congregation', 'PLACE Ravensmoor']);
    assert.deepEqual(namesOf('Orchards across Kerrowdale lost half their crop, the Kerrowdale Fruit Growers Cooperative said on Tuesday.'), ['PLACE Kerrowdale', 'ORG Kerrowdale Fruit Growers Cooperative']);
  });

  it('keeps a lone word a person works "at" the body that bears it', () => {
    assert.deepEqual(namesOf('Ana Reyes joined Castellan Bank in 2019. "I was happy at Castellan," she said.'), ['PERSON Ana Reyes', 'ORG Castellan Bank', 'ORG Castellan']);
  });
});

describe('recogniseEntities: a team, party or body named before one of its members', () => {
  it('reads a lone name before a member’s noun and a person as the body the person belongs to', () => {
    assert.deepEqual(namesOf('Injuries hit Dinamo, and Dinamo coach Ilie Matei said the squad was thin.'), ['ORG Dinamo', 'ORG Dinamo', 'PERSON Ilie Matei']);
    assert.deepEqual(namesOf('Fans booed as Rapid captain Lukas Gruber missed the penalty.'), ['ORG Rapid', 'PERSON Lukas Gruber']);
    assert.deepEqual(namesOf('The vote split Fidesz, and Fidesz spokesman Zoltan Kovacs said the party was united.'), ['ORG Fidesz', 'ORG Fidesz', 'PERSON Zoltan Kovacs']);
    assert.deepEqual(namesOf('Shares rose after Nordvik chairman Lars Lund said the merger would go ahead.'), ['ORG Nordvik', 'PERSON Lars Lund']);
  });

  it('reads no body in a common word opening a sentence before a member’s noun', () => {
    assert.deepEqual(namesOf('Team captain Ana Ruiz said the side would recover.'), ['PERSON Ana Ruiz']);
  });
});

describe('recogniseEntities: a preposition of place opening a sentence', () => {
  it('places a lone unknown word after "In", "From" or "Near" at a sentence start as it does mid-sentence', () => {
    assert.deepEqual(namesOf('Not everyone agreed. In Tarrowby, at the mouth of the river, fishers were angry.'), ['PLACE Tarrowby']);
    assert.deepEqual(namesOf('The road was cut on Monday. From Kelvale, the convoy turned back.'), ['PLACE Kelvale']);
  });
});

describe('recogniseEntities: a lone given name a kind of body introduces', () => {
  it('reads it as the body’s name though it speaks', () => {
    assert.deepEqual(namesOf('The insurer Aviva said claims had doubled.'), ['ORG Aviva']);
    assert.deepEqual(namesOf('The lender Nadia said mortgage approvals fell in May.'), ['ORG Nadia']);
  });

  it('keeps a given name after a person’s role a person', () => {
    assert.deepEqual(namesOf('A spokeswoman for the agency, Rina Sari, said the permit was valid.'), ['PERSON Rina Sari']);
  });
});

describe('recogniseEntities: datelines written with accents or with several towns', () => {
  it('reads a town in capitals with accents opening a dateline as a place', () => {
    assert.deepEqual(namesOf('ÇORUM, Turkey — Farmers marched on Monday.'), ['PLACE ÇORUM', 'PLACE Turkey']);
    assert.deepEqual(namesOf('NIĞDE, Turkey (Reuters) - Schools closed.'), ['PLACE NIĞDE', 'PLACE Turkey', 'ORG Reuters']);
  });

  it('reads every town of a dateline parted by slashes as a place when one of them is known', () => {
    assert.deepEqual(namesOf('By Ana Costa\nLISBON / ÉVORA\n\nFarmers blocked the roads.'), ['PERSON Ana Costa', 'PLACE LISBON', 'PLACE ÉVORA']);
    assert.deepEqual(namesOf('PRICES / RATES\nNothing changed.').filter((n) => n.startsWith('PLACE')), []);
  });
});
