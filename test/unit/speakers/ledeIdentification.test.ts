import { strict as assert } from 'node:assert';
import { speakerOf } from '../../support/quoteSpeakers';

describe('the speaker a lede describes and the next paragraph names', () => {
  it('gives the lede’s description to the person the next paragraph names, so later descriptions and pronouns find them (business, sport)', () => {
    const business = 'Rotherby Foods will close its Leeds plant, its chief executive has said.\n\nSpeaking to analysts on Monday, Priya Menon said demand had fallen.\n\nUnion leader Tom Hale called the move “a betrayal”.\n\n“We had no choice,” the chief executive said.';
    assert.equal(speakerOf(business, 'We had no'), 'Priya Menon');
    const sport = 'The tennis federation will appeal the ban, its president has said.\n\nSpeaking in Madrid, Ana Lindqvist said the ruling was flawed.\n\nMaria Solis, 17, said she was relieved. “I can play again,” she said.\n\nThe president also criticised the umpires. “They were not neutral,” she said.';
    assert.equal(speakerOf(sport, 'They were not'), 'Ana Lindqvist');
  });

  it('never gives it to a next subject who holds an office of their own (labour)', () => {
    const text = 'The plant will close in March, its chief executive has said.\n\nUnion leader Tom Hale said the move was a betrayal.\n\n“We had no choice,” the chief executive said.';
    assert.equal(speakerOf(text, 'We had no'), null);
  });

  it('gives the lede’s own quote to the person the next paragraph names for its description (politics, sport, business)', () => {
    const head = 'Border row\n\nAid groups fear a new crisis in the east\n\nBy Ann Byrne\n\n';
    const politics = `${head}Niger will keep its border open “to anyone fleeing the fighting”, its interior minister has said.\n\nSpeaking in Niamey, Amadou Sanda said the camps would be expanded.\n\nAid groups welcomed the move.`;
    assert.equal(speakerOf(politics, 'to anyone fleeing'), 'Amadou Sanda');
    const sport = `${head}The club will appeal the points deduction “all the way to the highest court”, its chairman has said.\n\nSpeaking at the stadium, Oskar Lind said the ruling was flawed.\n\nFans protested outside.`;
    assert.equal(speakerOf(sport, 'all the way'), 'Oskar Lind');
    const business = `${head}The airline will cut “no more than 300 jobs”, its chief executive has said.\n\nIn a call with analysts, Rita Novak said demand was recovering.\n\nShares rose 3 per cent.`;
    assert.equal(speakerOf(business, 'no more than'), 'Rita Novak');
  });

  it('never gives the lede’s quote to a next subject who holds another office', () => {
    const head = 'Border row\n\nAid groups fear a new crisis in the east\n\nBy Ann Byrne\n\n';
    const text = `${head}The strike will go ahead “whatever it costs”, a union leader has warned.\n\nTransport Secretary Mark Ellison said the strike was unjustified.\n\nTalks resume on Monday.`;
    assert.equal(speakerOf(text, 'whatever it costs'), null);
  });

  it('reads a lede whose titled subject takes a stance rather than says something ("Norway\'s fisheries minister denounced …")', () => {
    const fish = 'Quota row\n\nOslo threatens to leave the talks. Brussels is unmoved.\n\nBy Ann Byrne\n\nNorway\'s fisheries minister on Monday denounced the new quotas as «a betrayal of coastal towns».\n\nSpeaking in Tromsø, Ingrid Solberg said the cuts had been set without consultation.\n\nThe fleet stayed in port. «We will not fish at a loss,» the minister said.';
    assert.equal(speakerOf(fish, 'a betrayal of'), 'Ingrid Solberg');
    assert.equal(speakerOf(fish, 'We will not fish'), 'Ingrid Solberg');
  });
});

describe('a lede that describes by title who acted, not who spoke', () => {
  it('gives the description to the person the next paragraph has speak first, so "the minister" and her "she" find her (environment, health)', () => {
    const environment = 'Norway’s fisheries minister has closed three salmon farms after an outbreak of sea lice, as losses climbed to 40,000 fish.\n\nIngrid Solheim told a press conference in Bergen on Monday that the farms had ignored two warnings.\n\nThe minister, a former vet, said more closures were possible. “Nobody is above the rules,” she said.';
    assert.equal(speakerOf(environment, 'Nobody is above'), 'Ingrid Solheim');
    const health = 'The state’s health commissioner has ordered every public pool to close for a week after a bacterial outbreak.\n\nMarta Oyelaran said on Tuesday that tests at two pools had come back positive.\n\nParents were told to watch for fever. “We would rather be safe,” the commissioner said.';
    assert.equal(speakerOf(health, 'We would rather'), 'Marta Oyelaran');
  });

  it('gives it to nobody when the person the next paragraph names does not speak there (someone acted upon)', () => {
    const text = 'The country’s interior minister has dismissed the head of the border police after a riot at a crossing.\n\nPavel Dorn, who led the force for six years, was escorted from his office on Monday.\n\nCritics called the move rushed. “The border is safer today,” the minister said.';
    assert.equal(speakerOf(text, 'The border is safer'), null);
  });
});
