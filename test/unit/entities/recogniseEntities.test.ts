import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity } from '../../../src/core/types';
import { entitiesOf, namesAndThingsOf, namesOf } from '../../support/entityMentions';

function keyOf(list: Entity[], text: string): string | undefined {
  return list.find((e) => e.text === text)?.key;
}

describe('recogniseEntities: names', () => {
  it('strips titles and nationalities from a person and keeps the nationality as OTHER', () => {
    assert.deepEqual(namesAndThingsOf('Russian Foreign Minister Sergey Lavrov arrived on Monday.'), ['OTHER Russian', 'PERSON Sergey Lavrov']);
    assert.deepEqual(namesAndThingsOf('The talks were led by Prime Minister Keir Starmer.'), ['PERSON Keir Starmer']);
  });

  it('splits an organisation acronym from the title and the person after it', () => {
    assert.deepEqual(namesAndThingsOf('NATO Secretary General Jens Stoltenberg told reporters in Brussels.'), ['ORG NATO', 'PERSON Jens Stoltenberg', 'PLACE Brussels']);
  });

  it('keeps an organisation named with a demonym whole and the spokesperson apart', () => {
    assert.deepEqual(namesAndThingsOf('Chinese Foreign Ministry spokesperson Mao Ning said Beijing was ready.'), ['ORG Chinese Foreign Ministry', 'PERSON Mao Ning', 'PLACE Beijing']);
    assert.deepEqual(namesAndThingsOf('Aid went to the Egyptian Red Crescent Society.'), ['ORG Egyptian Red Crescent Society']);
  });

  it('reads possessives inside and before names', () => {
    assert.deepEqual(namesAndThingsOf("Markets waited for the People's Bank of China to act."), ["ORG People's Bank of China"]);
    assert.deepEqual(namesAndThingsOf("A plane from Russia's EMERCOM landed."), ['PLACE Russia', 'ORG EMERCOM']);
  });

  it('rebuilds hyphenated names that wink splits', () => {
    assert.deepEqual(namesAndThingsOf('U.S. Ambassador Linda Thomas-Greenfield voted against.'), ['PLACE U.S.', 'PERSON Linda Thomas-Greenfield']);
    assert.deepEqual(namesAndThingsOf('The aircraft landed at el-Arish International Airport in Egypt.'), ['PLACE el-Arish International Airport', 'PLACE Egypt']);
  });

  it('keeps particles inside names', () => {
    assert.deepEqual(namesAndThingsOf('He spoke with Luiz Inacio Lula da Silva by phone.'), ['PERSON Luiz Inacio Lula da Silva']);
    assert.deepEqual(namesAndThingsOf('The Bank of England held rates.'), ['ORG Bank of England']);
    assert.deepEqual(namesAndThingsOf('The Russian Ministry of Emergency Situations sent 27 tonnes of aid.').filter((n) => !n.startsWith('OTHER')), [
      'ORG Russian Ministry of Emergency Situations',
    ]);
    assert.deepEqual(namesAndThingsOf('The fund is run by the Kiel Institute for the World Economy.'), ['ORG Kiel Institute for the World Economy']);
  });

  it('does not take sentence-initial words or Title Case headline words for names', () => {
    assert.deepEqual(namesAndThingsOf('Despite the rain, Officials said Tuesday was calm.').filter((n) => n.includes('Despite')), []);
    assert.deepEqual(namesAndThingsOf('Russian President Expresses Concern Over Civilian Casualties in Gaza\nThe Kremlin said so.'), [
      'OTHER Russian',
      'PLACE Gaza',
      'ORG Kremlin',
    ]);
  });

  it('reads a photo credit as a photographer and an agency', () => {
    assert.deepEqual(namesAndThingsOf('© Johannes Simon / Getty Images'), ['PERSON Johannes Simon', 'ORG Getty Images']);
  });

  it('types organisations and places by their head words, in any field', () => {
    assert.deepEqual(namesAndThingsOf('Northgate United beat Ashford Rovers at Kingsmead Stadium.'), ['ORG Northgate United', 'ORG Ashford Rovers', 'PLACE Kingsmead Stadium']);
    assert.deepEqual(namesAndThingsOf('She was sentenced at Northampton Crown Court.'), ['ORG Northampton Crown Court']);
    assert.deepEqual(namesAndThingsOf('Shares in Brightwater Telecom Group fell.'), ['ORG Brightwater Telecom Group']);
    assert.deepEqual(namesAndThingsOf('Rescuers reached the Colca valley on foot.'), ['PLACE Colca valley']);
  });

  it('leaves "river" and "coast" in lower case out of the name they follow, which stays a place', () => {
    assert.deepEqual(namesAndThingsOf('Dead fish were found in the Velna river and along the Pacific coast.'), ['PLACE Velna', 'PLACE Pacific']);
  });

  it('trusts a sentence-initial short name only when it is the one distinctive word of an organisation', () => {
    const list = entitiesOf('Atletico Segura won. Segura now face Lazio. The Financial Services Compensation Scheme paid. Compensation is capped.');
    assert.equal(list.find((e) => e.text === 'Segura')?.key, keyOf(list, 'Atletico Segura'));
    assert.equal(list.find((e) => e.text === 'Compensation'), undefined);
  });

  it('reads club names and links a short club name to the full one', () => {
    const list = entitiesOf('Atletico Segura beat Sporting CP at the Estadio La Ribera. The coach said Segura deserved it.');
    assert.deepEqual(list.filter((e) => e.type !== 'DATE').map((e) => `${e.type} ${e.text}`), ['ORG Atletico Segura', 'ORG Sporting CP', 'PLACE Estadio La Ribera', 'ORG Segura']);
    assert.equal(list[3].key, list[0].key);
  });

  it('types a full name by its shape even after a preposition', () => {
    assert.deepEqual(namesAndThingsOf('The winner came from Dario Fuentes in the 89th minute.'), ['PERSON Dario Fuentes']);
  });

  it('finds known names in a Title Case headline and none of its common words', () => {
    assert.deepEqual(namesAndThingsOf('UN Security Council Extends Sudan Aid Crossing After Russia Abstains\nThe council voted on security.'), [
      'ORG UN Security Council',
      'PLACE Sudan',
      'PLACE Russia',
    ]);
  });

  it('reads the place in "London-based" and refuses sentence-initial plurals', () => {
    assert.deepEqual(namesAndThingsOf('Only one, the London-based startup Veridia, replied.'), ['PLACE London', 'ORG Veridia']);
    assert.deepEqual(namesAndThingsOf('Officials said an official report was due.'), []);
  });

  it('keeps a hyphenated name the gazetteer knows whole, and parts two places it knows apart', () => {
    assert.deepEqual(namesOf('Fishing boats left Guinea-Bissau on Monday.'), ['PLACE Guinea-Bissau']);
    assert.deepEqual(namesOf('Trade between Guinea-Bissau and Senegal grew, and Armenia-Azerbaijan talks stalled.'), ['PLACE Guinea-Bissau', 'PLACE Senegal', 'PLACE Armenia', 'PLACE Azerbaijan']);
  });

  it('links a capitalised institution word to the one organisation it stands for', () => {
    const list = entitiesOf('The European Commission proposed a cut. Farmers said the Commission had ignored them.');
    const commission = list.filter((e) => e.text === 'Commission');
    assert.equal(commission.length, 1);
    assert.equal(commission[0].type, 'ORG');
    assert.equal(commission[0].key, keyOf(list, 'European Commission'));
  });

  it('reads an office named after its holder as one organisation, and a title before a name as a title', () => {
    assert.deepEqual(namesAndThingsOf("The Information Commissioner's Office and the Prosecutor General's Office agreed."), [
      "ORG Information Commissioner's Office",
      "ORG Prosecutor General's Office",
    ]);
    assert.deepEqual(namesAndThingsOf('White House Press Secretary Karine Jean-Pierre declined.'), ['ORG White House', 'PERSON Karine Jean-Pierre']);
  });

  it('reads wire, broadcaster and agency styles', () => {
    const found = new Set(
      namesAndThingsOf(
        [
          'WASHINGTON (AP) — President Joe Biden on Tuesday met Senate Majority Leader Chuck Schumer at the White House.',
          'LONDON, March 3 (Reuters) - Shares in HSBC Holdings fell after the Bank of England held rates, Governor Andrew Bailey said.',
          'Kremlin spokesman Dmitry Peskov said Moscow would respond, TASS reported.',
          'Dr Tedros Adhanom Ghebreyesus, the WHO director-general, spoke to Al Jazeera.',
          'Pope Francis celebrated Mass in St Peter\'s Basilica.',
          'Sheikh Mohammed bin Rashid Al Maktoum met Ursula von der Leyen.',
        ].join('\n'),
      ),
    );
    for (const expected of [
      'PLACE WASHINGTON', 'ORG AP', 'PERSON Joe Biden', 'ORG Senate', 'PERSON Chuck Schumer', 'ORG White House', 'PLACE LONDON', 'ORG Reuters',
      'ORG HSBC Holdings', 'ORG Bank of England', 'PERSON Andrew Bailey', 'ORG Kremlin', 'PERSON Dmitry Peskov', 'PLACE Moscow', 'ORG TASS',
      'PERSON Tedros Adhanom Ghebreyesus', 'ORG WHO', 'ORG Al Jazeera', 'PERSON Francis', "PLACE St Peter's Basilica",
      'PERSON Mohammed bin Rashid Al Maktoum', 'PERSON Ursula von der Leyen',
    ]) {
      assert.ok(found.has(expected), expected);
    }
    assert.ok(![...found].some((n) => /Shares|Majority|Governor|Pope|Sheikh|Dr /.test(n)), [...found].join(', '));
  });

  it('reads clubs named after cities, two-word nationalities and foreign particles as names', () => {
    assert.deepEqual(namesAndThingsOf('Barcelona striker Robert Lewandowski scored as Real Madrid lost.'), ['PLACE Barcelona', 'PERSON Robert Lewandowski', 'ORG Real Madrid']);
    assert.deepEqual(namesAndThingsOf('South Korean President Yoon Suk Yeol arrived.'), ['OTHER South Korean', 'PERSON Yoon Suk Yeol']);
    assert.deepEqual(namesAndThingsOf('The Reserve Bank of India held rates, Governor Shaktikanta Das said.'), ['ORG Reserve Bank of India', 'PERSON Shaktikanta Das']);
  });

  it('tells "and" inside one name from "and" between two', () => {
    assert.deepEqual(namesAndThingsOf('The Ministry of Trade and Industry and the Finance and National Planning Committee met.'), [
      'ORG Ministry of Trade and Industry',
      'ORG Finance and National Planning Committee',
    ]);
    assert.deepEqual(namesAndThingsOf('Researchers at the Massachusetts Institute of Technology and Stanford University disagreed.'), [
      'ORG Massachusetts Institute of Technology',
      'ORG Stanford University',
    ]);
    assert.deepEqual(namesAndThingsOf('Shares of Marks & Spencer and Procter & Gamble rose.'), ['ORG Marks & Spencer', 'ORG Procter & Gamble']);
  });

  it('reads a byline role as a title and a name opened by an article as a place', () => {
    assert.deepEqual(namesAndThingsOf('By Jack Pennington, Chief Sports Writer'), ['PERSON Jack Pennington']);
    assert.deepEqual(namesAndThingsOf('The final is played at La Ribera on Sunday.'), ['PLACE La Ribera']);
  });

  it('types models of aircraft and products as OTHER and keeps G7 an organisation', () => {
    assert.deepEqual(namesAndThingsOf('An Il-76 aircraft and two F-16 jets flew as G7 leaders met.'), ['OTHER Il-76', 'OTHER F-16', 'ORG G7']);
  });

  it('reads only known names in a headline set in capitals', () => {
    assert.deepEqual(namesAndThingsOf('RUSSIA AND CHINA SIGN ENERGY DEAL\nThe deal was signed.'), ['PLACE RUSSIA', 'PLACE CHINA']);
  });

  it('drops a time qualifier before a title and keeps the organisation after it', () => {
    assert.deepEqual(namesAndThingsOf('Former European Commission president Jean-Claude Juncker spoke.'), ['ORG European Commission', 'PERSON Jean-Claude Juncker']);
  });

  it('strips plural titles before a list of people', () => {
    assert.deepEqual(namesAndThingsOf('Presidents Joe Biden and Xi Jinping met.'), ['PERSON Joe Biden', 'PERSON Xi Jinping']);
  });

  it('types an unknown company by what is said of it', () => {
    assert.deepEqual(namesAndThingsOf("Shares in Quantix fell after Veltora's chief executive resigned."), ['ORG Quantix', 'ORG Veltora']);
    assert.deepEqual(namesAndThingsOf('Joseph Adeyemi, an analyst at Berenberg, was sceptical.'), ['PERSON Joseph Adeyemi', 'ORG Berenberg']);
  });

  it('reads a byline, a news organisation and a place named by the noun after it', () => {
    assert.deepEqual(namesAndThingsOf('By Yolande Knell in Jerusalem and Rushdi Abualouf in Istanbul'), [
      'PERSON Yolande Knell',
      'PLACE Jerusalem',
      'PERSON Rushdi Abualouf',
      'PLACE Istanbul',
    ]);
    assert.deepEqual(namesAndThingsOf('Egyptian state-affiliated Al-Qahera News reported strikes in the Tal al-Sultan area.'), [
      'OTHER Egyptian',
      'ORG Al-Qahera News',
      'PLACE Tal al-Sultan',
    ]);
  });

  it('types competitions and events as OTHER, not organisations', () => {
    assert.deepEqual(namesAndThingsOf('Castlebridge United reached the Europa League quarter-finals and won the FA Cup.'), [
      'ORG Castlebridge United',
      'OTHER Europa League',
      'OTHER FA Cup',
    ]);
    assert.deepEqual(namesAndThingsOf('Leaders met at the Davos Economic Summit.'), ['OTHER Davos Economic Summit']);
  });

  it('types a league that is a body of its own, as the NBA is, as an organisation', () => {
    assert.deepEqual(namesAndThingsOf('The Premier League’s new spending rules will bite next season, the NBA said.'), ['ORG Premier League', 'ORG NBA']);
  });

  it('reads a constituency before a title as a place', () => {
    assert.deepEqual(namesAndThingsOf('Nyeri Town MP Grace Wambui opposed the levy.'), ['PLACE Nyeri Town', 'PERSON Grace Wambui']);
  });

  it('reads the place a title is of, teams named after cities, and market indices', () => {
    assert.deepEqual(namesAndThingsOf('Pope Leo XIV met the Archbishop of Canterbury.'), ['PERSON Leo XIV', 'PLACE Canterbury']);
    assert.deepEqual(namesAndThingsOf('LeBron James starred as the Los Angeles Lakers beat the Boston Celtics.'), [
      'PERSON LeBron James',
      'ORG Los Angeles Lakers',
      'ORG Boston Celtics',
    ]);
    assert.deepEqual(namesAndThingsOf('The Nasdaq fell and the Dow Jones Industrial Average was flat.'), ['OTHER Nasdaq', 'OTHER Dow Jones Industrial Average']);
  });

  it('does not take words in capitals for emphasis as acronyms', () => {
    assert.deepEqual(namesAndThingsOf('"We will NOT accept this and must STOP the war," said the NATO chief. The fighting must stop.'), ['ORG NATO']);
  });

  it('types laws as OTHER, not people', () => {
    assert.deepEqual(namesAndThingsOf('He was charged under the Proceeds of Crime Act.'), ['OTHER Proceeds of Crime Act']);
  });

  it('leaves honours and common abbreviations out of names', () => {
    assert.deepEqual(namesAndThingsOf('The prosecutor, Martin Ferrier KC, said GDP figures were irrelevant.'), ['PERSON Martin Ferrier']);
  });
});

describe('recogniseEntities: one key per entity', () => {
  it('keys a surname and a short name by the full name given in the text', () => {
    const list = entitiesOf('Russian President Vladimir Putin called Luiz Inacio Lula da Silva. Putin and Lula agreed.');
    assert.equal(keyOf(list, 'Putin'), 'vladimir putin');
    assert.equal(keyOf(list, 'Lula'), 'luiz inacio lula da silva');
    assert.equal(list.find((e) => e.text === 'Lula')?.canonical, 'Luiz Inacio Lula da Silva');
  });

  it('links a first name at the start of a quotation to the full name', () => {
    const list = entitiesOf('Whitcombe said defender Callum Reid had recovered. "Callum\'s been our best player," he said.');
    assert.deepEqual(list.filter((e) => e.text === 'Callum').map((e) => [e.type, e.key]), [['PERSON', 'callum reid']]);
  });

  it('does not link a surname shared by two people', () => {
    const list = entitiesOf('Boris Johnson met Magic Johnson. Johnson said nothing.');
    const johnson = list.find((e) => e.text === 'Johnson');
    assert.equal(johnson?.type, 'PERSON');
    assert.ok(johnson?.key !== 'boris johnson' && johnson?.key !== 'magic johnson');
  });

  it('gives aliases of a country one key, and a capital its own', () => {
    const list = entitiesOf('The US said the United States and the USA stood with Washington.');
    assert.equal(keyOf(list, 'US'), 'united states');
    assert.equal(keyOf(list, 'USA'), 'united states');
    assert.equal(keyOf(list, 'United States'), 'united states');
    assert.equal(keyOf(list, 'Washington'), 'washington');
  });

  it('links an acronym in parentheses to the name before it', () => {
    const list = entitiesOf('The Russian Ministry of Emergency Situations (EMERCOM) said that EMERCOM would fly.');
    const ministry = keyOf(list, 'Russian Ministry of Emergency Situations');
    assert.ok(ministry);
    assert.deepEqual(list.filter((e) => e.text === 'EMERCOM').map((e) => e.key), [ministry, ministry]);
  });
});

describe('recogniseEntities on the seed articles', () => {
  const dir = join(__dirname, '../../fixtures/corpus/seeds');
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { entities: Array<{ file: string; text: string; type: string }> };
  for (const file of ['000_dd448b168f52a1ce.txt', '001_329362c8f0014bf2.txt', '003_7f66165cc7c1e9fd.txt']) {
    it(`${file}: sorted, non-overlapping, and finds every gold person, organisation and place`, () => {
      const text = readFileSync(join(dir, file), 'utf8');
      const list = entitiesOf(text);
      for (let i = 1; i < list.length; i++) assert.ok(list[i].start >= list[i - 1].end, `overlap at ${list[i].text}`);
      for (const e of list) assert.equal(text.slice(e.start, e.end), e.text);
      const found = new Set(list.map((e) => `${e.type} ${e.text}`));
      const missing = gold.entities.filter((g) => g.file === file && ['PERSON', 'ORG', 'PLACE'].includes(g.type) && !found.has(`${g.type} ${g.text}`));
      assert.deepEqual(missing, []);
    });
  }
});
