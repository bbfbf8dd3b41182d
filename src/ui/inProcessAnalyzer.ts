/**
 * The analyzer of the web build. In a browser the extension host is itself a web worker, separate
 * from the workbench's UI thread, so the core runs right there: the editor never waits for it.
 * Each call yields to the event loop first, so that queued edits and events are handled in between.
 */
import { analyzeArticle } from '../core/analyzeArticle';
import { compareAnalysed, type AnalysedSet } from '../core/analyzeSources';
import { isModelLoaded, modelLoadMillis } from '../core/nlp/engine';
import type { ArticleAnalysis, SourceInput } from '../core/types';
import type { Analyzer } from './analyzer';

const yieldToEvents = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Runs the analysis core in the (web worker) extension host. */
export class InProcessAnalyzer implements Analyzer {
  /** Nothing to abandon a comparison with: sources over the large threshold are left out. */
  readonly comparesLargeSources = false;

  async analyze(text: string): Promise<ArticleAnalysis> {
    await yieldToEvents();
    return analyzeArticle(text);
  }

  async compare(sources: SourceInput[]): Promise<AnalysedSet> {
    await yieldToEvents();
    // The editor keeps its own copies: link copies, as the worker build does across threads.
    return compareAnalysed(structuredClone(sources));
  }

  async status(): Promise<{ modelLoaded: boolean; modelLoadMillis: number }> {
    return { modelLoaded: isModelLoaded(), modelLoadMillis: modelLoadMillis() };
  }

  /** Nothing to stop: each call runs to its end in the web extension host. */
  cancel(): void {}

  dispose(): void {}
}
