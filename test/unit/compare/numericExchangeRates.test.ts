/**
 * One sum given in two currencies is compared by rough rates (src/core/values/exchangeRates.ts): a
 * conversion far from the day's rate gives the reader another sum, one near it the same; a
 * report's own conversion of a sum ("250 million meticais (about 3.9 million US dollars)") does
 * not excuse it, nor does the sum it converts agreeing by the rate with a peer that gives another sum
 * in its currency; "Rs" and "shillings", which several countries write, are not converted; a bare
 * "$" may be a paper's own dollar. Short reports of an evacuation fund, a fishing ban, a cricket
 * auction, an impairment, a seaweed plant and an archive flood written for this test, analysed by the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { numericFindings as numeric } from './numericFindings';

const FUND = {
  'wire.txt': `Valais releases emergency fund for evacuated village

SION (Wire) - The canton of Valais will release an emergency fund of CHF 5 million for the families evacuated from the village of Arbonnaz below the unstable glacier, the cantonal government said on Monday.`,
  'daily.txt': `Swiss canton sets up fund for glacier evacuees

The canton of Valais has set up an emergency fund worth about £3m for the families evacuated from Arbonnaz below the unstable glacier, the cantonal government said on Monday.`,
  'paper.txt': `Arbonnaz evacuees to get help

The Valais cantonal government said on Monday that an emergency fund of 5.2 million US dollars would pay for the families evacuated from Arbonnaz below the unstable glacier.`,
};

const BAN = {
  'agency.txt': `Mozambique closes Sofala Bank to shrimp trawlers

BEIRA (Agency) - Mozambique will close the Sofala Bank to shrimp trawling for four months and will create a support fund of 250 million meticais (about 3.9 million US dollars) for artisanal fishers during the closure, the fisheries minister said on Tuesday.`,
  'weekly.txt': `Sofala Bank shrimp ban to squeeze supply

Mozambique will close the Sofala Bank to shrimp trawling for four months, the fisheries minister said on Tuesday. Artisanal fishers will be compensated from a support fund of 250 million meticais (around £4.8 million) during the closure.`,
};

const IMPAIRMENT = {
  'wire.txt': `Emsland Chemie to close Marl ammonia plant

FRANKFURT (Wire) - Emsland Chemie will close its ammonia plant in Marl and book an impairment of €640 million ($580 million) in the third quarter, the company said on Thursday.`,
  'daily.txt': `Emsland Chemie shuts Marl ammonia unit

Emsland Chemie will close its Marl ammonia plant and book a €640mn ($745mn) impairment in the third quarter, the company said on Thursday.`,
};

const AUCTION = {
  'daily.txt': `Record IPL fee for Fitz-Hardinge

Lucknow Super Giants bought the Australian fast bowler Jack Fitz-Hardinge for Rs 26.75 crore at the player auction in Abu Dhabi on Tuesday, a record fee for an overseas player.`,
  'site.txt': `Fitz-Hardinge's record IPL deal

Lucknow Super Giants paid $2.2 million for the Australian fast bowler Jack Fitz-Hardinge at the player auction in Abu Dhabi on Tuesday, a record fee for an overseas player.`,
};

const SEAWEED = {
  'wire.txt': `Zanzibar sets seaweed floor price

ZANZIBAR (Wire) - Zanzibar will build a seaweed processing plant on Pemba at a cost of 500 million shillings, the fisheries minister said on Tuesday.`,
  'weekly.txt': `Zanzibar plans Pemba seaweed plant

Zanzibar will build a seaweed processing plant on Pemba at a cost of $2.5 million, the fisheries minister said on Tuesday.`,
};

const ARCHIVE = {
  'wire.txt': `Archive flood recovery costs mount

CANBERRA (Wire) - The recovery from the February flood in the national screen archive's basement vault has so far cost A$3.8 million, the archive's director told a Senate estimates hearing on Tuesday.`,
  'daily.txt': `Archive flood bill grows

The recovery from the February flood in the national screen archive's basement vault has so far cost $3.8 million, the archive's director told a Senate estimates hearing on Tuesday.`,
};

describe('numeric discrepancies in two currencies', () => {
  it('sets a sum in Swiss francs against one in pounds that is far from it, and not against one in dollars that is near it', () => {
    assert.deepEqual(numeric(FUND, 'daily.txt'), ['about £3m → CHF 5 million, 5.2 million']);
    assert.deepEqual(numeric(FUND, 'wire.txt'), ['CHF 5 million → about £3m']);
    assert.deepEqual(numeric(FUND, 'paper.txt'), ['5.2 million → about £3m']);
  });

  it('flags two conversions of one sum that disagree, each against the other, and not the sum they convert', () => {
    assert.deepEqual(numeric(BAN, 'weekly.txt'), ['around £4.8 million → about 3.9 million']);
    assert.deepEqual(numeric(BAN, 'agency.txt'), ['about 3.9 million → around £4.8 million']);
  });

  it('sets a conversion against the peer\'s in the same currency, though the sum converted agrees by the rate', () => {
    assert.deepEqual(numeric(IMPAIRMENT, 'wire.txt'), ['$580 million → $745mn']);
    assert.deepEqual(numeric(IMPAIRMENT, 'daily.txt'), ['$745mn → $580 million']);
  });

  it('does not convert rupees written "Rs", which several countries write', () => {
    assert.deepEqual(numeric(AUCTION, 'daily.txt'), []);
    assert.deepEqual(numeric(AUCTION, 'site.txt'), []);
  });

  it('does not convert shillings named after the amount, which Kenya, Tanzania and Uganda write', () => {
    assert.deepEqual(numeric(SEAWEED, 'wire.txt'), []);
    assert.deepEqual(numeric(SEAWEED, 'weekly.txt'), []);
  });

  it('reads a bare "$" as the Australian dollar another report names', () => {
    assert.deepEqual(numeric(ARCHIVE, 'wire.txt'), []);
    assert.deepEqual(numeric(ARCHIVE, 'daily.txt'), []);
  });
});
