import { strict as assert } from 'node:assert';
import { speakerOf } from '../../support/quoteSpeakers';
import { analyzeArticle } from '../../../src/core/analyzeArticle';

describe('followSubjectInFocus', () => {
  it('credits the subject of a sentence with no verb of saying to the quote that follows it (business)', () => {
    const text = 'The board met on Tuesday to weigh the bid. Chairwoman Ingrid Esterhuizen was scathing. “The board is unanimous. This offer undervalues the company.”';
    assert.equal(speakerOf(text, 'The board is unanimous'), 'Ingrid Esterhuizen');
  });

  it('credits the subject of an action sentence, through a pronoun (science, religion)', () => {
    const voyage = 'Captain Rolf Pillai-Jensen led the voyage back to the reef in March. “We went back to exactly the same positions and found nothing alive.”';
    assert.equal(speakerOf(voyage, 'We went back'), 'Rolf Pillai-Jensen');
    const visit = 'Archbishop Thomas Kerr met the refugees at the cathedral door. He shook every hand. “They are our neighbours now.”';
    assert.equal(speakerOf(visit, 'They are our'), 'Thomas Kerr');
  });

  it('takes an adjective the tagger calls a verb ("was blunt") for no passive (politics)', () => {
    const text = 'Environment Secretary Helen Marsh welcomed the fine. Marsh was blunt. “No more excuses.”';
    assert.equal(speakerOf(text, 'No more excuses'), 'Helen Marsh');
  });

  it('reads the main clause after an opening "Asked …," phrase (politics)', () => {
    const text = 'Asked whether he would stand again, Senator Paul Dreyer smiled. “Ask me in the spring.”';
    assert.equal(speakerOf(text, 'Ask me'), 'Paul Dreyer');
  });

  it('finds the main verb past an apposition or relative clause after the subject (sport, courts)', () => {
    const relative = 'Manchester City manager Pep Ruiz, whose side plays again on Tuesday, was unrepentant. “We will rotate. That is the only answer.”';
    assert.equal(speakerOf(relative, 'We will rotate'), 'Pep Ruiz');
    const trial = 'After the verdict, Martin Ruiz, who had sat through every day of the trial, wept. “It is over.”';
    assert.equal(speakerOf(trial, 'It is over'), 'Martin Ruiz');
  });

  it('carries into a quote paragraph after a paragraph about one person (courts)', () => {
    const text = 'The hearing lasted four hours.\n\nJudge Miriam Okafor listened to both sides before adjourning.\n\n“I will give my ruling on Friday. Nobody should read anything into the delay.”';
    assert.equal(speakerOf(text, 'I will give'), 'Miriam Okafor');
  });

  it('carries into a quote paragraph after a paragraph that introduces one person as its topic (science)', () => {
    const topic = 'Dr Lena Berg has dived on the reef since 1998. The coral cover has halved since then, and the fish have gone.\n\n“We went back to exactly the same positions and found nothing alive.”';
    assert.equal(speakerOf(topic, 'We went back'), 'Lena Berg');
    const organisation = 'Dr Lena Berg has dived on the reef since 1998. The Marine Institute cut her funding in 2020.\n\n“We went back to exactly the same positions and found nothing alive.”';
    assert.equal(speakerOf(organisation, 'We went back'), null);
  });

  it('prefers the subject of the sentence before to the person named last in it (sport)', () => {
    const text = 'Striker Lena Ortiz scored twice against Dalby Athletic. “We were patient and it paid off.”';
    assert.equal(speakerOf(text, 'We were patient'), 'Lena Ortiz');
  });

  it('credits nobody when two people are named, the clause is passive, or the subject is no person', () => {
    const two = 'Mayor Lucy Hart arrived at noon with Fire Chief Dan Morrow. “We will rebuild every house.”';
    assert.equal(speakerOf(two, 'We will rebuild'), null);
    const passive = 'Former treasurer Neil Garside was jailed for six years on Friday. “You betrayed everyone who trusted you.”';
    assert.equal(speakerOf(passive, 'You betrayed'), null);
    const organisation = 'Halden Breweries closed two plants in March. “Volumes have fallen by a third.”';
    assert.equal(speakerOf(organisation, 'Volumes have'), null);
  });

  it('credits nobody when the sentence names another person as the source, but keeps one spoken to (family, courts)', () => {
    const source = 'Joan Smith received a text from her son at midnight. “Mum, I am safe.”';
    assert.equal(speakerOf(source, 'Mum, I am safe'), null);
    const addressed = 'Judge Miriam Okafor turned to the defendant. “You knew what you were doing.”';
    assert.equal(speakerOf(addressed, 'You knew'), 'Miriam Okafor');
  });

  it('reads the main clause after an opening "Asked whether …," phrase that holds commas of its own (sport, labour)', () => {
    const sport = 'Club chair Maria Lund spoke after the hearing. Asked whether the club, whose debts run to millions, could survive another season, she was blunt. “We will not go under.”';
    assert.equal(speakerOf(sport, 'We will not'), 'Maria Lund');
    const labour = 'Union leader Peter Hale met the employers on Monday. Asked about the strike, which has closed the ports for a week, he was unrepentant. “Nobody moves until the offer changes.”';
    assert.equal(speakerOf(labour, 'Nobody moves'), 'Peter Hale');
  });

  it('takes the verb of saying after a relative clause as the cue of a quote paragraph introduced by a colon (science)', () => {
    const science = 'Professor Anna Berg, who led the survey of the reef, said:\n\n“The coral has halved since 1998.”';
    assert.deepEqual(analyzeArticle(science).quotes.map((q) => [q.speaker, q.cue]), [['Anna Berg', 'said']]);
  });
});

