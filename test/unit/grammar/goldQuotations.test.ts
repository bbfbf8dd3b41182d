// The grammar colours quotations before any analysis runs, so what it colours should be what a
// careful reader marks as quoted. The hand annotations of the fixture corpora list every span
// between quotation marks; this compares the grammar's spans with them, text for text. The held-out
// and validation corpora (heldout*, validation*) are left out: nobody tunes on them.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadGrammar, scopedQuotations, tokenizeDocument } from './quoteGrammarHost';

const corpora = join(__dirname, '..', '..', 'fixtures', 'corpus');
const HELD_OUT = 'heldout';
const VALIDATION = 'validation';

interface GoldQuote {
  file: string;
  text: string;
}

interface Agreement {
  matched: number;
  gold: number;
  scoped: number;
  misses: string[];
}

/** How many gold quotations the grammar scopes with exactly their text, over one corpus folder. */
async function agreementWithGold(folder: string): Promise<Agreement> {
  const gold = JSON.parse(readFileSync(join(folder, 'gold.json'), 'utf8')) as { quotes: GoldQuote[] };
  const agreement: Agreement = { matched: 0, gold: gold.quotes.length, scoped: 0, misses: [] };
  for (const file of new Set(gold.quotes.map((q) => q.file))) {
    const grammar = await loadGrammar(file.endsWith('.md') ? 'markdown' : 'plaintext');
    const scoped = scopedQuotations(tokenizeDocument(grammar, readFileSync(join(folder, file), 'utf8'))).map((q) => q.text);
    agreement.scoped += scoped.length;
    for (const { text } of gold.quotes.filter((q) => q.file === file)) {
      const at = scoped.indexOf(text);
      if (at >= 0) {
        agreement.matched += 1;
        scoped.splice(at, 1);
      } else {
        agreement.misses.push(`${file}: ${text}`);
      }
    }
  }
  return agreement;
}

describe('quotation grammar against the hand-annotated fixture corpora', () => {
  const folders = readdirSync(corpora)
    .filter((name) => !name.startsWith(HELD_OUT) && !name.startsWith(VALIDATION) && existsSync(join(corpora, name, 'gold.json')))
    .map((name) => join(corpora, name));

  it('has annotated corpora to compare with', () => {
    assert.ok(folders.length >= 2);
  });

  it('scopes at least 97% of the annotated quotations with exactly their text, and few others', async () => {
    const total: Agreement = { matched: 0, gold: 0, scoped: 0, misses: [] };
    for (const folder of folders) {
      const agreement = await agreementWithGold(folder);
      total.matched += agreement.matched;
      total.gold += agreement.gold;
      total.scoped += agreement.scoped;
      total.misses.push(...agreement.misses);
    }
    const recall = total.matched / total.gold;
    const precision = total.matched / total.scoped;
    assert.ok(recall >= 0.97, `recall ${recall.toFixed(3)}; missed:\n${total.misses.join('\n')}`);
    assert.ok(precision >= 0.97, `precision ${precision.toFixed(3)} (${total.scoped} scoped, ${total.matched} right)`);
  });
});
