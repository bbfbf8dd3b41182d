/**
 * What a number is read as before any comparison: a number word after a town whose name ends like a
 * month ("in Abidjan. Nine …" is no "Jan. 9"), a year that dates a named event ("the 2036 Games")
 * against one that counts a plural noun ("2000 homes"), "three dozen", a number joined to a noun by
 * a hyphen ("a six-storey hotel"), an age ("a 27-year-old"), and amounts in dollars of other
 * countries ("R$", "C$", "NZ$"). Sentences written for this test.
 */
import { strict as assert } from 'node:assert';
import { findQuantityMentions } from '../../../src/core/compare/findQuantityMentions';
import { readWords } from '../../../src/core/compare/readWords';
import type { TextUnit } from '../../../src/core/compare/splitIntoUnits';
import { numericFindings as numeric } from './numericFindings';

/** The mentions of the unit from offset `from` to the end of `text` (the text before it is context only), as "text value unit". */
function mentions(text: string, from = 0): string[] {
  const unit: TextUnit = { start: from, end: text.length, source: 0, id: 0, words: readWords(text).filter((w) => w.start >= from), block: null };
  return findQuantityMentions(text, unit).map((m) => `${text.slice(m.start, m.end)} ${m.quantity.value} ${m.quantity.unit}`);
}

/** The mentions of the last sentence of `text`. */
function lastSentence(text: string): string[] {
  return mentions(text, text.lastIndexOf('. ') + 2);
}

describe('what a number is read as', () => {
  it('reads a number word after a word that ends like a month as a count, not a date', () => {
    assert.deepEqual(lastSentence('The ferry sank off Abidjan. Nine people are missing.'), ['Nine 9 people']);
    assert.deepEqual(lastSentence('The mosque was built by Omar. Seven imams have led it since.'), ['Seven 7 imam']);
    assert.deepEqual(lastSentence('The match was played on a cold night in Jan. 12 fans were hurt.'), []);
  });

  it('takes a year before a capitalised name for a date, and a number before a plural noun for a count', () => {
    assert.deepEqual(mentions('Madrid wants the 2036 Games; Beijing held the 2008 Olympics and Glasgow the 2014 Commonwealth Games.'), []);
    assert.deepEqual(mentions('The council will build 2000 homes and 1950 flats.'), ['2000 2000 home', '1950 1950 flat']);
  });

  it('reads "three dozen" as 36', () => {
    assert.deepEqual(mentions('Police seized about three dozen rifles and two dozen pistols.'), ['about three dozen 36 rifle', 'two dozen 24 pistol']);
  });

  it('lets "about three dozen" stand for a figure rounded to the dozen, and "about 36" for one rounded to the unit', () => {
    const raid = (figure: string): Record<string, string> => ({
      'wire.txt': `JOHANNESBURG (Wire) - Police seized ${figure} hunting rifles in a raid on a farm near Kruger National Park on Monday, a police spokesman said.`,
      'daily.txt': 'Police seized 34 hunting rifles in a raid on a farm near Kruger National Park on Monday, a police spokesman said.',
    });
    assert.deepEqual(numeric(raid('about three dozen'), 'wire.txt'), []);
    assert.deepEqual(numeric(raid('about 36'), 'wire.txt'), ['about 36 → 34']);
  });

  it('reads a number joined by a hyphen to a noun before another as a count of that noun', () => {
    assert.deepEqual(mentions('A six-storey hotel and a 14-storey tower stood on the square.'), ['six 6 storey', '14 14 storey']);
    assert.deepEqual(mentions('The union called a three-day strike; two-thirds of members backed it.'), ['three 3 day', 'two-thirds 66.66666666666667 %']);
    assert.deepEqual(mentions('A 3,000-strong crowd cheered a three-fold rise.'), ['3,000 3000 null']);
  });

  it('reads dollars of other countries written with their prefix', () => {
    assert.deepEqual(mentions('The stadium cost R$2.1 billion, the airport C$400 million and the bridge NZ$75m.'), [
      'R$2.1 billion 2100000000 BRL',
      'C$400 million 400000000 CAD',
      'NZ$75m 75000000 NZD',
    ]);
  });

  it("sets one building's storeys against another report's, and never against a count of the injured", () => {
    const reports = {
      'wire.txt': 'MUMBAI (Wire) - At least six people were killed and 31 injured when a six-storey apartment block collapsed in Bhiwandi on Monday, fire officials said.',
      'daily.txt': 'Six people died when a five-storey apartment block collapsed in Bhiwandi on Monday. Two people injured in the collapse were in a critical condition, fire officials said.',
    };
    assert.deepEqual(numeric(reports, 'wire.txt'), ['six → five']);
  });

  it('reads "27-year-old" as an age, set against ages and not against a sentence of years', () => {
    const trial = (other: string): Record<string, string> => ({
      'wire.txt': 'LEEDS (Wire) - A jury at Leeds Crown Court on Friday convicted a 27-year-old former nurse of stealing from patients.',
      'daily.txt': `A jury at Leeds Crown Court on Friday convicted a former nurse of stealing from patients, and the judge ${other}.`,
    });
    assert.deepEqual(numeric(trial('jailed her for 20 years'), 'wire.txt'), []);
    assert.deepEqual(numeric(trial('said the 29-year-old had shown no remorse'), 'wire.txt'), ['27 → 29']);
  });

  it('sets an amount written with "C$" against the same amount in Canadian dollars given differently', () => {
    const reports = {
      'wire.txt': 'OTTAWA (Wire) - The federal government will spend C$1.2 billion on new icebreakers for the Arctic coast guard, the fisheries minister said on Tuesday.',
      'daily.txt': 'The federal government will spend 1.5 billion Canadian dollars on new icebreakers for the Arctic coast guard, the fisheries minister announced on Tuesday.',
    };
    assert.deepEqual(numeric(reports, 'wire.txt'), ['C$1.2 billion → 1.5 billion']);
  });

  it('reads rates, fractions and planned years in capitals and with any spacing', () => {
    assert.deepEqual(mentions('NEARLY ONE IN FIVE nurses quit the trust last year, the union said.'), ['NEARLY ONE IN FIVE 20 %']);
    assert.deepEqual(mentions('Nearly one in\tfive nurses quit.'), ['Nearly one in\tfive 20 %']);
    assert.deepEqual(mentions('The charity HALVED its grants and Doubled its staff.'), ['HALVED 50 %', 'Doubled 100 %']);
    assert.deepEqual(mentions('The ministry cut rations By A Third.'), ['By A Third 33.333333333333336 %']);
    assert.deepEqual(mentions('More than HALF OF the orchard growers sold out.'), ['More than HALF 50 %']);
    assert.deepEqual(mentions('About a quarter\u00a0of\u00a0the harvest was lost.'), ['About a quarter 25 %']);
    assert.deepEqual(mentions('The stadium is due to reopen IN 2029, the club said.'), ['2029 2029 planned year']);
  });
});
