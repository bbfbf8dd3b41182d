/**
 * The collation page built from real analyses of real articles: every column reads as its article,
 * aligned passages share a row, marks land on the right text, and nothing of an article escapes
 * into markup.
 */
import * as assert from 'assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeSources } from '../../../src/core/analyzeSources';
import { buildCollationRows, type CollationSource } from '../../../src/ui/collation/buildCollationRows';
import { collationPolicy, renderCollationHtml } from '../../../src/ui/collation/renderCollationHtml';

const SEEDS = join(__dirname, '../../fixtures/corpus/seeds');
const QUAKE = join(__dirname, '../../fixtures/corpus/cluster-quake');
const PAGE = { nonce: 'a1b2c3d4e5f60718293a4b5c6d7e8f90', cspSource: 'https://webview.example', scriptUri: 'https://webview.example/collation.js', styleUri: 'https://webview.example/collation.css' };

/** Analyses and compares articles for real and returns them as the collation shows them. */
function collate(articles: Array<{ id: string; text: string }>) {
  const set = analyzeSources(articles);
  const sources: CollationSource[] = set.sources.map((s) => {
    const summary = set.comparison.sources.find((x) => x.id === s.id);
    return { id: s.id, analysis: s.analysis, findings: summary?.findings ?? [], sameEvent: summary?.sameEvent ?? true };
  });
  return { sources, comparison: set.comparison, rows: buildCollationRows(sources, set.comparison.alignments) };
}

const read = (folder: string, name: string) => ({ id: name, text: readFileSync(join(folder, name), 'utf8').replace(/^\uFEFF/, '') });

describe('collation rows', () => {
  const { sources, comparison, rows } = collate([read(SEEDS, '000_dd448b168f52a1ce.txt'), read(SEEDS, '001_329362c8f0014bf2.txt')]);

  it('places every readable sentence of every source exactly once, each column in reading order', () => {
    sources.forEach((s, i) => {
      const placed = rows.flatMap((r) => r.cells[i]).map((p) => p.sentence);
      const expected = s.analysis.sentences.map((_, k) => k).filter((k) => s.analysis.text.slice(s.analysis.sentences[k].start, s.analysis.sentences[k].end).trim());
      assert.deepStrictEqual([...placed].sort((a, b) => a - b), expected, `${s.id}: a sentence is missing or placed twice`);
      const firsts = rows.filter((r) => r.cells[i].length).map((r) => r.cells[i][0].sentence);
      const backwards = firsts.filter((k, j) => j > 0 && k < firsts[j - 1]).length;
      if (i === 0) assert.strictEqual(backwards, 0, 'the first column reads in order');
      else assert.ok(backwards <= firsts.length / 5, `${s.id}: column jumps back ${backwards} times in ${firsts.length} cells`);
    });
  });

  it('puts aligned sentences face to face, the strongest pairs first, in short rows', () => {
    assert.ok(comparison.alignments.length > 5, 'the two Tehran reports align');
    const rowOf = (source: string, start: number) => rows.findIndex((r) => r.cells[sources.findIndex((s) => s.id === source)].some((p) => p.start <= start && start < p.end));
    const facing = (al: (typeof comparison.alignments)[number]) => rowOf(al.a.source, al.a.start) === rowOf(al.b.source, al.b.start);
    const strongest = [...comparison.alignments].sort((x, y) => y.score - x.score)[0];
    assert.ok(facing(strongest), `the closest pair “${strongest.a.text.slice(0, 40)}” / “${strongest.b.text.slice(0, 40)}” is split`);
    const together = comparison.alignments.filter(facing);
    const share = together.reduce((n, al) => n + al.score, 0) / comparison.alignments.reduce((n, al) => n + al.score, 0);
    assert.ok(together.length >= comparison.alignments.length * 0.6 && share >= 0.7, `only ${together.length} of ${comparison.alignments.length} aligned pairs (score share ${share.toFixed(2)}) face each other`);
    assert.ok(rows.every((r) => r.cells.every((c) => c.length <= 3)), 'a row lumps more than three sentences of one source together');
    for (const r of rows) {
      for (const c of r.cells) assert.ok(c.every((p, j) => j === 0 || p.sentence > c[j - 1].sentence), 'a cell reads in order');
    }
    assert.ok(rows.some((r) => r.shared) && rows.some((r) => !r.shared), 'shared rows and rows of one source');
  });

  it('leaves an empty cell where a source has no counterpart', () => {
    const html = renderCollationHtml(sources, rows, PAGE);
    const lonely = rows.filter((r) => !r.shared).length;
    assert.strictEqual((html.match(/<td class="empty"/g) ?? []).length, lonely * (sources.length - 1));
  });
});

describe('collation rows with a report of another event', () => {
  // A quake report beside a report on a budget vote: they share no passage.
  const quake = { id: 'quake.txt', text: 'Strong quake shakes coastal town\n\nA magnitude 6.1 earthquake struck the coastal town of Marlow on Tuesday, officials said. Two people were injured and several roads were closed.\n\n"The shaking lasted about twenty seconds," said fire chief Ana Ruiz.\n' };
  const quakeToo = { id: 'quake-wire.txt', text: 'Quake injures two in Marlow\n\nA magnitude 6.1 earthquake struck the coastal town of Marlow on Tuesday, officials said. Several roads were closed while engineers checked two bridges.\n' };
  const budget = { id: 'budget.txt', text: 'Council passes budget after long night\n\nThe city council approved a budget of 40 million on Wednesday after a nine-hour session. "We kept the libraries open," said councillor Tom Berg.\n' };
  const { rows } = collate([quake, budget, quakeToo]);

  it('puts the rows of a source that faces no other after the shared story, not above it', () => {
    const firstOfFirst = rows.findIndex((r) => r.cells[0].length > 0);
    const budgetRows = rows.map((r, i) => (r.cells[1].length ? i : -1)).filter((i) => i >= 0);
    assert.strictEqual(firstOfFirst, 0, 'the table does not open with the first source');
    assert.ok(rows.some((r) => r.shared), 'the two quake reports share no row');
    const lastOfFirst = Math.max(...rows.map((r, i) => (r.cells[0].length ? i : -1)));
    assert.ok(budgetRows.every((i) => i > lastOfFirst), `the budget report's rows ${budgetRows} stand among the quake's`);
  });
});

describe('collation page', () => {
  it('marks unique findings, quotes and speakers on the article text', () => {
    const quake = ['daily-ledger.txt', 'lima-observer.txt', 'meridian-press.txt'].map((n) => read(QUAKE, n));
    const { sources, rows } = collate(quake);
    const html = renderCollationHtml(sources, rows, PAGE);
    const decode = (h: string) => h.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    const uniqueText = [...html.matchAll(/<span class="([^"]*)"[^>]*>([^<]*)<\/span>/g)].filter((m) => m[1].split(' ').includes('unique')).map((m) => decode(m[2])).join('');
    let checked = 0;
    for (const s of sources) {
      for (const f of s.findings.filter((x) => x.kind === 'unique')) {
        for (const sentence of s.analysis.sentences) {
          const piece = s.analysis.text.slice(Math.max(f.start, sentence.start), Math.min(f.end, sentence.end)).trim();
          if (!piece) continue;
          assert.ok(uniqueText.includes(piece), `unique “${piece.slice(0, 60)}” is not highlighted`);
          checked++;
        }
      }
    }
    assert.ok(checked > 5, 'the quake reports have unique findings');
    const spokenQuote = sources.flatMap((s) => s.analysis.quotes).find((q) => q.kind === 'direct' && q.speaker);
    assert.ok(spokenQuote, 'a direct quote with a speaker');
    assert.ok(html.includes(`<span class="speaker">\u2014 ${spokenQuote.speaker}</span>`), 'the speaker follows the quote');
    assert.ok(/<span class="[^"]*quote/.test(html));
  });

  it('escapes markup in articles and carries a strict policy with the nonce', () => {
    const payload = 'Officials said on Monday that the dam held. <script>acquireVsCodeApi().postMessage({type:"pwned"})</script> '
      + '"It <img src=x onerror=alert(1)> held," the engineer said. It\'s & fine.';
    const { sources, rows } = collate([{ id: 'a<b>.txt', text: payload }, { id: 'b.txt', text: `${payload}\n\nA second paragraph about the dam.` }]);
    const html = renderCollationHtml(sources, rows, PAGE);
    assert.ok(html.includes('&lt;script&gt;acquireVsCodeApi()'), 'script tag escaped');
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'), 'img tag escaped');
    assert.ok(html.includes('a&lt;b&gt;.txt'), 'file names are escaped too');
    assert.strictEqual((html.match(/<script/g) ?? []).length, 1, 'only our own script tag');
    assert.ok(!/<img/i.test(html));
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${collationPolicy(PAGE)}">`));
    assert.match(collationPolicy(PAGE), /default-src 'none'; img-src 'none'; style-src https:\/\/webview\.example; script-src 'nonce-a1b2c3d4e5f60718293a4b5c6d7e8f90'/);
    assert.ok(html.includes(`<script nonce="${PAGE.nonce}" src="${PAGE.scriptUri}"></script>`));
    assert.ok(!/ on[a-z]+=/i.test(html.replace(/&lt;.*?&gt;/g, '')), 'no inline event handler outside escaped text');
  });

  it('asks for two sources when there are fewer', () => {
    const html = renderCollationHtml([], [], PAGE);
    assert.match(html, /Open two or more articles/);
    assert.ok(!html.includes('<table'));
  });
});
