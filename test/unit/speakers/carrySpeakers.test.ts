import { strict as assert } from 'node:assert';
import { speakerOf, speakers } from '../../support/quoteSpeakers';

describe('carrySpeakers', () => {
  it('continues a speaker over a following quote sentence and a quote paragraph, but not past someone else', () => {
    const text = '“We were second best,” Gareth Merriman said. “The reaction was magnificent.”\n“Ask any physio in the country.”\nJane Roe disagreed.\n“Nonsense.”';
    // "Jane Roe disagreed." puts her in focus: the last quote is hers, not Merriman's.
    assert.deepEqual(speakers(text), ['Gareth Merriman', 'Gareth Merriman', 'Gareth Merriman', 'Jane Roe']);
  });
  it('gives every part of a multi-paragraph quotation the same speaker', () => {
    const text = 'The judge, Martin Ferrier, addressed the defendant.\n‘You were trusted by families who had run out of options.\n‘They handed you the keys to their parents’ savings,’ the judge said.';
    assert.deepEqual(speakers(text), ['Martin Ferrier', 'Martin Ferrier']);
  });
  it('goes on with the speaker of the reported speech just before a quote that stands alone', () => {
    const text = 'Rosa Delgado, who has run the branch for 14 years, said she was already planning next year’s reading program. “We’re staying. That’s all the kids need to know.”\nThe council voted 5-2.\n“Nobody asked us,” one parent said.';
    assert.equal(speakerOf(text, 'We’re staying'), 'Rosa Delgado');
    assert.equal(speakerOf(text, 'Nobody asked us'), null);
  });
  it('lets an organisation speak through its spokesperson, and a paragraph ending in a colon introduce the quote', () => {
    const text = [
      'Thornley was jailed for six years on Friday.',
      'A spokesman for North Yorkshire Police said: “He presented himself as a pillar of the community.”',
      'On Tuesday, Ofcom’s online safety director, Gareth O’Rourke, was blunt about the timetable:',
      '> “Services have had two years’ notice.',
      '>',
      '> “We are not going to name a single technology.”',
    ].join('\n');
    assert.equal(speakerOf(text, 'He presented'), 'North Yorkshire Police');
    assert.equal(speakerOf(text, 'Services have had'), 'Gareth O’Rourke');
    assert.equal(speakerOf(text, 'We are not going'), 'Gareth O’Rourke');
  });
  it('carries a speaker into a paragraph that opens with a quote after a paragraph closed by an attributed quote', () => {
    const text = [
      'Mayor Helen Brandt toured the flooded streets of the old town on Friday morning, met residents who had spent the night on their roofs, and promised temporary housing for every family. “We did everything we could,” she said.',
      '',
      '“Nobody could have stopped that water.” The levees were built in 1952 and never raised.',
    ].join('\n');
    assert.equal(speakerOf(text, 'Nobody could'), 'Helen Brandt');
  });
  it('never carries a speaker into a quote paragraph with a reporting clause of its own', () => {
    const text = 'Mayor Helen Brandt toured the flooded streets on Friday. “We did everything we could,” she said.\n\n“Nobody could have stopped that water,” a firefighter told reporters.';
    assert.equal(speakerOf(text, 'Nobody could'), null);
  });
  it('gives a quote paragraph after "the union said:" to the organisation the description stands for (labour, charity)', () => {
    const union = 'The Transport Salaried Staffs Association said it would ballot members.\n\nIn a statement, the association said:\n\n> “Our members have had enough.”';
    assert.equal(speakerOf(union, 'Our members'), 'Transport Salaried Staffs Association');
    const charity = 'The charity Shelter Cymru said rents had doubled. The charity said:\n\n“Families cannot keep up.”';
    assert.equal(speakerOf(charity, 'Families cannot'), 'Shelter Cymru');
    const notSaying = 'The charity Shelter Cymru said rents had doubled. The charity was blunt:\n\n“Families cannot keep up.”';
    assert.equal(speakerOf(notSaying, 'Families cannot'), null);
  });

  it('alternates the turns of a questioning, and gives nobody a paragraph after an exchange that asks nothing (courts)', () => {
    const exchange = [
      'Peter Hale, a foreman, gave evidence on Thursday. Counsel Maria Lund questioned him.',
      '',
      '‘Did the crew work that Sunday, Mr Hale?’ she asked.',
      '',
      '‘I do not believe they did,’ he said.',
    ];
    const hearing = [
      ...exchange,
      '',
      '‘Then why were they charged for it?’',
      '',
      '‘I cannot answer that. The deductions came from head office.’',
    ].join('\n');
    assert.deepEqual(speakers(hearing), ['Maria Lund', 'Peter Hale', 'Maria Lund', 'Peter Hale']);
    const statement = [
      ...exchange,
      '',
      '‘It was a long season for everyone.’',
    ].join('\n');
    assert.deepEqual(speakers(statement), ['Maria Lund', 'Peter Hale', null]);
  });

  it('carries a speaker into a newsletter’s block-quoted paragraph, past a line of nothing but ">" (sport, swimming)', () => {
    const sport = [
      '> "The pitch was the worst I have seen in ten years," head groundsman Colin Marsh wrote in the club newsletter.',
      '>',
      '> "We will relay it before the spring."',
    ].join('\n');
    assert.deepEqual(speakers(sport), ['Colin Marsh', 'Colin Marsh']);
    const swimming = [
      'Her trainer, Anke Vos, told the podcast that the swimmer had trained "mostly before school".',
      '',
      '> "She never misses a session. Not once in four years."',
    ].join('\n');
    assert.deepEqual(speakers(swimming), ['Anke Vos', 'Anke Vos']);
  });

  it('carries the speaker of a reporting clause that closes the sentence before, its subject after "said", into a quote standing alone (disasters, business, sport)', () => {
    const flood = 'Flood\n\nThe river burst its banks overnight, said Margaret Oyelowo, who runs a bakery on Mill Street.\n\n“The water came in under the door at two in the morning. We lost everything.”';
    assert.equal(speakerOf(flood, 'The water came'), 'Margaret Oyelowo');
    const plant = 'Plant closure\n\nThe plant had been losing money for a decade, said Henrik Solberg, the works convener. “Nobody here is surprised.”';
    assert.equal(speakerOf(plant, 'Nobody here'), 'Henrik Solberg');
    const match = 'Derby\n\nThe referee missed two penalties, said Rovers manager Callum Bright.\n\n“I have watched it ten times. Both were clear.”';
    assert.equal(speakerOf(match, 'I have watched'), 'Callum Bright');
  });

  it('carries nothing from a closing "told" clause whose object is the listener, nor from an unnamed speaker', () => {
    const listener = 'Plant closure\n\nThe plant had been losing money for a decade, the works convener told Henrik Solberg. “Nobody here is surprised.”';
    assert.equal(speakerOf(listener, 'Nobody here'), null);
    const unnamed = 'Flood\n\nThe river burst its banks overnight, said one resident.\n\n“We lost everything.”';
    assert.equal(speakerOf(unnamed, 'We lost'), null);
  });
});
