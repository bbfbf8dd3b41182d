/**
 * Export Report… in a real VS Code: the report lands in a new file with every source's SHA-256 and
 * time of analysis, and an existing file is never replaced without the user's say-so.
 */
import * as assert from 'assert';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { ExportedReport } from '../../src/ui/reports/exportReport';
import { eventually, openArticle, workspaceFolder } from './support';

const RT = '000_dd448b168f52a1ce.txt';
const TASS = '001_329362c8f0014bf2.txt';
const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('exporting a report', () => {
  const folder = vscode.Uri.joinPath(workspaceFolder(), 'exports');
  before(() => fs.mkdirSync(folder.fsPath, { recursive: true }));
  after(() => fs.rmSync(folder.fsPath, { recursive: true, force: true }));

  /** Opens the two reports of the same talks and waits until they are compared. */
  async function twoReports() {
    await openArticle(TASS, vscode.ViewColumn.Two);
    const { api } = await openArticle(RT);
    await eventually('both compared', () => (api.comparison()?.sources.filter((s) => /00[01]_/.test(s.id)).length ?? 0) === 2, api, 60_000);
    await api.whenIdle();
    return api;
  }

  it('writes Markdown to a new file with every source\'s SHA-256 and time of analysis', async () => {
    await twoReports();
    const target = vscode.Uri.joinPath(folder, 'talks.md');
    const started = Date.now();
    const done = await vscode.commands.executeCommand<ExportedReport | undefined>('sourceCritic.exportReport', { format: 'md', target });
    assert.ok(done, 'nothing was exported');
    const markdown = fs.readFileSync(target.fsPath, 'utf8');
    for (const name of [RT, TASS]) {
      const hash = sha256(vscode.Uri.joinPath(workspaceFolder(), name).fsPath);
      assert.ok(markdown.includes(hash), `${name}'s SHA-256 ${hash} is not in the report`);
      const listed = done.sources.find((s) => s.file.endsWith(name));
      assert.ok(listed && listed.sha256 === hash && listed.hashedFrom === 'file-bytes', `${name}: ${JSON.stringify(listed)}`);
      const at = Date.parse(listed.analyzedAt);
      assert.ok(at > started - 30 * 60_000 && at <= Date.now(), `${name} analysed at ${listed.analyzedAt}`);
      assert.ok(markdown.includes(listed.analyzedAt), 'the time of analysis is in the report');
    }
    assert.match(markdown, /SHA-256 is computed over each file's bytes as saved on disk\./);
  });

  it('hashes the editor\'s text, and says so, for a source with unsaved changes', async () => {
    const api = await twoReports();
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document.uri.path.endsWith(RT));
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'UPDATED: '));
    try {
      await eventually('the edit analysed and compared', () => api.analysisFor(editor.document)?.text.startsWith('UPDATED: '), api, 60_000);
      await api.whenIdle();
      const target = vscode.Uri.joinPath(folder, 'talks-unsaved.json');
      const done = await vscode.commands.executeCommand<ExportedReport | undefined>('sourceCritic.exportReport', { format: 'json', target });
      const report = JSON.parse(fs.readFileSync(target.fsPath, 'utf8')) as { schema: string; sources: Array<{ file: string; sha256: string; sha256Of: string }> };
      assert.strictEqual(report.schema, 'source-critic/report@1');
      const edited = report.sources.find((s) => s.file.endsWith(RT));
      const saved = report.sources.find((s) => s.file.endsWith(TASS));
      assert.strictEqual(edited?.sha256, createHash('sha256').update(editor.document.getText(), 'utf8').digest('hex'));
      assert.strictEqual(edited?.sha256Of, 'utf8-text');
      assert.strictEqual(saved?.sha256, sha256(vscode.Uri.joinPath(workspaceFolder(), TASS).fsPath));
      assert.strictEqual(saved?.sha256Of, 'file-bytes');
      assert.deepStrictEqual(done?.sources.map((s) => s.sha256).sort(), report.sources.map((s) => s.sha256).sort());
    } finally {
      await vscode.commands.executeCommand('undo');
      await vscode.commands.executeCommand('workbench.action.files.save');
    }
  });

  it('refuses to replace an existing file without confirmation and leaves it as it was', async () => {
    await twoReports();
    const target = vscode.Uri.joinPath(folder, 'kept.csv');
    const first = await vscode.commands.executeCommand<ExportedReport | undefined>('sourceCritic.exportReport', { format: 'csv', target });
    assert.ok(first);
    const before = fs.readFileSync(target.fsPath);
    const mtime = fs.statSync(target.fsPath).mtimeMs;
    for (const format of ['csv', 'tei']) {
      const again = await vscode.commands.executeCommand<ExportedReport | undefined>('sourceCritic.exportReport', { format, target });
      assert.strictEqual(again, undefined, `exporting ${format} over an existing file was not refused`);
    }
    assert.ok(fs.readFileSync(target.fsPath).equals(before), 'the existing file changed');
    assert.strictEqual(fs.statSync(target.fsPath).mtimeMs, mtime);
    const source = vscode.Uri.joinPath(workspaceFolder(), TASS);
    const bytes = fs.readFileSync(source.fsPath);
    assert.strictEqual(await vscode.commands.executeCommand('sourceCritic.exportReport', { format: 'md', target: source, overwrite: true }), undefined);
    assert.ok(fs.readFileSync(source.fsPath).equals(bytes), 'a source was overwritten');
  });
});
