/** The status bar item: what was found in the active article, or why it was not analysed. */
import * as vscode from 'vscode';
import type { AnalysisStore } from './analysisStore';
import { COMPARED_IN_BACKGROUND, TOO_LARGE_TO_COMPARE } from './largeSourceWording';
import { isArticleDocument } from './sourceSet';
import { speakerIdentity } from './speakerIdentity';

/** Shows counts for the active article. */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('sourceCritic.status', vscode.StatusBarAlignment.Left, 50);

  constructor(private readonly store: AnalysisStore) {
    this.item.name = 'Source Critic';
  }

  /** The text currently shown (for tests). */
  get text(): string {
    return this.item.text;
  }

  /** Updates the item for the active editor. */
  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !isArticleDocument(doc)) return this.item.hide();
    const entry = this.store.entry(doc.uri);
    const analysis = this.store.currentAnalysis(doc);
    this.item.command = undefined;
    if (entry?.skipped) {
      this.item.text = `$(circle-slash) Source Critic: not analysed (${entry.skipped.reason === 'too-large' ? 'file too large' : entry.skipped.reason})`;
      this.item.tooltip = `${entry.skipped.message}`;
      if (entry.skipped.reason === 'too-large') this.item.command = { command: 'sourceCritic.analyzeAnyway', title: 'Analyse anyway', arguments: [doc.uri] };
    } else if (!analysis) {
      this.item.text = '$(loading~spin) Source Critic: analysing…';
      this.item.tooltip = 'Source Critic is reading this article.';
    } else {
      const speakers = new Set(analysis.quotes.map(speakerIdentity).filter(Boolean)).size;
      const named = new Set(analysis.entities.filter((e) => ['PERSON', 'ORG', 'PLACE'].includes(e.type)).map((e) => e.key)).size;
      const findings = this.store.summary(doc.uri)?.findings.length;
      const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
      const background = this.store.comparingInBackground(doc.uri);
      const leftOut = this.store.tooLargeToCompare(doc.uri);
      const compared = leftOut ? ' · too large to compare in the browser'
        : background ? ' · $(sync~spin) comparing in the background' : findings !== undefined ? ` · ${n(findings, 'finding')}` : '';
      this.item.text = `$(quote) ${n(analysis.quotes.length, 'quote')} · ${n(speakers, 'speaker')} · ${n(named, 'name')}${compared}`;
      this.item.tooltip = leftOut
        ? `Source Critic: ${TOO_LARGE_TO_COMPARE} Click to re-analyse.`
        : background
        ? `Source Critic: ${COMPARED_IN_BACKGROUND} Click to re-analyse.`
        : 'Source Critic: quotes, speakers and named entities in this article, and cross-source findings. Click to re-analyse.';
      this.item.command = 'sourceCritic.reanalyze';
    }
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
