// The Markdown injection, tested inside VS Code's own Markdown grammar (a copy in fixtures/), so the
// scopes it is kept out of (code spans, fenced and indented code, link targets, HTML) are the ones
// VS Code really produces.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IGrammar } from 'vscode-textmate';
import { DOUBLE, NESTED, SINGLE, loadGrammar, scopedRuns, tokenizeDocument, type ScopedToken } from './quoteGrammarHost';

const blogPost = join(__dirname, '..', '..', 'fixtures', 'corpus', 'singles', 's10_tech_blog_markdown.md');

describe('quotation injection into Markdown', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadGrammar('markdown');
  });
  const tokens = (document: string) => tokenizeDocument(grammar, document);
  const runs = (document: string, scope: string) => scopedRuns(tokens(document), scope);
  const scopesOf = (tokenList: ScopedToken[], text: string) => tokenList.find((t) => t.text.includes(text))?.scopes ?? [];

  it('scopes quotations in paragraphs, headings, list items, block quotes and tables', () => {
    const document = [
      "# Russian FM slams blaming Iran for 'everything'",
      '',
      'The minister said "we are ready" on Monday.',
      '',
      '- a list item with “a quote” in it',
      '',
      '> “Services have had two years’ notice,” he said.',
      '',
      '| source | words |',
      '|--------|-------|',
      '| ministry | “pay more” |',
    ].join('\n');
    assert.deepEqual(runs(document, SINGLE), ["'everything'"]);
    assert.deepEqual(runs(document, DOUBLE), ['"we are ready"', '“a quote”', '“Services have had two years’ notice,”', '“pay more”']);
  });

  it('keeps the paragraph scope of a line that starts with a quotation', () => {
    const list = tokens('“We are ready,” he said.');
    assert.ok(scopesOf(list, 'We are ready').includes('meta.paragraph.markdown'));
    assert.ok(scopesOf(list, 'he said').includes('meta.paragraph.markdown'));
  });

  it('leaves code spans, fenced code and indented code alone', () => {
    const document = [
      'Run `echo "not a quote"` first.',
      '',
      '```python',
      'print("not a quote either")',
      '```',
      '',
      '    indented "code block" here',
    ].join('\n');
    assert.deepEqual(runs(document, DOUBLE), []);
    assert.deepEqual(runs(document, 'string.quoted.double.python'), []);
    assert.ok(scopesOf(tokens(document), 'print').some((s) => s.startsWith('markup.fenced_code')));
  });

  it('leaves link targets, link titles, HTML attributes and escaped marks alone', () => {
    const document = [
      'See [the report](https://example.com/a"b "A title") now.',
      'A <span title="not a quote">tag</span> here.',
      'Escaped \\"not a quote\\" here.',
    ].join('\n');
    assert.deepEqual(runs(document, DOUBLE), []);
  });

  it('keeps emphasis, code spans and links working inside a quotation', () => {
    const list = tokens('“A quote with **bold**, `code` and [a link](https://example.com/x) inside,” she said.');
    assert.ok(scopesOf(list, 'bold').includes('markup.bold.markdown'));
    assert.ok(scopesOf(list, 'bold').includes(DOUBLE));
    assert.ok(scopesOf(list, 'code').includes('markup.inline.raw.string.markdown'));
    assert.ok(scopesOf(list, 'https://example.com/x').includes('markup.underline.link.markdown'));
    assert.ok(!scopesOf(list, 'she said').includes(DOUBLE));
  });

  it('scopes quotations inside emphasis', () => {
    assert.deepEqual(runs('Both **“bold quote”** and *"italic quote"* count.', DOUBLE), ['“bold quote”', '"italic quote"']);
  });

  it('scopes nested quotations with the grammar’s own nested rule', () => {
    const line = 'Nested: “They call it ‘a special operation’, which it is not,” he said.';
    assert.deepEqual(runs(line, NESTED), ['‘a special operation’']);
    assert.deepEqual(runs(line, DOUBLE), ['“They call it ‘a special operation’, which it is not,”']);
  });

  it('ends an unclosed quotation with its line, before the next block', () => {
    const document = ['“An unclosed quotation at the start of a line', '# A heading after it', '', 'Narration.'].join('\n');
    assert.deepEqual(runs(document, DOUBLE), ['“An unclosed quotation at the start of a line']);
    assert.ok(scopesOf(tokens(document), 'A heading').includes('markup.heading.markdown'));
  });

  it('scopes every quotation of a real Markdown blog post, including a two-paragraph block quote', () => {
    const list = tokens(readFileSync(blogPost, 'utf8'));
    const double = scopedRuns(list, DOUBLE);
    assert.ok(double.includes('“Protecting Children from Harmful Content: Age Assurance Codes”'));
    assert.ok(double.includes('"tick this box"'));
    assert.ok(double.includes('“Services have had two years\' notice. If they haven\'t started, that\'s a choice they\'ve made, and we will treat it as one.'));
    assert.ok(double.includes('“We are not going to name a single technology. We are going to judge outcomes.”'));
    assert.ok(scopedRuns(list, SINGLE).includes('‘a passport check for the whole internet’'));
    assert.ok(!double.some((q) => q.includes("Ofcom's consultation")));
  });
});
