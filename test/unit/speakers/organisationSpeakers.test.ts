import { strict as assert } from 'node:assert';
import { speakerOf, speakers } from '../../support/quoteSpeakers';

describe('organisations as speakers', () => {
  it('credits "it said" to the organisation just named as a subject, and nobody when none was', () => {
    const text = [
      'The Ministry of Transport issued new rules on Monday. “Drivers have six months to comply,” it said.',
      'Heavy rain fell across the valley overnight. “It will get worse,” it said.',
    ].join('\n');
    assert.deepEqual(speakers(text), ['Ministry of Transport', null]);
  });

  it('reads "the regulator", "the union" and "the firm" as the organisation the text introduced that way', () => {
    const text = [
      'The Office of Rail Standards fined two operators on Tuesday. A spokesperson for the regulator said the fines were “a warning to the whole industry”.',
      'Unitas, the Danish dockworkers’ union, rejected the offer. “Our members will not be bought,” the union said.',
      'Morrow Capital cut its stake in the port operator. “We see better returns elsewhere,” the firm said.',
    ].join('\n');
    assert.deepEqual(speakers(text), ['Office of Rail Standards', 'Unitas', 'Morrow Capital']);
  });

  it('keeps an organisation described as the subject in focus: "In a statement, the body said …"', () => {
    const text = 'The Nordic Rowing Federation suspended two coaches in March. In a statement, the body said it had hired outside auditors. Both coaches deny wrongdoing. “Trust has to be earned back,” the body added.';
    assert.deepEqual(speakers(text), ['Nordic Rowing Federation']);
  });

  it('never credits an organisation named only far back or in a description of someone else', () => {
    const text = [
      'Auditors from Kessel Partners, the Bergen firm hired by the association in 2024, traced the payments.',
      'In a statement, the association said it had changed its rules. “We trusted the wrong man,” the association said.',
    ].join('\n');
    assert.deepEqual(speakers(text), [null]);
  });

  it('credits "a statement from X said" to X', () => {
    const text = 'A statement from the European Commission said the bloc was “ready to respond in kind”.';
    assert.deepEqual(speakers(text), ['European Commission']);
  });

  it('credits the organisation a text introduces with a short form in brackets, not another body known by it', () => {
    const text = 'The Dutch privacy regulator, Autoriteit Persoonsgegevens (AP), said it had “received complaints” about the app. The AP added that it would “publish guidance in the autumn”.';
    assert.deepEqual(speakers(text), ['Autoriteit Persoonsgegevens', 'Autoriteit Persoonsgegevens']);
  });

  it('reads a bare "a spokesperson" as speaking for the organisation in focus, never for a family or a person', () => {
    const text = [
      'Acme Logistics reported a loss. Chief executive Jo Li resigned on Friday. “We thank her for her service,” a spokesperson said.',
      'Tom Smith announced his resignation on Friday. “He will not comment further,” the spokesman said.',
      'Acme Logistics said the crash was under investigation. “It is over,” a spokesman for the family said.',
    ].join('\n');
    assert.deepEqual(speakers(text), ['Acme Logistics', null, null]);
  });

  it('keeps an organisation named as the subject of a reported clause in focus', () => {
    const text = 'Chief executive Lena Holt said that Corvane Telecom now expected profit to rise. The company said it was “in advanced talks” with two buyers.';
    assert.deepEqual(speakers(text), ['Corvane Telecom']);
  });

  it('reads "the company" as the business the story is about, named again just before in any position', () => {
    const story = (lead: string): Array<string | null> => speakers(`Morrow Foods cuts jobs\nThe bakery chain employs 4,000 people.\n${lead} “Demand has softened,” the company said.`);
    assert.deepEqual(speakers('Shares in Morrow Foods fell 12 percent on Tuesday. “Demand has softened,” the company said.'), [null]);
    assert.deepEqual(story('Shares in Morrow Foods fell 12 percent on Tuesday.'), ['Morrow Foods']);
    assert.deepEqual(story('Shares in Morrow Foods fell after the Ministry of Energy issued a warning.'), [null]);
    assert.deepEqual(story('Morrow Foods was fined by the Food Standards Authority on Tuesday.'), ['Morrow Foods']);
  });
  it('reads a far "the company" as the one business the story named twice, public bodies aside, and nobody when it named two (mining, aviation)', () => {
    const mining = [
      'Villagers sued Kestrel Mining over the spill on Monday. Kestrel Mining runs the mine near the river.',
      'The provincial government has asked the Department of Water to test the wells.',
      'Farmers say their cattle fell ill within days.',
      'In a statement, the company said it was “working closely with the authorities”.',
    ].join('\n\n');
    assert.deepEqual(speakers(mining), ['Kestrel Mining']);
    const aviation = [
      'Passengers stranded by Brightwing Airways waited overnight. Brightwing Airways blamed a software fault.',
      'The Civil Aviation Authority opened an inquiry on Tuesday, and the transport ministry asked for a report.',
      'Hundreds of travellers slept in the terminal.',
      'The airline said the fault had been “fully resolved”.',
    ].join('\n\n');
    assert.deepEqual(speakers(aviation), ['Brightwing Airways']);
    const rival = mining.replace('sued Kestrel Mining over', 'sued Kestrel Mining and its contractor Delmas Mining over');
    assert.deepEqual(speakers(rival), [null]);
  });
  it('reads "the same spokesman" as "the spokesman": the organisation that spoke before (emergency, health)', () => {
    const fire = '“The line is holding,” a Forest Fire Service spokesman told reporters on Friday.\n\nOn Thursday, the same spokesman had said crews were “stretched to the limit”.';
    assert.deepEqual(speakers(fire), ['Forest Fire Service', 'Forest Fire Service']);
    const health = '“Wards are full,” a Royal Infirmary spokeswoman said.\n\nThe same spokeswoman later said the hospital was “coping, just”.';
    assert.deepEqual(speakers(health), ['Royal Infirmary', 'Royal Infirmary']);
  });
  it('never takes "the association" after an opening phrase ending in a name for that name’s apposition (sport, charity)', () => {
    const sport = 'The Rugby Players Association was unconvinced. In a post on Instagram, the association said the schedule was “simply unsafe”.';
    assert.deepEqual(speakers(sport), ['Rugby Players Association']);
    const charity = 'The Kidney Care Foundation welcomed the money. Speaking to ITV, the foundation said it was “a good start”.';
    assert.deepEqual(speakers(charity), ['Kidney Care Foundation']);
  });

  it('reads "the airport said" as the airport named before, and "the company said" as the firm whose chief was the subject (transport, business)', () => {
    const airport = 'Flights were cancelled at Westhaven Airport on Friday. The airport said it was “working with airlines” to rebook passengers.';
    assert.deepEqual(speakers(airport), ['Westhaven Airport']);
    const company = 'Veltra’s chief executive, Ana Moss, defended the deal. In a statement, the company said it had “no regrets”.';
    assert.deepEqual(speakers(company), ['Veltra']);
  });

  it('credits the person a spokesperson speaks for, never a lawyer’s client (entertainment, courts)', () => {
    assert.deepEqual(speakers('A spokeswoman for Marco Bellini said the singer “regrets the distress caused”.'), ['Marco Bellini']);
    assert.deepEqual(speakers('“He regrets the distress caused,” a spokesman for Marco Bellini said.'), ['Marco Bellini']);
    assert.deepEqual(speakers('A lawyer for Marco Bellini said the claim was “without merit”.'), [null]);
  });

  it('credits the club or firm named before "of" its league or group, and a name behind a role noun in apposition (sport, entertainment)', () => {
    const club = 'The Halifax Ravens of the Atlantic Hockey League, who share the arena, said in a statement they were “excited but cautious”.';
    assert.deepEqual(speakers(club), ['Halifax Ravens']);
    const publicist = 'A representative of the singer, publicist Dana Moore of Starlight PR, said the star “would not be commenting”.';
    assert.deepEqual(speakers(publicist), ['Dana Moore']);
  });

  it('credits an organisation named in apposition after its description (transport, technology)', () => {
    const ferry = 'The vessel’s operator, Lakeside Ferries, said in a statement that the company was “cooperating fully” with investigators.';
    assert.deepEqual(speakers(ferry), ['Lakeside Ferries']);
    const parent = 'Its parent company, Orbital Systems, said the outage had been “regrettable but brief”.';
    assert.deepEqual(speakers(parent), ['Orbital Systems']);
  });

  it('credits the firm or institute that analysts or researchers speak from, never a place (business, science)', () => {
    assert.deepEqual(speakers('Analysts at Shore Capital said the deal would cost “low tens of millions” a year.'), ['Shore Capital']);
    assert.deepEqual(speakers('Researchers from the Karolinska Institute said the results were “striking”.'), ['Karolinska Institute']);
    assert.deepEqual(speakers('Residents of Leeds said the plan was “a mess”.'), [null]);
  });

  it('credits "a Foreign Office spokesman", "a WHO spokesperson" to the organisation even when the tagger took a word of its name for a common noun (diplomacy, health, policing)', () => {
    assert.equal(speakerOf('The talks ended on Friday. A Foreign Office spokesman said the visit was “private”.', 'private'), 'Foreign Office');
    assert.equal(speakerOf('A WHO spokesperson said the plan was “fair”.', 'fair'), 'World Health Organization');
    assert.equal(speakerOf('The trial ended in May. A Home Office spokeswoman said the scheme was “working”.', 'working'), 'Home Office');
  });

  it('reads "the company" and "the firm" as one business introduced with either word, and nobody when two fit (health, retail)', () => {
    const health = 'The vaccine was developed by Halvorsen Biologics, a Norwegian firm, with funding from the Wellcome Trust. A company spokesman told reporters the firm would “not make a profit”.';
    assert.equal(speakerOf(health, 'not make'), 'Halvorsen Biologics');
    const retail = 'Shares in Dunmore Foods, the Irish company, fell 8 per cent. “We expected worse,” the firm said.';
    assert.equal(speakerOf(retail, 'We expected'), 'Dunmore Foods');
    const two = 'Dunmore Foods, the Irish company, and Kestrel Mills, a Welsh firm, both cut prices. “We expected worse,” the firm said.';
    assert.equal(speakerOf(two, 'We expected'), null);
  });

  it('reads a church body or a chamber named before as "the archdiocese", "the synod", "the chamber" (religion, business)', () => {
    const religion = 'The Diocese of Leeds owns the chapel. The diocese said in a statement that it had been consulted “at every stage”.';
    assert.equal(speakerOf(religion, 'at every stage'), 'Diocese of Leeds');
    const business = 'The Hamburg Chamber of Commerce published its survey on Monday. The chamber said exporters were “deeply worried” about tariffs.';
    assert.equal(speakerOf(business, 'deeply worried'), 'Hamburg Chamber of Commerce');
  });

  it('credits no church body the text never named to "the synod" (religion)', () => {
    const text = 'Bishops met in Rome for three days. The synod said the reforms were “only a beginning”.';
    assert.equal(speakerOf(text, 'only a beginning'), null);
  });

  it('gives the words of an organisation\'s own spokesperson, written with its possessive, to the organisation (business, sport, public bodies)', () => {
    const after = 'Recall\n\nHarbour Foods recalled 4,000 jars on Monday. “We apologise to every customer affected,” Harbour Foods’ spokesperson said.';
    assert.equal(speakerOf(after, 'We apologise'), 'Harbour Foods');
    const before = 'Transfer\n\nFC Porto rejected the offer. FC Porto’s spokesman told reporters: “The player is not for sale.”';
    assert.equal(speakerOf(before, 'The player'), 'FC Porto');
    const body = 'Rail strike\n\nNetwork Rail cancelled 300 trains. “Talks will resume on Friday,” Network Rail’s spokeswoman said.';
    assert.equal(speakerOf(body, 'Talks will'), 'Network Rail');
  });

  it('never gives a person\'s or a country\'s spokesman, nor an organisation\'s other officer, to the owner', () => {
    const person = 'Talks\n\nVladimir Putin met the envoy on Monday. “The talks were useful,” Putin’s spokesman said.';
    assert.equal(speakerOf(person, 'The talks'), null);
    const officer = 'Talks\n\nThe Kremlin hosted the envoy on Monday. “The talks were useful,” the Kremlin’s chief of staff told reporters.';
    assert.equal(speakerOf(officer, 'The talks'), null);
  });

  it('gives "the statement said" to whoever issued, released or posted the statement a sentence before (business, religion, sport)', () => {
    const issued = 'Recall\n\nHarbour Foods issued a statement on Monday. “We apologise to every customer affected,” the statement said.';
    assert.equal(speakerOf(issued, 'We apologise'), 'Harbour Foods');
    const released = 'Church fire\n\nThe Glasgow Synod released a joint written statement after the vote. “We grieve with the families,” the statement read.';
    assert.equal(speakerOf(released, 'We grieve'), 'Glasgow Synod');
    const posted = 'Transfer\n\nFC Porto posted a short statement on its website. “The player is not for sale,” the statement said.';
    assert.equal(speakerOf(posted, 'The player'), 'FC Porto');
  });

  it('never gives "the statement said" to someone who only read out or received a statement', () => {
    const text = 'Vote\n\nSenator Ana Ruiz read out a statement from the families. “We grieve,” the statement said.';
    assert.equal(speakerOf(text, 'We grieve'), null);
  });

  it('gives "a statement from X read" to X (public bodies, sport)', () => {
    const council = 'Storm\n\nThe storm cut power to 40,000 homes. “Crews are working around the clock,” a statement from Harbour Council read.';
    assert.equal(speakerOf(council, 'Crews are'), 'Harbour Council');
    const club = 'Transfer\n\nThe striker trained alone on Monday. “The player is not for sale,” the statement from FC Porto reads.';
    assert.equal(speakerOf(club, 'The player'), 'FC Porto');
  });

  it('never reads "read" as saying after anything but a statement from someone', () => {
    const text = 'Storm\n\nThe storm cut power to 40,000 homes. “Crews are working,” a sign from Harbour Council read.';
    assert.equal(speakerOf(text, 'Crews are'), null);
  });

  it('gives "the company\'s spokesperson" or "the ministry\'s spokesman" to the organisation the description means (business, transport, sport)', () => {
    const after = 'Recall\n\nHarbour Foods recalled 4,000 jars on Monday.\n\n“We apologise to every customer,” the company’s spokesperson said.';
    assert.equal(speakerOf(after, 'We apologise'), 'Harbour Foods');
    const before = 'Rail\n\nThe Ministry of Transport suspended the line on Monday.\n\nThe ministry’s spokeswoman said: “Safety comes first.”';
    assert.equal(speakerOf(before, 'Safety comes'), 'Ministry of Transport');
    const club = 'Transfer\n\nRovers FC rejected a second bid on Friday.\n\n“The player is not for sale,” the club’s spokesman told reporters.';
    assert.equal(speakerOf(club, 'The player'), 'Rovers FC');
  });

  it('never gives a person\'s spokesperson written that way to an organisation', () => {
    const text = 'Recall\n\nHarbour Foods recalled 4,000 jars on Monday.\n\n“We apologise to every customer,” the minister’s spokesperson said.';
    assert.equal(speakerOf(text, 'We apologise'), null);
  });
});
