/**
 * Figures in quotes read as values, on short reports written for these tests: one remark whose
 * outlets write its figures in digits, in words, as a ratio, with a percent sign or as a time of
 * day, and one speaker's two remarks worded alike but giving other figures.
 */
import { strict as assert } from 'node:assert';
import { givesOtherFigures, withFigures } from '../../../src/core/compare/quoteNumbers';
import { readWords } from '../../../src/core/compare/readWords';
import { groups, memberTexts } from './quoteGroupsOf';

/** The senses of the content words of `text` once its figures are read. */
function figureSenses(text: string): string[] {
  return withFigures(readWords(text), text)
    .filter((w) => w.content)
    .map((w) => w.sense);
}

describe('figures in quotes', () => {
  it('reads a figure in digits, in words, as a ratio or with a percent sign as one value', () => {
    assert.deepEqual(figureSenses('Seventy-five percent'), figureSenses('75 percent'));
    assert.deepEqual(figureSenses('three out of every four'), figureSenses('75%'));
    assert.deepEqual(figureSenses('nine in ten'), figureSenses('90 percent'));
    assert.deepEqual(figureSenses('a dozen'), figureSenses('12'));
    assert.deepEqual(figureSenses('half a dozen'), figureSenses('six'));
    assert.deepEqual(figureSenses('two hundred and forty'), figureSenses('240'));
    assert.deepEqual(figureSenses('1,500'), figureSenses('fifteen hundred'));
    assert.deepEqual(figureSenses('half of them'), figureSenses('50 percent of them'));
    assert.deepEqual(figureSenses('two-thirds of the staff'), figureSenses('67% of the staff'));
    assert.deepEqual(figureSenses('a 5pc rise'), figureSenses('a five percent rise'));
  });

  it('reads "a.m." and "p.m." after an hour as the part of the day written out', () => {
    assert.deepEqual(figureSenses('at 9 a.m.'), figureSenses('at nine in the morning'));
    assert.deepEqual(figureSenses('by 4pm'), figureSenses('by four in the afternoon'));
    assert.deepEqual(figureSenses('after 8 p.m.'), figureSenses('after eight in the evening'));
    assert.ok(figureSenses('at 10:30 a.m.').includes(figureSenses('morning')[0]));
  });

  it('leaves a lone "one", a time span and a word that is no figure as they are', () => {
    assert.ok(!figureSenses('no one came').some((s) => /\d/.test(s)));
    assert.ok(!figureSenses('two goals in five minutes').includes('40'));
    assert.ok(!figureSenses('in the second half of the season').some((s) => /\d/.test(s)));
    assert.ok(!figureSenses('a quarter of an hour').some((s) => /\d/.test(s)));
    assert.ok(!figureSenses('I am here at dawn').includes(figureSenses('morning')[0]));
  });

  it('tells two remarks with other figures apart, and one remark with a figure in common', () => {
    const read = (text: string) => withFigures(readWords(text), text);
    assert.ok(givesOtherFigures(read('we have cleared 80 percent of the beaches'), read('we have cleared 40 percent of the beaches')));
    assert.ok(!givesOtherFigures(read('eight in ten beaches are clean by 10 a.m.'), read('80% of beaches are clean')));
    assert.ok(!givesOtherFigures(read('the beaches are clean'), read('80% of beaches are clean')));
    assert.ok(!givesOtherFigures(read('the fund holds 1.2 million dollars'), read('the fund holds 1,200,000 dollars')));
    assert.ok(!givesOtherFigures(read('20 000 people came'), read('20,000 people came')));
  });

  it('sets figures against each other only within one kind: years, or other figures', () => {
    const read = (text: string) => withFigures(readWords(text), text);
    assert.ok(!givesOtherFigures(read('the best harvest since 2009'), read('the best harvest in fifteen years')));
    assert.ok(givesOtherFigures(read('the best harvest since 2009'), read('the best harvest since 2011')));
    assert.ok(givesOtherFigures(read('in 2009 we lost 40 tonnes'), read('we lost 60 tonnes')));
  });

  it('links a coach\'s remark dating a record by its year in one outlet and by a span of years in another', () => {
    const found = groups({
      'wire.txt': 'Ajax beat Feyenoord 4-0 on Sunday. "This is the biggest win for this club since 2011," coach Pieter de Vries told reporters in Amsterdam.',
      'daily.txt': 'Coach Pieter de Vries spoke in Amsterdam after the 4-0 win. "It is the greatest win of this club in fourteen years," de Vries said.',
    });
    assert.equal(found.length, 1, memberTexts(found));
  });

  it('links a minister\'s remark written "Eighty percent" in one outlet and "eight in ten" in another', () => {
    const found = groups({
      'agencia.txt': 'Brazil\'s environment minister visited Belem on Tuesday. "Eighty percent of the fires in Para were set on purpose," minister Ana Souza told reporters.',
      'gazette.txt': 'Minister Ana Souza spoke in Belem. "Eight in ten blazes in Para were lit deliberately," Souza said.',
    });
    assert.equal(found.length, 1, memberTexts(found));
  });

  it('links a coach\'s remark giving "a dozen" in one outlet and "12" in another', () => {
    const found = groups({
      'ajans.txt': 'Galatasaray lost in Konya. "We created a dozen chances and scored none of them," coach Emre Aydin said after the match.',
      'sports.txt': 'Coach Emre Aydin was angry in Konya. "We made 12 chances and we did not score any," Aydin said.',
    });
    assert.equal(found.length, 1, memberTexts(found));
  });

  it('links an official\'s remark giving "10 a.m." in one outlet and "ten in the morning" in another', () => {
    const found = groups({
      'pti.txt': 'Heavy rain closed schools in Chennai. "The first relief convoy leaves Chennai at 10 a.m. tomorrow," railway official Ramesh Iyer said.',
      'daily.txt': 'Railway official Ramesh Iyer spoke in Chennai. "Our first trucks with supplies go out of Chennai at ten in the morning tomorrow," Iyer said.',
    });
    assert.equal(found.length, 1, memberTexts(found));
  });

  it('keeps apart one speaker\'s two remarks worded alike that give other figures', () => {
    const found = groups({
      'monday.txt': 'Seaweed covered the coast of Cancun. "We have cleared 80 percent of the beaches in the hotel zone," mayor Laura Ortiz said.',
      'friday.txt': 'Seaweed still covered the coast of Cancun. "We have cleared 40 percent of the beaches in the hotel zone," mayor Laura Ortiz said.',
    });
    assert.deepEqual(found, []);
  });

  it('links a remark giving "half of" a whole in one outlet and "50 percent" in another', () => {
    const found = groups({
      'nation.txt': 'Drought has hit Turkana county in Kenya. "Half of the boreholes we drilled are already dry," water officer Peter Lokwang said in Lodwar.',
      'wire.txt': 'Water officer Peter Lokwang spoke in Lodwar. "Fifty percent of the boreholes we sank are dry today," Lokwang said.',
    });
    assert.equal(found.length, 1, memberTexts(found));
  });
});
