/**
 * The side-by-side collation view: a webview panel showing the compared sources in columns with
 * their aligned passages facing each other. It re-renders when the set is compared again (or when
 * it comes back into view after a comparison it missed), reveals a passage in its editor when the
 * page asks, and survives a window reload through a webview panel serializer.
 */
import * as vscode from 'vscode';
import type { AnalysisStore } from '../analysisStore';
import { buildCollationRows, type CollationSource } from './buildCollationRows';
import { renderCollationHtml } from './renderCollationHtml';

/** The view type of the panel (also in the `onWebviewPanel:` activation event). */
export const COLLATION_VIEW_TYPE = 'sourceCritic.collation';

/** What the page may send. Anything else is recorded and ignored. */
export type CollationMessage =
  /**
   * The page is shown: its rows, the selected one and the source column of the passage focused in
   * it (null: none; both restored), the narrowest column's and the page's width in CSS pixels.
   */
  | { type: 'ready'; rows: number; row: number; source: number | null; columnWidth: number; width: number }
  | { type: 'reveal'; source: number; start: number; end: number };

/** A fresh nonce for the page's script: 128 random bits as hex. */
function makeNonce(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

const isOffset = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/** One collation panel, bound to the analysis store. */
export class CollationPanel implements vscode.Disposable {
  /** Every message the page sent, in order (tests read it; nothing else does). */
  readonly received: unknown[] = [];
  /** The HTML last rendered into the page. */
  html = '';
  /** The nonce of that page's script. */
  private nonce = '';
  private sources: CollationSource[] = [];
  private stale = false;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly messages = new vscode.EventEmitter<unknown>();
  private readonly disposed = new vscode.EventEmitter<void>();
  /** Fires after every message from the page was handled. */
  readonly onDidReceiveMessage = this.messages.event;
  /** Fires once the panel is closed. */
  readonly onDidDispose = this.disposed.event;

  /**
   * Takes over a webview panel (new, or restored after a reload): sets its options, renders the
   * current comparison and listens to the page and the store.
   */
  constructor(readonly panel: vscode.WebviewPanel, private readonly store: AnalysisStore, private readonly media: vscode.Uri) {
    panel.webview.options = { enableScripts: true, localResourceRoots: [media] };
    this.disposables.push(
      panel.webview.onDidReceiveMessage((m: unknown) => void this.handleMessage(m)),
      store.onDidCompare(() => { if (panel.visible) this.refresh(); else this.stale = true; }),
      panel.onDidChangeViewState(() => { if (panel.visible && this.stale) this.refresh(); }),
      panel.onDidDispose(() => this.dispose()),
    );
    this.render();
  }

  /** The sources shown, in column order. */
  columns(): readonly CollationSource[] {
    return this.sources;
  }

  /**
   * Renders the store's latest comparison into the page, unless the page would show exactly what
   * it shows now: replacing a page reloads it, and the reader would lose the focused passage.
   */
  refresh(): void {
    this.render(false);
  }

  /** Renders the store's latest comparison into the page (without `force`, only if it changed). */
  render(force = true): void {
    this.stale = false;
    const comparison = this.store.comparison();
    this.sources = (comparison?.sources ?? []).flatMap((s) => {
      const analysis = this.store.byName(s.id)?.analysis;
      return analysis ? [{ id: s.id, analysis, findings: s.findings, sameEvent: s.sameEvent }] : [];
    });
    const rows = comparison ? buildCollationRows(this.sources, comparison.alignments) : [];
    const asUri = (name: string) => this.panel.webview.asWebviewUri(vscode.Uri.joinPath(this.media, name)).toString();
    const nonce = makeNonce();
    const html = renderCollationHtml(this.sources, rows, {
      nonce, cspSource: this.panel.webview.cspSource, scriptUri: asUri('collation.js'), styleUri: asUri('collation.css'),
    });
    if (!force && html.replaceAll(nonce, '') === this.html.replaceAll(this.nonce, '')) return;
    this.html = html;
    this.nonce = nonce;
    this.panel.title = this.sources.length ? `Collation: ${this.sources.length} sources` : 'Collation';
    this.panel.webview.html = this.html;
  }

  /**
   * Handles one message from the page (exactly what the page's script posts). A `reveal` opens the
   * passage's source and selects the passage, in the editor already showing it or in another group
   * than the panel's (beside it when it is alone);
   * it resolves with that editor. The page is untrusted: malformed messages are ignored.
   */
  async handleMessage(message: unknown): Promise<vscode.TextEditor | undefined> {
    this.received.push(message);
    try {
      const m = message as Partial<Extract<CollationMessage, { type: 'reveal' }>> | null;
      if (m?.type !== 'reveal' || !isOffset(m.source) || !isOffset(m.start) || !isOffset(m.end) || m.end < m.start) return undefined;
      const uri = this.sources[m.source] && this.store.byName(this.sources[m.source].id)?.uri;
      if (!uri) return undefined;
      const doc = await vscode.workspace.openTextDocument(uri);
      const selection = new vscode.Range(doc.positionAt(m.start), doc.positionAt(m.end));
      const shown = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
      // A source not on screen opens in another group than the collation's, never over the page itself.
      const other = vscode.window.tabGroups.all.find((g) => g.viewColumn !== this.panel.viewColumn)?.viewColumn;
      const editor = await vscode.window.showTextDocument(doc, { viewColumn: shown?.viewColumn ?? other ?? vscode.ViewColumn.Beside, selection, preview: false });
      editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      return editor;
    } finally {
      this.messages.fire(message);
    }
  }

  /** Resolves with the first message (already received or still to come) that satisfies `test`. */
  whenMessage(test: (message: unknown) => boolean): Promise<unknown> {
    const seen = this.received.find(test);
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise((resolve) => {
      const sub = this.onDidReceiveMessage((m) => { if (test(m)) { sub.dispose(); resolve(m); } });
    });
  }

  dispose(): void {
    const subs = this.disposables.splice(0);
    if (!subs.length) return;
    for (const d of subs) d.dispose();
    this.panel.dispose();
    this.disposed.fire();
    this.messages.dispose();
    this.disposed.dispose();
  }
}
