import { strict as assert } from 'node:assert';
import { entitiesOf, namesAndThingsOf } from '../../support/entityMentions';

describe('recogniseEntities: titles and honours around a name', () => {
  it('drops abbreviated ranks of police, forces, councils and churches', () => {
    assert.deepEqual(namesAndThingsOf('Insp Aoife Brennan said the road would stay closed.'), ['PERSON Aoife Brennan']);
    assert.deepEqual(namesAndThingsOf('Cdr Tomas Reilly and Sgt Nia Evans gave evidence on Tuesday.'), ['PERSON Tomas Reilly', 'PERSON Nia Evans']);
    assert.deepEqual(namesAndThingsOf('Cllr Bronagh Keane-Doyle voted against the budget.'), ['PERSON Bronagh Keane-Doyle']);
    assert.deepEqual(namesAndThingsOf('Archimandrite Ioannis Petrou led the vigil.'), ['PERSON Ioannis Petrou']);
  });

  it('drops an honorific written with an abbreviation’s full stop', () => {
    assert.deepEqual(namesAndThingsOf('Smt. Lakshmi Narayanan inaugurated the new ward.'), ['PERSON Lakshmi Narayanan']);
    assert.deepEqual(namesAndThingsOf('The award went to Smt. Revathi Pillai of Kochi.'), ['PERSON Revathi Pillai', 'PLACE Kochi']);
  });

  it('drops a role before a full name whose given name no list holds', () => {
    assert.deepEqual(namesAndThingsOf('Striking teachers cheered as Comrade Tamunotonye Briggs took the stage.'), ['PERSON Tamunotonye Briggs']);
    assert.deepEqual(namesAndThingsOf('Pensioner Hlengiwe Dlamini said the clinic had closed.'), ['PERSON Hlengiwe Dlamini']);
  });

  it('leaves honours and offices written after a name out of it', () => {
    assert.deepEqual(namesAndThingsOf('The court heard from Declan Hurley KC and Ruth Amadi MP on the second day.'), ['PERSON Declan Hurley', 'PERSON Ruth Amadi']);
    assert.deepEqual(namesAndThingsOf('Senior counsel Maeve Dunleavy SC told the tribunal the contract was void.'), ['PERSON Maeve Dunleavy']);
  });

  it('reads a name an honour or a generation follows as a person’s, and a member of a legislature after the title, not run on from the seat', () => {
    assert.deepEqual(namesAndThingsOf('He met Grant Okafor Jr in Lagos.'), ['PERSON Grant Okafor', 'PLACE Lagos']);
    assert.deepEqual(namesAndThingsOf('Strangford MLA Harry Harvey opposed the motion.'), ['PERSON Harry Harvey']);
    assert.deepEqual(namesAndThingsOf('Clare TD Aine Moloney opposed the motion, and TD Bank cut rates.'), ['PLACE Clare', 'PERSON Aine Moloney', 'ORG TD Bank']);
    assert.deepEqual(namesAndThingsOf('The bill was tabled by Kaukab Stewart MSP on Monday.'), ['PERSON Kaukab Stewart']);
  });

  it('keeps a royal’s title in the name of a body or place named after the royal, and drops it before the royal', () => {
    assert.deepEqual(namesAndThingsOf('Patients at Princess Alexandra Hospital waited longer.'), ['ORG Princess Alexandra Hospital']);
    assert.deepEqual(namesAndThingsOf('She studied at King Abdulaziz University in Jeddah.'), ['ORG King Abdulaziz University', 'PLACE Jeddah']);
    assert.deepEqual(namesAndThingsOf('King Charles III opened Parliament.'), ['PERSON Charles', 'ORG Parliament']);
  });

  it('reads the holder after a portfolio introduced by "of" as a person', () => {
    assert.deepEqual(namesAndThingsOf('Secretary of State Olivia Brandt flew to Nairobi on Sunday.'), ['PERSON Olivia Brandt', 'PLACE Nairobi']);
    assert.deepEqual(namesAndThingsOf('Minister of Health Samuel Otieno said clinics would reopen.'), ['PERSON Samuel Otieno']);
  });

  it('ends the place a title is of where the holder’s given name begins', () => {
    assert.deepEqual(namesAndThingsOf('Bishop of Killaloe Michael Duignan blessed the boats.'), ['PLACE Killaloe', 'PERSON Michael Duignan']);
  });
});

describe('recogniseEntities: faiths, languages and seats of power', () => {
  it('types faiths, their followers and languages as OTHER, never as places', () => {
    assert.deepEqual(namesAndThingsOf('Hindus, Sikhs and Muslims marched together.'), ['OTHER Hindus', 'OTHER Sikhs', 'OTHER Muslims']);
    assert.deepEqual(namesAndThingsOf('The prayers were said in Hebrew and the sermon in Urdu.'), ['OTHER Hebrew', 'OTHER Urdu']);
  });

  it('reads a palace that stands for a government, and the Irish police, as organisations', () => {
    assert.deepEqual(namesAndThingsOf('Malacañang said the president would sign the bill.'), ['ORG Malacañang']);
    assert.deepEqual(namesAndThingsOf('Gardaí have appealed for witnesses, a Garda spokeswoman said.'), ['ORG Gardaí', 'ORG Garda']);
  });
});

describe('recogniseEntities: long names with links and commas inside', () => {
  it('keeps a name its bracketed acronym introduces whole, and its repetitions too', () => {
    assert.deepEqual(namesAndThingsOf('The Intergovernmental Panel on Climate Change (IPCC) warned that seas are rising.'), ['ORG Intergovernmental Panel on Climate Change', 'ORG IPCC']);
    assert.deepEqual(namesAndThingsOf('The Committee on the Elimination of Racial Discrimination (CERD) criticised Canada.'), ['ORG Committee on the Elimination of Racial Discrimination', 'ORG CERD', 'PLACE Canada']);
    assert.deepEqual(namesAndThingsOf('Ministers of the Asia-Pacific Economic Cooperation (APEC) forum met.'), ['ORG Asia-Pacific Economic Cooperation', 'ORG APEC']);
  });

  it('keeps a capitalised list inside a body’s name when it closes on the noun it qualifies', () => {
    const text = 'The National Union of Rail, Maritime and Transport Workers called a strike. The National Union of Rail, Maritime and Transport Workers said talks had failed.';
    assert.deepEqual(namesAndThingsOf(text), ['ORG National Union of Rail, Maritime and Transport Workers', 'ORG National Union of Rail, Maritime and Transport Workers']);
    assert.deepEqual(namesAndThingsOf('The Department for Environment, Food and Rural Affairs will pay farmers.'), ['ORG Department for Environment, Food and Rural Affairs']);
    assert.deepEqual(namesAndThingsOf('A spokesman for the Ministry of Youth, Culture and Sport denied it.'), ['ORG Ministry of Youth, Culture and Sport']);
  });

  it('keeps a capitalised list opened by "the" inside the body’s name it precedes', () => {
    assert.deepEqual(namesAndThingsOf('MPs on the Digital, Culture, Media and Sport Committee questioned him.'), ['ORG Digital, Culture, Media and Sport Committee']);
  });

  it('keeps two fields joined by "and" inside a body’s name, whatever words close a firm’s name', () => {
    assert.deepEqual(namesAndThingsOf('Delegates of the Allied Industries and Metal Workers Union walked out.'), ['ORG Allied Industries and Metal Workers Union']);
    assert.deepEqual(namesAndThingsOf('Members of the Maritime Services and Dock Workers Federation voted on Monday.'), ['ORG Maritime Services and Dock Workers Federation']);
    assert.deepEqual(namesAndThingsOf('The Insurance and Pensions Authority of Ghana fined the firm.'), ['ORG Insurance and Pensions Authority of Ghana']);
    assert.deepEqual(namesAndThingsOf('A spokesman for the Department of Mines and Energy declined to comment.'), ['ORG Department of Mines and Energy']);
  });

  it('does not join a body to a known body after "and"', () => {
    assert.deepEqual(namesAndThingsOf('Officials of the Bank of Uganda and Treasury met on Friday.'), ['ORG Bank of Uganda', 'ORG Treasury']);
  });

  it('keeps a trade after "and" that closes on a head word inside the body’s name, but not another body', () => {
    assert.deepEqual(namesAndThingsOf('The Ministry of Housing and Land Management approved the plan.'), ['ORG Ministry of Housing and Land Management']);
    assert.deepEqual(namesAndThingsOf('Divers from the Institute of Coastal Studies and Management took samples.'), ['ORG Institute of Coastal Studies and Management']);
    assert.deepEqual(namesAndThingsOf('She taught at the University of Lagos and Covenant University.'), ['ORG University of Lagos', 'ORG Covenant University']);
    assert.deepEqual(namesAndThingsOf('The Ministry of Defence and Ministry of Finance signed the deal.'), ['ORG Ministry of Defence', 'ORG Ministry of Finance']);
  });

  it('keeps words after an ampersand inside the body’s name they close, but not a known body', () => {
    assert.deepEqual(namesAndThingsOf('Crews from Tarrowby Fire & Rescue reached the farm at noon.'), ['ORG Tarrowby Fire & Rescue']);
    assert.deepEqual(namesAndThingsOf('A team from Delft University & Research tested the dykes.'), ['ORG Delft University & Research']);
  });

  it('reads a known place before a service’s name joined by an ampersand as its domain, and a trade’s plural after the firm’s names as the firm’s', () => {
    assert.deepEqual(namesAndThingsOf('Crews from Kent Fire & Rescue reached the farm at noon.'), ['ORG Kent Fire & Rescue']);
    assert.deepEqual(namesAndThingsOf('Lawyers at Mbatha & Hurley Attorneys filed the appeal.'), ['ORG Mbatha & Hurley Attorneys']);
  });

  it('reads an embassy named after its country as one organisation', () => {
    assert.deepEqual(namesAndThingsOf('The Embassy of Peru in Madrid issued a statement.'), ['ORG Embassy of Peru', 'PLACE Madrid']);
  });

  it('does not join two known names listed after a body', () => {
    assert.deepEqual(namesAndThingsOf('The Ministry of Defence, Britain and France signed the deal.'), ['ORG Ministry of Defence', 'PLACE Britain', 'PLACE France']);
  });
});

describe('recogniseEntities: how names from other languages are built', () => {
  it('keeps a nickname in double quotes inside the person’s name', () => {
    assert.deepEqual(namesAndThingsOf('The boxer Rodolfo "Bong" Dimaculangan won on points.'), ['PERSON Rodolfo "Bong" Dimaculangan']);
    assert.deepEqual(namesAndThingsOf('Striker Emeka “Sunny” Obiora scored twice.'), ['PERSON Emeka “Sunny” Obiora']);
  });

  it('reads a short day or month form between two name words as part of the name', () => {
    assert.deepEqual(namesAndThingsOf('Nguyen Thi Thu Hang, a teacher, said prices had doubled.'), ['PERSON Nguyen Thi Thu Hang']);
  });

  it('keeps an elided article before a capital inside a place’s name', () => {
    assert.deepEqual(namesAndThingsOf('The ship crossed the Dumont d’Urville Sea in March.'), ['PLACE Dumont d’Urville Sea']);
  });
});

describe('recogniseEntities: archives, zoos, monitors, sides and seas named alone', () => {
  it('reads a zoo, an aquarium, an outlet called a monitor and a side named after its town as bodies, whole', () => {
    assert.deepEqual(namesAndThingsOf('Visitors at Dublin Zoo saw the pandas.'), ['ORG Dublin Zoo']);
    assert.deepEqual(namesAndThingsOf('The Kolkata Knight Riders beat the Lucknow Super Giants in Chennai.'), ['ORG Kolkata Knight Riders', 'ORG Lucknow Super Giants', 'PLACE Chennai']);
    assert.deepEqual(namesAndThingsOf('The Tarn Valley Monitor reported the closure first.'), ['ORG Tarn Valley Monitor']);
  });

  it('reads an archive as a body and a sea or strait named alone as a place', () => {
    assert.deepEqual(namesAndThingsOf('The Tarrowby Film Archive lost 300 reels.'), ['ORG Tarrowby Film Archive']);
    assert.deepEqual(namesAndThingsOf('Enclosed seas such as the Baltic and the Adriatic warm fastest.'), ['PLACE Baltic', 'PLACE Adriatic']);
    assert.deepEqual(namesAndThingsOf('Tankers crossed the Dardanelles at dawn.'), ['PLACE Dardanelles']);
  });
});

describe('recogniseEntities: bodies and places a plain reading gets wrong', () => {
  it('reads a firm by its staff or its notes to clients as an organisation', () => {
    assert.deepEqual(namesAndThingsOf('The miner’s shares fell after Brackley analysts cut their target.'), ['ORG Brackley']);
    assert.deepEqual(namesAndThingsOf('Winterbourne Hale said in a note that demand was weak.'), ['ORG Winterbourne Hale']);
  });

  it('reads a sport after a place as that place’s governing body, and the sport alone as no name', () => {
    assert.deepEqual(namesAndThingsOf('Rugby fans queued for hours. Canada Soccer said the squad would tour.'), ['ORG Canada Soccer']);
  });

  it('reads a place named after a titled person as a place', () => {
    assert.deepEqual(namesAndThingsOf('The team flew from Prince Edward Island to Queen Maud Land.'), ['PLACE Prince Edward Island', 'PLACE Queen Maud Land']);
  });

  it('reads Land or Sound as a place head only at the end of a name', () => {
    assert.deepEqual(namesAndThingsOf('The survey ship left McMurdo Sound for Wilkes Land.'), ['PLACE McMurdo Sound', 'PLACE Wilkes Land']);
    assert.ok(!namesAndThingsOf('Jaguar Land Rover cut output.').some((n) => n.startsWith('PLACE')));
  });
});

describe('recogniseEntities: possessives, offices and hyphenated places inside long names', () => {
  it('keeps the people a body gathers, in a plural possessive before its head, inside its name', () => {
    assert.deepEqual(namesAndThingsOf('A letter from the Council of European Bishops’ Conferences urged calm.'), ['ORG Council of European Bishops’ Conferences']);
    assert.deepEqual(namesAndThingsOf('The Teachers’ Pension Fund sold its stake.'), ['ORG Teachers’ Pension Fund']);
  });

  it('reads an office with no holder named as one organisation', () => {
    assert.deepEqual(namesAndThingsOf('The file was sent to the Director of Public Prosecutions in May.'), ['ORG Director of Public Prosecutions']);
  });

  it('keeps hyphenated places with a French link and churches named after Our Lady whole', () => {
    assert.deepEqual(namesAndThingsOf('Imams met at the Grand Mosque of the Bouches-du-Rhône.'), ['PLACE Grand Mosque of the Bouches-du-Rhône']);
    assert.deepEqual(namesAndThingsOf('Pilgrims climbed to Notre-Dame de la Garde at dawn.'), ['PLACE Notre-Dame de la Garde']);
  });
});

describe('recogniseEntities: capitalised common words alone', () => {
  it('does not take a common word capitalised at a sentence start or for reverence for a place', () => {
    assert.deepEqual(namesAndThingsOf('He thanked God for the result. “God willing, we will win,” he said.'), []);
    assert.deepEqual(namesAndThingsOf('Climate Change\n\nChange came quickly to the valley, farmers said.'), []);
  });

  it('does not take a plural head word or a head word qualifying a noun for an organisation', () => {
    assert.deepEqual(namesAndThingsOf('Maritime unions and the Metro operator disagreed. The Services sector grew.'), []);
  });

  it('still takes planets for places', () => {
    assert.deepEqual(namesAndThingsOf('The probe left Earth in May and will reach Mars in 2031.'), ['PLACE Earth', 'PLACE Mars']);
  });
});

describe('recogniseEntities: given names, particles and sentence openers', () => {
  it('reads a known place after given names only, closing the name, as a surname', () => {
    assert.deepEqual(namesAndThingsOf('Carlos Santos scored twice on Sunday.'), ['PERSON Carlos Santos']);
    assert.deepEqual(namesAndThingsOf('The award went to Lucia Paris, a nurse.'), ['PERSON Lucia Paris']);
  });

  it('keeps an abbreviated given name and the Filipino particle dela inside a name', () => {
    assert.deepEqual(namesAndThingsOf('Ma. Teresa Lim and Juan dela Peña won seats on the council.'), ['PERSON Ma. Teresa Lim', 'PERSON Juan dela Peña']);
  });

  it('leaves an adverb or common word opening the sentence out of the name after it', () => {
    assert.deepEqual(namesAndThingsOf('Yesterday Tomas Elling resigned from the board.'), ['PERSON Tomas Elling']);
    assert.deepEqual(namesAndThingsOf('Instead Maria Ruiz voted against the plan.'), ['PERSON Maria Ruiz']);
  });

  it('reads a local outlet named "… Live" as an organisation', () => {
    assert.deepEqual(namesAndThingsOf('She spoke to Harrowgate Live about the closure.'), ['ORG Harrowgate Live']);
  });
});

describe('recogniseEntities: teams and picture agencies', () => {
  it('reads a side named by its number of players as a team', () => {
    assert.deepEqual(namesAndThingsOf('The Barbarians XV beat the students 40-12.'), ['ORG Barbarians XV']);
  });

  it('reads a one-word picture credit as an agency', () => {
    assert.deepEqual(namesAndThingsOf('The mayor opened the bridge.\nPhoto: Sportsfile'), ['ORG Sportsfile']);
  });
});

describe('recogniseEntities: what the sentence says over what the name looks like', () => {
  it('reads a name with a place opener as a company when the text trades its shares', () => {
    assert.deepEqual(namesAndThingsOf('Shares in Santa Fina Mining fell 6% on Tuesday.'), ['ORG Santa Fina Mining']);
  });

  it('reads where a person heads a field as their employer', () => {
    assert.deepEqual(namesAndThingsOf('“It is a bad sign,” said Ruth Okafor, head of research at Brannock Hale.'), ['PERSON Ruth Okafor', 'ORG Brannock Hale']);
  });

  it('reads seas, bays and straits named "of" a place whole', () => {
    assert.deepEqual(namesAndThingsOf('Storms hit the Bay of Bengal and the Strait of Hormuz.'), ['PLACE Bay of Bengal', 'PLACE Strait of Hormuz']);
  });

  it('reads a faculty as an organisation after a title of it', () => {
    assert.deepEqual(namesAndThingsOf('The Dean of the Faculty of Medicine, Prof Amina Yusuf, resigned.'), ['ORG Faculty of Medicine', 'PERSON Amina Yusuf']);
  });
});

describe('recogniseEntities: a title’s holder named like a place', () => {
  it('reads a known place right after a title, before a surname, as a given name', () => {
    assert.deepEqual(namesAndThingsOf('Rep. Sydney Kamlager-Dove, D-Calif., voted against the bill.'), ['PERSON Sydney Kamlager-Dove', 'PLACE Calif.']);
    assert.deepEqual(namesAndThingsOf('Governor Victoria Brand opened the bridge.'), ['PERSON Victoria Brand']);
  });
});

describe('recogniseEntities: sentence ends inside a run of capitals', () => {
  it('ends a sentence at a one-letter name and its full stop before an acronym', () => {
    assert.deepEqual(namesAndThingsOf('The club thanked its fans on X. UEFA officials said nothing.'), ['ORG X', 'ORG UEFA']);
  });

  it('keeps the initials of a person’s name inside it', () => {
    assert.deepEqual(namesAndThingsOf('Harriet J. Okonkwo and P. D. Varma signed the letter.'), ['PERSON Harriet J. Okonkwo', 'PERSON P. D. Varma']);
  });
});

describe('recogniseEntities: names after an article', () => {
  it('reads a two-word name after "the", opened by no given name, as a side or body rather than a person', () => {
    assert.deepEqual(namesAndThingsOf('The Tasman Mako beat the Harbour Hawks 24-10 on Saturday.'), ['ORG Tasman Mako', 'ORG Harbour Hawks']);
  });
});

describe('recogniseEntities: banks and brokers named after people', () => {
  it('reads where a strategist works, and a broker named at a sentence start, as organisations', () => {
    assert.deepEqual(namesAndThingsOf('“Markets are nervous,” said Priya Nair, a strategist at Hollis Brandt in Tokyo.'), ['PERSON Priya Nair', 'ORG Hollis Brandt', 'PLACE Tokyo']);
    assert.deepEqual(namesAndThingsOf('Broker Quennell downgraded the shares on Monday.'), ['ORG Quennell']);
  });

  it('reads a plural head before "of" as the head of a body’s name', () => {
    assert.deepEqual(namesAndThingsOf('The Royal Courts of Justice heard the appeal.'), ['ORG Royal Courts of Justice']);
  });
});

describe('recogniseEntities: a place named with the place that contains it', () => {
  it('reads a name followed by a comma and a known place as a place', () => {
    assert.deepEqual(namesAndThingsOf('He grew up in Cam Ranh, Vietnam, before moving.'), ['PLACE Cam Ranh', 'PLACE Vietnam']);
    assert.deepEqual(namesAndThingsOf('Protesters gathered in Tuam, Galway, on Sunday.'), ['PLACE Tuam', 'PLACE Galway']);
  });

  it('keeps a person followed by a country’s possessive a person', () => {
    assert.deepEqual(namesAndThingsOf('Mark Oduya, Kenya’s finance minister, spoke first.'), ['PERSON Mark Oduya', 'PLACE Kenya']);
  });
});

describe('recogniseEntities: natural features named together', () => {
  it('reads a known place before a plural feature noun as a place, not a team', () => {
    const found = namesAndThingsOf('Storms crossed the Atlantic and Pacific Oceans this week.');
    assert.ok(found.includes('PLACE Pacific Oceans'), JSON.stringify(found));
    assert.ok(!found.some((n) => n.startsWith('ORG')), JSON.stringify(found));
  });
});

describe('recogniseEntities: names that keep their capital "The"', () => {
  it('keeps "The" in a title written inside a sentence, or before a newspaper’s head', () => {
    assert.deepEqual(namesAndThingsOf('She told The Kestrel that the plan had failed.'), ['ORG The Kestrel']);
    assert.deepEqual(namesAndThingsOf('The puzzles editor of The Sentinel, Hana Oduya, laughed.'), ['ORG The Sentinel', 'PERSON Hana Oduya']);
    assert.deepEqual(namesAndThingsOf('“We sold out,” the owner told The Canadian Press.'), ['ORG The Canadian Press']);
  });

  it('leaves a sentence’s own "The" out of the name after it', () => {
    assert.deepEqual(namesAndThingsOf('The Kestrel reported the fall on Monday.').filter((n) => n.includes('The ')), []);
  });

  it('keeps "The" in a title set in italics, wherever it stands, whatever its last word', () => {
    assert.deepEqual(namesAndThingsOf('The ministry told *The Harbour Digest* that the plan was final.'), ['ORG The Harbour Digest']);
    assert.deepEqual(namesAndThingsOf('The results were published in _The Lancet Planetary Health_ on Monday.'), ['ORG The Lancet Planetary Health']);
    assert.deepEqual(namesAndThingsOf('Welcome back to *The Quiet Corner*. This week we read three novels.'), ['ORG The Quiet Corner']);
    assert.deepEqual(namesAndThingsOf('She said *The Daily Rundown* had misquoted her.'), ['ORG The Daily Rundown']);
  });

  it('keeps "The" in the same title outside the italics, in a heading or a link', () => {
    const text = '# The Long Shift: three ports, one strike\n\nDockers told *The Long Shift* that the pay offer was poor.';
    assert.deepEqual(namesAndThingsOf(text), ['ORG The Long Shift', 'ORG The Long Shift']);
  });
});

describe('recogniseEntities: capitals inside a word', () => {
  it('reads a surname’s prefix with a second capital as a person’s name, a brand’s as a company', () => {
    assert.deepEqual(namesAndThingsOf('“We waited years,” Jamie MacIsaac said. MacIsaac was the first to buy a ticket.'), ['PERSON Jamie MacIsaac', 'PERSON MacIsaac']);
    assert.deepEqual(namesAndThingsOf('Payments through Zentrapay and VoltLink fell.').map((n) => n.split(' ')[0]), ['ORG', 'ORG']);
  });
});

describe('recogniseEntities: particles, mutations and honorifics of other naming traditions', () => {
  it('keeps Malay and Welsh patronymics and Irish mutated names inside a person’s name', () => {
    assert.deepEqual(namesAndThingsOf('Farah Izzati binti Kamal met Nia ap Dafydd and Gerard Ó hAodha in Galway.'), ['PERSON Farah Izzati binti Kamal', 'PERSON Nia ap Dafydd', 'PERSON Gerard Ó hAodha', 'PLACE Galway']);
  });

  it('strips West African honorifics and a lawyer’s title before a name', () => {
    assert.deepEqual(namesAndThingsOf('Alhaji Musa Garba Dankwambo and Barrister Ngozi Obi-Okafor addressed the panel.'), ['PERSON Musa Garba Dankwambo', 'PERSON Ngozi Obi-Okafor']);
  });

  it('never reads a name joined by the Irish article "na" as a person’s', () => {
    assert.ok(!namesAndThingsOf('On Monday, Údarás na Gaeltachta welcomed the vote.').some((n) => n.startsWith('PERSON')));
  });

  it('reads a surname before "family" as people', () => {
    assert.deepEqual(namesAndThingsOf('The club was sold by the Hennessy family in 2023.'), ['PERSON Hennessy']);
  });
});

describe('recogniseEntities: hyphenated titles', () => {
  it('strips a title joined to its prefix by a hyphen', () => {
    assert.deepEqual(namesAndThingsOf('Beijing said Vice-Premier Tang Jiawei and Co-Chair Ana Ruiz would attend.'), ['PLACE Beijing', 'PERSON Tang Jiawei', 'PERSON Ana Ruiz']);
    assert.deepEqual(namesAndThingsOf('The plan was drawn up by Ex-Minister Oskar Lind.'), ['PERSON Oskar Lind']);
  });
});

describe('recogniseEntities: Korean given names', () => {
  it('keeps a given name’s lower-case second syllable in the name', () => {
    assert.deepEqual(namesAndThingsOf('Prosecutors in Seoul indicted chairman Park Min-jun, and Kim Jong-un met Moon Jae-in.'), ['PLACE Seoul', 'PERSON Park Min-jun', 'PERSON Kim Jong-un', 'PERSON Moon Jae-in']);
  });

  it('still splits a name from an English word after its hyphen', () => {
    assert.deepEqual(namesAndThingsOf('An Iran-led alliance and an Oslo-born banker met Hamas-run officials in Gaza.'), ['PLACE Iran', 'PLACE Oslo', 'ORG Hamas', 'PLACE Gaza']);
  });
});

describe('recogniseEntities: given names of many traditions', () => {
  it('reads a known place used as a Spanish given name, and Irish and Welsh given names, as people’s', () => {
    assert.deepEqual(namesAndThingsOf('The final was won by Santiago Ibarra de la Fuente of Bilbao.'), ['PERSON Santiago Ibarra de la Fuente', 'PLACE Bilbao']);
    assert.deepEqual(namesAndThingsOf('The motion was backed by Aoife Ní Bhriain and Rhodri ap Huw.'), ['PERSON Aoife Ní Bhriain', 'PERSON Rhodri ap Huw']);
    assert.deepEqual(namesAndThingsOf('“Demand is strong,” its finance chief, Koichi Nagasaki, told reporters.'), ['PERSON Koichi Nagasaki']);
  });
});

describe('recogniseEntities: counties, states and regions', () => {
  it('knows the counties of Britain and Ireland and the states of other federations', () => {
    assert.deepEqual(namesAndThingsOf('Coastguard stations in Cornwall and County Durham will close, and flooding hit Kerry.'), ['PLACE Cornwall', 'PLACE County Durham', 'PLACE Kerry']);
    assert.deepEqual(namesAndThingsOf('Voters in Kedah and Negeri Sembilan went to the polls while rain fell on Mindanao.'), ['PLACE Kedah', 'PLACE Negeri Sembilan', 'PLACE Mindanao']);
    assert.deepEqual(namesAndThingsOf('Storms moved from the Pacific Northwest across the Midwest to Atlantic Canada.'), ['PLACE Pacific Northwest', 'PLACE Midwest', 'PLACE Atlantic Canada']);
  });

  it('still reads a county that is a given name before a surname as a person’s name', () => {
    assert.deepEqual(namesAndThingsOf('The award went to Clare Whitby of Limerick.'), ['PERSON Clare Whitby', 'PLACE Limerick']);
  });
});

describe('recogniseEntities: question words and amounts that look like names', () => {
  it('never opens a name with a question word, though the acronym WHO names a body', () => {
    assert.deepEqual(namesAndThingsOf('The newsletter asked: Why Tarrowdale Council matters to the coalition. The WHO agreed.'), ['ORG Tarrowdale Council', 'ORG WHO']);
  });

  it('reads a currency letter, a number and a scale as an amount', () => {
    assert.deepEqual(namesAndThingsOf('The government released P1.5 billion and N2.4bn from the fund.'), []);
  });
});

describe('recogniseEntities: staff in titles', () => {
  it('reads "of Staff" as part of a title, never as a name', () => {
    assert.deepEqual(namesAndThingsOf('White House Chief of Staff Susie Wiles met the Chief of Defence Staff on Friday.'), ['ORG White House', 'PERSON Susie Wiles']);
  });
});

describe('recogniseEntities: abbreviated police ranks', () => {
  it('strips a rank whose second word is also a given name', () => {
    assert.deepEqual(namesAndThingsOf('Det Con Sarah Mills said the offending was calculated.'), ['PERSON Sarah Mills']);
  });
});

describe('recogniseEntities: a bare "the" between two names', () => {
  it('parts two names when the second opens with a body’s head or a known name', () => {
    assert.deepEqual(namesAndThingsOf('The health secretary told Sky News the Treasury would act.'), ['ORG Sky News', 'ORG Treasury']);
    assert.deepEqual(namesAndThingsOf('She told Radio Kelham the Kremlin had not called.'), ['ORG Radio Kelham', 'ORG Kremlin']);
  });
});

describe('recogniseEntities: portfolios and the people of provinces', () => {
  it('reads "Emergency Management" before a title as the portfolio, not a body', () => {
    assert.deepEqual(namesAndThingsOf('Emergency Management Minister Dana Kowal praised residents.'), ['PERSON Dana Kowal']);
  });

  it('types the people of a province or state as a nationality, no place', () => {
    const others = (text: string): string[] => entitiesOf(text).filter((e) => e.type === 'OTHER').map((e) => e.text);
    assert.deepEqual(others('The scenes will be familiar to British Columbians and Texans.'), ['British Columbians', 'Texans']);
  });
});

describe('recogniseEntities: a caption line full of names is prose, no headline', () => {
  it('keeps a particle inside a name in a caption whose sentence ends before its credit', () => {
    const caption = 'Photo: Union leader Marta Ruiz (left) and CEO Hans-Peter von Eltz at Kassel Station on Monday. © Ines Roth/epd';
    assert.ok(namesAndThingsOf(caption).includes('PERSON Hans-Peter von Eltz'));
  });

  it('still reads a headline with a title’s abbreviation in Title Case', () => {
    assert.deepEqual(namesAndThingsOf('Prof. Ada Lind Wins Top Chemistry Prize\n\nThe award was announced on Monday.'), ['PERSON Ada Lind', 'OTHER Top Chemistry Prize']);
  });
});

describe('recogniseEntities: places named in French, Spanish, Portuguese and Italian', () => {
  it('reads a Romance place word, its particles and the name after them as one place', () => {
    assert.deepEqual(namesAndThingsOf('Farmers parked tractors on the Place de Brouckère overnight.'), ['PLACE Place de Brouckère']);
    assert.deepEqual(namesAndThingsOf('The dam on the Rivière du Loup burst.'), ['PLACE Rivière du Loup']);
    assert.deepEqual(namesAndThingsOf('Protesters gathered outside the Casa de Nariño.'), ['PLACE Casa de Nariño']);
    assert.deepEqual(namesAndThingsOf('Brine from the Salar de Uyuni is pumped into ponds.'), ['PLACE Salar de Uyuni']);
  });

  it('reads a known place, particles and a name closing the run as one longer place', () => {
    assert.deepEqual(namesAndThingsOf('The bus crashed near Arequipa del Sur on Tuesday.'), ['PLACE Arequipa del Sur']);
    assert.deepEqual(namesAndThingsOf('Rain flooded roads around Mendoza de la Cruz.'), ['PLACE Mendoza de la Cruz']);
  });

  it('keeps a person whose particle follows a given name a person', () => {
    assert.deepEqual(namesAndThingsOf('Ana de Paris chaired the meeting.'), ['PERSON Ana de Paris']);
  });
});

describe('recogniseEntities: the agency named in a dateline', () => {
  it('reads the name in brackets closing a dateline as the agency that filed the report', () => {
    assert.deepEqual(namesAndThingsOf('TALLINN, Estonia, May 4 (Baltic Wire) - The port reopened on Monday.'), ['PLACE TALLINN', 'PLACE Estonia', 'ORG Baltic Wire']);
    assert.deepEqual(namesAndThingsOf('MOMBASA, June 2 (Kestrel) — Dockworkers walked out.'), ['PLACE MOMBASA', 'ORG Kestrel']);
  });

  it('keeps a person in brackets inside a sentence a person', () => {
    assert.deepEqual(namesAndThingsOf('The award went to her deputy (Tomas Berglund) - a surprise.'), ['PERSON Tomas Berglund']);
  });
});

describe('recogniseEntities: titles abbreviated with a full stop', () => {
  it('keeps an abbreviated title’s full stop with it, so that the name after it is the holder’s', () => {
    assert.deepEqual(namesAndThingsOf('The raid was led by Det. Ingrid Solberg of the drugs unit.'), ['PERSON Ingrid Solberg']);
    assert.deepEqual(namesAndThingsOf('"The fleet is ready," said Adm. Okonkwo on Friday.'), ['PERSON Okonkwo']);
    assert.deepEqual(namesAndThingsOf('Supt. Raymond Achterberg confirmed two arrests.'), ['PERSON Raymond Achterberg']);
  });
});

describe('recogniseEntities: a byline after a dateline’s dash', () => {
  it('reads a line holding "– By" and a name as a byline, no headline', () => {
    const text = 'Port strike ends\n\nRotterdam, 3 March 2026 – By Henrike Vlasblom\n\nDockers returned to work on Tuesday.';
    assert.ok(namesAndThingsOf(text).includes('PERSON Henrike Vlasblom'));
  });
});

describe('recogniseEntities: the first word after a dateline’s dash', () => {
  it('reads the word after "TOWN, date —" as a sentence’s first word, whose capital proves nothing', () => {
    assert.deepEqual(namesAndThingsOf('NAIROBI, 4 May — Mourners gathered in Nairobi on Sunday.'), ['PLACE NAIROBI', 'PLACE Nairobi']);
    assert.deepEqual(namesAndThingsOf('LIMA — Rescuers reached the village at dawn.'), ['PLACE LIMA']);
  });
});

describe('recogniseEntities: a title that is also a given name', () => {
  it('reads it as the given name after a role and its comma', () => {
    assert.deepEqual(namesAndThingsOf('The striker’s agent, Dean Farrow, said talks had stalled.'), ['PERSON Dean Farrow']);
  });

  it('reads it alone as the given name of the person the text names in full', () => {
    assert.deepEqual(namesAndThingsOf('The board sacked coach Dean Okoro on Monday. “Dean gave us everything,” the chairman said.'), ['PERSON Dean Okoro', 'PERSON Dean']);
  });

  it('keeps it a title before a given name, or alone when nobody bears it', () => {
    assert.deepEqual(namesAndThingsOf('The university’s chair, Dame Amelia Hart, opened the hall.'), ['PERSON Amelia Hart']);
    assert.deepEqual(namesAndThingsOf('The Dean said the faculty would close in June.'), []);
  });
});

describe('recogniseEntities: constituencies and wards named by a point of the compass', () => {
  it('reads a name closed by a point of the compass as a place, before a member’s title too', () => {
    assert.deepEqual(namesAndThingsOf('Counting in Koru West and Awasi East ended at dawn.'), ['PLACE Koru West', 'PLACE Awasi East']);
    assert.deepEqual(namesAndThingsOf('Hackney North MP Dora Mensah voted against.'), ['PLACE Hackney North', 'PERSON Dora Mensah']);
  });

  it('keeps a person whose surname is a point of the compass a person', () => {
    assert.deepEqual(namesAndThingsOf('Oliver North said he would appeal, and Kanye West said so too.'), ['PERSON Oliver North', 'PERSON Kanye West']);
  });
});

describe('recogniseEntities: capitals for emphasis', () => {
  it('reads a name a tabloid or a heading writes in capitals like the same name in title case, no acronym', () => {
    assert.deepEqual(namesAndThingsOf('SNOOKER star DARIUSZ KOWAL last night slammed the referee. Kowal, 34, said he would appeal.').filter((n) => n.includes('KOWAL')), ['PERSON DARIUSZ KOWAL']);
    assert.deepEqual(namesAndThingsOf('GOZO | TRAVEL\n\nFerries to Gozo were cancelled on Friday after a storm hit the island.').filter((n) => /gozo/i.test(n)), ['PLACE Gozo']);
  });

  it('still reads an acronym the text never writes in title case as an organisation', () => {
    assert.deepEqual(namesAndThingsOf('The Strait is patrolled by ASEAN navies, Reyes said.').filter((n) => n.includes('ASEAN')), ['ORG ASEAN']);
  });

  it('reads a crosshead of common words the text also writes in lower case as no name', () => {
    assert.deepEqual(namesAndThingsOf('The stadium lease was agreed on Monday, the council said.\n\nLEASE AGREED\n\nThe council agreed the rent.'), []);
    assert.deepEqual(namesAndThingsOf('Rice prices rose again.\n\nPRICES SEEN RISING\n\nTraders expect prices to climb.'), []);
    assert.deepEqual(namesAndThingsOf('Revenue rose by a tenth.\n\nKEY FIGURES\n\nWages took 71% of revenue.'), []);
  });

  it('still reads an acronym that is also a common word, written no other way, as an organisation', () => {
    assert.deepEqual(namesAndThingsOf('The vaccine was backed by SAGE, the advisers said, and care homes were told.'), ['ORG SAGE']);
  });
});

describe('recogniseEntities: broadcasters and agencies in an article’s header', () => {
  it('reads a station’s call letters, its channel and "News" as one name', () => {
    assert.deepEqual(namesAndThingsOf('By Mia Long, KXLT 11 News\nJUNEAU, Alaska (KXLT) — Snow fell.'), ['PERSON Mia Long', 'ORG KXLT 11 News', 'PLACE JUNEAU', 'PLACE Alaska', 'ORG KXLT']);
  });

  it('reads the agency in brackets after a dateline whose town is not in capitals', () => {
    assert.deepEqual(namesAndThingsOf('Quito, Monday (Andinapress) - Ecuador will borrow more.'), ['PLACE Quito', 'ORG Andinapress', 'PLACE Ecuador']);
  });
});
