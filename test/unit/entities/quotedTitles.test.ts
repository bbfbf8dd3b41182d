import { strict as assert } from 'node:assert';
import { insideQuotedTitle } from '../../../src/core/entities/quotedTitles';
import { namesOf } from '../../support/entityMentions';

/** insideQuotedTitle asked about the first occurrence of `name` in `text`. */
function inTitle(text: string, name: string): boolean {
  const start = text.indexOf(name);
  return insideQuotedTitle(text, start, start + name.length);
}

describe('insideQuotedTitle: where a quoted title starts and ends', () => {
  it('finds a title in any quotation marks, a name anywhere inside it', () => {
    assert.equal(inTitle('The board adopted a plan titled “Cleaner Harbours for Coastal Towns” on Friday.', 'Coastal Towns'), true);
    assert.equal(inTitle("The survey, 'Safer Roads and Better Buses', came out in May.", 'Safer Roads'), true);
    assert.equal(inTitle('The agency’s paper « Fresh Routes for Maritime Trade » was cited.', 'Maritime Trade'), true);
  });

  it('finds none in quoted speech or outside the quotation', () => {
    assert.equal(inTitle('“We will rebuild Harbour Street by June,” the mayor said.', 'Harbour Street'), false);
    assert.equal(inTitle('The mayor of Port Ellis backed the plan “Cleaner Harbours for Coastal Towns”.', 'Port Ellis'), false);
  });

  it('never reads across a line break', () => {
    assert.equal(inTitle('A report titled “Cleaner Harbours\nfor Coastal Towns” was tabled.', 'Coastal Towns'), false);
    assert.equal(inTitle('A report titled “Cleaner Harbours for\nCoastal Towns” was tabled.', 'Cleaner Harbours'), false);
  });

  it('takes no apostrophe inside a word for the closing mark', () => {
    assert.equal(inTitle("The pamphlet 'Growers' Rights and Fair Markets' was handed out.", 'Fair Markets'), true);
  });

  it('looks no further than 160 characters either side of the name', () => {
    // The opening mark 160 characters before the name is seen, 161 before it is not; so is the closing one.
    assert.equal(inTitle(`The charter “${'Word '.repeat(31)}Abc Grand Union Canal Trust” was signed.`, 'Grand Union'), true);
    assert.equal(inTitle(`The charter “${'Word '.repeat(32)}Grand Union Canal Trust” was signed.`, 'Grand Union'), false);
    assert.equal(inTitle(`The charter “Grand Union Canal Trust ${'Word '.repeat(29)}” was signed.`, 'Grand Union'), true);
    assert.equal(inTitle(`The charter “Grand Union Canal Trust ${'Word '.repeat(30)}” was signed.`, 'Grand Union'), false);
  });
});

describe('recogniseEntities: head words inside a quoted title', () => {
  it('reads no body in the capitals a report’s quoted title gives a field or a trade', () => {
    assert.deepEqual(namesOf('The council published “Cold Homes: Rural Energy Security Beyond the Winter” on Monday.'), []);
    assert.deepEqual(namesOf("In its paper, 'Digital Payments and Financial Inclusion in Ghana', the bank said fees fell."), ['PLACE Ghana']);
  });

  it('still reads a body named by its head outside quotation marks', () => {
    assert.deepEqual(namesOf('The Kestrel Energy Group said it would close the plant.'), ['ORG Kestrel Energy Group']);
  });
});
