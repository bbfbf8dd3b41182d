import { strict as assert } from 'node:assert';
import { isRoleNoun } from '../../../src/core/entities/gazetteer';
import { namesAndThingsOf } from '../../support/entityMentions';

describe('recogniseEntities: nouns of people WordNet files under noun.person', () => {
  it('leaves a kind of person opening a sentence out of the name after it, on any beat', () => {
    assert.deepEqual(namesAndThingsOf('Villager Somchai Wongsa said the water rose overnight.'), ['PERSON Somchai Wongsa']);
    assert.deepEqual(namesAndThingsOf('Passenger Tomasz Wróbel said the driver braked hard.'), ['PERSON Tomasz Wróbel']);
    assert.deepEqual(namesAndThingsOf('Churchgoer Beatriz Mendes said the bells were silent.'), ['PERSON Beatriz Mendes']);
    assert.deepEqual(namesAndThingsOf('Contestant Yuki Tanaka won the final round.'), ['PERSON Yuki Tanaka']);
    assert.deepEqual(namesAndThingsOf('Depositor Hamid Farouk said his savings were frozen.'), ['PERSON Hamid Farouk']);
  });

  it('keeps a noun that also names a unit or a body out of the list, so a body’s head stays in its name', () => {
    assert.equal(isRoleNoun('bystander'), true);
    assert.equal(isRoleNoun('guard'), false);
    assert.deepEqual(namesAndThingsOf('The Indonesian Coast Guard’s Region 2 command in Batam sent a cutter.'), ['ORG Indonesian Coast Guard', 'PLACE Batam']);
  });

  it('keeps out a word WordNet meets more often as a verb or an adjective, so "have" places nothing before it', () => {
    assert.equal(isRoleNoun('have'), false);
    assert.equal(isRoleNoun('independent'), false);
    assert.deepEqual(namesAndThingsOf('Some coastal Nationals have broken ranks.'), []);
    assert.deepEqual(namesAndThingsOf('Both Stormers have been fined by the league.'), []);
  });

  it('leaves surnames that are also trades a person’s name', () => {
    assert.deepEqual(namesAndThingsOf('Diane Sawyer said the show was over. Sawyer added that she was proud.'), ['PERSON Diane Sawyer', 'PERSON Sawyer']);
    assert.deepEqual(namesAndThingsOf('Peter Bowman scored twice. Bowman said the pitch was heavy.'), ['PERSON Peter Bowman', 'PERSON Bowman']);
  });
});
