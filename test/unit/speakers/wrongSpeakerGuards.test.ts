import { strict as assert } from 'node:assert';
import { speakerOf } from '../../support/quoteSpeakers';

describe('guards against crediting the wrong speaker', () => {
  it('credits the agent of a passive verb of saying, never its subject (sport, politics)', () => {
    const told = 'Coach Ana Ruiz was told by referee Mark Dolan: “One more word and you are off.”';
    assert.equal(speakerOf(told, 'One more word'), 'Mark Dolan');
    const described = 'The budget was described as “reckless” by shadow chancellor Priya Nandi.';
    assert.equal(speakerOf(described, 'reckless'), 'Priya Nandi');
  });

  it('credits nobody when the agent of the passive is unnamed, rather than the subject', () => {
    const text = 'Finance minister Ola Berg was described by colleagues as “exhausted” after the talks.';
    assert.equal(speakerOf(text, 'exhausted'), null);
  });

  it('lets one who was asked answer in the quote that follows', () => {
    const text = 'Striker Jonas Eklund was asked by reporters about his future on Saturday. “I am happy here and I want to stay.”';
    assert.equal(speakerOf(text, 'I am happy'), 'Jonas Eklund');
  });

  it('credits all the signatories named together when "the senators" speak, not one of them', () => {
    const text = 'Senators Ruth Calloway and Dale Whitcomb wrote to the governor on Monday. “The bill is dead on arrival,” the senators wrote.';
    assert.equal(speakerOf(text, 'The bill is dead'), 'Ruth Calloway; Dale Whitcomb');
  });

  it('resolves "he" to the subject of the sentence before, not the person named last in it', () => {
    const text = 'Mayor Tom Reyes met union leader Carla Dunn and her deputy Sam Okoro on Monday. “We agreed on nothing,” he said.';
    assert.equal(speakerOf(text, 'We agreed'), 'Tom Reyes');
  });

  it('never credits a named ship, craft or instrument, nor lets a pronoun point at one (science, shipping)', () => {
    const orbiter = '“We have signal,” said the orbiter Juno Prime, according to the mission log.';
    assert.equal(speakerOf(orbiter, 'We have signal'), null);
    const vessel = 'The research vessel Marta Lind docked in Tromsø on Friday. “It was a rough crossing,” she said.';
    assert.equal(speakerOf(vessel, 'It was a rough'), null);
    const captain = 'Captain Marta Lind docked in Tromsø on Friday. “It was a rough crossing,” she said.';
    assert.equal(speakerOf(captain, 'It was a rough'), 'Marta Lind');
  });

  it('credits every one of several people who speak together, each with their own title (religion, politics)', () => {
    const before = 'In a joint letter, Bishop Anne Carlow and Rabbi David Stern said the attack was “an assault on all of us”.';
    assert.equal(speakerOf(before, 'an assault'), 'Anne Carlow; David Stern');
    const after = '“We are united,” Bishop Anne Carlow and Rabbi David Stern said in a joint statement.';
    assert.equal(speakerOf(after, 'We are united'), 'Anne Carlow; David Stern');
    const signed = 'The statement, signed by Senators Ruth Calloway and Dale Whitcomb, said the bill was “dead on arrival”.';
    assert.equal(speakerOf(signed, 'dead on arrival'), 'Ruth Calloway; Dale Whitcomb');
  });

  it('carries a joint statement to the quote that follows only when the text says they spoke together', () => {
    const joint = 'Bishop Anne Carlow and Rabbi David Stern issued a joint statement on Sunday. “We are united. Hatred has no home here.”';
    assert.equal(speakerOf(joint, 'We are united'), 'Anne Carlow; David Stern');
    const apart = 'Bishop Anne Carlow and Rabbi David Stern visited the school on Sunday. “We are united. Hatred has no home here.”';
    assert.equal(speakerOf(apart, 'We are united'), null);
  });

  it('credits the companions "together with" the subject as speaking with them (science)', () => {
    const text = 'Anna Berg, together with her co-author Lars Holm, said the results were “unexpected”.';
    assert.equal(speakerOf(text, 'unexpected'), 'Anna Berg; Lars Holm');
    const apposition = 'Anna Berg, a co-author of the study, said the results were “unexpected”.';
    assert.equal(speakerOf(apposition, 'unexpected'), 'Anna Berg');
  });
  it('reads past a quoted nickname in the subject’s apposition, so "he" is the subject, not the one quoted before (sport, politics)', () => {
    const sport = '“That one will stay with me,” de Villiers said.\nCoach Peter Okonjo, whose players call him “the Professor” in the dressing room, said the loss would hurt. “It is a hard day,” he said.';
    assert.equal(speakerOf(sport, 'It is a hard day'), 'Peter Okonjo');
    const politics = '“We lost the vote,” Martin Hale said.\nSenator Adam Price, known in the chamber as “the Closer”, promised a new bill. “We will be back,” he said.';
    assert.equal(speakerOf(politics, 'We will be back'), 'Adam Price');
  });
  it('credits nobody with "he said" when a sentence since the last subject introduced another man (business, courts, sport)', () => {
    const business = 'Chief executive Lars Nyberg has said the deal makes sense. The board’s reply carried a sharp line from its chairman, Oliver Grant. “We are not for sale,” he wrote.';
    assert.equal(speakerOf(business, 'We are not for sale'), null);
    const court = 'Prosecutor Mark Dunne said the evidence was clear. The defence then called a neighbour, Peter Walsh, to the stand. “I saw nothing,” he said.';
    assert.equal(speakerOf(court, 'I saw nothing'), null);
    const sameMan = 'Coach Mark Dunne said the side had improved. He was speaking alongside his captain, Peter Walsh, on Friday. “We are ready,” he said.';
    assert.equal(speakerOf(sameMan, 'We are ready'), 'Mark Dunne');
    const otherGender = 'Coach Mark Dunne said the side had improved. The club also thanked its chair, Mrs Ann Walsh, for her support. “We are ready,” he said.';
    assert.equal(speakerOf(otherGender, 'We are ready'), 'Mark Dunne');
  });

  it('credits the reporter, not an organisation described inside the reported clause (labour, local government)', () => {
    const union = 'The Fire Brigades Union met on Monday. Its leader, Kate Moss, said the union would ask to meet the minister “as soon as possible”.';
    assert.equal(speakerOf(union, 'as soon as'), 'Kate Moss');
    const council = 'Harrow Council voted on Tuesday. The mayor, Dev Patel, said the council would “look again” at the parking scheme.';
    assert.equal(speakerOf(council, 'look again'), 'Dev Patel');
  });

  it('never takes a byline for the subject a later "she said" means (transport)', () => {
    const text = 'Check-in chaos at Westhaven\n\nBy Harriet Quayle, Transport Correspondent\n\nSaturday 14 June\n\nThe tally of cancelled flights at Westhaven Airport had reached 400 by noon.\n\n“We are doing everything we can,” she said.';
    assert.equal(speakerOf(text, 'We are doing'), null);
  });

  it('reads a name after a sentence-opening -ing phrase as the subject, not an apposition to its object (community, sport)', () => {
    const march = 'Leading the marchers, Chief Ada Obi, the ruler of Ika, said the company had offered each family a sum she called “an insult to our elders”.';
    assert.equal(speakerOf(march, 'an insult'), 'Ada Obi');
    const parade = 'Holding the trophy aloft, captain Rosa Lind thanked the fans. “This one is for you,” she said.';
    assert.equal(speakerOf(parade, 'This one'), 'Rosa Lind');
  });

  it('never credits the reporter of a clause before a comma with the words of a clause after it (politics)', () => {
    const text = 'Anna Ruiz told reporters the talks had failed, and hours later the ministry described them as “a waste of time”.';
    assert.equal(speakerOf(text, 'a waste'), null);
  });

  it('never credits the firm a manager works at for the manager’s words, but reads a person behind a title with a preposition (business, aid)', () => {
    assert.equal(speakerOf('A regional manager at the Dunleavy Group told the inquiry the rota was “a mess”.', 'a mess'), null);
    assert.equal(speakerOf('UN humanitarian coordinator for Sudan Karin Lind said aid was “blocked at every turn”.', 'blocked'), 'Karin Lind');
  });

  it('never takes another firm’s title holder for "X’s chief executive", but finds the one introduced with it (business)', () => {
    const other = 'The council’s chief executive, Priya Shah, apologised. Apple’s chief executive said the results were “solid”.';
    assert.equal(speakerOf(other, 'solid'), null);
    const same = 'Tesla’s chief executive Elon Musk spoke in Austin. Later, Tesla’s chief executive said the quarter was “brutal”.';
    assert.equal(speakerOf(same, 'brutal'), 'Elon Musk');
  });

  it('never credits the one who was told or warned, and gives a reported telling to its reporter (labour, sport)', () => {
    const labour = 'Union leader Ana Costa said workers were being told they “must work until they die”.';
    assert.equal(speakerOf(labour, 'must work'), 'Ana Costa');
    const sport = 'Sprinter Tom Hale was told: “You are not in the team.”';
    assert.equal(speakerOf(sport, 'You are not'), null);
  });

  it('never skips a subject whose accented given name the English list may misread for an older one (religion)', () => {
    const text = 'Imam Karim Haddad said the mosque would stay open. Rabbi Élie Benaroch said the community had spent heavily on guards. “We cannot go on like this,” he said.';
    assert.equal(speakerOf(text, 'We cannot go on'), null);
  });

  it('never credits "it", "the utility" or "the hospital" to an organisation named before a subject the recogniser could not name (energy, health)', () => {
    const energy = 'Harbour Energy cut its forecast on Tuesday. Nord-Ost, which supplies its rigs, lost a fifth of its value. “We expect a hard winter,” it said.';
    assert.equal(speakerOf(energy, 'We expect'), null);
    const utility = [
      'Kestrel Grid (KG) said on Monday that tariffs would rise. Customers of Kestrel Grid will pay more from April.',
      'Volta-Sud, which owns the dam at Arlen, is not a party to the deal. In a statement, the utility said it “welcomes the agreement”.',
    ].join('\n\n');
    assert.equal(speakerOf(utility, 'welcomes'), null);
    const health = 'The Ministry of Health opened an inquiry. Santa-Lucia, whose wards were closed, was not named in it. “We have nothing to hide,” the hospital said.';
    assert.equal(speakerOf(health, 'We have nothing'), null);
  });

  it('never credits "the club" or "the bank" to one named only as someone’s former employer ("a former Athletic Club youth coach") (sport, business)', () => {
    const sport = 'Ferrol Town sacked their manager on Sunday, four days after a former Athletic Club youth coach was seen at the ground.\n\nThe club said in a statement that the search for a successor had “already begun”.';
    assert.equal(speakerOf(sport, 'already begun'), null);
    const business = 'Nordbank cut 400 jobs on Tuesday, days after a former Kessler Bank analyst called its plan timid. The bank said the cuts were “painful but necessary”.';
    assert.equal(speakerOf(business, 'painful'), null);
  });

  it('credits nobody for a "he" or "she" right after a speaker typed as a place or body, rather than someone named before', () => {
    const sport = 'Coach Tomas Marsh praised the defence after the win. In Kediri, the Kediri Football Association said the stadium would be repaired. “We have waited two seasons for this,” he said.';
    assert.equal(speakerOf(sport, 'We have waited'), null);
    const science = 'Dr Paul Okafor led the trial. Montgomery agreed that the results were encouraging. “We need more data,” he said.';
    assert.equal(speakerOf(science, 'We need more'), null);
  });

  it('still credits the person named after a body spoke, or when the body spoke two sentences before', () => {
    const after = 'The league said the match would be replayed on Friday. Coach Lena Marsh welcomed the decision. “We are ready,” she said.';
    assert.equal(speakerOf(after, 'We are ready'), 'Lena Marsh');
    const courts = 'Judge Anna Price adjourned the case. The prosecution service said it would not appeal. Reporters waited outside for an hour. “It is over,” she said.';
    assert.equal(speakerOf(courts, 'It is over'), 'Anna Price');
  });

  it('resolves a "he" before the quote where it stands, never to a person named inside its own reported clause (courts, sport, business)', () => {
    const court = '“I never touched the client account,” Tom Varga told the jury.\n\nHe added that his bookkeeper, Sam Okafor, had “signed every cheque himself”.';
    assert.equal(speakerOf(court, 'signed every'), 'Tom Varga');
    const sport = 'Declan Moyes was furious after the defeat. “It was never a penalty,” he said.\n\nHe said the linesman, Robin Hale, had been “ten yards behind play”.';
    assert.equal(speakerOf(sport, 'ten yards'), 'Declan Moyes');
    const business = 'Priya Menon, the chief executive, said the year had been hard.\n\nShe added that the new auditor, Alex Brandt, had been “far too slow to ask”.';
    assert.equal(speakerOf(business, 'far too slow'), 'Priya Menon');
  });

  it('never credits the name right after "said" that the quote goes on from, the subject of the reported words (sport, politics)', () => {
    const politics = 'The party’s ‘grey wing’ dismissed the plan and said Tom Brandt ‘never read the budget’.';
    assert.equal(speakerOf(politics, 'never read'), null);
    const sport = 'Its ‘old guard’ called the row ‘silly’ and said Ana Lindqvist ‘has lost her nerve’.';
    assert.equal(speakerOf(sport, 'has lost'), null);
    const named = 'Former champion Ana Reyes, commentating for ESPN, called the row “silly” and said Lindqvist “has lost his nerve”.';
    assert.equal(speakerOf(named, 'has lost'), 'Ana Reyes');
  });

  it('never goes on from a clause with a verb of its own past its comma into a relative clause for the subject of a verb after "and" (sport, courts)', () => {
    const sport = 'Coach Ana Ruiz runs the academy in Vigo. Of the forty players whose training she oversees each week, the oldest is nineteen and has asked that his name be kept “out of the papers”.';
    assert.equal(speakerOf(sport, 'out of'), null);
    const court = 'Judge Mary Okafor heard the case. Of the nine witnesses whose statements she read aloud, one is a pensioner and has said the van was “going far too fast”.';
    assert.equal(speakerOf(court, 'going far'), null);
    const coordinated = 'Coach Ana Ruiz met the players on Monday and called the season “a mess”.';
    assert.equal(speakerOf(coordinated, 'a mess'), 'Ana Ruiz');
  });

  it('reads a bare plural of a title or person noun as people of a kind, never the person in focus (sport, politics)', () => {
    assert.equal(speakerOf('Trainer Ana Ruiz was charged on Monday. Owners say they were “blindsided”.', 'blindsided'), null);
    assert.equal(speakerOf('Senator Tom Hale opened the debate. Ministers insist the scheme is “fully funded”.', 'fully funded'), null);
  });

  it('never credits who was told: a passive of telling, or a headline\'s "X told" with no listener after it (courts, politics, sport)', () => {
    const passive = 'Pilot inquiry\n\nThe co-pilot had “ignored three separate alarms”, the transport safety committee was told on Tuesday.';
    assert.equal(speakerOf(passive, 'ignored three'), null);
    const reminded = 'Verdict\n\nThe evidence was “entirely circumstantial”, the jurors at Snaresbrook Crown Court were reminded.';
    assert.equal(speakerOf(reminded, 'entirely circumstantial'), null);
    const headline = 'Energy firm ‘misled thousands of customers’, MPs told\n\nAn energy supplier overcharged 40,000 households, a committee heard.';
    assert.equal(speakerOf(headline, 'misled thousands'), null);
    const senate = 'Club owner ‘hid debts from the league’, Senate told\n\nThe owner of a football club hid debts, senators heard.';
    assert.equal(speakerOf(senate, 'hid debts'), null);
  });

  it('still credits the teller when the listener follows "told", and the speaker of an intransitive "warned"', () => {
    const text = 'Pilot inquiry\n\n“We ignored three alarms,” Captain Ray Dunning told the committee. “It will happen again,” Dunning warned.';
    assert.equal(speakerOf(text, 'We ignored'), 'Ray Dunning');
    assert.equal(speakerOf(text, 'It will happen'), 'Ray Dunning');
  });

  it('reads no reporting verb across a semicolon: the clause after it has a subject of its own (business, crime)', () => {
    const standfirst = 'Olive oil ring broken up\n\nEuropol says the gang sold 900 tonnes of fake oil; the firm’s lawyer speaks of «a witch hunt»\n\nNine people were arrested.';
    assert.equal(speakerOf(standfirst, 'a witch hunt'), null);
    const bank = 'Fraud trial\n\nThe Serious Fraud Office said the lender had hidden its losses; its lawyers called the case “a fishing expedition”.';
    assert.equal(speakerOf(bank, 'a fishing expedition'), null);
    const match = 'Cup exit\n\nCoach Dan Weller said his side had been poor; their fans called it “a disgrace”.';
    assert.equal(speakerOf(match, 'a disgrace'), null);
    const reported = 'Cup exit\n\nCoach Dan Weller said his fans had called it “a disgrace”.';
    assert.equal(speakerOf(reported, 'a disgrace'), 'Dan Weller');
  });

  it('gives a quote inside someone\'s argument, contention or allegation to its owner, not to who rejects it (courts, regulation)', () => {
    const court = 'Copyright ruling\n\nThe Court of Appeal rejected Halvorsen Foods’ argument that the recipes were “common kitchen knowledge”.';
    assert.equal(speakerOf(court, 'common kitchen'), 'Halvorsen Foods');
    const regulator = 'Fine upheld\n\nThe tribunal dismissed Northgate Water’s contention that it had acted “in good faith throughout”.';
    assert.equal(speakerOf(regulator, 'in good faith'), 'Northgate Water');
  });

  it('gives a "he said" to nobody when a person is named after the description that last meant the subject', () => {
    const text = [
      'Tea wages',
      'Its chairman, Rohan Perera, said member estates would “study every legal avenue”.',
      'Speaking after the walk-out, the 61-year-old former planter said: “Nobody here is against a fair wage.”',
      'Estate Workers Union (EWU) General Secretary Murugan Selvam welcomed the decision but called it “a first step”. “For ten years we were told to wait,” he said.',
    ].join('\n\n');
    assert.equal(speakerOf(text, 'Nobody here'), 'Rohan Perera');
    assert.notEqual(speakerOf(text, 'For ten years'), 'Rohan Perera');
  });

  it('gives "he said" to nobody after a sentence whose subject is an unnamed associate ("Their manager was …") (sport)', () => {
    const text = 'A Ravensholm Athletic spokesperson said the club “does not comment on transfers”. Their manager was only a little more forthcoming before the derby.\n\n“He is a fine player. I like a lot of fine players,” he said.';
    assert.equal(speakerOf(text, 'He is a fine player'), null);
  });

  it('never lets a pronoun point at a name written with "the" before it, which names a thing (environment)', () => {
    const text = 'Ankara – Turkey will borrow money to clean the Sea of Marmara, the ministry announced. The loan was signed by Environment Minister Orhan Yıldırımkaya and his Dutch counterpart, Minister Femke de Wit-Jansen.\n\nYıldırımkaya, who spoke through an interpreter, said the Marmara was suffering from decades of neglect. „A sea cannot be a dump,“ he said.\n\nThe clean-up, called „Blue Marmara“, starts in May.';
    assert.equal(speakerOf(text, 'A sea cannot'), 'Orhan Yıldırımkaya');
  });
});
