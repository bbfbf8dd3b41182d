/** The small API `activate` returns: what integration tests (and other extensions) await. */
import type * as vscode from 'vscode';
import type { ArticleAnalysis, Comparison } from '../core/types';
import type { AnalyzedEvent } from './analysisStore';
import type { ClaimNode } from './claimsView';
import type { CollationPanel } from './collation/collationPanel';
import type { DecorationKind } from './decorations';
import type { EntityNode } from './entitiesView';

/** Source Critic's public API. */
export interface SourceCriticApi {
  /** Milliseconds `activate` took. */
  readonly activationMillis: number;
  /** Fires after a document's analysis lands and its editors are painted. */
  readonly onDidAnalyze: vscode.Event<AnalyzedEvent>;
  /** Fires after the set of sources was compared and everything was updated. */
  readonly onDidCompare: vscode.Event<Comparison | undefined>;
  /** Resolves with the analysis of the document's current version (waits for it if needed). */
  whenAnalyzed(doc: vscode.TextDocument): Promise<ArticleAnalysis>;
  /** Resolves once nothing is pending: every source analysed, the set compared, views updated. */
  whenIdle(): Promise<void>;
  /** The analysis of a document's current version, if there is one. */
  analysisFor(doc: vscode.TextDocument): ArticleAnalysis | undefined;
  /** The latest comparison of the set of sources. */
  comparison(): Comparison | undefined;
  /**
   * The ranges last painted into the visible editor of a document, by layer (in an article with
   * more than 20,000 marks, those of the lines around the visible ones).
   */
  decorationsFor(uri: vscode.Uri): Partial<Record<DecorationKind, vscode.Range[]>>;
  /** The speaker labels painted after quotes. */
  speakerLabelsFor(uri: vscode.Uri): Array<{ range: vscode.Range; text: string }>;
  /** The Claims view's top level (speakers) and the Entities view's groups. */
  claimsTree(): ClaimNode[];
  entitiesTree(): EntityNode[];
  /**
   * The names of the sources in the set, with why a source was skipped if it was, and whether a
   * large source is still being compared in the background (the shown comparison leaves it out) or
   * is too large to compare at all in the browser.
   */
  sources(): Array<{ uri: vscode.Uri; name: string; analysed: boolean; skipped?: string; sameEvent?: boolean; comparingInBackground: boolean; tooLargeToCompare: boolean }>;
  /** The status bar's text. */
  statusText(): string;
  /** The collation panel that is open (opened by its command or restored after a window reload), if any. */
  collation(): CollationPanel | undefined;
  /** Whether the analysis worker has loaded the language model (it loads on first analysis). */
  modelStatus(): Promise<{ modelLoaded: boolean; modelLoadMillis: number }>;
}
