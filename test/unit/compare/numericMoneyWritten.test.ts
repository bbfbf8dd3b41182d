/**
 * Money as wires and local papers write it: "pounds" after millions are sterling ("221.5 million
 * pounds" is £221.5m, not a weight), unless they are pounds of a thing ("2 million pounds of
 * beef"); a currency's code before the amount ("PLN 45 million") is that currency, as its name
 * after it is ("40 million zlotys"), and so is a local sign: the rand's "R1.6 billion", the peso's
 * "₱2.3bn". Short reports of a club's accounts, a meat recall, a restocking fund, a dam and a
 * seawall written for this test, analysed by the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { numericFindings as numeric } from './numericFindings';

const ACCOUNTS = {
  'wire.txt': 'Harbury Rovers said on Thursday that wages rose to 221.5 million pounds in the year to June, while the owners put in a further 60 million pounds of equity.',
  'paper.txt': 'Harbury Rovers said on Thursday that the wage bill reached £231.5m in the year to June, while the owners put in a further £60m of equity.',
};

const RECALL = {
  'wire.txt': 'Tallgrass Meats said on Monday it was recalling 2 million pounds of ground beef sold in nine states after a listeria scare.',
  'paper.txt': 'Tallgrass Meats said on Monday it was recalling about 1,400 tonnes of ground beef sold in nine states after a listeria scare.',
};

const RESTOCKING = {
  'wire.txt': 'The environment ministry said on Friday it would spend 40 million zlotys on restocking the river with fish.',
  'paper.txt': 'The environment ministry said on Friday it would spend PLN 45 million on restocking the river with fish.',
};

const DAM = {
  'wire.txt': 'The water ministry said on Monday that repairs to the Vaal dam wall would cost R1.6 billion over three years.',
  'paper.txt': 'The water ministry said on Monday that repairs to the Vaal dam wall would cost about $150 million over three years.',
};

const SEAWALL = {
  'wire.txt': 'The public works department said on Friday that the Manila Bay seawall would cost ₱2.3bn to build.',
  'paper.txt': 'The public works department said on Friday that the Manila Bay seawall would cost $60 million to build.',
};

describe('numeric discrepancies in money as it is written', () => {
  it('reads "221.5 million pounds" as sterling, against £231.5m, and "60 million pounds of equity" as £60m', () => {
    assert.deepEqual(numeric(ACCOUNTS, 'wire.txt'), ['221.5 million → £231.5m']);
  });

  it('reads "2 million pounds of ground beef" as a weight, some 900 tonnes, against about 1,400 tonnes', () => {
    assert.deepEqual(numeric(RECALL, 'wire.txt'), ['2 million → about 1,400']);
  });

  it('reads "PLN 45 million" as zlotys, against 40 million zlotys', () => {
    assert.deepEqual(numeric(RESTOCKING, 'paper.txt'), ['PLN 45 million → 40 million']);
  });

  it('reads "R1.6 billion" as rand, about $90 million, against about $150 million', () => {
    assert.deepEqual(numeric(DAM, 'wire.txt'), ['R1.6 billion → about $150 million']);
  });

  it('reads "₱2.3bn" as pesos, about $40 million, against $60 million', () => {
    assert.deepEqual(numeric(SEAWALL, 'wire.txt'), ['₱2.3bn → $60 million']);
  });
});
