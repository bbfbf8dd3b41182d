import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../../../src/core/analyzeArticle';
import { attributions, speakerOf, speakers } from '../../support/quoteSpeakers';

const seeds = join(__dirname, '../../fixtures/corpus/seeds');

describe('attributeSpeakers', () => {
  it('reads "“…,” X said", "“…,” said X" and "X said: “…”"', () => {
    const text = [
      'Storm hits coast',
      '“We have never seen anything like it,” Mayor Anna Lindgren said on Tuesday.',
      '“Roads are closed and will stay closed,” said Peter Okafor, the county’s police chief.',
      'Health Minister Rui Tavares told reporters: “Hospitals are coping.”',
    ].join('\n');
    assert.deepEqual(attributions(text), [
      ['We have never seen anything li', 'Anna Lindgren', 'explicit-after'],
      ['Roads are closed and will stay', 'Peter Okafor', 'explicit-after'],
      ['Hospitals are coping.', 'Rui Tavares', 'explicit-before'],
    ]);
  });

  it('takes the person after a title, not the organisation before it', () => {
    const text = 'Chinese Foreign Ministry spokesperson Mao Ning said: “China firmly opposes the sanctions.” NATO Secretary General Jens Stoltenberg said the alliance was “ready to defend every inch”.';
    assert.equal(speakerOf(text, 'China firmly'), 'Mao Ning');
    assert.equal(speakerOf(text, 'ready to defend'), 'Jens Stoltenberg');
  });

  it('never credits the outlet that relays a quote', () => {
    const text = 'Lavrov spoke in Pyongyang on Thursday.\n“We are ready to discuss any proposals,” Sergey Lavrov said, as quoted by Sputnik.\n“We will study it,” as reported by Sputnik.';
    assert.equal(speakerOf(text, 'We are ready'), 'Sergey Lavrov');
    assert.notEqual(speakerOf(text, 'We will study'), 'Sputnik');
  });

  it('resolves pronouns to the last person named as a subject, and gives up on a joint subject', () => {
    const text = 'Coach Maria Fernandes praised her players after the match. Club owner Dieter Brandt, 61, was less impressed.\n“We were poor for an hour,” he said.\nVladimir Putin and Emmanuel Macron spoke by phone on Monday. “It was a good call,” he said.';
    assert.equal(speakerOf(text, 'We were poor'), 'Dieter Brandt');
    assert.equal(speakerOf(text, 'It was a good call'), null);
  });

  it('resolves a description to the person introduced with it', () => {
    const text = 'The striker Daniel Okonkwo, 34, scored twice. Manager Ines Carvalho was unhappy.\n“I felt the contact,” the 34-year-old said.\nThe Minister of Foreign Affairs of Russia, Sergey Lavrov, spoke in Tehran. The Russian minister said: “We must act together.”';
    assert.equal(speakerOf(text, 'I felt the contact'), 'Daniel Okonkwo');
    assert.equal(speakerOf(text, 'We must act'), 'Sergey Lavrov');
  });

  it('gives nobody when two people fit a description or the speaker is unnamed', () => {
    const text = 'Finance Minister Ana Costa met Defence Minister Luis Prado. “It was frank,” the minister said.\n“Nobody expected this,” a senior official said.\n“It is over,” officials said.';
    assert.deepEqual(speakers(text), [null, null, null]);
  });

  it('lets organisations speak: "the ministry said", "Hamas said in a statement", "according to X"', () => {
    const text = 'The Ministry of Health in Gaza updated its figures on Sunday. “The hospitals are full,” the ministry said.\n“We will respond,” Hamas said in a statement.\nThe toll had risen to “more than 400”, according to the World Health Organization.';
    assert.equal(speakerOf(text, 'The hospitals'), 'Ministry of Health');
    assert.equal(speakerOf(text, 'We will respond'), 'Hamas');
    assert.equal(speakerOf(text, 'more than 400'), 'World Health Organization');
  });

  it('credits a partial quote to the subject of the verb that governs it, joint speakers included', () => {
    const text = readFileSync(join(seeds, '001_329362c8f0014bf2.txt'), 'utf8');
    assert.equal(speakerOf(text, 'unhindered access'), 'Vladimir Putin');
    assert.equal(speakerOf(text, 'urgent and effective'), 'Vladimir Putin; Luiz Inacio Lula da Silva');
    assert.equal(speakerOf(text, 'continued flow'), 'United States');
  });

  it('follows a speaker through "stating:", "noting that" and the headline description "Russian FM"', () => {
    const t000 = readFileSync(join(seeds, '000_dd448b168f52a1ce.txt'), 'utf8');
    assert.deepEqual(speakers(t000), Array(5).fill('Sergey Lavrov'));
    const t003 = readFileSync(join(seeds, '003_7f66165cc7c1e9fd.txt'), 'utf8');
    const quotes = analyzeArticle(t003).quotes;
    assert.deepEqual(quotes.filter((q) => q.kind === 'headline').map((q) => q.speaker), ['Sergey Lavrov', 'Sergey Lavrov']);
    assert.ok(quotes.filter((q) => q.kind === 'scare').every((q) => q.speaker === null));
  });

  it('gives no speaker to a quote within a quote', () => {
    const text = '“An old fisherman said to me, ‘Bishop, the river took my house,’ and I never forgot it,” Bishop Tomas Reyes said.';
    const quotes = analyzeArticle(text).quotes;
    assert.deepEqual(quotes.map((q) => q.speaker), ['Tomas Reyes', null]);
  });

  it('reads a subject behind a possessive title and a relative clause', () => {
    const text = 'Russia’s deputy envoy Dmitry Volkonsky, the diplomat who led the talks, defended the abstention. He accused Western members of acting “to put pressure on Khartoum”. The president toured the valley with the regional governor, Mariela Quispe, who promised money to rebuild homes “with materials that will not kill people”.';
    assert.equal(speakerOf(text, 'to put pressure'), 'Dmitry Volkonsky');
    assert.equal(speakerOf(text, 'with materials'), 'Mariela Quispe');
  });

  it('credits the reporter of a view put in their words, but nobody for words another named party said', () => {
    const text = 'U.S. Secretary of State Antony Blinken told reporters the United States believed pauses could “facilitate the protection of civilians”.\nMayor Ann Cole said Governor Tom Reyes had called the budget “a betrayal” of the city.\nVice Minister Ratna Kusumawati said Jakarta wanted Gulf money “for transmission lines”.';
    assert.equal(speakerOf(text, 'facilitate'), 'Antony Blinken');
    assert.equal(speakerOf(text, 'a betrayal'), null);
    assert.equal(speakerOf(text, 'for transmission'), 'Ratna Kusumawati');
  });

  it('reads a description nobody was introduced with as the person in focus ("the Spaniard said")', () => {
    const text = 'Arsenal manager Mikel Arteta was frustrated with the officiating. “We were the better side,” the Spaniard said.\nPep Guardiola, whose side moved two points clear, praised his striker. “He is a machine,” the City boss said.';
    assert.equal(speakerOf(text, 'We were the better'), 'Mikel Arteta');
    assert.equal(speakerOf(text, 'He is a machine'), 'Pep Guardiola');
  });

  it('reads "the company said" as the organisation just named as a subject', () => {
    const text = 'Siemens Energy reported a loss of 4.6 billion euros on Tuesday. The company said the wind unit would be “fixed by 2026”.\n“We are not there yet,” the company added.';
    assert.deepEqual(speakers(text), ['Siemens Energy', 'Siemens Energy']);
  });

  it('reads "“…,” a spokesman for the institute told reporters" as the institute, but not a family', () => {
    const text = 'The National Institute of Civil Defence said 40 people died. “We cannot rule out that the toll will go up,” a spokesman for the civil defence institute told reporters.\n“It is over,” a spokesman for the family said.';
    assert.deepEqual(speakers(text), ['National Institute of Civil Defence', null]);
  });

  it('skips a person the text shows to be of the other gender', () => {
    const text = 'Coach Anna Berg praised her players after the final. Mr Tom Ekdahl scored twice.\n“I am proud of the girls,” she said.\nLisa Holm also scored.\n“It was a team effort,” she said.';
    assert.deepEqual(speakers(text), ['Anna Berg', 'Lisa Holm']);
  });

  it('credits "the statement said" to whoever issued the statement just before, or nobody', () => {
    const text = 'Caritas Internationalis said in a statement that it welcomed the text. “Goodwill does not pay rent,” the statement said.\nIn a joint statement, they said the plan failed. “It is dead,” the statement said.';
    assert.deepEqual(speakers(text), ['Caritas Internationalis', null]);
  });

  it('finds the name in apposition to an unnamed description, and never takes a listener for the speaker', () => {
    const text = '“It’s a disaster. We lost everything,” said one resident, Maria Lopez, 45.\n“We will fight on,” the group’s leader, Ahmed Ali, told the BBC.\nThe convoy was stopped at the border, told the BBC.';
    assert.deepEqual(speakers(text), ['Maria Lopez', 'Ahmed Ali']);
    const claims = analyzeArticle(text).claims;
    assert.ok(claims.every((c) => c.speaker !== 'BBC'));
  });

  it('credits the reporter of a clause whose own subject is an unnamed group', () => {
    const text = 'Rail strike to go ahead\nThe RMT said its members had voted “overwhelmingly” for action.';
    assert.equal(speakerOf(text, 'overwhelmingly'), 'RMT');
  });

  it('never takes someone’s associate for the person in focus ("Putin’s spokesman", "his lawyer")', () => {
    const text = 'Russian President Vladimir Putin met Xi Jinping on Monday. “The talks were good,” Putin’s spokesman said.\n“We will appeal,” his lawyer told reporters.\n“It is a good day,” the president said.';
    assert.deepEqual(speakers(text), [null, null, 'Vladimir Putin']);
  });

  it('credits the source of a sentence that opens with "According to X,"', () => {
    const text = 'Russian Foreign Minister Sergey Lavrov met his Iranian counterpart on Monday. According to the minister, Moscow and Tehran “share the view” that the conflict must be settled.';
    assert.equal(speakerOf(text, 'share the view'), 'Sergey Lavrov');
  });

  it('reads a headline that puts the speaker after a colon', () => {
    const text = '‘We will not give up’: Zelensky vows to fight on\nUkrainian President Volodymyr Zelensky spoke in Kyiv on Friday.';
    assert.equal(speakerOf(text, 'We will not give up'), 'Volodymyr Zelensky');
  });

  it('reads a colon after a clause about a person as introducing their words, but not a report’s', () => {
    const text = 'Ministers met on Friday. Jane Roe, who chairs the committee, was blunt: “We failed.”\nThe report had one conclusion: “Nobody was in charge.”';
    assert.deepEqual(speakers(text), ['Jane Roe', null]);
  });

  it('never resolves a description in the story to someone only named later', () => {
    const text = 'Sunak and Starmer clash in TV debate\nStarmer called the figure “absolute garbage”. “They crashed the economy,” the Labour leader told the audience.\nLiberal Democrat leader Ed Davey, who was not invited, said the debate was “a depressing spectacle”.';
    assert.notEqual(speakerOf(text, 'They crashed'), 'Ed Davey');
    assert.equal(speakerOf(text, 'a depressing'), 'Ed Davey');
  });

  it('lets an organisation speak through "its spokesperson" named before the title', () => {
    const text = 'Pay row\nA Department of Health spokesperson added that the union’s demands were “unaffordable”.\n“We will not negotiate,” a Kremlin spokesman said.';
    assert.deepEqual(speakers(text), ['Department of Health', 'Kremlin']);
  });

  it('reads a title with a preposition inside it, and "as X put it"', () => {
    const text = 'UN humanitarian coordinator for Sudan Karin Lindqvist-Osei welcomed the vote but said in a statement released by her office that “a three-month horizon is no way to run an operation”.\nGareth O’Rourke runs the consultation. Or, as O’Rourke put it at the end of the briefing, “we read every single one.”';
    assert.equal(speakerOf(text, 'a three-month horizon'), 'Karin Lindqvist-Osei');
    assert.equal(speakerOf(text, 'we read every'), 'Gareth O’Rourke');
  });

  it('never takes "the spokesman" or "the lawyer" for the person in focus', () => {
    const text = 'Tom Smith announced his resignation on Friday. “He will not comment further,” the spokesman said.\n“We will appeal,” the lawyer said.';
    assert.deepEqual(speakers(text), [null, null]);
  });
  it('reads the name in apposition behind titles of its own after "said the …," (science, business, sport)', () => {
    const science = '“We measured the same stations every year,” said the study’s lead author, Associate Professor Hanna Brekke.';
    assert.equal(speakerOf(science, 'We measured'), 'Hanna Brekke');
    const business = '“The offer is far too low,” said the group’s chair, Dame Olivia Carrow.';
    assert.equal(speakerOf(business, 'The offer'), 'Olivia Carrow');
    const sport = '“We were second best,” said the club’s captain, Sir Marcus Thane, after the game.';
    assert.equal(speakerOf(sport, 'We were second'), 'Marcus Thane');
  });
  it('never reads "adding" or "saying" after a quote as "said X": the quote keeps the speaker before it (transport, courts)', () => {
    const group = 'A spokeswoman for the Harbour Ferry Users’ Association said passengers were “tired rather than angry”, adding that “each delay costs us riders”.';
    assert.equal(speakerOf(group, 'tired rather'), 'Harbour Ferry Users’ Association');
    const court = 'Judge Ann Marsh said the defendant had shown “no remorse at all”, saying the victims deserved better.';
    assert.equal(speakerOf(court, 'no remorse'), 'Ann Marsh');
  });

  it('lets "adding: …" hang on the reporting verb, not on the one it reports (politics, business)', () => {
    const politics = 'Mayor Lena Voss wrote that the council had called the plan “reckless”, adding: “We will fight it.”';
    assert.equal(speakerOf(politics, 'We will fight'), 'Lena Voss');
    const business = 'Chief executive Omar Haddad said the bidder had described the firm as “sleepy”, adding: “We are wide awake.”';
    assert.equal(speakerOf(business, 'We are wide'), 'Omar Haddad');
  });

  it('reads the subject of a colon clause past an opening -ing or subordinate phrase (local news, sport, disaster)', () => {
    const flood = 'Addressing the crowd as the rain fell, the deputy mayor, Ines Ferro, struck a defiant tone: “This town has flooded before.”';
    assert.equal(speakerOf(flood, 'This town'), 'Ines Ferro');
    const match = 'When the result came through, Coach Bill Ames was unrepentant: “We played the right way.”';
    assert.equal(speakerOf(match, 'We played'), 'Bill Ames');
    const paragraph = 'Hours after the ferry sank, as relatives gathered at the port, the harbour master, Piet Claes, read a short statement:\n\n“We have found no more survivors.”';
    assert.equal(speakerOf(paragraph, 'We have found'), 'Piet Claes');
  });

  it('reads a headline that names its speaker and whom they address before a colon ("X to Y: “…”") (trade, religion)', () => {
    const trade = 'Okafor to Brussels: “We do not need your permission”\n\nNgozi Okafor, the trade minister, spoke in Lagos on Monday.';
    assert.equal(speakerOf(trade, 'We do not need'), 'Ngozi Okafor');
    const story = 'Farmers to ministers: “Pay us or we stop”\n\nGrain farmers marched in Leeds on Monday.';
    assert.equal(speakerOf(story, 'Pay us'), null);
  });

  it('reads a closing "according to X" as a relay when the sentence has its own speaker, and as the source otherwise (economy, politics)', () => {
    const relay = 'Finance Minister Lena Berg told parliament on Tuesday that the budget would “restore trust in public money”, according to state broadcaster NRK.';
    assert.equal(speakerOf(relay, 'restore trust'), 'Lena Berg');
    const source = 'The economy grew “faster than anyone expected”, according to the central bank, Bank Negara.';
    assert.equal(speakerOf(source, 'faster than'), 'Bank Negara');
  });

  it('reads a title written short with its full stop before the name after a quote ("Usec.", "Engr.", "Msgr.")', () => {
    const text = [
      '“The fund is solvent,” Usec. Liza Magbanua said in a statement.',
      '“The bridge will reopen in May,” Engr. Tunde Bakare told reporters.',
      '“The bells will ring at noon,” Msgr. Paolo Ricci said.',
      '“We will appeal,” Engr. and staff said.',
    ].join('\n');
    assert.deepEqual(speakers(text), ['Liza Magbanua', 'Tunde Bakare', 'Paolo Ricci', null]);
  });

  it('reads through a title whose first word the tagger took for a verb after "said" (labour, shipping)', () => {
    const head = 'Pay deal\n\nThe carmaker agreed a pay deal on Friday.\n\n';
    assert.equal(speakerOf(`${head}“Nobody is happy today,” said works council chair Greta Lindahl, who led the talks.`, 'Nobody is'), 'Greta Lindahl');
    assert.equal(speakerOf(`${head}“The plan was fine,” said works manager Tom Hale.`, 'The plan'), 'Tom Hale');
    assert.equal(speakerOf(`${head}“The ports will stay open,” said shipping minister Ana Duarte.`, 'The ports'), 'Ana Duarte');
  });

  it('never reads a verb before a name as a title', () => {
    const text = 'Pay deal\n\nThe carmaker agreed a pay deal on Friday.\n\n“It was fine,” said fans cheering Tom Hale.';
    assert.equal(speakerOf(text, 'It was fine'), null);
  });

  it('gives a colon after someone\'s response, reply, answer, message or verdict to its owner (politics, sport, courts)', () => {
    const head = 'Storm hits coast\n\nThe storm hit on Monday night and cut power to 40,000 homes.\n\n';
    assert.equal(speakerOf(`${head}Mayor Rosa Klein’s response was blunt: “No.”`, 'No.'), 'Rosa Klein');
    assert.equal(speakerOf(`${head}Coach Dan Weller watched the replay twice. His verdict was short: “Never a penalty.”`, 'Never a'), 'Dan Weller');
    assert.equal(speakerOf(`${head}Judge Ama Owusu adjourned the case. Her message to the jury was clear: “Ignore the press.”`, 'Ignore the'), 'Ama Owusu');
  });

  it('never gives such a colon to a body or a thing nobody named as a speaker', () => {
    const head = 'Storm hits coast\n\nThe storm hit on Monday night and cut power to 40,000 homes.\n\n';
    assert.equal(speakerOf(`${head}Mayor Rosa Klein visited the shelter. The council’s verdict was harsh: “Too little, too late.”`, 'Too little'), null);
  });

  it('reads a reporting clause set between commas inside the sentence, its subject after the verb (politics, business, sport)', () => {
    const head = 'Budget row\n\nThe government unveiled its budget on Tuesday.\n\n';
    assert.equal(speakerOf(`${head}The cuts, said Finance Minister Rosa Klein, were “painful but necessary”.`, 'painful'), 'Rosa Klein');
    assert.equal(speakerOf(`${head}Profits this year, says chief executive Anna Berg, will be “broadly flat”.`, 'broadly'), 'Anna Berg');
    assert.equal(speakerOf(`${head}The penalty, said Rovers manager Callum Bright, was “never a foul”.`, 'never a'), 'Callum Bright');
  });

  it('never reads a participle or an unnamed group between commas as such a clause', () => {
    const head = 'Budget row\n\nThe government unveiled its budget on Tuesday.\n\n';
    assert.equal(speakerOf(`${head}The cuts, said to be “painful”, were approved by Rosa Klein.`, 'painful'), null);
    assert.equal(speakerOf(`${head}The cuts, said analysts at Barclays, were “painful but necessary”.`, 'painful'), null);
  });
});
