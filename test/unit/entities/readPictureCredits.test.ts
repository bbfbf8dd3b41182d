import { strict as assert } from 'node:assert';
import { namesOf } from '../../support/entityMentions';

describe('readPictureCredits: the names of a picture credit', () => {
  it('reads a photographer and an agency or outlet parted by a slash, whatever their words look like', () => {
    assert.deepEqual(namesOf('The ferry docked at noon.\nPicture: Owen Pryce/Tenby Observer'), ['PERSON Owen Pryce', 'ORG Tenby Observer']);
    assert.deepEqual(namesOf('The ferry docked at noon.\nPhoto: Clara Voss / epd'), ['PERSON Clara Voss', 'ORG epd']);
    assert.deepEqual(namesOf('The ferry docked at noon. © Rafael Ortega / Cordillera Images'), ['PERSON Rafael Ortega', 'ORG Cordillera Images']);
  });

  it('reads an agency first and a photographer after the slash', () => {
    assert.deepEqual(namesOf('*Photos: KRTV / Ingrid Halvorsen*'), ['ORG KRTV', 'PERSON Ingrid Halvorsen']);
    assert.deepEqual(namesOf('Photos courtesy of Bram de Wit / Team Kinabalu North.'), ['PERSON Bram de Wit', 'ORG Team Kinabalu North']);
  });

  it('reads a photographer and an outlet in brackets closing a caption', () => {
    assert.deepEqual(namesOf('Volunteers fill sandbags on Monday. (Tobias Lindqvist/Lakeland County Star)'), ['PERSON Tobias Lindqvist', 'ORG Lakeland County Star']);
    assert.deepEqual(namesOf('Volunteers fill sandbags on Monday. (Anouk Peeters/ANP)'), ['PERSON Anouk Peeters', 'ORG ANP']);
  });

  it('reads a credit "by" a photographer, and one "for" an outlet', () => {
    assert.deepEqual(namesOf('(Photo by Rosa Almeida)'), ['PERSON Rosa Almeida']);
    assert.deepEqual(namesOf('Photographs by Piotr Zielinski for The Lantern'), ['PERSON Piotr Zielinski', 'ORG The Lantern']);
  });

  it('reads a credit whose opening is written in capitals, and none in a text with no credit’s opening', () => {
    assert.deepEqual(namesOf('The harbour wall gave way overnight.\nPHOTOGRAPH: Maren Solberg/Fjordposten'), ['PERSON Maren Solberg', 'ORG Fjordposten']);
    assert.deepEqual(namesOf('The harbour wall gave way overnight, said Maren Solberg.'), ['PERSON Maren Solberg']);
  });

  it('reads no credit in a caption’s sentence after "Photo:", nor in a slash between common words', () => {
    assert.deepEqual(namesOf('Photo: Members of the choir rehearse in the nave on Sunday.'), []);
    assert.deepEqual(namesOf('Photo: Staff sort parcels on Friday. Photo: Reuters/file'), ['ORG Reuters']);
  });
});
