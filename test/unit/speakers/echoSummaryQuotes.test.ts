import { strict as assert } from 'node:assert';
import { speakerOf } from '../../support/quoteSpeakers';

describe('echoSummaryQuotes', () => {
  it('gives a headline quote the speaker of the body quote that repeats its words (business)', () => {
    const text = [
      'Brewer cuts 900 jobs in ‘painful but necessary’ overhaul',
      '',
      'Halden Breweries will close two plants in the north of England, the company announced on Wednesday.',
      '',
      '“This is a painful but necessary step for a business that has lost a third of its volume,” chief executive Priya Ramsay said.',
    ].join('\n');
    assert.equal(speakerOf(text, 'painful but necessary'), 'Priya Ramsay');
  });

  it('credits a standfirst quote whose content words the body repeats in another order (sport)', () => {
    const text = [
      'Wanderers sack manager after seventh straight defeat',
      'Club chairman says results were “simply not acceptable” for a side of this size',
      '',
      'Wanderers dismissed their manager on Sunday night after a 3-0 home defeat to Ashby Town.',
      '',
      'Chairman Colin Mabbott said in a statement: “For a club of our size, the results this season have not been acceptable, simply put.”',
    ].join('\n');
    assert.equal(speakerOf(text, 'simply not acceptable'), 'Colin Mabbott');
  });

  it('leaves a headline quote without a speaker when two people in the story say its words (politics)', () => {
    const text = [
      'Senators trade blows over ‘broken promises’ on housing',
      '',
      'The housing bill stalled again in the state senate on Tuesday.',
      '',
      '“These are broken promises to every renter,” Senator Ruth Calloway said.',
      '',
      '“The broken promises were made by the last administration,” Senator Dale Whitcomb replied.',
    ].join('\n');
    assert.equal(speakerOf(text, 'broken promises'), null);
  });

  it('does not credit a lone reworded word: one shared word is not the same quote (science)', () => {
    const text = [
      'Probe data ‘remarkable’, say astronomers',
      '',
      'The Keldon space telescope returned its first images of the comet on Friday.',
      '',
      '“It is a remarkably clean signal,” said Dr Amara Osei, who leads the imaging team.',
    ].join('\n');
    assert.equal(speakerOf(text, 'remarkable'), null);
  });
  it('gives a crosshead quote the speaker of the quote below it that repeats its words, never one above it (local politics, health)', () => {
    const text = [
      '# Library hours cut in budget squeeze',
      '',
      'The council will close three branch libraries on Saturdays from April, officials said.',
      '',
      '## A ‘false economy’',
      '',
      'Campaigner Ruth Ellison called the plan “a false economy that hurts children first”.',
      '',
      '## Staff ‘left in the dark’',
      '',
      'Union official Dev Mahal said library staff had been “left in the dark” for weeks.',
    ].join('\n');
    assert.equal(speakerOf(text, 'false economy'), 'Ruth Ellison');
    assert.equal(speakerOf(text, 'left in the dark'), 'Dev Mahal');
    const above = [
      '# Clinic to close',
      '',
      'Dr Lena Ortiz said the clinic had been “starved of funds” for a decade.',
      '',
      '## ‘Starved of funds’',
      '',
      'The health board will hold a public meeting on Friday.',
    ].join('\n');
    assert.equal(speakerOf(above, 'Starved of'), null);
  });

  it('credits the person the story names over the country or firm a headline makes the subject (diplomacy, business)', () => {
    const country = [
      'Chile says copper deal ‘no longer on the table’',
      '',
      'Chile’s mining minister, Rosa Valdés, told reporters in Santiago on Monday that the agreement was “no longer on the table” after months of talks.',
    ].join('\n');
    assert.equal(speakerOf(country, 'no longer on the table'), 'Rosa Valdés');
    const firm = [
      'Maltby Foods rejects bid as ‘derisory’',
      '',
      'The board of Maltby Foods met on Sunday. Its chair, Helen Stroud, called the offer “derisory” in a letter to shareholders.',
    ].join('\n');
    assert.equal(speakerOf(firm, 'derisory'), 'Helen Stroud');
  });

  it('prefers the body quote of just the headline’s words to a longer one that holds them (politics, sport)', () => {
    const politics = [
      'Opposition wants ‘full audit’ of the port deal',
      '',
      'The port contract was signed in March without a tender.',
      '',
      'Senator Ana Ruiz said the opposition would demand a “full audit” of the contract.',
      '',
      '“There will be no full audit, because there is nothing to hide,” Transport Minister Tomas Berg said.',
    ].join('\n');
    assert.equal(speakerOf(politics, 'full audit'), 'Ana Ruiz');
    const sport = [
      'Coach blames ‘ridiculous’ schedule',
      '',
      'Rovers lost their third away game in eight days on Saturday.',
      '',
      'Coach Lena Marsh called the schedule “ridiculous”.',
      '',
      '“It is not ridiculous, it is the calendar,” league chief Paul Okafor said.',
    ].join('\n');
    assert.equal(speakerOf(sport, 'ridiculous'), 'Lena Marsh');
  });

  it('keeps an organisation a standfirst names as its speaker when the story credits it with words of its own, whoever repeats the words below', () => {
    const text = [
      'Ring payments reach the ticket gates',
      '',
      'The start-up\'s payment ring works on ticket gates from June. The Digital Liberty Trust calls it “a tracker you wear to bed”.',
      '',
      'By Ann Byrne',
      '',
      'Commuters in two capitals will be able to pay with a ring from June.',
      '',
      'Not everyone is convinced. The Digital Liberty Trust said the ring\'s “always on” chip could log every journey. Its policy director, Jim Osei-Reid, wrote on X: “A tracker you wear to bed is still a tracker.”',
    ].join('\n');
    assert.equal(speakerOf(text, 'a tracker you wear to bed'), 'Digital Liberty Trust');
  });
});
