/**
 * The analyzer of the web build. In a browser the extension host is itself a web worker, separate
 * from the workbench's UI thread, so the core runs right there: the editor never waits for it.
 * Each call yields to the event loop first, so that queued edits and events are handled in between.
 */
import { analyzeArticle } from '../core/analyzeArticle';
import { compareAnalysed } from '../core/analyzeSources';
import { isModelLoaded, modelLoadMillis } from '../core/nlp/engine';
import type { ArticleAnalysis, Comparison, SourceInput } from '../core/types';
import type { Analyzer } from './analyzer';

const yieldToEvents = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Runs the analysis core in the (web worker) extension host. */
export class InProcessAnalyzer implements Analyzer {
  async analyze(text: string): Promise<ArticleAnalysis> {
    await yieldToEvents();
    return analyzeArticle(text);
  }

  async compare(sources: SourceInput[]): Promise<Comparison> {
    await yieldToEvents();
    return compareAnalysed(sources).comparison;
  }

  async status(): Promise<{ modelLoaded: boolean; modelLoadMillis: number }> {
    return { modelLoaded: isModelLoaded(), modelLoadMillis: modelLoadMillis() };
  }

  dispose(): void {}
}
