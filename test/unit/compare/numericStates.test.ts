/**
 * Counts of people told by their state: those trapped are the missing a search has not reached,
 * those pulled out alive the rescued, a count "listed as missing" counts the missing, and people
 * "living" somewhere are no deaths, though "lives" and "living" share a stem; nor are "deadly"
 * floods. Short reports of an avalanche, a capsized trawler, a hotel collapse and a flooded mine
 * written for this test, analysed by the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { numericFindings as numeric } from './numericFindings';

const AVALANCHE = {
  'wire.txt': `Avalanche buries climbers in the Tatras

ZAKOPANE (Wire) - Rescuers were digging on Sunday for 14 skiers still trapped under the snow after an avalanche swept a crowded trail in the Tatra mountains, mountain rescue officials said.`,
  'daily.txt': `Eleven climbers missing after Tatra avalanche

Eleven people were missing on Sunday after an avalanche swept a crowded trail in the Tatra mountains, mountain rescue officials said.`,
};

const SEARCH = {
  'wire.txt': 'Rescuers dug on Sunday for 14 trapped skiers after an avalanche swept a crowded trail in the Tatra mountains.',
  'daily.txt': 'Rescuers searched on Sunday for 11 missing skiers after an avalanche swept a crowded trail in the Tatra mountains.',
};

const TRAWLER = {
  'wire.txt': `Trawler capsizes off Shetland

LERWICK (Wire) - Six crew members are still listed as missing after a trawler capsized in a storm off Shetland on Monday, the coastguard said.`,
  'daily.txt': `Shetland trawler sinks in storm

Eight people were missing after a trawler capsized in a storm off Shetland on Monday, the coastguard said.`,
};

const HOTEL = {
  'wire.txt': `Hotel collapses in Antakya

ANTAKYA (Wire) - Firefighters pulled 23 people alive from the rubble of a six-floor hotel that collapsed in Antakya on Tuesday, the governor said. Most of the 60 people living in the hotel were seasonal workers.`,
  'daily.txt': `Antakya hotel collapse kills 17

Seventeen people died when a hotel collapsed in Antakya on Tuesday, the governor said. Rescuers brought out 30 survivors from the rubble overnight.`,
};

const FLOODED_MINE = {
  'wire.txt': `Miners killed in flooded Shanxi pit

TAIYUAN (Wire) - Water flooded a coal mine in Shanxi province on Saturday, killing miners working the night shift, state media said. The province has seen at least four deadly mine floods since 2019.`,
  'daily.txt': `Shanxi mine flood kills nine

Nine miners were killed when water flooded a coal mine in Shanxi province on Saturday, state media said.`,
};

describe('numeric discrepancies in counts of people told by their state', () => {
  it('sets the trapped against the missing ("14 skiers still trapped" / "Eleven people were missing", "14 trapped skiers" / "11 missing skiers")', () => {
    assert.deepEqual(numeric(AVALANCHE, 'wire.txt'), ['14 → Eleven']);
    assert.deepEqual(numeric(SEARCH, 'wire.txt'), ['14 → 11']);
  });

  it('reads "listed as missing" as a count of the missing', () => {
    assert.deepEqual(numeric(TRAWLER, 'wire.txt'), ['Six → Eight']);
  });

  it('sets people pulled out alive against survivors, and the people living in a building against no death toll', () => {
    assert.deepEqual(numeric(HOTEL, 'wire.txt'), ['23 → 30']);
  });

  it('takes "deadly" for no count of the dead ("four deadly mine floods" / "Nine miners were killed")', () => {
    assert.deepEqual(numeric(FLOODED_MINE, 'wire.txt'), []);
  });
});
