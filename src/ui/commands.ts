/** Every command of the palette, the views and the code actions, registered in one place. */
import * as vscode from 'vscode';
import type { AnalysisStore } from './analysisStore';
import type { DismissedFindings } from './diagnostics';
import type { EntitiesView } from './entitiesView';
import { REVEAL_COMMAND, revealSpan } from './revealSpan';
import { SECTION, type Settings } from './settings';
import { isArticleDocument, type SourceSet } from './sourceSet';

/** What the commands act on. */
export interface CommandDeps {
  store: AnalysisStore;
  sources: SourceSet;
  dismissed: DismissedFindings;
  entities: EntitiesView;
  settings: () => Settings;
  samplesFolder: vscode.Uri;
  storageFolder: vscode.Uri;
}

const LAYERS = { toggleQuotes: 'quotes', toggleSpeakers: 'speakers', toggleEntities: 'entities', toggleFindings: 'findings' } as const;

/** Registers the commands; returns their disposables. */
export function registerCommands(d: CommandDeps): vscode.Disposable[] {
  const reg = (id: string, fn: (...args: never[]) => unknown) => vscode.commands.registerCommand(`sourceCritic.${id}`, fn);
  const out: vscode.Disposable[] = [
    reg('reanalyze', () => { d.store.reanalyzeAll(); }),
    reg('analyzeAnyway', (uri?: vscode.Uri) => {
      const target = uri ?? vscode.window.activeTextEditor?.document.uri;
      if (target) d.store.analyzeAnyway(target);
    }),
    reg('addSource', async (uris?: vscode.Uri[]) => {
      const picked = uris ?? await vscode.window.showOpenDialog({ canSelectMany: true, openLabel: 'Add to sources', filters: { Articles: ['txt', 'md', 'markdown'] } });
      if (!picked?.length) return [];
      await d.sources.add(picked);
      return picked.map((u) => u.toString());
    }),
    reg('removeSource', async (target?: vscode.Uri | { entry?: { uri: vscode.Uri } }) => {
      const uri = target instanceof vscode.Uri ? target : target?.entry?.uri ?? vscode.window.activeTextEditor?.document.uri;
      if (uri) await d.sources.remove(uri);
    }),
    reg('compareWith', async (target?: vscode.Uri) => {
      const picked = target ? [target] : await vscode.window.showOpenDialog({ canSelectMany: true, canSelectFolders: true, openLabel: 'Compare with' });
      if (!picked?.length) return [];
      const files: vscode.Uri[] = [];
      const s = d.settings();
      for (const u of picked) {
        const stat = await vscode.workspace.fs.stat(u);
        if (stat.type & vscode.FileType.Directory) {
          files.push(...await vscode.workspace.findFiles(new vscode.RelativePattern(u, s.sourcesInclude || '*.{txt,md}'), null, Math.max(1, s.sourcesMaxFiles)));
        } else files.push(u);
      }
      await d.sources.add(files);
      return files.map((u) => u.toString());
    }),
    reg('openSideBySide', async (uri: string, range?: vscode.Range) => {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
      await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: false, selection: range, preserveFocus: false });
    }),
    reg('dismissFinding', (id: string) => d.dismissed.dismiss(id)),
    reg('restoreDismissed', () => d.dismissed.restoreAll()),
    reg('nextFinding', () => goToFinding(d.store, +1)),
    reg('previousFinding', () => goToFinding(d.store, -1)),
    reg('openSamples', () => openSamples(d.samplesFolder, d.storageFolder)),
    reg('nextMention', (key: string) => d.entities.revealNext(key)),
    vscode.commands.registerCommand(REVEAL_COMMAND, (uri: string, start: number, end: number, beside?: boolean) => revealSpan(vscode.Uri.parse(uri), start, end, beside)),
  ];
  for (const [id, layer] of Object.entries(LAYERS)) {
    out.push(reg(id, async () => {
      const config = vscode.workspace.getConfiguration(SECTION);
      const now = !config.get<boolean>(`decorations.${layer}`, true);
      await config.update(`decorations.${layer}`, now, vscode.ConfigurationTarget.Global);
      return now;
    }));
  }
  return out;
}

/** Moves the cursor to the next (or previous) finding of the active article, wrapping around. */
async function goToFinding(store: AnalysisStore, direction: 1 | -1): Promise<{ start: number; end: number } | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isArticleDocument(editor.document)) return undefined;
  const findings = [...(store.summary(editor.document.uri)?.findings ?? [])].sort((a, b) => a.start - b.start);
  if (!findings.length) {
    void vscode.window.showInformationMessage('Source Critic: no findings in this article (compare it with at least one other source).');
    return undefined;
  }
  // From the start of the selection: a revealed finding is selected, so its start is "here".
  const here = editor.document.offsetAt(editor.selection.start);
  const next = direction > 0
    ? findings.find((f) => f.start > here) ?? findings[0]
    : [...findings].reverse().find((f) => f.start < here) ?? findings[findings.length - 1];
  await revealSpan(editor.document.uri, next.start, next.end);
  return { start: next.start, end: next.end };
}

/**
 * Opens the sample articles. They are copied into the extension's storage first, so that the
 * copies shipped with the extension are never edited.
 */
async function openSamples(samples: vscode.Uri, storage: vscode.Uri): Promise<string[]> {
  const target = vscode.Uri.joinPath(storage, 'samples');
  await vscode.workspace.fs.createDirectory(target);
  const opened: string[] = [];
  for (const [name, type] of await vscode.workspace.fs.readDirectory(samples)) {
    if (type !== vscode.FileType.File || !/\.(txt|md)$/.test(name)) continue;
    const copy = vscode.Uri.joinPath(target, name);
    try { await vscode.workspace.fs.stat(copy); } catch { await vscode.workspace.fs.copy(vscode.Uri.joinPath(samples, name), copy); }
    const doc = await vscode.workspace.openTextDocument(copy);
    await vscode.window.showTextDocument(doc, { preview: false, preserveFocus: opened.length > 0 });
    opened.push(copy.toString());
  }
  return opened;
}
