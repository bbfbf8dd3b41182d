import { strict as assert } from 'node:assert';
import { tokenize } from '../../../src/core/nlp/engine';
import { recogniseValues } from '../../../src/core/values/recogniseValues';

/** The values of a text as "TYPE text" strings. */
function values(text: string): string[] {
  return recogniseValues(text, tokenize(text)).map((e) => `${e.type} ${e.text}`);
}

describe('recogniseValues', () => {
  it('keeps units, signs and hedges with numbers', () => {
    assert.deepEqual(values('EMERCOM will send 27 tonnes of aid.'), ['NUMBER 27 tonnes']);
    assert.deepEqual(values("'Israel' murders 800+ in Gaza hospital bombing"), ['NUMBER 800+']);
    assert.deepEqual(values('More than 180 were injured and about 100 trucks were waiting.'), ['NUMBER More than 180', 'NUMBER about 100']);
    assert.deepEqual(values('The road is 15 km long.'), ['NUMBER 15 km']);
  });

  it('reads number words, fractions and ordinals', () => {
    assert.deepEqual(values("Gaza's 2.4 million people, nearly half of whom have fled, saw a third convoy of a dozen trucks."), [
      'NUMBER 2.4 million',
      'NUMBER nearly half',
      'NUMBER third',
      'NUMBER a dozen',
    ]);
    assert.deepEqual(values('Two-thirds of voters agreed.').filter((v) => v.includes('thirds')), ['NUMBER Two-thirds']);
  });

  it('reads money with its sign, code or currency word and scale', () => {
    assert.deepEqual(values('The deal is worth $1.2bn, up from £300,000 and €5 million.'), ['MONEY $1.2bn', 'MONEY £300,000', 'MONEY €5 million']);
    assert.deepEqual(values('Nordvind expects revenue of DKK14bn.'), ['MONEY DKK14bn']);
    assert.deepEqual(values('The Treasury lost Sh60 billion.'), ['MONEY Sh60 billion']);
    assert.deepEqual(values('Net profit was DKK1.1bn against a forecast of DKK55bn-DKK57bn in sales.'), ['MONEY DKK1.1bn', 'MONEY DKK55bn-DKK57bn']);
  });

  it('reads a measure glued to its noun and the minute of a match', () => {
    assert.deepEqual(values('A magnitude-6.1 earthquake struck.'), ['NUMBER 6.1']);
    assert.deepEqual(values('Fuentes scored in the 12th minute.'), ['NUMBER 12th minute']);
  });

  it('reads percentages written with a sign or in words', () => {
    assert.deepEqual(values('Inflation rose 3.5% while wages fell 40 per cent.'), ['PERCENT 3.5%', 'PERCENT 40 per cent']);
  });

  it('reads dates, weekdays and relative dates', () => {
    assert.deepEqual(values('Lavrov spoke today in Tehran.'), ['DATE today']);
    assert.deepEqual(values('The initiative, which I heard the other day, will be discussed in the coming days.'), ['DATE the other day', 'DATE the coming days']);
    assert.deepEqual(values('Brazil holds the presidency this month.'), ['DATE this month']);
    assert.deepEqual(values('It was adopted on 5 March 2024.'), ['DATE 5 March 2024']);
  });

  it('completes dates the way a reader quotes them', () => {
    assert.deepEqual(values('Thu 5 Feb 2026'), ['DATE Thu 5 Feb 2026']);
    assert.deepEqual(values('The council met on Tuesday evening.'), ['DATE Tuesday evening']);
    assert.deepEqual(values('The branch stays open until the end of next year.'), ['DATE the end of next year']);
    assert.deepEqual(values('Talks were held earlier this week.'), ['DATE earlier this week']);
    assert.deepEqual(values('Targets must be met by 2028.'), ['DATE 2028']);
  });

  it('reads a range as one value and keeps a rate with its amount', () => {
    assert.deepEqual(values('It expects revenue of between 3.9 billion and 4 billion pounds.'), ['MONEY between 3.9 billion and 4 billion pounds']);
    assert.deepEqual(values('Sales of 3.8 billion to 3.95 billion were forecast.'), ['NUMBER 3.8 billion to 3.95 billion']);
    assert.deepEqual(values('They sent 10-12 trucks.'), ['NUMBER 10-12']);
    assert.deepEqual(values('Farmers are paid €315 per tonne.'), ['MONEY €315 per tonne']);
  });

  it('does not take a rate for a date, and keeps the day of "until Friday"', () => {
    assert.deepEqual(values('Gaza needs about 100 aid trucks a day.'), ['NUMBER about 100']);
    assert.deepEqual(values('The aid would not reach Gazans until Friday.'), ['DATE Friday']);
  });

  it('gives equal quantities the same key whatever their wording', () => {
    const [a] = recogniseValues('They sent 27 tonnes.', tokenize('They sent 27 tonnes.'));
    const [b] = recogniseValues('They sent 27 tons.', tokenize('They sent 27 tons.'));
    assert.equal(a.key, b.key);
  });
});
