import { strict as assert } from 'node:assert';
import { speakers } from '../../support/quoteSpeakers';

describe('reporting clauses', () => {
  it('credits "quoted as saying" to the person quoted, never the outlet that quoted them', () => {
    const text = [
      '“The talks were useful,” Foreign Minister Sergei Ivanov was quoted as saying by the TASS news agency.',
      '“We expect a reply by Friday,” the Interfax agency quoted Deputy Minister Olga Petrova as saying.',
      'Trade Minister Anil Mehta was quoted by the Hindu newspaper as saying: “Tariffs will come down.”',
    ].join('\n');
    assert.deepEqual(speakers(text), ['Sergei Ivanov', 'Olga Petrova', 'Anil Mehta']);
  });

  it('reads through an affiliation after the name and an apposition that holds commas of its own', () => {
    const text = [
      '“It is too early to name a suspect,” Detective Inspector Sarah Holt of Kent Police said.',
      '“My client will appeal,” defence lawyer Marcus Ode, of the Leeds firm Ode, Kaur & Lamb, said after the verdict.',
    ].join('\n');
    assert.deepEqual(speakers(text), ['Sarah Holt', 'Marcus Ode']);
  });

  it('reads a lower-case plural after a place name in the story as a noun, not a headline verb', () => {
    const text = 'Energy Minister Hamad al-Kuwari told delegates that the Gulf states would “not ask the poorest to choose”.';
    assert.deepEqual(speakers(text), ['Hamad al-Kuwari']);
  });

  it('reads the reporting clause after a quote that ends with a question mark', () => {
    const text = 'Agrofed, the ranchers’ federation, opposed the bill. “Who will invest in a farm the state can seize?” Agrofed’s president, Hernan Echeverri, wrote on X.';
    assert.deepEqual(speakers(text), ['Hernan Echeverri']);
  });

  it('goes back past an -ing complement to the finite verb a coordinated verb shares its subject with', () => {
    const text = 'Its general manager, Ricardo Alvarez, said the federation supported titling small farms but wanted “clear rules, not good intentions”.';
    assert.deepEqual(speakers(text), ['Ricardo Alvarez']);
  });

  it('credits a fragment to the source named by "according to" between commas', () => {
    const text = 'The World Health Organization warned on Monday of a new wave. The toll, according to the World Health Organization, was “unprecedented”.';
    assert.deepEqual(speakers(text), ['World Health Organization']);
  });

  it('reads the subject back past appositions stacked one after another: an age, a party and state, a description (courts, politics, sport)', () => {
    const text = [
      'Marta Kowal, 52, a nurse from Gdańsk who testified on Tuesday, told the court the ward had been “left to run itself”.',
      'Rep. Dana Pruitt, R-N.C., a former prosecutor, called the bill “a gift to every smuggler in the state.”',
      'Sione Latu, 29, who captained the side in 2022, described the decision as “a kick in the teeth”.',
    ].join('\n\n');
    assert.deepEqual(speakers(text), ['Marta Kowal', 'Dana Pruitt', 'Sione Latu']);
  });

  it('never takes a name inside a subject’s relative clause for the subject ("whose son, X, 19, was hurt, said"), but the one it qualifies (courts, science)', () => {
    const text = [
      'Outside court, Ruth Adair, whose son, Liam Adair, 19, was among the injured, said the bus had been “far too fast”.',
      'Dr Omar Haddad, whose co-author, Lena Voss, 41, ran the trial, said the effect was “small but real”.',
    ].join('\n\n');
    assert.deepEqual(speakers(text), ['Ruth Adair', 'Omar Haddad']);
  });

  it('credits a named one who told or said the words inside reported speech, but nobody for a stance of theirs the reporter may have worded (health, business)', () => {
    const told = 'Ana Brooks said Dr Felix Hart had told her the operation was “completely routine”.';
    const said = 'The union said Mark Oduya had said the plant was “safe for another decade”.';
    const called = 'Ana Brooks said Dr Felix Hart had called the operation “completely routine”.';
    assert.deepEqual([...speakers(told), ...speakers(said), ...speakers(called)], ['Felix Hart', 'Mark Oduya', null]);
  });

  it('gives a series of verbs after commas the first one’s subject ("X paused, smiled and said"), never a relative clause’s (sport, courts, business)', () => {
    const text = [
      'Coach Tom Hale paused, smiled and said: “We were lucky.”',
      'The defendant, Lena Voss, stood, faced the jury, and said, “I did not do this.”',
      'Rotherby Foods cut its forecast, closed two plants and said demand was “unlikely to recover this year”.',
      'The Dockers’ Union, which represents 4,000 porters, welcomed the deal but said it was “only a start”.',
    ].join('\n\n');
    assert.deepEqual(speakers(text), ['Tom Hale', 'Lena Voss', 'Rotherby Foods', 'Dockers’ Union']);
  });

  it('reads an apposition whose name carries a title written short with its point ("the director, Engr. Musa Danjuma, told") (emergencies, government)', () => {
    const text = [
      'The head of the county fire service, Engr. Musa Danjuma, told reporters the blaze was “under control by dawn”.',
      'The agency’s chief, Usec. Ramon Aquino, said the aid was “already on the trucks”.',
      'The fire chief, Engr. Musa Danjuma, arrived at dawn. Residents said the trucks came “far too late”.',
    ].join('\n\n');
    assert.deepEqual(speakers(text), ['Musa Danjuma', 'Ramon Aquino', null]);
  });
});
