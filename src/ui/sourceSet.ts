/**
 * Which files make up the set of sources being compared: by default the articles open in editors
 * plus the text files in the active article's folder (a glob and a maximum from the settings),
 * adjusted by what the user added or removed. The additions and removals are kept per workspace.
 */
import * as vscode from 'vscode';
import type { Settings } from './settings';

const ADDED_KEY = 'sourceCritic.sources.added';
const REMOVED_KEY = 'sourceCritic.sources.removed';

/** Documents Source Critic reads: plain text and Markdown, in files or untitled editors. */
export function isArticleDocument(doc: vscode.TextDocument): boolean {
  return (doc.languageId === 'plaintext' || doc.languageId === 'markdown') && (doc.uri.scheme === 'file' || doc.uri.scheme === 'untitled' || doc.uri.scheme === 'vscode-remote');
}

/**
 * True when a document has an editor tab (or a visible editor). VS Code keeps closed documents in
 * `workspace.textDocuments` for a while; a closed article must leave the set at once.
 */
export function isOpenInEditor(uri: vscode.Uri): boolean {
  const key = uri.toString();
  if (vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === key)) return true;
  return vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === key));
}

/** The set of sources of this workspace. */
export class SourceSet implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** The article last active in an editor: focus on a view or a webview keeps its folder in the set. */
  private lastActive: vscode.Uri | undefined;
  /** Fires when the user adds or removes a source. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento) {}

  /** Files the user added explicitly (kept per workspace). */
  added(): vscode.Uri[] {
    return this.state.get<string[]>(ADDED_KEY, []).map((s) => vscode.Uri.parse(s));
  }

  /** Adds files to the set (and takes them off the removed list). */
  async add(uris: vscode.Uri[]): Promise<void> {
    const keys = uris.map((u) => u.toString());
    const added = new Set(this.state.get<string[]>(ADDED_KEY, []));
    const removed = new Set(this.state.get<string[]>(REMOVED_KEY, []));
    for (const k of keys) { added.add(k); removed.delete(k); }
    await this.state.update(ADDED_KEY, [...added]);
    await this.state.update(REMOVED_KEY, [...removed]);
    this.changed.fire();
  }

  /** Removes a file from the set, even if it is open or in the article's folder. */
  async remove(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    const added = this.state.get<string[]>(ADDED_KEY, []).filter((k) => k !== key);
    const removed = new Set(this.state.get<string[]>(REMOVED_KEY, []));
    removed.add(key);
    await this.state.update(ADDED_KEY, added);
    await this.state.update(REMOVED_KEY, [...removed]);
    this.changed.fire();
  }

  /** True when the user removed this file from the set. */
  isRemoved(uri: vscode.Uri): boolean {
    return this.state.get<string[]>(REMOVED_KEY, []).includes(uri.toString());
  }

  /**
   * The current set: open articles, files matching the include glob in the active article's
   * folder (at most `sourcesMaxFiles`), and added files; minus removed ones. Ordered by address,
   * not by when the editors opened: after a window reload the editors come back in any order, and
   * the Sources view and the collation's columns must not move (the collation restores the reader's
   * place by column).
   * While no article is active (the focus is on the collation view, a panel, another kind of file),
   * the folder of the article last active stays in the set: looking elsewhere changes nothing. Once
   * that article is closed its folder leaves with it: a just-closed article must not come back into
   * the set read from disk (while VS Code moves the focus, no editor is active for a moment).
   */
  async resolve(settings: Settings): Promise<vscode.Uri[]> {
    const out = new Map<string, vscode.Uri>();
    const put = (u: vscode.Uri) => { if (!this.isRemoved(u)) out.set(u.toString(), u); };
    for (const doc of vscode.workspace.textDocuments) if (isArticleDocument(doc) && isOpenInEditor(doc.uri)) put(doc.uri);
    const active = vscode.window.activeTextEditor?.document;
    if (active && isArticleDocument(active)) this.lastActive = active.uri;
    const folderOf = this.lastActive && this.lastActive.scheme !== 'untitled' && isOpenInEditor(this.lastActive) ? vscode.Uri.joinPath(this.lastActive, '..') : undefined;
    if (folderOf && settings.sourcesInclude && settings.sourcesMaxFiles > 0) {
      try {
        const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folderOf, settings.sourcesInclude), null, settings.sourcesMaxFiles);
        found.sort((a, b) => a.path.localeCompare(b.path)).forEach(put);
      } catch {
        // A folder outside the workspace or a virtual file system: open articles still count.
      }
    }
    for (const u of this.added()) put(u);
    return [...out.values()].sort((a, b) => a.toString().localeCompare(b.toString()));
  }

  dispose(): void {
    this.changed.dispose();
  }
}
