import { strict as assert } from 'node:assert';
import { namesOf } from '../../support/entityMentions';

describe('typeVenuesByPlacement: a body’s building the text sets something at', () => {
  it('reads a building named like a body as a place after a preposition of place', () => {
    assert.deepEqual(namesOf('Mourners gathered at the Ridgeway Fountain in Harare.'), ['PLACE Ridgeway Fountain', 'PLACE Harare']);
    assert.deepEqual(namesOf('The minister told reporters at the Mokoena Centre that talks would resume.'), ['PLACE Mokoena Centre']);
    assert.deepEqual(namesOf('Voters queued outside the Whitcombe Library on Tuesday.'), ['PLACE Whitcombe Library']);
  });

  it('keeps the body where people work or study at it, or where it speaks', () => {
    assert.deepEqual(namesOf('A curator at the Okavango Museum said the masks were safe.'), ['ORG Okavango Museum']);
    assert.deepEqual(namesOf('She studied at the Tamale Centre before the war.'), ['ORG Tamale Centre']);
    assert.deepEqual(namesOf('Flight controllers at the Bremen Operations Centre lost contact.'), ['ORG Bremen Operations Centre']);
    assert.deepEqual(namesOf('The Okavango Museum said it would reopen. Visitors queued outside the Okavango Museum.'), ['ORG Okavango Museum', 'ORG Okavango Museum']);
  });

  it('reads a club, a house or a market the text sets something at as a place, even when another body’s head qualifies it', () => {
    assert.deepEqual(namesOf('Kenya beat Uganda at Mutare Sports Club yesterday.'), ['PLACE Kenya', 'PLACE Uganda', 'PLACE Mutare Sports Club']);
    assert.deepEqual(namesOf('Protesters gathered outside Assembly House and at the Makola Market.'), ['PLACE Assembly House', 'PLACE Makola Market']);
    assert.deepEqual(namesOf('The Mutare Sports Club said the pitch was ready. Fans queued at Mutare Sports Club.'), ['ORG Mutare Sports Club', 'ORG Mutare Sports Club']);
  });

  it('keeps an institution housed in a building a body', () => {
    assert.deepEqual(namesOf('The injured were treated at the Kumasi University Hospital Centre.'), ['ORG Kumasi University Hospital Centre']);
  });
});
