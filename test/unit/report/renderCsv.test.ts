import * as assert from 'node:assert/strict';
import { CSV_COLUMNS, csvField, renderCsv } from '../../../src/core/report/renderCsv';
import { buildJsonReport } from '../../../src/core/report/buildJsonReport';
import { collatedPair } from './collatedPair';
import { reportInputForFiles, reportInputForTexts, seedFiles } from './reportInputs';

/** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes; throws on bad input. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < csv.length) {
    let field = '';
    if (csv[i] === '"') {
      i++;
      for (;;) {
        if (i >= csv.length) throw new Error('unterminated quoted field');
        if (csv[i] === '"' && csv[i + 1] === '"') { field += '"'; i += 2; } else if (csv[i] === '"') { i++; break; } else field += csv[i++];
      }
    } else {
      while (i < csv.length && csv[i] !== ',' && csv[i] !== '\r') {
        if (csv[i] === '"' || csv[i] === '\n') throw new Error(`bare ${JSON.stringify(csv[i])} in an unquoted field at ${i}`);
        field += csv[i++];
      }
    }
    row.push(field);
    if (csv[i] === ',') i++;
    else if (csv.startsWith('\r\n', i)) { rows.push(row); row = []; i += 2; } else throw new Error(`expected , or CRLF at ${i}`);
  }
  if (row.length) throw new Error('last record lacks its CRLF');
  return rows;
}

describe('renderCsv', () => {
  it('has one header row, one provenance row per seed article and one row per claim and finding, each with its provenance', () => {
    const input = reportInputForFiles(seedFiles());
    const rows = parseCsv(renderCsv(input));
    assert.deepEqual(rows[0], [...CSV_COLUMNS]);
    const report = buildJsonReport(input);
    const expected = report.sources.reduce((n, s) => n + s.claims.length + s.findings.length, 0);
    assert.equal(rows.filter((r) => r[0] === 'claim' || r[0] === 'finding').length, expected);
    assert.equal(rows.length - 1, expected + report.sources.length);
    for (const r of rows.slice(1)) assert.equal(r.length, CSV_COLUMNS.length);
    const col = (name: (typeof CSV_COLUMNS)[number]): number => CSV_COLUMNS.indexOf(name);
    for (const s of report.sources) {
      const [own, ...mine] = rows.slice(1).filter((r) => r[col('file')] === s.file);
      assert.equal(own[col('record')], 'source');
      assert.equal(own[col('sha256')], s.sha256);
      assert.equal(own[col('text')].replace(/^'(?=[=+\-@\t\r])/, ''), s.title ?? '');
      assert.equal(mine.length, s.claims.length + s.findings.length);
      for (const r of mine) {
        assert.equal(r[col('sha256')], s.sha256);
        assert.equal(r[col('analyzed_at')], s.analyzedAt);
      }
      s.claims.forEach((c, i) => {
        assert.equal(mine[i][col('text')].replace(/^'(?=[=+\-@\t\r])/, ''), c.text);
        assert.equal(Number(mine[i][col('support')]), c.support);
      });
    }
  });

  it('writes findings with their message and the related places in other sources', () => {
    const rows = parseCsv(renderCsv(collatedPair()));
    const numeric = rows.filter((r) => r[0] === 'finding' && r[6] === 'numeric');
    assert.equal(numeric.length, 2);
    assert.deepEqual(numeric.map((r) => [r[10], r[11]]), [['300', 'The sources give different numbers'], ['250', 'The North Gazette gives 300']]);
    assert.match(numeric[0][12], /^reports\/Daily Courier \(web\)\.txt@\d+-\d+$/);
  });

  it('quotes commas, quotation marks and line breaks of article text so that it reads back unchanged', () => {
    const text = 'A, "B" and C\n\nThe chief executive said "profits rose, by 5%, in the year" and "we\'re ""pleased""" on Monday.\r\nShe said "-2 percent" was =SUM(A1).\n';
    const input = reportInputForTexts([{ file: 'odd,"name".csv', text }]);
    const rows = parseCsv(renderCsv(input));
    for (const r of rows.slice(1)) assert.equal(r[1], 'odd,"name".csv');
    for (const r of rows) for (const cell of r) assert.doesNotMatch(cell, /^[=+\-@]/, 'no cell can start a formula');
    const pair = collatedPair();
    pair.comparison.sources[0].findings[0].message = 'Quotes "are going to",\r\nnot "will"';
    const variant = parseCsv(renderCsv(pair)).find((r) => r[0] === 'finding' && r[6] === 'variant');
    assert.equal(variant?.[11], 'Quotes "are going to",\r\nnot "will"');
  });
});

describe('csvField', () => {
  it('guards cells that a spreadsheet would run as a formula', () => {
    assert.equal(csvField('=HYPERLINK("http://x")'), '"\'=HYPERLINK(""http://x"")"');
    assert.equal(csvField('+1'), "'+1");
    assert.equal(csvField('-2 percent'), "'-2 percent");
    assert.equal(csvField('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(csvField('a = b'), 'a = b');
    assert.equal(csvField(42), '42');
    assert.equal(csvField(null), '');
  });
});
