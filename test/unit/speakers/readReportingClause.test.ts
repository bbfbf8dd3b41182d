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
});
