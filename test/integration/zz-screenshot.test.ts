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
});
