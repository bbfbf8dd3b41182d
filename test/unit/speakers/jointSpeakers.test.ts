import { strict as assert } from 'node:assert';
import { speakerOf, speakers } from '../../support/quoteSpeakers';

describe('joint speakers', () => {
  it('credits "they" and "the two leaders" to the people named together as the subject just before', () => {
    const text = [
      'Prime Minister Sophie Laurent and Chancellor Markus Weber held talks in Lyon on Monday. “Europe must buy its gas together,” the two leaders said.',
      'Mayor Tom Brandt and council member Ilse Kramer voted against the budget. In a joint statement, they said the council had “dodged the question”.',
    ].join('\n');
    assert.deepEqual(speakers(text), ['Sophie Laurent; Markus Weber', 'Tom Brandt; Ilse Kramer']);
  });

  it('reads joint subjects through titles, possessives and appositions between commas', () => {
    const text = [
      'Finance Minister Ruth Adeyemi and her Ghanaian counterpart Kwame Boateng met in Accra on Friday. “We have agreed a common tariff,” they said.',
      'Chile’s Minister of Mining, Rosa Valdés, and Peru’s Energy Minister, Dr Hugo Salas, spoke after the summit. “This is money for cables,” they said.',
    ].join('\n');
    assert.deepEqual(speakers(text), ['Ruth Adeyemi; Kwame Boateng', 'Rosa Valdés; Hugo Salas']);
  });

  it('reads joint subjects with an affiliation between commas, and "their" as theirs, not another party', () => {
    const text = [
      'Chief Rabbi Daniel Stern and Imam Farid Aziz, of the Hill Street mosque, led the walk. “Fear will not choose our neighbours,” they said.',
      'Norway’s Fisheries Minister, Dr Elin Berg, and Iceland’s Trade Minister, Jon Sigurdsson, said their countries would share the cost. “This is money for boats, not for headlines,” they said.',
    ].join('\n');
    assert.deepEqual(speakers(text), ['Daniel Stern; Farid Aziz', 'Elin Berg; Jon Sigurdsson']);
  });

  it('reads "the two" alone before the verb as the people just named together', () => {
    const text = 'Novelists Ann Patel and Joe Kerr signed the open letter. “Censorship never protects anyone,” the two wrote.';
    assert.deepEqual(speakers(text), ['Ann Patel; Joe Kerr']);
  });

  it('lets organisations or countries that speak together be one joint speaker, but not teams that merely played', () => {
    const text = [
      'Hamas and Islamic Jihad said in a joint statement that they rejected the plan. “This proposal is dead on arrival,” they said.',
      'Greenpeace and the WWF said the spill was “a catastrophe”.',
      'Manchester United and Chelsea drew 2-2 on Sunday. “It was a fair result,” they said.',
    ].join('\n');
    assert.deepEqual(speakers(text), ['Hamas; Islamic Jihad', 'Greenpeace; WWF', null]);
  });

  it('gives nobody when "they" may be others: one person met another, an unnamed group spoke since, or the count differs', () => {
    const text = [
      'Prime Minister Sophie Laurent met Chancellor Markus Weber in Lyon on Monday. “Europe must buy its gas together,” they said.',
      'Coach Lena Fischer and captain Anna Berg walked out together. Hundreds of fans waited outside the ground. “We want answers,” they chanted.',
      'Senator Joan Ruiz and Senator Paul Ek opposed the bill. “This is a disgrace,” the three senators said.',
      'Prime Minister Sophie Laurent and Chancellor Markus Weber met farmers’ leaders in Lyon. “We need help now,” they said.',
    ].join('\n');
    assert.deepEqual(speakers(text), [null, null, null, null]);
  });

  it('never takes people coordinated inside a possessive or named in apposition to an object for a joint subject', () => {
    const text = [
      'Tom Brandt and Ilse Kramer’s lawyer spoke to reporters outside the court. “We will appeal,” they said.',
      'Lawyers for the two men, Ali Khan and Omar Farouk, said they would appeal. “This verdict is a travesty,” they said.',
    ].join('\n');
    assert.deepEqual(speakers(text), [null, null]);
  });

  it('reads people named together past a relative clause before their verb (sport, local news)', () => {
    const sport = 'Tom Reyes and Ana Lind, who grew up two streets apart, both called the try “the one we practised as kids”.';
    assert.deepEqual(speakers(sport), ['Tom Reyes; Ana Lind']);
    const council = 'Councillors Ruth Obi and Dev Patel, who represent the ward, said the closure was “a slap in the face”. “We were not consulted,” they said.';
    assert.deepEqual(speakers(council), ['Ruth Obi; Dev Patel', 'Ruth Obi; Dev Patel']);
  });

  it('reads "the ministers said" as the people just named together, also for a fragment of their reported clause (politics)', () => {
    const text = 'Two federal ministers, Ana Ruiz and Tom Hale, struck a different tone on Thursday. “This is a state election,” the ministers said in a joint statement, adding that funding would “not depend on who wins”.';
    assert.deepEqual(speakers(text), ['Ana Ruiz; Tom Hale', 'Ana Ruiz; Tom Hale']);
  });

  it('credits both people named in apposition and joined by "and" ("the chairman, A, and its secretary, B, said") (labour, sport)', () => {
    const labour = 'The union’s chairman, Ike Obi, and its secretary, Musa Danladi, said the market had been “abandoned by the state”.';
    assert.equal(speakerOf(labour, 'abandoned'), 'Ike Obi; Musa Danladi');
    const sport = 'The club’s owner, Rosa Lind, and her lawyer, Tom Varga, told the court the contract was “void from the start”.';
    assert.equal(speakerOf(sport, 'void'), 'Rosa Lind; Tom Varga');
  });

  it('credits "the statement read" to the people who issued the statement the sentence before (local politics)', () => {
    const text = 'In a joint statement on Friday, the mayor, Ana Ruiz, and her deputy, Paul Greer, said the plan was dead.\n\n"We will not sign a plan that closes the harbour," the statement read in part.';
    assert.equal(speakerOf(text, 'We will not sign'), 'Ana Ruiz; Paul Greer');
  });

  it('never joins a name in an opening phrase to the subject after its comma: only a list ending in "and" is joint (business, sport, science)', () => {
    const business = 'In an interview with Bloomberg, Rotherby Foods said its margins were “under real pressure”.';
    assert.equal(speakerOf(business, 'under real'), 'Rotherby Foods');
    const sport = 'On Instagram, the Football Association said the ban was “a first step”.';
    assert.equal(speakerOf(sport, 'a first step'), 'Football Association');
    const science = 'Writing in Nature, Professor Alma Kuusk said the samples were “far older than we thought”.';
    assert.equal(speakerOf(science, 'far older'), 'Alma Kuusk');
    const list = 'Oxfam, the Red Cross and Save the Children said the corridor was “too little, too late”.';
    assert.equal(speakerOf(list, 'too little'), 'Oxfam; Red Cross; Save the Children');
  });
});
