/**
 * Last: the workbench as a user sees it, with the three seed articles open, decorated, and the
 * Source Critic sidebar showing the Claims view. Saved to test-results/ for a person to look at.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { takeScreenshot } from './screenshot';
import { eventually, openArticle } from './support';

describe('the workbench with the seed articles', () => {
  it('shows decorated articles and the filled Claims view', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // What a reader would set up: wrapped lines, no chat panel taking a third of the window.
    await vscode.workspace.getConfiguration('editor').update('wordWrap', 'on', vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
    const { api } = await openArticle('001_329362c8f0014bf2.txt', vscode.ViewColumn.One);
    const second = await openArticle('000_dd448b168f52a1ce.txt', vscode.ViewColumn.Two);
    await openArticle('003_7f66165cc7c1e9fd.txt', vscode.ViewColumn.Two);
    await vscode.window.showTextDocument(second.doc, { viewColumn: vscode.ViewColumn.Two, preview: false });
    await vscode.commands.executeCommand('workbench.view.extension.sourceCritic');
    await api.whenIdle();
    await eventually('claims listed and editors painted', () => api.claimsTree().length > 0
      && vscode.window.visibleTextEditors.every((e) => (api.decorationsFor(e.document.uri).quote?.length ?? 0) > 0), api);
    const file = await takeScreenshot('workbench-seed-articles');
    if (process.env.SOURCE_CRITIC_SCREENSHOT_DIR) assert.ok(file, 'no screenshot was saved');
  });

  it('explains a quote in a hover, as a reader sees it', async () => {
    const { doc, editor, api } = await openArticle('001_329362c8f0014bf2.txt', vscode.ViewColumn.One);
    const quote = api.analysisFor(doc)?.quotes.find((q) => q.speaker && q.kind === 'direct');
    assert.ok(quote, 'no attributed direct quote to hover');
    const at = doc.positionAt(quote.start + 3);
    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
    assert.ok(hovers.some((h) => h.contents.some((c) => (typeof c === 'string' ? c : c.value).includes('said by'))), 'the hover does not say who said it');
    await vscode.commands.executeCommand('editor.action.showHover');
    await takeScreenshot('editor-hover');
  });

  it('shows the Sources view with what each source shares and reports alone', async () => {
    const { api } = await openArticle('000_dd448b168f52a1ce.txt', vscode.ViewColumn.One);
    await api.whenIdle();
    await vscode.commands.executeCommand('sourceCritic.sources.focus');
    assert.ok(api.sources().some((s) => s.sameEvent === false), 'the other event is marked in the Sources view');
    await takeScreenshot('sources-view');
  });
});
