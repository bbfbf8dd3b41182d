import { strict as assert } from 'node:assert';
import { detectBlocks } from '../../../src/core/structure/detectBlocks';
import { findQuotations } from '../../../src/core/quotes/findQuotations';
import { analyzeArticle } from '../../../src/core/analyzeArticle';
import { growsLinearly, timeTwoSizes } from '../../support/linearGrowth';

const quoted = (text: string): string[] => findQuotations(text, detectBlocks(text)).map((q) => text.slice(q.start, q.end));

describe('findQuotations', () => {
  it('finds straight, curly, guillemet and German-style double quotations', () => {
    assert.deepEqual(quoted('He said "we will stay" and left.'), ['we will stay']);
    assert.deepEqual(quoted('“We will stay,” he said.'), ['We will stay,']);
    assert.deepEqual(quoted('Il a dit « nous restons » hier, then « partons ».'), [' nous restons ', ' partons ']);
    assert.deepEqual(quoted('Merz sagte „wir bleiben“ am Montag.'), ['wir bleiben']);
  });

  it('reads guillemets pointing inwards (»…«, ›…‹) as German, Danish and Polish outlets set them', () => {
    assert.deepEqual(quoted('»We will not pay twice«, said Anna Nowak, the treasurer.'), ['We will not pay twice']);
    assert.deepEqual(quoted('„We called it »a declaration of intent« and we meant it,” the mayor said.'), ['We called it »a declaration of intent« and we meant it,', 'a declaration of intent']);
    assert.deepEqual(quoted('Der Trainer sagte: »Wir nennen das ›Mut‹, nicht Glück.« Dann ging er.'), ['Wir nennen das ›Mut‹, nicht Glück.', 'Mut']);
    assert.deepEqual(quoted('Il a dit « nous restons » hier, puis «partons», et »sortons«.'), [' nous restons ', 'partons', 'sortons']);
  });

  it('gives an inward-guillemet quotation its speaker', () => {
    const analysis = analyzeArticle('Stadium plan\n\n»We will not pay twice«, said Anna Nowak, the city treasurer.\n');
    const quote = analysis.quotes.find((q) => q.text === 'We will not pay twice');
    assert.ok(quote, JSON.stringify(analysis.quotes.map((q) => q.text)));
    assert.equal(quote.speaker, 'Anna Nowak');
  });

  it('closes a German-style single quotation ‚…‘ so the next quotation stands on its own', () => {
    const text = 'The probe’s director recalled a letter a pupil sent her: ‚Please tell me when it lands.‘ „Today I can answer her,“ she said.';
    assert.deepEqual(quoted(text), ['Please tell me when it lands.', 'Today I can answer her,']);
  });

  it('ends a one-word quotation at a word in -ous or -ss even when a plural possessive follows', () => {
    assert.deepEqual(quoted("Landlord fined over 'dangerous' wiring in tenants' flats"), ['dangerous']);
    assert.deepEqual(quoted("Coach hails 'fearless' display as fans' favourite signs on"), ['fearless']);
  });

  it('ends a quotation at s’ when a conjunction or preposition follows, not a possessed noun', () => {
    assert.deepEqual(quoted('The mayor said the town had received ‘thousands of letters from grateful families’ since the flood.'), ['thousands of letters from grateful families']);
    assert.deepEqual(quoted('She said the plan was ‘a gift to the developers’ during a heated debate.'), ['a gift to the developers']);
  });

  it('pairs a curly opener with a straight closer', () => {
    assert.deepEqual(quoted('“We are ready to discuss any proposals," Lavrov said.'), ['We are ready to discuss any proposals,']);
  });

  it('does not take apostrophes, decades or plural possessives for quotation marks', () => {
    assert.deepEqual(quoted('Lavrov’s aides don’t agree about the ’90s or rock ’n’ roll.'), []);
    assert.deepEqual(quoted('The United States’ decision angered the players\' union.'), []);
    assert.deepEqual(quoted("The players' union called the ban 'unlawful' on Friday."), ['unlawful']);
  });

  it('reports a quotation nested in another after its host, flagged as nested', () => {
    const text = '“They called it ‘a disgrace’ and walked out,” she said.';
    const found = findQuotations(text, detectBlocks(text));
    assert.deepEqual(found.map((q) => [text.slice(q.start, q.end), q.nested]), [['They called it ‘a disgrace’ and walked out,', false], ['a disgrace', true]]);
    assert.deepEqual(quoted('"He told me \'never again\' twice," Smith said.'), ["He told me 'never again' twice,", 'never again']);
  });

  it('reads British single quotes with a plural possessive inside and over several paragraphs', () => {
    const text = "'They handed you the keys to the last years of their parents' lives. You betrayed them.\n'You knew it was a lie,' the judge said.";
    const found = findQuotations(text, detectBlocks(text));
    assert.deepEqual(found.map((q) => text.slice(q.start, q.end)), ["They handed you the keys to the last years of their parents' lives. You betrayed them.", 'You knew it was a lie,']);
    assert.equal(found[0].continues, true);
  });

  it('ends a one-word single quotation on a plural, and continues one over Markdown block-quote paragraphs', () => {
    assert.deepEqual(quoted("She recorded the withdrawals as spending on 'sundries' and 'outings'."), ['sundries', 'outings']);
    assert.deepEqual(quoted("He called it 'a waste of resources' and said the 'students' union' agreed."), ['a waste of resources', "students' union"]);
    assert.deepEqual(quoted("The inspector blamed 'worn brakes on both rear wheels' rather than the driver, which he called 'a relief'."), ['worn brakes on both rear wheels', 'a relief']);
    assert.deepEqual(quoted("The lab cited 'contamination by its own technicians' instead of fraud, a finding the 'study authors' contested."), ['contamination by its own technicians', 'study authors']);
    const md = 'He was blunt:\n\n> “Services have had notice.\n>\n> “We will judge outcomes.”';
    const parts = findQuotations(md, detectBlocks(md));
    assert.deepEqual(parts.map((q) => [md.slice(q.start, q.end), q.continued]), [['Services have had notice.', false], ['We will judge outcomes.', true]]);
  });

  it('finds single-quoted headline words', () => {
    assert.deepEqual(quoted("Russian FM slams blaming Iran for 'everything' as 'provocative'\nThe minister spoke on Thursday."), ['everything', 'provocative']);
  });

  it('reports one part per paragraph of a quotation that runs over several paragraphs', () => {
    const text = 'The coach said: “We were poor in the first half.\n“In the second half we were better. We fought,” he added.';
    const parts = findQuotations(text, detectBlocks(text));
    assert.deepEqual(parts.map((q) => text.slice(q.start, q.end)), ['We were poor in the first half.', 'In the second half we were better. We fought,']);
    assert.equal(parts[0].close, null);
    assert.equal(parts[0].continues, true);
    assert.equal(parts[1].continued, true);
  });

  it('ends a quotation left open at the end of its paragraph or text there', () => {
    const text = 'She said: “This is not over.\nThe court adjourned.';
    const parts = findQuotations(text, detectBlocks(text));
    assert.deepEqual(parts.map((q) => text.slice(q.start, q.end)), ['This is not over.']);
    assert.equal(parts[0].continues, false);
  });

  // Growth, not wall-clock time, is asserted: a machine under load made the old 3-second bound fail.
  const pathological: Record<string, (n: number) => string> = {
    'a line of letters without a space': (n) => 'x'.repeat(n),
    'straight marks and then curly openers': (n) => '" '.repeat(n / 20) + '“'.repeat(n / 20),
    'apostrophes on every word': (n) => "don't 'a ".repeat(n / 10),
  };
  for (const [name, build] of Object.entries(pathological)) {
    it(`takes time in proportion to the text on ${name}, not to its square`, function () {
      this.timeout(120_000);
      const times = timeTwoSizes(build, (text) => findQuotations(text, detectBlocks(text)), 250_000);
      assert.ok(growsLinearly(times), `CPU time ${times.small.toFixed(0)} ms for 250,000 characters, ${times.large.toFixed(0)} ms for 1,000,000`);
    });
  }

  it('tells titles, nicknames and lone names from speech', () => {
    const kinds = analyzeArticle([
      'Lakes lose oxygen',
      'The study, titled “Widespread deoxygenation of temperate lakes”, builds on earlier work.',
      'Van der Linde, known to the fans as “the Lighthouse”, said little.',
      'She has read the novel “War and Peace” twice.',
      'Biden failed to mention that "Israel" was behind it.',
      'He called the plan “a fantasy”. “We will not accept it,” he said.',
    ].join('\n')).quotes.map((q) => [q.text, q.kind]);
    assert.deepEqual(kinds, [
      ['Widespread deoxygenation of temperate lakes', 'title'],
      ['the Lighthouse', 'scare'],
      ['War and Peace', 'title'],
      ['Israel', 'scare'],
      ['a fantasy', 'partial'],
      ['We will not accept it,', 'direct'],
    ]);
  });
});

