import { strict as assert } from 'node:assert';
import { namesOf } from '../../support/entityMentions';

describe('readOutletLines: the outlet a header line names', () => {
  it('reads the line under a byline as the outlet, without its "The", its date or its place', () => {
    assert.deepEqual(namesOf('Rains cut off hill towns\n\nBy Asha Menon\nThe Malabar Courier, Monday, 4 August 2025\n\nRain fell on Kochi.'), ['PERSON Asha Menon', 'ORG Malabar Courier', 'PLACE Kochi']);
    assert.deepEqual(namesOf('Vineyards burn\n\nBy Lucas Ferreira\nGazeta do Douro, English edition · 2 July 2026\n\nThe fire spread.'), ['PERSON Lucas Ferreira', 'ORG Gazeta do Douro']);
    assert.deepEqual(namesOf('Late goal lifts fans\n\nBy Tom Hale\nThe Trentside Sentinel Sports Desk\n\nThe fans sang.'), ['PERSON Tom Hale', 'ORG Trentside Sentinel']);
  });

  it('reads the first name before the date of an issue as the outlet', () => {
    assert.deepEqual(namesOf('Dam opens\n\nKitewire | Markets | Friday, 3 April 2026\n\nThe dam opened.'), ['ORG Kitewire']);
  });

  it('reads a newspaper named after the reporter on a line of its own as the outlet', () => {
    assert.deepEqual(namesOf('Ferry strike ends\n\nPieter Visser, Zeeland Herald\nTuesday morning edition\n\nThe strike ended.'), ['PERSON Pieter Visser', 'ORG Zeeland Herald']);
  });

  it('reads no outlet in a reporter’s role, a place and a date, or a line that is a sentence', () => {
    assert.deepEqual(namesOf('Mine deal signed\n\nBy Tom Hale\nStaff Writer\n\nThe deal was signed.'), ['PERSON Tom Hale']);
    assert.deepEqual(namesOf('Mine deal signed\n\nBy Tom Hale\nRio de Janeiro, Friday\n\nThe deal was signed.'), ['PERSON Tom Hale', 'PLACE Rio de Janeiro']);
    assert.deepEqual(namesOf('Mine deal signed\n\nBy Tom Hale\nOfficials met on Friday, 3 April.\n\nThe deal was signed.'), ['PERSON Tom Hale']);
    assert.deepEqual(namesOf('Comet seen again\n\nObituary | Science desk | 27.05.2026\n\nThe comet returned.'), []);
    assert.deepEqual(namesOf('Harbour reopens\n\nRotterdam, 3 March 2026 – By Henrike Vlasblom\n\nShips sailed.'), ['PLACE Rotterdam', 'PERSON Henrike Vlasblom']);
  });
});
