import * as assert from 'node:assert/strict';
import { escapeMarkdown } from '../../../src/core/report/escapeMarkdown';
import { renderMarkdown } from '../../../src/core/report/renderMarkdown';
import { collatedPair } from './collatedPair';
import { reportInputForFiles, reportInputForTexts, seedFiles } from './reportInputs';

/** The cells of a Markdown table row, split on the pipes that are not escaped. */
const cellsOf = (line: string): string[] => line.replace(/^\|\s?|\s?\|$/g, '').split(/(?<!\\)\|/).map((c) => c.trim());

describe('renderMarkdown', () => {
  const seeds = reportInputForFiles(seedFiles());
  const md = renderMarkdown(seeds);

  it('gives every seed article a provenance row with its file name, SHA-256 and time of analysis', () => {
    const rows = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---'));
    for (const s of seeds.sources) {
      const line = rows.find((r) => r.includes(`\`${s.sha256}\``));
      assert.ok(line, `provenance row with ${s.sha256}`);
      assert.equal(cellsOf(line)[0], escapeMarkdown(s.file));
      assert.equal(cellsOf(line)[2], s.analyzedAt);
    }
  });

  it('lists each quote of every seed with its speaker on the same table row', () => {
    const attributed = seeds.sources.flatMap((s) => s.analysis.quotes).filter((q) => q.speaker !== null);
    assert.ok(attributed.length > 0, 'the seeds quote named people');
    for (const q of attributed) {
      const line = md.split('\n').find((l) => l.includes(escapeMarkdown(q.text.replace(/\s+/g, ' ').trim()).slice(0, 60)) && l.includes(escapeMarkdown(q.speaker!)));
      assert.ok(line, `quote "${q.text.slice(0, 40)}…" shown with ${q.speaker}`);
    }
  });

  it('counts entity coverage right for sources named like members of every object (constructor, __proto__)', () => {
    const input = reportInputForTexts([
      { file: 'constructor', text: 'Mayor Anna Nowak opened the bridge in Szczecin on Monday.\n' },
      { file: '__proto__', text: 'Anna Nowak, the mayor, opened the new bridge in Szczecin.\n' },
      { file: 'toString', text: 'The bridge in Szczecin opened on Monday after two years of work.\n' },
    ]);
    const nowak = input.comparison.coverage.find((c) => c.name === 'Anna Nowak');
    assert.ok(nowak, 'Anna Nowak is covered');
    assert.deepEqual({ ...nowak.mentions }, { constructor: 1, ['__proto__']: 1 });
    const row = renderMarkdown(input).split('\n').find((l) => l.startsWith('| Anna Nowak |'));
    assert.ok(row, 'a coverage row for Anna Nowak');
    assert.deepEqual(cellsOf(row).slice(2), ['1', '1', '0']);
  });

  it('shows findings, omissions, the same quote across sources with its drift, and entity coverage', () => {
    const out = renderMarkdown(collatedPair());
    assert.match(out, /\*\*Number differs\*\* \(\d+–\d+\): “300” — The sources give different numbers Elsewhere: Daily Courier \(web\)\.txt “250”\.\n/);
    assert.match(out, /\*\*Worded differently\*\* \(\d+–\d+\): “will” — The Daily Courier quotes "are going to"\n/, 'a reading the message names is not repeated');
    assert.match(out, /\*\*Only here\*\* .*“Protesters gathered outside the town hall\.”/);
    assert.match(out, /### Omissions\n\n- Does not say that the plan is final \(reported by north-gazette\.txt/);
    const across = out.slice(out.indexOf('## The same quote across sources'));
    assert.ok(across.includes('“We will build 300 new homes by 2027.” — Jane Doe (said)'));
    assert.ok(across.includes('“We are going to build 250 new homes by 2027.” — Jane Doe (said)'));
    assert.ok(across.includes('- "will" became "are going to"; 300 became 250'));
    const coverage = out.split('\n').find((l) => l.startsWith('| Jane Doe |'));
    assert.deepEqual(cellsOf(coverage!), ['Jane Doe', 'PERSON', '1', '1']);
  });

  it('keeps article text from breaking tables or turning into HTML, links or emphasis', () => {
    const text = 'Pipes | and <tags>\n\nThe minister said "a | b <img src=x onerror=alert(1)> [link](http://x) *bold* `code`" on Monday.\n';
    const out = renderMarkdown(reportInputForTexts([{ file: 'we|ird<name>.txt', text }]));
    for (const line of out.split('\n').filter((l) => l.startsWith('| '))) {
      const header = out.split('\n').find((l) => l.startsWith('| ') && cellsOf(l).length === cellsOf(line).length);
      assert.ok(header, `row "${line}" has as many cells as a header`);
    }
    assert.doesNotMatch(out, /(?<!\\)<img/);
    assert.doesNotMatch(out, /(?<!\\)\[link(?<!\\)\]/);
    assert.ok(out.includes('we\\|ird\\<name\\>.txt'));
  });
});

describe('escapeMarkdown', () => {
  it('escapes markup characters and folds line breaks, so the text reads the same on one line', () => {
    assert.equal(escapeMarkdown('a|b\n\n<i>*x*</i> [y](z) _u_ `c` \\ ~s~ &amp; !#'), 'a\\|b \\<i\\>\\*x\\*\\</i\\> \\[y\\](z) \\_u\\_ \\`c\\` \\\\ \\~s\\~ \\&amp; \\!\\#');
    assert.equal(escapeMarkdown('nul\u0000here'), 'nul\ufffdhere');
  });
});
