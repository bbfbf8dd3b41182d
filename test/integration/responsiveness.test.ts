/**
 * Large and changing articles in a real editor: the editor stays responsive while a 5 MB article is
 * analysed, a source over 256K characters is compared in the background after the articles'
 * comparison is shown, and a file changed on disk during an analysis ends with decorations of its
 * new text.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { isOpenInEditor } from '../../src/ui/sourceSet';
import { eventually, openArticle, sourceCritic, workspaceFolder } from './support';

/** A long realistic article: paragraphs with quotes, names and numbers, about `bytes` long. */
function longArticle(bytes: number): string {
  const paragraphs = [
    'Finance Minister Amina Okafor said on Tuesday that “the budget will be balanced by 2027, whatever the critics say.”',
    '“We are not going to raise taxes on working families,” Okafor told reporters in Abuja, adding that about 1,200 jobs would be created.',
    'The opposition leader, Daniel Mensah, called the plan “a fantasy” and said the deficit had grown by 3.5% in a year.',
    'According to the central bank, inflation fell to 21 per cent in October, the lowest since 2022.',
  ];
  const out: string[] = ['Budget row deepens as minister promises balance\n'];
  let size = out[0].length;
  for (let i = 0; size < bytes; i++) {
    const p = `${paragraphs[i % paragraphs.length]}\n\n`;
    out.push(p);
    size += p.length;
  }
  return out.join('');
}

describe('large and changing articles', () => {
  it('ends with correct decorations when the file changes on disk during an analysis', async function () {
    this.timeout(180_000);
    const name = 'changing.txt';
    const uri = vscode.Uri.joinPath(workspaceFolder(), name);
    fs.writeFileSync(uri.fsPath, 'Mayor Jane Smith said: “The bridge will reopen in May.”\n');
    try {
      const { doc, api } = await openArticle(name);
      await vscode.commands.executeCommand('sourceCritic.reanalyze');
      const second = 'Mayor Jane Smith said: “The bridge will reopen in June.”\n\n“We are confident,” she added, “that the repairs will hold.”\n';
      fs.writeFileSync(uri.fsPath, second);
      await eventually('the editor reloads the file', () => doc.getText() === second, api);
      const analysis = await eventually(`the analysis of the new text (sources: ${JSON.stringify(api.sources().map((x) => [x.name, x.analysed, x.skipped]))})`,
        () => { const a = api.analysisFor(doc); return a?.text === second ? a : undefined; }, api, 45_000);
      await api.whenIdle();
      const quotes = await eventually('decorations of the new text', () => {
        const q = api.decorationsFor(uri).quote;
        return q && q.length === analysis.quotes.length ? q : undefined;
      }, api);
      const texts = quotes.map((r) => doc.getText(r));
      assert.ok(texts.includes('The bridge will reopen in June.'), `decorations are not of the new text: ${JSON.stringify(texts)}`);
      assert.ok(!texts.some((t) => t.includes('May')), 'a decoration of the old text survived');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      fs.rmSync(uri.fsPath, { force: true });
    }
  });
  it('compares a source over 256K characters in the background, after showing the other sources\' comparison', async function () {
    this.timeout(240_000);
    const api = await sourceCritic();
    await openArticle('000_dd448b168f52a1ce.txt', vscode.ViewColumn.Two);
    await openArticle('001_329362c8f0014bf2.txt', vscode.ViewColumn.Two);
    const uri = vscode.Uri.joinPath(workspaceFolder(), 'transcript', 'hearing.txt');
    fs.mkdirSync(vscode.Uri.joinPath(uri, '..').fsPath, { recursive: true });
    fs.writeFileSync(uri.fsPath, longArticle(300 * 1024));
    // Every comparison shown from now on, and whether the large source was in it.
    const shown: Array<{ withLarge: boolean; background: boolean }> = [];
    const name = () => api.sources().find((s) => s.uri.toString() === uri.toString())?.name;
    const sub = api.onDidCompare((c) => shown.push({
      withLarge: !!c?.sources.some((s) => s.id === name()),
      background: !!api.sources().find((s) => s.uri.toString() === uri.toString())?.comparingInBackground,
    }));
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preview: false });
      await eventually('the large source compared with the others', () => api.comparison()?.sources.some((s) => s.id === name()), api, 180_000);
      const first = shown.findIndex((c) => c.background);
      assert.ok(first >= 0, `no comparison was shown while the large source waited: ${JSON.stringify(shown)}`);
      assert.ok(!shown[first].withLarge, 'the comparison shown first already held the large source');
      assert.ok(shown.slice(0, first).every((c) => !c.withLarge) && shown.at(-1)?.withLarge, `order of comparisons: ${JSON.stringify(shown)}`);
      const entry = api.sources().find((s) => s.uri.toString() === uri.toString());
      assert.strictEqual(entry?.comparingInBackground, false, 'the large source is still said to be compared in the background');
      assert.doesNotMatch(api.statusText(), /background/);
      assert.ok(api.sources().filter((s) => /^00[01]_/.test(s.name)).every((s) => api.comparison()?.sources.some((c) => c.id === s.name)), 'the articles left the comparison');
    } finally {
      sub.dispose();
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      fs.rmSync(vscode.Uri.joinPath(uri, '..').fsPath, { recursive: true, force: true });
      await api.whenIdle();
    }
  });

  it('keeps the editor responsive while a 5 MB article is analysed, and leaves the other articles free while it is compared', async function () {
    this.timeout(480_000);
    const api = await sourceCritic();
    const small = await openArticle('001_329362c8f0014bf2.txt', vscode.ViewColumn.Two);
    await openArticle('000_dd448b168f52a1ce.txt', vscode.ViewColumn.Two);
    const uri = vscode.Uri.joinPath(workspaceFolder(), 'large', 'five-megabytes.txt');
    fs.mkdirSync(vscode.Uri.joinPath(uri, '..').fsPath, { recursive: true });
    fs.writeFileSync(uri.fsPath, longArticle(5 * 1024 * 1024));
    const config = vscode.workspace.getConfiguration('sourceCritic');
    await config.update('analysis.maxFileSizeKB', 8 * 1024, vscode.ConfigurationTarget.Workspace);
    let comparedWithLarge = false;
    let closed = false;
    let comparedWithLargeAfterClose = false;
    const sub = api.onDidCompare((c) => {
      const withLarge = !!c?.sources.some((s) => s.id.includes('five-megabytes'));
      comparedWithLarge ||= withLarge;
      comparedWithLargeAfterClose ||= closed && withLarge;
    });
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preview: false });
      // Type while the worker reads the article: each edit must apply at once.
      const typed: number[] = [];
      for (let i = 0; i < 5; i++) {
        const started = Date.now();
        const ok = await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'x'));
        assert.ok(ok, 'an edit was refused while the article was being analysed');
        typed.push(Date.now() - started);
      }
      assert.strictEqual(doc.getText(new vscode.Range(0, 0, 0, 5)), 'xxxxx');
      const analysis = await api.whenAnalyzed(doc);
      assert.ok(analysis.quotes.length > 10_000, `expected the quotes of the whole article, got ${analysis.quotes.length}`);
      assert.strictEqual(analysis.text.length, doc.getText().length, 'the analysis is of the current version');
      const painted = await eventually('decorations of the large article', () => api.decorationsFor(uri).quote, api, 300_000);
      // An article this large is painted around its visible lines: every quote on screen, not 30,000 at once.
      const starts = new Set(analysis.quotes.map((q) => q.start));
      assert.ok(painted.every((r) => starts.has(doc.offsetAt(r.start))), 'a painted range is not a quote');
      const onScreen = analysis.quotes.filter((q) => editor.visibleRanges.some((v) => v.contains(doc.positionAt(q.start))));
      assert.ok(onScreen.length > 0 && onScreen.every((q) => painted.some((r) => doc.offsetAt(r.start) === q.start)), 'a quote on screen is not painted');
      assert.ok(painted.length < analysis.quotes.length / 10, `${painted.length} of ${analysis.quotes.length} quotes painted at once`);
      // Scrolling to the end paints the quotes there.
      const lastQuote = analysis.quotes[analysis.quotes.length - 1];
      editor.revealRange(new vscode.Range(doc.positionAt(lastQuote.start), doc.positionAt(lastQuote.end)));
      await eventually('the last quote painted after scrolling to it', () => api.decorationsFor(uri).quote?.some((r) => doc.offsetAt(r.start) === lastQuote.start), api, 60_000);
      console.log(`five-megabytes: edits applied in ${typed.join(', ')} ms while analysing`);

      // The articles are compared without waiting for the 5 MB text, which is compared in the background.
      await eventually('the articles compared, the large text waiting for the background', () => {
        const large = api.sources().find((s) => s.uri.toString() === uri.toString());
        const names = new Set(api.comparison()?.sources.map((s) => s.id));
        return large?.comparingInBackground && api.sources().filter((s) => /^00[01]_/.test(s.name)).every((s) => names.has(s.name)) && !names.has(large.name);
      }, api, 120_000);
      await eventually('the status bar says so', () => /comparing in the background/.test(api.statusText()), api);
      // An edit to another article is analysed without waiting for that comparison, which restarts after.
      const edit = new vscode.WorkspaceEdit();
      edit.insert(small.doc.uri, small.doc.positionAt(small.doc.getText().length), '\nThe ministry did not comment.');
      assert.ok(await vscode.workspace.applyEdit(edit), 'the edit of the other article was refused');
      const edited = await api.whenAnalyzed(small.doc);
      assert.ok(edited.text.endsWith('The ministry did not comment.'));
      assert.ok(!comparedWithLarge, 'the edit waited for the comparison of the 5 MB text');
      await eventually('the large text waiting for the background again', () => api.sources().find((s) => s.uri.toString() === uri.toString())?.comparingInBackground, api, 120_000);
      await vscode.window.showTextDocument(small.doc, { viewColumn: vscode.ViewColumn.Two, preview: false });
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preview: false });
      // The background comparison takes seconds now, so it may be over before the article closes;
      // whichever it is, no comparison holding the article may be shown once it is closed.
      console.log(`five-megabytes: background comparison ${comparedWithLarge ? 'finished' : 'still running'} when the article was closed`);
      closed = true;
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      // Closing the article abandons its comparison: the set is idle again without ever holding it.
      await api.whenIdle();
      assert.ok(!api.sources().some((s) => s.uri.toString() === uri.toString()), 'the closed article is still in the set');
      assert.ok(!api.comparison()?.sources.some((s) => s.id.includes('five-megabytes')), 'the comparison shown at rest still holds the closed article');
      assert.ok(!comparedWithLargeAfterClose, 'a comparison holding the closed article was shown after it closed');
    } finally {
      sub.dispose();
      // A failure may have left the article open: close it, so that its comparison is abandoned.
      if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && isOpenInEditor(d.uri))) {
        await vscode.window.showTextDocument(uri, { preview: false });
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
      await config.update('analysis.maxFileSizeKB', undefined, vscode.ConfigurationTarget.Workspace);
      fs.rmSync(vscode.Uri.joinPath(uri, '..').fsPath, { recursive: true, force: true });
      await api.whenIdle();
    }
  });
});
