import { strict as assert } from 'node:assert';
import { namesAndThingsOf, namesOf } from '../../support/entityMentions';

describe('recogniseEntities: months that are names', () => {
  it('reads a month after a given name or before a surname as part of a person’s name', () => {
    assert.deepEqual(namesOf('Former prime minister Theresa May said the vote would go ahead.'), ['PERSON Theresa May']);
    assert.deepEqual(namesOf('The guitarist Brian May opened the show in Leeds.'), ['PERSON Brian May', 'PLACE Leeds']);
    assert.deepEqual(namesOf('The panel heard from June Okonjo and April Whitcombe on Tuesday.'), ['PERSON June Okonjo', 'PERSON April Whitcombe']);
  });

  it('leaves months in dates alone', () => {
    assert.deepEqual(namesOf('Between April and May, prices rose; in June and August they fell.'), []);
    assert.deepEqual(namesOf('The report was published on Friday, May 12, and revised in May 2025.'), []);
  });
});

describe('recogniseEntities: firms named after two founders', () => {
  it('joins "A and B" into one firm when a singular verb follows it, in every mention', () => {
    assert.deepEqual(namesOf('Harrowgate and Pell has lost its tax team. She joined Harrowgate and Pell in 2014.'), ['ORG Harrowgate and Pell', 'ORG Harrowgate and Pell']);
    assert.deepEqual(namesOf('Quilter and Brasse is advising the buyer.'), ['ORG Quilter and Brasse']);
  });

  it('joins "A and B" when the pair owns what a firm owns', () => {
    assert.deepEqual(namesOf('On Monday, Thorley and Vask’s managing partner resigned.'), ['ORG Thorley and Vask']);
    assert.deepEqual(namesOf('Staff at Corlett and Quarrie’s Glasgow office were told on Friday.'), ['ORG Corlett and Quarrie', 'PLACE Glasgow']);
  });

  it('joins a firm whose second founder’s name is a month', () => {
    assert.deepEqual(namesOf('The buyer was advised by lawyers at Slaughter and May.'), ['ORG Slaughter and May']);
    assert.ok(namesOf('She moved to Ashurst from Slaughter and May in 2014.').includes('ORG Slaughter and May'));
  });

  it('keeps two people or two bodies with a plural verb apart', () => {
    assert.ok(!namesOf('Okafor and Brandt have both denied the charges.').some((n) => n.includes(' and ')));
    assert.ok(!namesOf('Investors including Brightfell and Quorvane were repaid.').some((n) => n.includes(' and ')));
  });

  it('keeps two known places apart whatever verb follows them', () => {
    assert.deepEqual(namesOf('Fuel smuggled to Lagos and Accra is cheaper.'), ['PLACE Lagos', 'PLACE Accra']);
    assert.deepEqual(namesOf('The road between Kigali and Kampala was reopened, and Kigali and Kampala has a bus again.'), ['PLACE Kigali', 'PLACE Kampala', 'PLACE Kigali', 'PLACE Kampala']);
  });
});

describe('recogniseEntities: teams and bodies that take a plural verb', () => {
  it('types a singular name with "have", "are" or "were" as an organisation, in every mention', () => {
    assert.deepEqual(namesOf('Castlemoor Town have appointed a new manager. She arrives at Castlemoor Town in May.'), ['ORG Castlemoor Town', 'ORG Castlemoor Town']);
    assert.deepEqual(namesOf('Ardlow are two points clear, and Ardlow’s next game is at home.'), ['ORG Ardlow', 'ORG Ardlow']);
    assert.deepEqual(namesOf('The committee said that Kelso Vale were in breach of the rules.'), ['ORG Kelso Vale']);
  });

  it('leaves a name that is no subject, or one of two subjects, alone', () => {
    assert.deepEqual(namesOf('Rents in Ardlow have risen by a fifth since 2020.'), ['PLACE Ardlow']);
    assert.ok(!namesOf('Okafor and Brandt have denied the charges.').some((n) => n.startsWith('ORG')));
  });
});

describe('recogniseEntities: clubs named after their town in sports reports', () => {
  const report = 'Ardley City were beaten 3-0 by Kelham Forest on Saturday. The striker scored twice and the goalkeeper saved a penalty, leaving the manager facing relegation. Their next match is against Portree County.';

  it('types a town’s name closed by City, Town, County or Forest as a club in a sports report', () => {
    assert.deepEqual(namesOf(report), ['ORG Ardley City', 'ORG Kelham Forest', 'ORG Portree County']);
  });

  it('keeps such names places elsewhere', () => {
    assert.deepEqual(namesOf('Flooding closed roads across Portree County on Monday, the council said.'), ['PLACE Portree County']);
  });
});

describe('recogniseEntities: a country or province as a side', () => {
  it('reads a known place with a plural verb in a sports report as the side, in every mention', () => {
    const report = 'Leinster beat Ulster 24-23 after a late penalty. The coach praised the scrum, and two tries in the match sealed it. Leinster are five points clear.';
    assert.deepEqual(namesOf(report).filter((n) => n.endsWith('Leinster')), ['ORG Leinster', 'ORG Leinster']);
  });

  it('leaves a known place a place outside sports reports', () => {
    assert.ok(!namesOf('Leinster are among the provinces where rents rose, the report said.').includes('ORG Leinster'));
  });
});

describe('recogniseEntities: kinds of body a house style capitalises', () => {
  it('reads a lone Government, Ministry, Department or Office as no name', () => {
    assert.deepEqual(namesOf('Farmers asked the Government to cut fuel prices in Kitui, and the Ministry said it would reply.'), ['PLACE Kitui']);
    assert.deepEqual(namesOf('A letter to the Department, copied to the Office, was leaked in Hobart.'), ['PLACE Hobart']);
  });

  it('still reads a lone institution a state has one of as a name', () => {
    assert.deepEqual(namesOf('The bill now goes to the Senate, and the Treasury opposes it.'), ['ORG Senate', 'ORG Treasury']);
  });
});

describe('recogniseEntities: members of the two US parties', () => {
  it('reads Republican and Democrat, singular or plural, as a group like a nationality, no body or place', () => {
    assert.deepEqual(namesAndThingsOf('Republican state Sen. Cora Vail said the bill would pass in Boise.'), ['OTHER Republican', 'PERSON Cora Vail', 'PLACE Boise']);
    assert.deepEqual(namesAndThingsOf('Democrats in the Ohio House and three Republicans voted against it.'), ['OTHER Democrats', 'ORG Ohio House', 'OTHER Republicans']);
  });

  it('keeps the parties’ bodies named with a head as organisations', () => {
    assert.deepEqual(namesOf('The Republican National Committee and the Democratic Party raised $40m.'), ['ORG Republican National Committee', 'ORG Democratic Party']);
  });
});

describe('recogniseEntities: green parties named in the plural', () => {
  it('reads "the Greens" as a party, as "Labour" is', () => {
    assert.deepEqual(namesOf('Senator Mia Roth of the Greens said the coalition would hold.'), ['PERSON Mia Roth', 'ORG Greens']);
    assert.deepEqual(namesOf('The Greens, who lost two seats in Graz, want a recount.'), ['ORG Greens', 'PLACE Graz']);
  });
});

describe('recogniseEntities: capitalised common nouns are no person by their shape', () => {
  it('reads no person in plain English nouns a name’s capitals are set on', () => {
    const people = (text: string): string[] => namesOf(text).filter((n) => n.startsWith('PERSON'));
    assert.deepEqual(people('Average prices at Wool Auction rose to a record on Tuesday.'), []);
    assert.deepEqual(people('Downloads from Game Store fell by half, he said.'), []);
    assert.deepEqual(people('Listeners of Morning Show complained.'), []);
  });

  it('still reads a given name before a surname that is a common word as a person', () => {
    assert.deepEqual(namesOf('Grace Brown said the market was calm.'), ['PERSON Grace Brown']);
    assert.deepEqual(namesOf('The prize went to Marta Fields of Leeds.'), ['PERSON Marta Fields', 'PLACE Leeds']);
  });
});
