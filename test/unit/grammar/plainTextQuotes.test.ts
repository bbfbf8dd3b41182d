import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IGrammar } from 'vscode-textmate';
import { BEGIN_MARK, DOUBLE, END_MARK, NESTED, OTHER, SINGLE, loadGrammar, scopedRuns, tokenizeDocument } from './quoteGrammarHost';

const samples = join(__dirname, '..', '..', '..', 'samples');
const sampleLine = (file: string, contains: string): string => {
  const line = readFileSync(join(samples, file), 'utf8').split('\n').find((l) => l.includes(contains));
  assert.ok(line, `${file} has a line with ${contains}`);
  return line;
};

describe('quotation grammar for plain text', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadGrammar('plaintext');
  });
  const runs = (document: string, scope: string) => scopedRuns(tokenizeDocument(grammar, document), scope);

  describe('quotation styles', () => {
    it('scopes straight double quotes with their marks', () => {
      assert.deepEqual(runs('The minister said "we are ready" on Monday.', DOUBLE), ['"we are ready"']);
      assert.deepEqual(runs('The minister said "we are ready" on Monday.', BEGIN_MARK), ['"']);
      assert.deepEqual(runs('The minister said "we are ready" on Monday.', END_MARK), ['"']);
    });

    it('scopes curly double quotes (sample 001)', () => {
      const line = sampleLine('001_329362c8f0014bf2.txt', 'already among the nations');
      assert.deepEqual(runs(line, DOUBLE), ['“already among the nations intervening the most”']);
    });

    it('scopes straight single scare quotes in a headline (sample 003)', () => {
      const line = sampleLine('003_7f66165cc7c1e9fd.txt', 'slams blaming');
      assert.deepEqual(runs(line, SINGLE), ["'everything'", "'provocative'"]);
    });

    it("scopes the 'Israel' scare quote of sample 003", () => {
      const line = sampleLine('003_7f66165cc7c1e9fd.txt', 'Gazan genocide');
      assert.deepEqual(runs(line, SINGLE), ["'Israel'"]);
    });

    it('scopes curly single quotes', () => {
      assert.deepEqual(runs('Critics called the plan ‘a passport check for the internet’ last week.', SINGLE), [
        '‘a passport check for the internet’',
      ]);
    });

    it('scopes French guillemets and single guillemets as other quotations', () => {
      const line = '«Nous sommes prêts», a dit le ministre, citant un ‹accord de principe›.';
      assert.deepEqual(runs(line, OTHER), ['«Nous sommes prêts»', '‹accord de principe›']);
    });

    it('scopes guillemets with inner spaces as one quotation', () => {
      assert.deepEqual(runs('Il a parlé d’une « victoire historique » pour le pays.', OTHER), ['« victoire historique »']);
    });

    it('scopes German low-high quotes „…“ without mistaking the closing “ for an opener', () => {
      const line = 'Der Minister sagte: „Wir kaufen keine Waffen, weil wir Krieg wollen.“ Dann ging er.';
      assert.deepEqual(runs(line, DOUBLE), ['„Wir kaufen keine Waffen, weil wir Krieg wollen.“']);
    });

    it('closes a curly opener with a straight mark (sample 003: “…as well," Lavrov said)', () => {
      const line = sampleLine('003_7f66165cc7c1e9fd.txt', 'as well,"');
      const [quote, ...others] = runs(line, DOUBLE);
      assert.deepEqual(others, []);
      assert.ok(quote.startsWith('“We are ready to discuss'));
      assert.ok(quote.endsWith('on this issue as well,"'));
      assert.ok(!runs(line, DOUBLE).join('').includes('Lavrov said'));
    });

    it('closes a straight opener with a curly mark', () => {
      assert.deepEqual(runs('He said "this is over” and left.', DOUBLE), ['"this is over”']);
    });
  });

  describe('nesting', () => {
    it('scopes a single quotation inside a double one as nested', () => {
      const line = '"They keep calling it \'a special operation\', which it is not," the envoy said.';
      assert.deepEqual(runs(line, NESTED), ["'a special operation'"]);
      assert.deepEqual(runs(line, DOUBLE), [line.slice(0, line.indexOf(' the envoy'))]);
    });

    it('scopes curly nested quotations and closes the outer one after them', () => {
      const line = '“Our farmers are told ‘produce more, pollute less’ and now ‘pay more’,” he told reporters.';
      assert.deepEqual(runs(line, NESTED), ['‘produce more, pollute less’', '‘pay more’']);
      assert.deepEqual(runs(line, DOUBLE), ['“Our farmers are told ‘produce more, pollute less’ and now ‘pay more’,”']);
    });

    it('scopes double quotations nested in guillemets', () => {
      const line = '«Our farmers are told “produce more” and now “pay more”. That is a punishment,» he said.';
      assert.deepEqual(runs(line, NESTED), ['“produce more”', '“pay more”']);
      assert.deepEqual(runs(line, OTHER), ['«Our farmers are told “produce more” and now “pay more”. That is a punishment,»']);
    });

    it('tells a nested straight double quote from the closing one by the letters around it', () => {
      const line = '"He called it "fake news" before the vote," she said.';
      assert.deepEqual(runs(line, NESTED), ['"fake news"']);
      assert.deepEqual(runs(line, DOUBLE), ['"He called it "fake news" before the vote,"']);
    });

    it('ends an unclosed nested quotation where the outer one closes', () => {
      const line = '“It was the ‘90s all over again, with ‘no end in sight,” he said, and left.';
      assert.deepEqual(runs(line, DOUBLE), ['“It was the ‘90s all over again, with ‘no end in sight,”']);
      assert.deepEqual(runs(line, NESTED), ['‘no end in sight,']);
    });
  });

  describe('apostrophes are not quotation marks', () => {
    it('ignores contractions and possessives, straight and curly', () => {
      const line = "Russia's envoy said it's over, the president’s aides don't agree and Lavrov’s team won't say.";
      assert.deepEqual(runs(line, SINGLE), []);
      assert.deepEqual(runs(line, BEGIN_MARK), []);
    });

    it('ignores plural possessives (sample 001: the United States’ decision)', () => {
      const line = sampleLine('001_329362c8f0014bf2.txt', 'States’ decision');
      assert.deepEqual(runs(line, SINGLE), []);
      assert.deepEqual(runs("They met at the Smiths' house and the Joneses' farm.", SINGLE), []);
    });

    it('ignores elided decades and rock ’n’ roll', () => {
      assert.deepEqual(runs("A hit of the '90s, rock 'n' roll and the class of '09 were all there.", SINGLE), []);
      assert.deepEqual(runs('A hit of the ‘90s was played.', SINGLE), []);
    });

    it('keeps apostrophes inside a single-quoted quotation', () => {
      const line = "'We don't accept it, and the farmers' union won't either,' he said.";
      assert.deepEqual(runs(line, SINGLE), ["'We don't accept it, and the farmers' union won't either,'"]);
    });

    it('closes a scare quote on a word ending in -ous before a possessive further on', () => {
      const line = "Care home boss jailed for 'callous' theft from residents' savings";
      assert.deepEqual(runs(line, SINGLE), ["'callous'"]);
    });

    it('does not take an inch mark or a straight quote glued to a word for an opener', () => {
      assert.deepEqual(runs('The 12" pipe burst and the 3" valve held.', DOUBLE), []);
      assert.deepEqual(runs('Version"2" was typed without spaces.', DOUBLE), []);
    });
  });

  describe('quotations never run away', () => {
    it('ends an unclosed quotation at a blank line', () => {
      const document = 'He said "we will not stop\nuntil the end of the war.\n\nThe next paragraph is narration.';
      const tokens = tokenizeDocument(grammar, document);
      assert.deepEqual(scopedRuns(tokens, DOUBLE), ['"we will not stop', 'until the end of the war.']);
    });

    it('carries a quotation over a hard-wrapped line break', () => {
      const document = 'The minister said that "the more countries take\nproactive measures, the greater the risk" of war.';
      assert.deepEqual(runs(document, DOUBLE), ['"the more countries take', 'proactive measures, the greater the risk"']);
    });

    it('ends an unclosed quotation at the end of a paragraph written on one long line', () => {
      const document = [
        'The ministry said the talks would continue and that "all options remain on the table, including a new round of negotiations in Geneva next month',
        'Reporters were not allowed to ask questions, and the minister left the room after ten minutes of remarks that mostly repeated earlier statements.',
      ].join('\n');
      const quoted = runs(document, DOUBLE);
      assert.equal(quoted.length, 1);
      assert.ok(quoted[0].endsWith('Geneva next month'));
    });

    it('scopes each paragraph of a multi-paragraph quotation on its own (opening mark on each)', () => {
      const document = [
        '“We are ready to discuss any constructive proposals. This initiative is clearly dictated by the desire to achieve de-escalation.',
        '“We believe any approaches should be based on a balance of interests,” he added.',
      ].join('\n');
      assert.deepEqual(runs(document, BEGIN_MARK), ['“', '“']);
      assert.deepEqual(runs(document, END_MARK), ['”']);
      assert.deepEqual(runs(document, DOUBLE), [
        '“We are ready to discuss any constructive proposals. This initiative is clearly dictated by the desire to achieve de-escalation.',
        '“We believe any approaches should be based on a balance of interests,”',
      ]);
    });

    it('ends a short unclosed paragraph quotation at the next opening paragraph, even in wrapped text', () => {
      const document = '"First part of the statement,\nstill the first paragraph.\n"Second paragraph," he said.';
      assert.deepEqual(runs(document, DOUBLE), ['"First part of the statement,', 'still the first paragraph.', '"Second paragraph,"']);
    });

    it('does not open a straight single quote that is never closed on its line', () => {
      const document = "He said the 'plan was over\nand the 'talks' would resume.";
      assert.deepEqual(runs(document, SINGLE), ["'talks'"]);
    });

    it('lets a British-style quotation that opens a paragraph run to the end of the paragraph', () => {
      const document = "'You were trusted by families who had run out of options, and you betrayed them\n\nThe court rose.";
      assert.deepEqual(runs(document, SINGLE), ["'You were trusted by families who had run out of options, and you betrayed them"]);
    });
  });

  describe('house styles and beats', () => {
    it('reads a British single-quote attribution with contractions inside (sport)', () => {
      const line = "'He's the best finisher we've had in years,' said the manager, whose side's run ended at Anfield.";
      assert.deepEqual(runs(line, SINGLE), ["'He's the best finisher we've had in years,'"]);
    });

    it('passes over a plural possessive inside a curly single quotation (Guardian style)', () => {
      const line = '‘The workers’ union will not accept this,’ she said, calling the offer “an insult”.';
      assert.deepEqual(runs(line, SINGLE), ['‘The workers’ union will not accept this,’']);
      assert.deepEqual(runs(line, DOUBLE), ['“an insult”']);
    });

    it('closes scare quotes on plural nouns that are followed by other quoted words', () => {
      const line = "The ministry described the group as 'terrorists' and its leaders as 'extremists' on Tuesday.";
      assert.deepEqual(runs(line, SINGLE), ["'terrorists'", "'extremists'"]);
    });

    it('scopes partial quotes in court, business and science copy (AP style)', () => {
      assert.deepEqual(runs('The judge said the defendant had shown "no remorse whatsoever" during the trial.', DOUBLE), [
        '"no remorse whatsoever"',
      ]);
      assert.deepEqual(runs('Shares "fell off a cliff" after the 3.5% profit warning, one trader said.', DOUBLE), [
        '"fell off a cliff"',
      ]);
      assert.deepEqual(runs('The planet orbits within the so-called "Goldilocks zone" of its star.', DOUBLE), ['"Goldilocks zone"']);
    });

    it('scopes a quotation introduced by a colon and one inside brackets (religion, wire copy)', () => {
      const line = 'Pope Francis said: “Peace is always possible.” (“We pray for Gaza,” he added.)';
      assert.deepEqual(runs(line, DOUBLE), ['“Peace is always possible.”', '“We pray for Gaza,”']);
    });
  });

  describe('whole sample articles', () => {
    it('finds every quotation of sample 000 and nothing else', () => {
      const article = readFileSync(join(samples, '000_dd448b168f52a1ce.txt'), 'utf8');
      const quoted = runs(article, DOUBLE).map((q) => q.slice(1, -1));
      assert.deepEqual(quoted, [
        'the more countries take proactive measures of this type, the greater the risk of escalation of the conflict.',
        'already among the countries that intervene the most',
        'We must act on the basis of the collective potential of the countries of the region and the European Union, and probably the USA, and it is difficult without them.',
        'very close views',
        'Russia does not accept any manifestations of terrorism, any manifestations of violence in violation of international humanitarian law, which includes the indiscriminate use of force.',
      ]);
      assert.deepEqual(runs(article, SINGLE), []);
    });
  });
});
