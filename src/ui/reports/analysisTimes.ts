/** When each source's current analysis landed: the "time of analysis" a report gives per source. */
import type * as vscode from 'vscode';
import type { AnalysisStore } from '../analysisStore';

/** Remembers, per document, when its latest analysis landed. */
export class AnalysisTimes implements vscode.Disposable {
  private readonly times = new Map<string, string>();
  private readonly subscription: vscode.Disposable;

  /** Starts listening to the store; create it before the first analysis runs. */
  constructor(store: AnalysisStore) {
    this.subscription = store.onDidAnalyze((e) => this.times.set(e.uri.toString(), new Date().toISOString()));
  }

  /** When the document's latest analysis landed (ISO 8601), if one landed since activation. */
  of(uri: vscode.Uri): string | undefined {
    return this.times.get(uri.toString());
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
