import { strict as assert } from 'node:assert';
import { speakers } from '../../support/quoteSpeakers';

describe('a spokesperson who speaks again later', () => {
  it('gives a bare "the spokesman" the organisation the spokesman before it spoke for', () => {
    const trade = 'A spokesman for the Federal Maritime Commission said inspectors had boarded the ship on Sunday. “The crew cooperated fully,” the spokesman said.';
    assert.deepEqual(speakers(trade), ['Federal Maritime Commission']);
    const science = 'A spokeswoman for the Royal Botanic Institute said the seeds had arrived. “They are stored at minus twenty degrees,” the spokeswoman added.';
    assert.deepEqual(speakers(science), ['Royal Botanic Institute']);
  });

  it('never gives "the spokesman" to a person named before, nor past a spokeswoman of the other gender', () => {
    assert.deepEqual(speakers('Coach Ana Ruiz said the squad would travel on Friday. “Two players are injured,” the spokesman said.'), [null]);
    assert.deepEqual(speakers('A spokeswoman for the Federal Maritime Commission said inspectors had boarded. “The crew cooperated,” the spokesman said.'), [null]);
  });

  it('reads common nouns before the body\'s head word as the body described ("a fire service spokeswoman")', () => {
    assert.deepEqual(speakers('A fire service spokeswoman said crews had reached the third floor. “The building is not safe to enter,” she said.'), ['the fire service']);
    assert.deepEqual(speakers('A health ministry spokesman said the vaccine was “safe for children over five”.'), ['the health ministry']);
    assert.deepEqual(speakers('A former police spokesman said the inquiry was “a whitewash”.'), [null]);
  });

  it('gives "the spokesman" the body the spokesman before it spoke for, not an organisation in focus before that (food safety)', () => {
    const recall = 'Harbour Foods cut its profit forecast on Monday. A spokesman for the Food Standards Agency said the recall was voluntary. “No illness has been reported,” the spokesman said.';
    assert.deepEqual(speakers(recall), ['Food Standards Agency']);
  });

  it('reads a spokesperson after a sentence-opening phrase with a place as the subject a later "the spokesperson" means', () => {
    const trade = 'In Geneva, a Tribunal spokesperson said the panel would sit in March. The spokesperson added that the Tribunal was “open to written submissions” from both states.';
    assert.deepEqual(speakers(trade), ['the Tribunal']);
    const science = 'In Toulouse, a spokesman for the European Space Agency said the launch would slip. “The fault is in the second stage,” the spokesman said.';
    assert.deepEqual(speakers(science), ['European Space Agency']);
  });

  it('credits the body a country owns, described by common nouns ("a spokesman for Senegal’s foreign ministry")', () => {
    assert.deepEqual(speakers('A spokeswoman for Kenya’s health ministry said after the meeting that the vaccine was “safe for children”.'), ['Kenya’s health ministry']);
    assert.deepEqual(speakers('Norway’s fisheries ministry said the quota was “final”.'), ['Norway’s fisheries ministry']);
    assert.deepEqual(speakers('The firm’s board said the deal was “dead”.'), [null]);
  });

  it('lets a bare "the spokesperson" who reports a clause in between still speak for the body named first (police, rescue)', () => {
    const text = 'A spokesperson for the Harbour Police, the city’s marine unit, said: “The search was long and hard.” The spokesperson said the pier had been closed.\n\n“We ask people to keep away from the water,” the spokesperson said.';
    assert.deepEqual(speakers(text), ['Harbour Police', 'Harbour Police']);
  });
});
