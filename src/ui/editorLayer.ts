/**
 * Wires the editor layer together: documents and editors in, analyses out to decorations, views,
 * diagnostics and the status bar. It owns every part's disposables.
 */
import * as vscode from 'vscode';
import { AnalysisStore } from './analysisStore';
import type { Analyzer } from './analyzer';
import type { SourceCriticApi } from './api';
import { ClaimsView } from './claimsView';
import { registerCollation, type CollationRegistration } from './collation/registerCollation';
import { registerCommands } from './commands';
import { DecorationPainter } from './decorations';
import { DismissedFindings, FindingCodeActions, FindingDiagnostics } from './diagnostics';
import { EntitiesView } from './entitiesView';
import { SourceCriticHovers } from './hovers';
import { registerNavigation } from './navigation/registerNavigation';
import { registerReportExport } from './reports/exportReport';
import { readSettings, SECTION, type Settings } from './settings';
import { isArticleDocument, isOpenInEditor, SourceSet } from './sourceSet';
import { SourcesView } from './sourcesView';
import { StatusBar } from './statusBar';

const ARTICLES: vscode.DocumentSelector = [{ language: 'plaintext' }, { language: 'markdown' }];

/** The running editor layer. */
export class EditorLayer implements vscode.Disposable {
  private settings: Settings = readSettings();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly sources: SourceSet;
  private readonly store: AnalysisStore;
  private readonly painter = new DecorationPainter();
  private readonly dismissed: DismissedFindings;
  private readonly claims: ClaimsView;
  private readonly entities: EntitiesView;
  private readonly sourcesView: SourcesView;
  private readonly diagnostics: FindingDiagnostics;
  private readonly status: StatusBar;
  private readonly collation: CollationRegistration;
  private readonly idleWaiters: Array<() => void> = [];

  /** @param client runs the analysis off the UI thread (a worker thread, or the web extension host) */
  constructor(context: vscode.ExtensionContext, private readonly client: Analyzer) {
    this.sources = new SourceSet(context.workspaceState);
    this.store = new AnalysisStore(this.client, this.sources, () => this.settings);
    this.dismissed = new DismissedFindings(context.workspaceState);
    this.claims = new ClaimsView(this.store);
    this.entities = new EntitiesView(this.store);
    this.sourcesView = new SourcesView(this.store, () => this.dismissed.ids());
    this.diagnostics = new FindingDiagnostics(this.store, this.dismissed);
    this.status = new StatusBar(this.store);
    this.collation = registerCollation(this.store, vscode.Uri.joinPath(context.extensionUri, 'media', 'collation'));
    const claimsTree = vscode.window.createTreeView('sourceCritic.claims', { treeDataProvider: this.claims, showCollapseAll: true });
    const entitiesTree = vscode.window.createTreeView('sourceCritic.entities', { treeDataProvider: this.entities, showCollapseAll: true });
    const sourcesTree = vscode.window.createTreeView('sourceCritic.sources', { treeDataProvider: this.sourcesView, showCollapseAll: true });
    this.disposables.push(
      this.client, this.sources, this.store, this.painter, this.claims, this.entities, this.sourcesView,
      this.diagnostics, this.status, claimsTree, entitiesTree, sourcesTree,
      vscode.languages.registerHoverProvider(ARTICLES, new SourceCriticHovers(this.store)),
      vscode.languages.registerCodeActionsProvider(ARTICLES, new FindingCodeActions(), { providedCodeActionKinds: FindingCodeActions.kinds }),
      ...registerCommands({
        store: this.store, sources: this.sources, dismissed: this.dismissed, entities: this.entities, settings: () => this.settings,
        samplesFolder: vscode.Uri.joinPath(context.extensionUri, 'samples'), storageFolder: context.globalStorageUri,
      }),
      ...this.collation.disposables,
      ...registerReportExport(this.store),
      ...registerNavigation(this.store),
      vscode.workspace.onDidOpenTextDocument((doc) => { if (isArticleDocument(doc)) this.store.schedule(doc.uri, true); }),
      vscode.workspace.onDidChangeTextDocument((e) => { if (isArticleDocument(e.document) && e.contentChanges.length) this.store.schedule(e.document.uri); }),
      vscode.workspace.onDidCloseTextDocument((doc) => { if (isArticleDocument(doc)) this.painter.forget(doc.uri); }),
      vscode.window.tabGroups.onDidChangeTabs((e) => {
        // Still wanted: open in an editor, or a file of the set read from disk (not a just-closed editor).
        if (e.closed.length) this.store.cancelIfClosed((uri) => isOpenInEditor(uri) || !vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()));
      }),
      vscode.workspace.onDidSaveTextDocument((doc) => { if (isArticleDocument(doc)) this.store.schedule(doc.uri); }),
      vscode.window.onDidChangeVisibleTextEditors(() => this.paintVisible()),
      // A very large article is painted around its visible lines: scrolling may need more.
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.paint(e.textEditor)),
      vscode.window.onDidChangeActiveTextEditor(() => { this.status.update(); this.store.schedule(undefined, true); }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration(SECTION)) return;
        this.settings = readSettings();
        this.paintVisible();
        this.diagnostics.update(this.settings);
        if (e.affectsConfiguration(`${SECTION}.sources`) || e.affectsConfiguration(`${SECTION}.analysis.maxFileSizeKB`)) this.store.schedule(undefined, true);
      }),
      this.sources.onDidChange(() => this.store.schedule(undefined, true)),
      this.dismissed.onDidChange(() => { this.paintVisible(); this.diagnostics.update(this.settings); this.sourcesView.refresh(); }),
      this.store.onDidAnalyze((e) => {
        for (const editor of vscode.window.visibleTextEditors) if (editor.document.uri.toString() === e.uri.toString()) this.paint(editor);
        this.claims.refresh();
        this.entities.refresh();
        this.sourcesView.refresh();
        this.status.update();
      }),
      this.store.onDidCompare(() => {
        this.paintVisible();
        this.diagnostics.update(this.settings);
        this.claims.refresh();
        this.entities.refresh();
        this.sourcesView.refresh();
        this.status.update();
      }),
      this.store.onDidSkip(() => { this.status.update(); this.sourcesView.refresh(); }),
      this.store.onDidFail((f) => void vscode.window.showWarningMessage(`Source Critic could not analyse ${vscode.workspace.asRelativePath(f.uri)}: ${f.error}`)),
      this.store.onDidBecomeIdle(() => { this.status.update(); for (const w of this.idleWaiters.splice(0)) w(); }),
    );
    this.store.schedule(undefined, true);
    this.status.update();
    if (this.settings.sourcesOpenOnStart) void this.openWorkspaceArticles();
  }

  /** Opens the first workspace folder's articles in editors (`sourceCritic.sources.openOnStart`). */
  private async openWorkspaceArticles(): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder || !this.settings.sourcesInclude) return;
    const files = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, this.settings.sourcesInclude), null, Math.max(1, this.settings.sourcesMaxFiles));
    files.sort((a, b) => a.path.localeCompare(b.path));
    for (const [i, uri] of files.entries()) {
      await vscode.window.showTextDocument(uri, { preview: false, preserveFocus: i > 0, viewColumn: i === 0 ? vscode.ViewColumn.One : vscode.ViewColumn.Two });
    }
  }

  /** The API returned from `activate`. */
  api(activationMillis: number): SourceCriticApi {
    return {
      activationMillis,
      onDidAnalyze: this.store.onDidAnalyze,
      onDidCompare: this.store.onDidCompare,
      whenAnalyzed: (doc) => new Promise((resolve) => {
        const now = this.store.currentAnalysis(doc);
        if (now) return resolve(now);
        const sub = this.store.onDidAnalyze(() => {
          const a = this.store.currentAnalysis(doc);
          if (a) { sub.dispose(); resolve(a); }
        });
        if (!this.store.busy()) this.store.schedule(doc.uri, true);
      }),
      whenIdle: () => new Promise<void>((resolve) => {
        if (!this.store.busy()) return resolve();
        this.idleWaiters.push(resolve);
      }),
      analysisFor: (doc) => this.store.currentAnalysis(doc),
      comparison: () => this.store.comparison(),
      decorationsFor: (uri) => this.painter.paintedRanges(uri),
      speakerLabelsFor: (uri) => this.painter.speakerLabels(uri),
      claimsTree: () => this.claims.speakers(),
      entitiesTree: () => this.entities.groups(),
      sources: () => this.store.all().map((e) => ({
        uri: e.uri, name: e.name, analysed: !!e.analysis, skipped: e.skipped?.message, sameEvent: this.store.summary(e.uri)?.sameEvent,
        comparingInBackground: this.store.comparingInBackground(e.uri),
        tooLargeToCompare: this.store.tooLargeToCompare(e.uri),
      })),
      statusText: () => this.status.text,
      collation: () => this.collation.current(),
      modelStatus: () => this.client.status(),
    };
  }

  private paintVisible(): void {
    for (const editor of vscode.window.visibleTextEditors) this.paint(editor);
  }

  private paint(editor: vscode.TextEditor): void {
    if (!isArticleDocument(editor.document)) return;
    this.painter.paint(editor, this.store.currentAnalysis(editor.document), this.store.summary(editor.document.uri), this.dismissed.ids(), this.settings);
  }

  dispose(): void {
    for (const d of this.disposables.splice(0).reverse()) d.dispose();
  }
}
