/**
 * What a user of the command line relies on, written once and run twice: in-process through
 * runCli and on the bundled dist/cli.js in a child process.
 */
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseXml } from '../report/parseXml';
import { oddFiles, seedFiles, STORY } from './cliFixtures';
import { assertFollowsContract } from './reportContract';

/** The outcome of one command-line run. */
export interface CliRun { code: number; stdout: string; stderr: string }

const oneLine = (s: string): string => {
  assert.ok(s.endsWith('\n'), 'message ends with a line break');
  return s.slice(0, -1);
};

/** Declares the command-line behaviour tests against one way of running it. */
export function describeCliBehaviour(run: (args: string[]) => CliRun): void {
  const files = oddFiles();
  after(() => rmSync(files.dir, { recursive: true, force: true }));

  describe('bad usage: exit 2 and a message saying what is wrong', () => {
    const cases: Array<[string[], RegExp]> = [
      [[], /no command/],
      [['analyse', 'x.txt'], /unknown command "analyse"/],
      [['analyze'], /at least one FILE/],
      [['analyze', '--format', 'pdf', 'x.txt'], /--format needs one of text, json, md, csv, tei \(got "pdf"\)/],
      [['analyze', '--colour', 'x.txt'], /unknown option "--colour"/],
      [['analyze', 'x.txt', '--out'], /--out needs a FILE/],
      [['analyze', '--force', 'x.txt'], /--force only applies with --out/],
    ];
    for (const [args, message] of cases) {
      it(`source-critic ${args.join(' ')}`, () => {
        const r = run(args);
        assert.equal(r.code, 2);
        assert.equal(r.stdout, '');
        const [first] = r.stderr.split('\n');
        assert.match(first, /^source-critic: /);
        assert.match(first, message);
      });
    }
  });

  describe('unreadable input: exit 1 and one line naming the file and the cause', () => {
    it('a missing file', () => {
      const missing = join(files.dir, 'no-such-article.txt');
      const r = run(['analyze', seedFiles()[0], missing]);
      assert.equal(r.code, 1);
      assert.equal(r.stdout, '');
      assert.equal(oneLine(r.stderr), `source-critic: ${missing}: cannot read (no such file)`);
    });
    it('a directory', () => {
      const r = run(['analyze', files.dir]);
      assert.equal(r.code, 1);
      assert.equal(oneLine(r.stderr), `source-critic: ${files.dir}: is a directory, not a text file`);
    });
    it('a binary file (NUL bytes)', () => {
      const r = run(['analyze', '--json', files.binary]);
      assert.equal(r.code, 1);
      assert.equal(r.stdout, '');
      assert.match(oneLine(r.stderr), new RegExp(`^source-critic: ${files.binary.replace(/[.\\/]/g, '\\$&')}: .*binary`));
    });
  });

  describe('--json follows the report contract', () => {
    it('on the three seed articles', () => {
      const seeds = seedFiles();
      const r = run(['analyze', '--json', ...seeds]);
      assert.equal(r.code, 0, r.stderr);
      assertFollowsContract(JSON.parse(r.stdout), seeds);
    });

    it('gives offsets into the text without its BOM, the same as without a BOM', () => {
      const withBom = JSON.parse(run(['analyze', '--json', files.bom]).stdout);
      const without = JSON.parse(run(['analyze', '--json', files.lf]).stdout);
      assertFollowsContract(withBom, [files.bom]);
      assert.equal(withBom.sources[0].sha256, createHash('sha256').update(readFileSync(files.bom)).digest('hex'));
      const spans = (rep: { sources: Array<{ quotes: Array<{ start: number; end: number; text: string }> }> }): string[] =>
        rep.sources[0].quotes.map((q) => `${q.start}-${q.end} ${q.text}`);
      assert.ok(spans(without).length >= 2, 'the story has quotes');
      assert.deepEqual(spans(withBom), spans(without));
    });

    it('gives offsets into CRLF text that slice out the same quotes', () => {
      const crlf = JSON.parse(run(['analyze', '--json', files.crlf]).stdout);
      const lf = JSON.parse(run(['analyze', '--json', files.lf]).stdout);
      assertFollowsContract(crlf, [files.crlf]);
      const texts = (rep: { sources: Array<{ quotes: Array<{ text: string }> }> }): string[] => rep.sources[0].quotes.map((q) => q.text);
      assert.deepEqual(texts(crlf), texts(lf));
      const crlfContent = readFileSync(files.crlf, 'utf8');
      for (const q of crlf.sources[0].quotes) assert.equal(crlfContent.slice(q.start, q.end), q.text);
    });
  });

  describe('other formats', () => {
    it('--format md, csv, tei and text print a report naming each source with its SHA-256', () => {
      const sha = createHash('sha256').update(readFileSync(files.lf)).digest('hex');
      const text = run(['analyze', files.lf]);
      assert.equal(text.code, 0, text.stderr);
      assert.match(text.stdout, new RegExp(`^   sha256 ${sha}, analysed \\d{4}-\\d\\d-\\d\\dT`, 'm'));
      const md = run(['analyze', '--format', 'md', files.lf]);
      assert.equal(md.code, 0, md.stderr);
      assert.match(md.stdout, /^# Source-critical report: 1 source\n/);
      assert.ok(md.stdout.includes(sha));
      const csv = run(['analyze', '--format=csv', files.lf]);
      assert.ok(csv.stdout.startsWith('record,file,sha256,analyzed_at,'));
      const tei = run(['analyze', '--format', 'tei', files.lf]);
      assert.equal(parseXml(tei.stdout).name, 'TEI');
      assert.ok(tei.stdout.includes(`<idno type="sha256">${sha}</idno>`));
    });
  });

  describe('--out writes a new file and never overwrites one unless --force', () => {
    it('writes the report to a new file and prints nothing', () => {
      const out = join(files.dir, `new-${Math.random().toString(36).slice(2)}.md`);
      const r = run(['analyze', '--format', 'md', '--out', out, files.lf]);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, '');
      assert.match(readFileSync(out, 'utf8'), /^# Source-critical report/);
    });

    it('refuses an existing file with exit 1 and leaves it untouched', () => {
      const out = join(files.dir, 'precious-notes.txt');
      writeFileSync(out, 'my notes\n');
      const r = run(['analyze', '--json', '--out', out, files.lf]);
      assert.equal(r.code, 1);
      assert.equal(oneLine(r.stderr), `source-critic: ${out}: cannot write the report (already exists; add --force to overwrite it)`);
      assert.equal(readFileSync(out, 'utf8'), 'my notes\n');
    });

    it('overwrites it with --force', () => {
      const out = join(files.dir, 'old-report.json');
      writeFileSync(out, '{}');
      const r = run(['analyze', '--json', '--force', '--out', out, files.lf]);
      assert.equal(r.code, 0, r.stderr);
      assertFollowsContract(JSON.parse(readFileSync(out, 'utf8')), [files.lf]);
    });

    it('never overwrites an article being analysed, even with --force', () => {
      const r = run(['analyze', '--force', '--out', files.crlf, files.lf, files.crlf]);
      assert.equal(r.code, 1);
      assert.match(oneLine(r.stderr), /is one of the articles analysed/);
      assert.equal(readFileSync(files.crlf, 'utf8'), STORY.replace(/\n/g, '\r\n'));
    });

    it('fails with exit 1 when the folder does not exist or the target is a folder', () => {
      const missingDir = join(files.dir, 'no-such-folder', 'r.md');
      const r1 = run(['analyze', '--out', missingDir, files.lf]);
      assert.equal(r1.code, 1);
      assert.match(oneLine(r1.stderr), /its folder does not exist/);
      assert.equal(existsSync(missingDir), false);
      const folder = join(files.dir, 'a-folder');
      mkdirSync(folder, { recursive: true });
      const r2 = run(['analyze', '--force', '--out', folder, files.lf]);
      assert.equal(r2.code, 1);
      assert.match(oneLine(r2.stderr), /is a directory/);
    });
  });
}
