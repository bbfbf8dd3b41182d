import { strict as assert } from 'node:assert';
import { speakers } from '../../support/quoteSpeakers';

describe('pronouns after a subject that names nobody by name', () => {
  it('gives "she added" to the organisation a spokeswoman spoke for (transport, humanitarian)', () => {
    const airport = 'Passengers queued for hours at Westhaven Airport on Friday. A spokeswoman for the airport said it regretted the delays. She added: “Most flights will leave tomorrow.”';
    assert.deepEqual(speakers(airport), ['Westhaven Airport']);
    const agency = 'Minister Omar Diallo visited the camp. A spokesman for the UN refugee agency, UNHCR, who travelled with him, said trucks were scarce. “Every lorry we send is one we cannot send elsewhere,” he said.';
    assert.deepEqual(speakers(agency), ['UNHCR']);
  });

  it('reads a woman’s form of address in the subject’s relative clause as the name’s, not the spokesman’s (health, diplomacy)', () => {
    const health = 'Health Minister Leila Haddad toured the ward on Monday. A spokesman for the World Health Organization, who stood beside Ms Haddad, said oxygen was running low. “We need more cylinders,” he said.';
    assert.deepEqual(speakers(health), ['World Health Organization']);
    const diplomacy = 'Queen Sofia opened the summit in Madrid. A spokesman for the Arab League, who had met the Queen earlier, said the talks would run late. “Nobody is leaving tonight,” he said.';
    assert.deepEqual(speakers(diplomacy), ['Arab League']);
  });

  it('gives "she said" to nobody when an unnamed person spoke since the last named subject (local news, courts)', () => {
    const shelter = 'Mayor Ana Ruiz opened the shelter on Monday. One resident said the roof had leaked for weeks. “We have nowhere else to go,” she said.';
    assert.deepEqual(speakers(shelter), [null]);
    const court = 'Judge Mark Ellis adjourned the hearing. A juror told the court she had been approached outside. “I was frightened,” she said.';
    assert.deepEqual(speakers(court), [null]);
  });

  it('keeps the named subject when the description is an apposition to it or stands in reported speech (sport, labour)', () => {
    const sport = 'Tomas Berg, a fisherman’s son known locally as “the Seal”, promised the club would recover. “We will be back,” he said.';
    assert.deepEqual(speakers(sport).slice(1), ['Tomas Berg']);
    const labour = 'Mr Halvorsen said his manager had warned the crew that complaints would be punished. He said he “could not risk it”.';
    assert.deepEqual(speakers(labour), ['Halvorsen']);
  });

  it('reads the unnamed speaker after "“…,” said" too, and never the owner named before (sport, business)', () => {
    const sport = 'The owner, Marcus Bell, was booed on Saturday. “The fans are right,” said a former player. “He has to go,” he added.';
    assert.deepEqual(speakers(sport), [null, null]);
    const business = 'Chief executive Anna Berg left the meeting early. “We have not seen the offer,” said a spokesman for Halden Foods. “It may take weeks,” he added.';
    assert.deepEqual(speakers(business), ['Halden Foods', 'Halden Foods']);
  });

  it('gives "she shouted" to nobody after an unnamed onlooker or shopper stands as the subject of any clause (courts, protest)', () => {
    const court = 'Her agent, Dana Lee, said the actress was “grateful to fans”. One onlooker, a woman walking her own pug outside the courthouse, was less diplomatic. “Give her the dog,” she shouted.';
    assert.deepEqual(speakers(court).slice(1), [null]);
    const protest = 'Mayor Ines Ferro promised an inquiry into the closure. A shopper, who had stopped to watch the march, was unimpressed. “They promise every year,” she said.';
    assert.deepEqual(speakers(protest), [null]);
  });
});

