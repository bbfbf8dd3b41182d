import { strict as assert } from 'node:assert';
import { namesOf } from '../../support/entityMentions';

describe('readBylines: reporters named in bylines and sign-offs', () => {
  it('reads a reporter’s name in capitals after "By" as a person, and the place after "in" as a place', () => {
    assert.deepEqual(namesOf('Dam levels fall\nBy TERESA NAKAMURA in Lisbon\nWater rationing began on Monday.'), ['PERSON TERESA NAKAMURA', 'PLACE Lisbon']);
  });

  it('reads two reporters joined by "and" as two people, and the agency after them as an organisation', () => {
    assert.deepEqual(namesOf('Court frees activist\nBy AMARA DIALLO and JONAS BERG Associated Press\nThe ruling came late on Friday.'), ['PERSON AMARA DIALLO', 'PERSON JONAS BERG', 'ORG Associated Press']);
    assert.deepEqual(namesOf('By KAI MORETTI, LENA FISCHER & OMAR HADDAD\nThe vote was close.'), ['PERSON KAI MORETTI', 'PERSON LENA FISCHER', 'PERSON OMAR HADDAD']);
  });

  it('reads no person in a byline that credits an outlet in capitals', () => {
    assert.deepEqual(namesOf('By KESTREL NEWS STAFF\nThe vote was close.'), ['ORG KESTREL NEWS']);
  });

  it('reads the reporters and editors of a wire’s sign-off as people, and its labels as no names', () => {
    const signOff = 'Oil fell two percent. (Reporting by Ingrid Halvorsen in Oslo; Additional reporting by Kwame Asante; Editing by Ruth Okoro and Ana de Souza)';
    assert.deepEqual(namesOf(signOff), ['PERSON Ingrid Halvorsen', 'PLACE Oslo', 'PERSON Kwame Asante', 'PERSON Ruth Okoro', 'PERSON Ana de Souza']);
  });

  it('reads a sign-off’s labels wherever a line or a bracket opens them, and no label inside a sentence', () => {
    assert.deepEqual(namesOf('Shares rose.\nWriting by Lena Brandt; Further editing by Omar Haddad\nGraphics by Mei Tanaka'), ['PERSON Lena Brandt', 'PERSON Omar Haddad', 'PERSON Mei Tanaka']);
    assert.deepEqual(namesOf('The talks resumed (With reporting by Sione Taufa).'), ['PERSON Sione Taufa']);
    // "reporting by" inside a sentence, and a label glued to another word, open no sign-off.
    assert.ok(namesOf('Misreporting by Channel Nine was criticised.').some((n) => n.includes('Channel Nine')));
    assert.ok(namesOf('She praised the reporting by Harbour Weekly.').some((n) => n.includes('Harbour Weekly')));
  });
});

describe('readBylines: a byline in ordinary case on a short line', () => {
  it('reads the reporters of a bold newsletter byline as people, whatever their given names', () => {
    assert.deepEqual(namesOf('**By Marit Oosterhuis** | 20 November 2026\n\nThe bridge reopened.'), ['PERSON Marit Oosterhuis']);
    assert.deepEqual(namesOf('*By Ilka Várnai and Tove Brekk* | Harbour Weekly\n\nThe bridge reopened.'), ['PERSON Ilka Várnai', 'PERSON Tove Brekk', 'ORG Harbour Weekly']);
  });

  it('leaves a reporter’s beat after the name no person, and a sentence opened by "By" no byline', () => {
    assert.deepEqual(namesOf('By Ilka Várnai, Transport Correspondent\n\nThe bridge reopened.').filter((n) => n.startsWith('PERSON')), ['PERSON Ilka Várnai']);
    assert.deepEqual(namesOf('By Christmas Day, the shelters were full.').filter((n) => n.startsWith('PERSON')), []);
  });
});
