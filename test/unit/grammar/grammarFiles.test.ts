import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MARKDOWN_INJECTION_SCOPE, PLAIN_TEXT_SCOPE, loadOniguruma } from './quoteGrammarHost';

const syntaxes = join(__dirname, '..', '..', '..', 'syntaxes');
const generator = join(syntaxes, 'generate-quote-grammars.mjs');
const grammarFiles = ['quotes.plaintext.tmLanguage.json', 'quotes.markdown.tmLanguage.json'];

/** Every regex of a raw grammar, with where it stands. */
function regexesOf(grammar: unknown, path = ''): { path: string; source: string }[] {
  if (Array.isArray(grammar)) return grammar.flatMap((item, i) => regexesOf(item, `${path}[${i}]`));
  if (!grammar || typeof grammar !== 'object') return [];
  return Object.entries(grammar).flatMap(([key, value]) =>
    ['begin', 'end', 'match', 'while'].includes(key) && typeof value === 'string'
      ? [{ path: `${path}.${key}`, source: value }]
      : regexesOf(value, `${path}.${key}`),
  );
}

describe('quotation grammar files', () => {
  it('are what the generator writes (nobody edited the JSON by hand)', () => {
    assert.doesNotThrow(() => execFileSync(process.execPath, [generator, '--check'], { stdio: 'pipe' }));
  });

  it('name the scopes the manifest contributes', () => {
    const [plain, markdown] = grammarFiles.map((f) => JSON.parse(readFileSync(join(syntaxes, f), 'utf8')));
    assert.equal(plain.scopeName, PLAIN_TEXT_SCOPE);
    assert.equal(markdown.scopeName, MARKDOWN_INJECTION_SCOPE);
    assert.match(markdown.injectionSelector, /^L:\(meta\.paragraph\.markdown /);
  });

  for (const file of grammarFiles) {
    it(`${file}: every regex compiles in Oniguruma`, async () => {
      const onig = await loadOniguruma();
      const regexes = regexesOf(JSON.parse(readFileSync(join(syntaxes, file), 'utf8')));
      assert.ok(regexes.length > 100);
      for (const { path, source } of regexes) {
        assert.doesNotThrow(() => onig.createOnigScanner([source]), `${path}: ${source}`);
      }
    });
  }
});
