/** Bad input in a real editor: too large, binary, never modified, never a crash. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { eventually, openArticle, sourceCritic, workspaceFolder } from './support';

describe('bad input', () => {
  it('does not analyse a file over the size limit until asked, and says so', async () => {
    const api = await sourceCritic();
    const uri = vscode.Uri.joinPath(workspaceFolder(), 'big', 'long-article.txt');
    const paragraph = 'The council said on Tuesday that “the budget will be balanced by 2027,” according to Mayor Jane Smith.\n\n';
    fs.mkdirSync(vscode.Uri.joinPath(uri, '..').fsPath, { recursive: true });
    fs.writeFileSync(uri.fsPath, paragraph.repeat(Math.ceil(40_000 / paragraph.length)));
    const config = vscode.workspace.getConfiguration('sourceCritic');
    await config.update('analysis.maxFileSizeKB', 16, vscode.ConfigurationTarget.Workspace);
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc, { preview: false });
      const skipped = await eventually('the large file is skipped', () => api.sources().find((s) => s.uri.toString() === uri.toString() && s.skipped), api);
      assert.match(skipped.skipped ?? '', /over the 16 KiB limit/);
      await eventually('the status bar says so', () => /not analysed \(file too large\)/.test(api.statusText()), api);
      await vscode.commands.executeCommand('sourceCritic.analyzeAnyway', uri);
      const analysis = await api.whenAnalyzed(doc);
      assert.ok(analysis.quotes.length > 100, 'analysing anyway found the quotes');
    } finally {
      await config.update('analysis.maxFileSizeKB', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
  });

  it('skips a binary-looking file in the article\'s folder and keeps working', async () => {
    // VS Code itself refuses to open binary files in an editor; they reach us through the folder.
    const { api } = await openArticle('000_dd448b168f52a1ce.txt');
    const uri = vscode.Uri.joinPath(workspaceFolder(), 'zz-image.txt');
    fs.writeFileSync(uri.fsPath, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]));
    try {
      await vscode.commands.executeCommand('sourceCritic.reanalyze');
      const skipped = await eventually('the binary file is skipped', () => api.sources().find((s) => s.uri.toString() === uri.toString() && s.skipped), api);
      assert.match(skipped.skipped ?? '', /binary/);
      await api.whenIdle();
      assert.ok(api.comparison(), 'the other sources are still compared');
    } finally {
      fs.rmSync(uri.fsPath);
      await vscode.commands.executeCommand('sourceCritic.reanalyze');
      await api.whenIdle();
    }
  });

  it('analyses an empty article without complaint', async () => {
    const api = await sourceCritic();
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '' });
    await vscode.window.showTextDocument(doc, { preview: false });
    const analysis = await api.whenAnalyzed(doc);
    assert.deepStrictEqual([analysis.quotes.length, analysis.entities.length, analysis.claims.length], [0, 0, 0]);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('never modifies an article', async () => {
    const api = await sourceCritic();
    await api.whenIdle();
    for (const name of ['000_dd448b168f52a1ce.txt', '001_329362c8f0014bf2.txt', '003_7f66165cc7c1e9fd.txt']) {
      const uri = vscode.Uri.joinPath(workspaceFolder(), name);
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (doc) assert.strictEqual(doc.isDirty, false, `${name} was modified in its editor`);
      const onDisk = fs.readFileSync(uri.fsPath, 'utf8');
      assert.ok(onDisk.length > 1000 && onDisk.includes('Lavrov'), `${name} changed on disk`);
    }
  });
});
