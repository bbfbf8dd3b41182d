/**
 * The packaged extension: dist/source-critic.vsix, installed into VS Code the way a user installs it.
 *
 * This file runs in a session of its own (see scripts/run-integration.mjs): code-server installs the
 * .vsix into an empty extensions folder with --install-extension, and no development extension is
 * loaded, because a development extension with the same id would shadow the installed copy. It
 * checks what only the package can break: the allow-list kept what the extension needs at run time
 * (the bundles carry wink-nlp and its model, so no node_modules) and left the sources out.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { SourceCriticApi } from '../../src/ui/api';
import { takeScreenshot } from './screenshot';

const EXTENSION_ID = 'source-critic.source-critic';

/** The installed extension. */
function installedExtension(): vscode.Extension<SourceCriticApi> {
  const extension = vscode.extensions.getExtension<SourceCriticApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed`);
  return extension;
}

describe('packaged: the .vsix installed into VS Code', () => {
  it('is the installed copy, holding the bundles and no sources or node_modules', () => {
    const folder = installedExtension().extensionPath;
    const version = (installedExtension().packageJSON as { version: string }).version;
    assert.strictEqual(path.basename(folder), `${EXTENSION_ID}-${version}`, `not an installed copy: ${folder}`);
    for (const file of ['package.json', 'dist/extension.js', 'dist/analysisWorker.js']) {
      assert.ok(fs.existsSync(path.join(folder, file)), `${file} is missing from the package`);
    }
    for (const absent of ['src', 'node_modules', 'test', 'scripts', 'tsconfig.json']) {
      assert.ok(!fs.existsSync(path.join(folder, absent)), `${absent} should not be in the package`);
    }
  });

  it('activates and decorates a sample article', async () => {
    const api = await installedExtension().activate();
    const [article] = (await vscode.workspace.findFiles('*.txt')).sort((a, b) => a.fsPath.localeCompare(b.fsPath));
    assert.ok(article, 'no sample article in the workspace');
    const document = await vscode.workspace.openTextDocument(article);
    await vscode.window.showTextDocument(document, { preview: false });
    const analysis = await api.whenAnalyzed(document);
    await api.whenIdle();
    assert.ok(analysis.quotes.length > 0, 'the packaged analysis found no quotes in a sample article');
    const painted = api.decorationsFor(document.uri);
    assert.ok((painted.quote ?? []).length > 0, 'no quote decorations were painted');
    await takeScreenshot('packaged-workbench');
  });
});
