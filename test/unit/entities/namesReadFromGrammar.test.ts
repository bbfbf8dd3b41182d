import { strict as assert } from 'node:assert';
import { namesOf } from '../../support/entityMentions';

describe('recogniseEntities: a unit letter ending a sentence is no initial', () => {
  it('leaves a temperature closing a sentence out of the next sentence’s first word', () => {
    assert.deepEqual(namesOf('Temperatures in Seville reached 46.2C. Three days later the heat broke.'), ['PLACE Seville']);
    assert.deepEqual(namesOf('The detector is cooled to minus 270 C. Physicists in Geneva were relieved.'), ['PLACE Geneva']);
    assert.deepEqual(namesOf('Lows in Minnesota dropped to 8°F. Schools stayed shut.'), ['PLACE Minnesota']);
  });

  it('keeps an initial after a year or a number that is no unit', () => {
    assert.deepEqual(namesOf('In 1987 J. Okafor founded the choir.'), ['PERSON J. Okafor']);
  });
});

describe('recogniseEntities: Korean given names of five-letter syllables', () => {
  it('keeps a Korean given name whose first syllable has five letters whole', () => {
    assert.deepEqual(namesOf('Shipbuilder chief executive Choi Seung-woo said on Monday.'), ['PERSON Choi Seung-woo']);
    assert.deepEqual(namesOf('Striker Hwang Hyeon-jun scored twice.'), ['PERSON Hwang Hyeon-jun']);
  });
});

describe('recogniseEntities: places the news writes with "St" for "Saint"', () => {
  it('finds a known place whose "Saint" is abbreviated, in British and American style', () => {
    assert.deepEqual(namesOf('St Kitts and Nevis reopened its airport on Monday.'), ['PLACE St Kitts and Nevis']);
    assert.deepEqual(namesOf('The cruise ship docked in Kingstown, St Vincent and the Grenadines, at dawn.'), ['PLACE Kingstown', 'PLACE St Vincent and the Grenadines']);
    assert.deepEqual(namesOf('Police in St. Petersburg detained 40 protesters.'), ['PLACE St. Petersburg']);
  });
});

describe('recogniseEntities: US states abbreviated in news style', () => {
  it('reads a state abbreviated after its town as a place, full stop included', () => {
    assert.deepEqual(namesOf('EUGENE, Ore. — A school board member resigned on Tuesday.'), ['PLACE EUGENE', 'PLACE Ore.']);
    assert.deepEqual(namesOf('TOPEKA, Kan. (AP) — The stadium will host the draft.'), ['PLACE TOPEKA', 'PLACE Kan.', 'ORG AP']);
    assert.deepEqual(namesOf('The winning ticket was sold in Tulsa, Okla., last week.'), ['PLACE Tulsa', 'PLACE Okla.']);
  });
});

describe('recogniseEntities: partnerships, sports firms and centres as bodies', () => {
  it('reads a name closed by Partnership or Sports as an organisation, not a person', () => {
    assert.deepEqual(namesOf('The growers signed a deal with Highfold Dairy Partnership on Friday.'), ['ORG Highfold Dairy Partnership']);
    assert.deepEqual(namesOf('Highlights will be shown on Calder Sports from Sunday.'), ['ORG Calder Sports']);
  });

  it('reads a body opened by the plural Centers or Centres with its complement', () => {
    assert.deepEqual(namesOf('Data from the Centers for Water Quality and Sanitation showed a rise.'), ['ORG Centers for Water Quality and Sanitation']);
    assert.deepEqual(namesOf('The Centres for Rural Health will close in May.'), ['ORG Centres for Rural Health']);
  });

  it('keeps two trades joined by an ampersand in one firm’s name', () => {
    assert.deepEqual(namesOf('The arena is owned by Lakeshore Sports & Entertainment, a Halifax firm.'), ['ORG Lakeshore Sports & Entertainment', 'PLACE Halifax']);
    assert.deepEqual(namesOf('Kellett Bank & Trust said deposits rose.'), ['ORG Kellett Bank & Trust']);
  });
});

describe('recogniseEntities: quoted titles of works', () => {
  it('reads no name in the common words of a title quoted in title case', () => {
    assert.deepEqual(namesOf('The ministry issued guidance titled “Shielding Pupils from Violent Videos: Safety Codes for Schools”, which Ofcom backed.'), ['ORG Ofcom']);
    assert.deepEqual(namesOf('The paper, titled « Fairer Quotas, Stronger Fleets », was leaked on Monday.'), []);
    assert.deepEqual(namesOf('Her report "Rising Rents and the Future of Fishing Towns" was published by Bangor University.'), ['ORG Bangor University']);
  });

  it('still reads the names in quoted speech', () => {
    assert.deepEqual(namesOf('Ana Ruiz said: "We will meet Tomas Berg in Quito on Monday."'), ['PERSON Ana Ruiz', 'PERSON Tomas Berg', 'PLACE Quito']);
    assert.deepEqual(namesOf('“We met Harlow Quint in March,” the chairman wrote.'), ['PERSON Harlow Quint']);
  });
});

describe('recogniseEntities: firms named like people, by the staff they employ', () => {
  it('reads a name before a staff noun and one of the staff as the employer', () => {
    assert.deepEqual(namesOf('In a note to clients, Kemp Radley analyst Ravi Menon cut his target.'), ['ORG Kemp Radley', 'PERSON Ravi Menon']);
    assert.deepEqual(namesOf('Clifton Marsh partner Ana Ruiz advised the lenders.'), ['ORG Clifton Marsh', 'PERSON Ana Ruiz']);
  });

  it('keeps a person before a political aide a person', () => {
    assert.deepEqual(namesOf('Jonas Lind adviser Petra Holm resigned.'), ['PERSON Jonas Lind', 'PERSON Petra Holm']);
  });

  it('reads where a person heads a field of several words as the employer', () => {
    assert.deepEqual(namesOf('said Marta Lind, head of Europe credit research at Calder Voss in Zurich.'), ['PERSON Marta Lind', 'PLACE Europe', 'ORG Calder Voss', 'PLACE Zurich']);
    assert.deepEqual(namesOf('The governor of Texas at Camp Mabry said the guard was ready.'), ['PLACE Texas', 'PLACE Camp Mabry']);
  });
});

describe('recogniseEntities: what people are members of', () => {
  it('reads what people are members of as a body', () => {
    assert.deepEqual(namesOf('About 40 members of Dads Demand Action watched from the gallery.'), ['ORG Dads Demand Action']);
    assert.deepEqual(namesOf('He became a member of Kelso Varga last year.'), ['ORG Kelso Varga']);
  });

  it('keeps a person whose family has members a person', () => {
    assert.deepEqual(namesOf('Members of Ana Ruiz’s family wept in court.'), ['PERSON Ana Ruiz']);
  });
});

describe('recogniseEntities: a person’s surname before what the person owns', () => {
  it('keeps the surname of a person the text names in full a person before a spokesperson', () => {
    assert.deepEqual(namesOf('The bill now goes to Gov. Martha Ellingsen, who opposes it. Ellingsen’s spokesman said she would veto it.'), ['PERSON Martha Ellingsen', 'PERSON Ellingsen']);
  });

  it('still reads a lone name that owns a board or a spokesman as a body', () => {
    assert.deepEqual(namesOf('Veltora’s board met on Monday, and Veltora’s spokesman declined to comment.'), ['ORG Veltora', 'ORG Veltora']);
  });
});

describe('recogniseEntities: a name listed with a place', () => {
  it('reads a two-word name no given name opens, listed with a place, as a place', () => {
    assert.deepEqual(namesOf('The highway was closed between Kelso Falls and Little Fort on Monday.'), ['PLACE Kelso Falls', 'PLACE Little Fort']);
    assert.deepEqual(namesOf('Power was cut in Lake Tarrow or Ardley Bend overnight.'), ['PLACE Lake Tarrow', 'PLACE Ardley Bend']);
  });

  it('keeps a person listed with a place a person', () => {
    assert.deepEqual(namesOf('She thanked Tomas Berg and Norway for their help.'), ['PERSON Tomas Berg', 'PLACE Norway']);
  });
});

describe('recogniseEntities: a US lawmaker’s party and seat in brackets', () => {
  it('reads the seat after the party’s letter as a place, without the letter', () => {
    assert.deepEqual(namesOf('Sen. Laura Brandt (R-Kenosha) voted for the bill.'), ['PERSON Laura Brandt', 'PLACE Kenosha']);
    assert.deepEqual(namesOf('Rep. Tomas Okafor (D-Eau Galle) said the bill was dead.'), ['PERSON Tomas Okafor', 'PLACE Eau Galle']);
  });

  it('reads the seat set between commas after the name as a place, an abbreviated state with its full stop', () => {
    assert.deepEqual(namesOf('Sen. Maria Colvin, D-Vt., said the farm bill was overdue.'), ['PERSON Maria Colvin', 'PLACE Vt.']);
    assert.deepEqual(namesOf('Rep. Joel Hardy, R-Kansas, voted against it.'), ['PERSON Joel Hardy', 'PLACE Kansas']);
    assert.deepEqual(namesOf('The measure passed after Sen. Dana Whitfield, R-Ga., dropped her objection.'), ['PERSON Dana Whitfield', 'PLACE Ga.']);
  });
});

describe('recogniseEntities: companies every beat names without a head word', () => {
  it('knows accountancies, retailers, carmakers, airlines and auction houses by name', () => {
    assert.deepEqual(namesOf('KPMG was hired after Tesco and Lidl cut prices.'), ['ORG KPMG', 'ORG Tesco', 'ORG Lidl']);
    assert.deepEqual(namesOf('Bosch supplies the brakes, a Stellantis engineer said.'), ['ORG Bosch', 'ORG Stellantis']);
    assert.deepEqual(namesOf('Ryanair will fly to Faro, while the Monet sold at Sotheby’s for $4m.'), ['ORG Ryanair', 'PLACE Faro', 'ORG Sotheby']);
  });

  it('retypes a firm named like a person when it is listed with a known company', () => {
    assert.deepEqual(namesOf('Deloitte and Harlan Rusk were appointed administrators.'), ['ORG Deloitte', 'ORG Harlan Rusk']);
  });
});

describe('recogniseEntities: venues named before a lower-case venue noun', () => {
  it('reads a name before "stadium", "arena" or "racecourse" as a place', () => {
    assert.deepEqual(namesOf('The coach watched from the Tarrow Bell stadium on Saturday.'), ['PLACE Tarrow Bell']);
    assert.deepEqual(namesOf('Fans packed the Hallow Brent arena for the final.'), ['PLACE Hallow Brent']);
  });
});

describe('recogniseEntities: a title word before a place’s head qualifies the head', () => {
  it('keeps a title word inside the name of a place or body it qualifies, and the holder apart', () => {
    assert.deepEqual(namesOf('Kelso Metropolitan Municipality Mayor Ana Ruiz opened the school.'), ['PLACE Kelso Metropolitan Municipality', 'PERSON Ana Ruiz']);
    assert.deepEqual(namesOf('The auction house on King Street sold the bronze.'), ['PLACE King Street']);
  });

  it('still reads a title qualified by a place head that qualifies titles as a title', () => {
    assert.deepEqual(namesOf('Deputy District Attorney Tom Hale said the case was strong.'), ['PERSON Tom Hale']);
  });
});

describe('recogniseEntities: a title word as a surname, and a title after a town', () => {
  it('reads a title word closing a name after a given name as the surname', () => {
    assert.deepEqual(namesOf('The appeal was lodged by Carla Pitcher on Monday.'), ['PERSON Carla Pitcher']);
    assert.deepEqual(namesOf('Dave Farmer said the harvest was late.'), ['PERSON Dave Farmer']);
    assert.deepEqual(namesOf('The bowler was replaced, said umpire Neil Bowler.'), ['PERSON Neil Bowler']);
  });

  it('still reads a title word before a holder’s name as a title', () => {
    assert.deepEqual(namesOf('Farmer Gwen Price sold the herd.'), ['PERSON Gwen Price']);
  });

  it('reads a title that is also a given name, between a town and a name, as the title of the name after it', () => {
    assert.deepEqual(namesOf('Kitale Mayor Wanjiru Odhiambo closed the market.'), ['PERSON Wanjiru Odhiambo']);
    assert.deepEqual(namesOf('Residents heard Velmoor Mayor Odile Ferrand speak.'), ['PLACE Velmoor', 'PERSON Odile Ferrand']);
  });

  it('keeps a given name that is also a title inside a person’s name', () => {
    assert.deepEqual(namesOf('Striker Kelly Dean Morgan scored twice.'), ['PERSON Kelly Dean Morgan']);
  });
});

describe('recogniseEntities: time zones and amounts written with capitals', () => {
  it('reads capitals right after a time of day as its time zone, no organisation', () => {
    assert.deepEqual(namesOf('Updated Nov. 3, 2026 6:40 a.m. ET'), []);
    assert.deepEqual(namesOf('Polls close at 8 PM PT in Oregon.'), ['PLACE Oregon']);
    assert.deepEqual(namesOf('The markets reopened at 09:15 IST after the holiday.'), []);
  });

  it('still reads an acronym after a number that is no time of day as an organisation', () => {
    assert.deepEqual(namesOf('Since 2019 WFP has fed 40,000 children in Dakar.'), ['ORG WFP', 'PLACE Dakar']);
  });

  it('reads a currency’s letter before digits and a thousands comma as an amount, no name', () => {
    assert.deepEqual(namesOf('Each household received K2,500 from the fund.'), []);
    assert.deepEqual(namesOf('Rents in Soweto rose to R4,800 a month.'), ['PLACE Soweto']);
  });
});

describe('recogniseEntities: an ampersand after several name words', () => {
  it('reads plain name words joined by an ampersand to another as one firm', () => {
    assert.deepEqual(namesOf('The bank advised Holtkamp Brenner & Sohn on the sale.'), ['ORG Holtkamp Brenner & Sohn']);
    assert.deepEqual(namesOf('Lawyers at Crane Whitby Oduya & Pell filed the claim.'), ['ORG Crane Whitby Oduya & Pell']);
  });

  it('keeps two people joined by an ampersand apart', () => {
    assert.deepEqual(namesOf('Reporting by Lena Fischer & Omar Haddad'), ['PERSON Lena Fischer', 'PERSON Omar Haddad']);
  });
});

describe('recogniseEntities: buildings named after people', () => {
  it('reads a person’s name after "the" or an owner and before a building’s noun as the building', () => {
    assert.deepEqual(namesOf('Delegates queued outside the Simone Veil building at dawn.'), ['PLACE Simone Veil']);
    assert.deepEqual(namesOf('Flights from the Jomo Kenyatta airport were delayed.'), ['PLACE Jomo Kenyatta']);
    assert.deepEqual(namesOf('Staff left the university’s Rosalind Franklin building early.'), ['PLACE Rosalind Franklin']);
  });

  it('keeps a person doing the building a person', () => {
    assert.deepEqual(namesOf('Neighbours watched Rosa Almeida building a fence.'), ['PERSON Rosa Almeida']);
  });
});

describe('recogniseEntities: capitals that name a model, an index or a fuel', () => {
  it('reads capitals before a model’s or an index’s number as no organisation', () => {
    assert.deepEqual(namesOf('The shares joined the TOPIX 500 last year.'), []);
    assert.deepEqual(namesOf('The carrier flies four ERJ 145 jets between the islands.'), []);
  });

  it('reads capitals before a rocket or a vehicle’s noun as a model', () => {
    assert.deepEqual(namesOf('The lander rode a PSLV rocket into orbit.'), []);
  });

  it('reads fuels and gases abbreviated in capitals as no organisation', () => {
    assert.deepEqual(namesOf('Two LPG tankers docked while CNG buses waited.'), []);
  });

  it('still reads capitals before a year or a score as an organisation', () => {
    assert.deepEqual(namesOf('The ILO 2024 survey found wages fell.'), ['ORG ILO']);
  });
});

describe('recogniseEntities: campaign groups named for a cause', () => {
  it('reads people in the plural "for" a cause, after their place, as one body', () => {
    assert.deepEqual(namesOf('Halton Mothers for Clean Air, a volunteer group, said it would appeal.'), ['ORG Halton Mothers for Clean Air']);
    assert.deepEqual(namesOf('The petition was filed by Ridgeway Teachers for Equality on Monday.'), ['ORG Ridgeway Teachers for Equality']);
  });

  it('keeps people acting for a person apart from the person', () => {
    assert.deepEqual(namesOf('The ruling was criticised by Doctors for Tom Hale.'), ['PERSON Tom Hale']);
  });
});

describe('recogniseEntities: acronyms the tagger takes for function words', () => {
  it('reads an acronym spelt like a foreign article as a name, in brackets and opening a sentence', () => {
    assert.deepEqual(namesOf('The Department of Agriculture (DA) froze rice imports. DA officials said stocks were high.'), ['ORG Department of Agriculture', 'ORG DA', 'ORG DA']);
    assert.deepEqual(namesOf('Voters backed the Democratic Alliance (DA) in Cape Town, where the DA governs.'), ['ORG Democratic Alliance', 'ORG DA', 'PLACE Cape Town', 'ORG DA']);
  });

  it('reads an acronym spelt like a pronoun at a sentence start as a name when the text writes it mid-sentence too', () => {
    assert.deepEqual(namesOf('Auditors praised the Hollin Energy Society (HES). HES engineers will return in June.'), ['ORG Hollin Energy Society', 'ORG HES', 'ORG HES']);
  });

  it('still reads an English function word in capitals as no name', () => {
    assert.deepEqual(namesOf('IT workers in Pune walked out, and the ON switch of the line stayed dark.'), ['PLACE Pune']);
  });
});

describe('recogniseEntities: the state a name is of, and the place an office governs', () => {
  it('reads the name after "the state of" as a place, whatever its words look like', () => {
    assert.deepEqual(namesOf('Rains flooded the Brazilian state of Mato Grosso this week.'), ['PLACE Mato Grosso']);
    assert.deepEqual(namesOf('The Nigerian state of Akwa Ibom signed the deal.'), ['PLACE Akwa Ibom']);
    assert.deepEqual(namesOf('Troops moved into the Venezuelan state of Carlos Arvelo.'), ['PLACE Carlos Arvelo']);
  });

  it('still reads "the state broadcaster" as no place', () => {
    assert.deepEqual(namesOf('Rayan Haddad, the state broadcaster’s editor, resigned.'), ['PERSON Rayan Haddad']);
  });

  it('reads the words before a governor’s, a mayor’s or a premier’s title and holder as the place governed', () => {
    assert.deepEqual(namesOf('Tower Hamlets Mayor Lutfur Rahman said the bins would be emptied.'), ['PLACE Tower Hamlets', 'PERSON Lutfur Rahman']);
    assert.deepEqual(namesOf('Mato Grosso Governor Mauro Mendes signed the decree.'), ['PLACE Mato Grosso', 'PERSON Mauro Mendes']);
    assert.deepEqual(namesOf('Officials said that Benito Juárez Mayor Ana López closed the beach.'), ['PLACE Benito Juárez', 'PERSON Ana López']);
  });

  it('leaves a body before a governor’s title a body', () => {
    assert.deepEqual(namesOf('Norges Bank Governor Ida Wolden Bache spoke on Monday.'), ['ORG Norges Bank', 'PERSON Ida Wolden Bache']);
    assert.deepEqual(namesOf('Banque de France Governor François Villeroy de Galhau agreed.'), ['ORG Banque de France', 'PERSON François Villeroy de Galhau']);
  });
});
