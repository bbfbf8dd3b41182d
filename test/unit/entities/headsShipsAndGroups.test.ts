import { strict as assert } from 'node:assert';
import { recogniseEntities } from '../../../src/core/entities/recogniseEntities';
import { tokenize } from '../../../src/core/nlp/engine';

/** The name mentions of a text (people, organisations, places and OTHER names) as "TYPE text" strings. */
function names(text: string): string[] {
  return recogniseEntities(text, tokenize(text), [])
    .filter((e) => ['PERSON', 'ORG', 'PLACE', 'OTHER'].includes(e.type))
    .map((e) => `${e.type} ${e.text}`);
}

describe('recogniseEntities: title words that qualify a body’s head', () => {
  it('keeps "General" and "Royal" before a hospital or an assembly inside the body’s name', () => {
    assert.deepEqual(names('The driver was flown to Halifax General Hospital overnight.'), ['ORG Halifax General Hospital']);
    assert.deepEqual(names('Nurses at Bradford Royal Infirmary walked out.'), ['ORG Bradford Royal Infirmary']);
    assert.deepEqual(names('Two patients were moved to Mbarara General Hospital on Sunday.'), ['ORG Mbarara General Hospital']);
  });

  it('still reads "General" as a title before a holder’s name', () => {
    assert.deepEqual(names('Attorney General Rhian Morgan said the case was closed.'), ['PERSON Rhian Morgan']);
  });

  it('reads a district or circuit after an abbreviated country as part of a judge’s title', () => {
    assert.deepEqual(names('U.S. District Judge Hannah Okafor blocked the order.'), ['PLACE U.S.', 'PERSON Hannah Okafor']);
    assert.deepEqual(names('US Circuit Judge Paul Brennan wrote the dissent.'), ['PLACE US', 'PERSON Paul Brennan']);
    assert.deepEqual(names('Dallas County Judge Clay Lewis declared a disaster.'), ['PLACE Dallas County', 'PERSON Clay Lewis']);
  });

  it('types infirmaries, hospices, archdioceses and shipping lines as organisations', () => {
    assert.deepEqual(names('She spent a week at St Columba’s Hospice.'), ['ORG St Columba’s Hospice']);
    assert.deepEqual(names('The Archdiocese of Dublin apologised on Friday.'), ['ORG Archdiocese of Dublin']);
    assert.deepEqual(names('Tickets for Baltic Sea Lines went on sale.'), ['ORG Baltic Sea Lines']);
  });
});

describe('recogniseEntities: ships', () => {
  it('reads a vessel’s prefix and the words after it as one thing, whatever the words look like', () => {
    assert.deepEqual(names('The MV Lady Grace ran aground off Cork.'), ['OTHER MV Lady Grace', 'PLACE Cork']);
    assert.deepEqual(names('Scientists aboard the RV Southern Star took samples.'), ['OTHER RV Southern Star']);
    assert.deepEqual(names('HMS Prince of Wales left Portsmouth on Monday.'), ['OTHER HMS Prince of Wales', 'PLACE Portsmouth']);
  });
});

describe('recogniseEntities: groups opening a sentence', () => {
  it('names nothing with a common plural that opens a sentence', () => {
    assert.deepEqual(names('Forecasters expect more rain on Friday.'), []);
    assert.deepEqual(names('Witnesses said the lorry did not stop.'), []);
    assert.deepEqual(names('Bakers told the inquiry flour prices had doubled.'), []);
  });

  it('keeps companies named in the plural or after a person', () => {
    assert.deepEqual(names('Barclays said profits rose.'), ['ORG Barclays']);
  });
});
