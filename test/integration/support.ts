/** What the integration tests share: the extension's API, opening articles, waiting on events. */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SourceCriticApi } from '../../src/ui/api';

const EXTENSION_ID = 'source-critic.source-critic';

/** Activates the extension and returns its API. */
export async function sourceCritic(): Promise<SourceCriticApi> {
  const ext = vscode.extensions.getExtension<SourceCriticApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not installed`);
  return ext.activate();
}

/** The workspace folder the runner opened (copies of the sample articles). */
export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test host opened no folder');
  return folder.uri;
}

/** Opens a workspace article in an editor and waits until its current version is analysed. */
export async function openArticle(name: string, column = vscode.ViewColumn.One): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor; api: SourceCriticApi }> {
  const api = await sourceCritic();
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceFolder(), name));
  const editor = await vscode.window.showTextDocument(doc, { viewColumn: column, preview: false });
  await api.whenAnalyzed(doc);
  return { doc, editor, api };
}

/**
 * Resolves when `condition` holds, re-checking whenever the extension reports progress (an
 * analysis, a comparison) or the visible editors change; bounded polling covers changes that raise
 * no event we can hear (the renderer). Rejects with `what` after `timeoutMs`.
 */
export function eventually<T>(what: string, condition: () => T | undefined | false, api: SourceCriticApi, timeoutMs = 30_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const subs: vscode.Disposable[] = [];
    const done = (fn: () => void) => { for (const s of subs) s.dispose(); clearInterval(poll); clearTimeout(timer); fn(); };
    const check = () => {
      try {
        const v = condition();
        if (v) done(() => resolve(v));
      } catch (err) {
        done(() => reject(err));
      }
    };
    subs.push(api.onDidAnalyze(check), api.onDidCompare(check), vscode.window.onDidChangeVisibleTextEditors(check));
    const poll = setInterval(check, 50);
    const timer = setTimeout(() => done(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for: ${what}`))), timeoutMs);
    check();
  });
}

/** The text a range covers. */
export function textAt(doc: vscode.TextDocument, range: vscode.Range): string {
  return doc.getText(range);
}
