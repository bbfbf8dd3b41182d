/**
 * Smoke test: the extension under development is present in a real VS Code, activates, registers
 * every command its manifest declares, and can show the sample articles next to its sidebar.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SourceCriticApi } from '../../src/ui/api';
import { takeScreenshot } from './screenshot';

const EXTENSION_ID = 'source-critic.source-critic';

interface Manifest {
  contributes?: {
    commands?: { command: string }[];
    viewsContainers?: { activitybar?: { id: string }[] };
  };
}

/** The extension under test, activated. */
async function activeExtension(): Promise<vscode.Extension<SourceCriticApi>> {
  const extension = vscode.extensions.getExtension<SourceCriticApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed in the test host`);
  await extension.activate();
  return extension;
}

describe('smoke: Source Critic in a real VS Code', () => {
  it('is present and activates', async () => {
    const extension = await activeExtension();
    assert.strictEqual(extension.isActive, true);
  });

  it('registers every command its manifest declares, all named sourceCritic.*', async () => {
    const manifest = (await activeExtension()).packageJSON as Manifest;
    const declared = (manifest.contributes?.commands ?? []).map((entry) => entry.command);
    assert.ok(declared.length > 0, 'the manifest declares no commands');
    assert.deepStrictEqual(declared.filter((id) => !id.startsWith('sourceCritic.')), []);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepStrictEqual(declared.filter((id) => !registered.has(id)), [], 'declared but not registered');
  });

  it('shows the sample articles, decorated, beside the Source Critic sidebar', async () => {
    const extension = await activeExtension();
    const manifest = extension.packageJSON as Manifest;
    const container = manifest.contributes?.viewsContainers?.activitybar?.[0]?.id;
    assert.ok(container, 'the manifest contributes no activity bar container');
    const articles = (await vscode.workspace.findFiles('*.txt')).sort((a, b) => a.fsPath.localeCompare(b.fsPath));
    assert.ok(articles.length >= 3, `expected the three sample articles in the workspace, found ${articles.length}`);
    const columns = [vscode.ViewColumn.One, vscode.ViewColumn.Two, vscode.ViewColumn.Three];
    for (const [index, uri] of articles.slice(0, columns.length).entries()) {
      await vscode.window.showTextDocument(uri, { viewColumn: columns[index], preview: false });
    }
    await vscode.commands.executeCommand(`workbench.view.extension.${container}`);
    const visible = vscode.window.visibleTextEditors.map((editor) => editor.document.uri.toString());
    for (const uri of articles.slice(0, columns.length)) assert.ok(visible.includes(uri.toString()), `${uri.fsPath} is not visible`);
    const api = extension.exports;
    for (const editor of vscode.window.visibleTextEditors) await api.whenAnalyzed(editor.document);
    await api.whenIdle();
    const decorated = articles.slice(0, columns.length)
      .filter((uri) => Object.values(api.decorationsFor(uri)).some((ranges) => ranges.length > 0));
    assert.ok(decorated.length > 0, 'no visible article shows a decoration');
    await takeScreenshot('workbench-articles-sidebar');
  });
});
