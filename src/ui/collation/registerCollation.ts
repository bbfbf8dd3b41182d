/**
 * The "Open Collation View" command and the serializer that brings the view back after a reload.
 * There is at most one collation panel: opening it again reveals the one that is open.
 */
import * as vscode from 'vscode';
import type { AnalysisStore } from '../analysisStore';
import { COLLATION_VIEW_TYPE, CollationPanel } from './collationPanel';

/** What registering the collation view gives back. */
export interface CollationRegistration {
  /** The command, the serializer and the open panel, to dispose with the extension. */
  disposables: vscode.Disposable[];
  /** The collation panel that is open (opened by the command or restored after a reload), if any. */
  current(): CollationPanel | undefined;
}

/**
 * Registers `sourceCritic.openCollation` (resolving with the panel, so tests can read what it
 * rendered and received) and the panel serializer.
 * @param media the extension's media/collation folder, the only place the page may load from
 */
export function registerCollation(store: AnalysisStore, media: vscode.Uri): CollationRegistration {
  let current: CollationPanel | undefined;
  const adopt = (panel: vscode.WebviewPanel): CollationPanel => {
    const view = new CollationPanel(panel, store, media);
    current = view;
    view.onDidDispose(() => { if (current === view) current = undefined; });
    return view;
  };
  const disposables = [
    vscode.commands.registerCommand('sourceCritic.openCollation', async (): Promise<CollationPanel> => {
      if (current) {
        current.panel.reveal();
        current.refresh();
        return current;
      }
      const panel = vscode.window.createWebviewPanel(COLLATION_VIEW_TYPE, 'Collation', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, {
        enableScripts: true, enableFindWidget: true, localResourceRoots: [media],
      });
      return adopt(panel);
    }),
    vscode.window.registerWebviewPanelSerializer(COLLATION_VIEW_TYPE, {
      // The page keeps its selected row and scroll position with getState/setState; it restores them itself.
      deserializeWebviewPanel: async (panel: vscode.WebviewPanel) => { adopt(panel); },
    }),
    { dispose: () => current?.dispose() },
  ];
  return { disposables, current: () => current };
}
