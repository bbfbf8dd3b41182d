/**
 * Where the analysis runs, seen from the editor layer: in a Node worker thread on desktop and
 * code-server, or in the browser's extension host (itself a web worker) for the web build.
 */
import type { AnalysedSet } from '../core/analyzeSources';
import type { ArticleAnalysis, SourceInput } from '../core/types';

/** Analyses articles and compares sets, off the editor's UI thread. */
export interface Analyzer {
  /** Analyses one article's text. */
  analyze(text: string): Promise<ArticleAnalysis>;
  /**
   * Compares analysed sources; also returns them with entity keys and speakers linked across the
   * set (the editor shows those, so that Sergey and Sergei Lavrov are one person everywhere).
   */
  compare(sources: SourceInput[]): Promise<AnalysedSet>;
  /**
   * Whether a comparison runs apart from the extension host and can be abandoned (a worker thread):
   * only then are sources over the large threshold compared, in the background. In the browser the
   * comparison runs in the extension host itself, which a multi-MB source would block for minutes.
   */
  readonly comparesLargeSources: boolean;
  /** Whether the language model has been loaded yet, and how long that took. */
  status(): Promise<{ modelLoaded: boolean; modelLoadMillis: number }>;
  /**
   * Abandons the work under way (its promises reject with {@link AnalysisCancelled}); the next
   * request starts afresh. Used when a long analysis is overtaken by an edit or a closed editor.
   */
  cancel(): void;
  /** Stops whatever runs the analysis. */
  dispose(): void;
}

/** The error of a request abandoned by {@link Analyzer.cancel}: not a failure, just overtaken. */
export class AnalysisCancelled extends Error {
  constructor() {
    super('Source Critic: analysis cancelled (the article changed or was closed)');
  }
}
