/**
 * The extension host's side of the analysis worker: sends texts to analyse and sets to compare,
 * and restarts the worker if it ever dies (pending requests fail with a clear error).
 */
import { Worker } from 'node:worker_threads';
import type { AnalysedSet } from '../../core/analyzeSources';
import type { ArticleAnalysis, SourceInput } from '../../core/types';
import { AnalysisCancelled, type Analyzer } from '../analyzer';
import type { WorkerRequest, WorkerResponse } from './protocol';

type Pending = { resolve: (r: WorkerResponse) => void; reject: (e: Error) => void };
type RequestBody = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

/** Analyses articles and compares sets in a worker thread. */
export class AnalysisClient implements Analyzer {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** The worker can be stopped mid-comparison: large sources are compared in the background. */
  readonly comparesLargeSources = true;

  /** @param workerPath absolute path of dist/analysisWorker.js */
  constructor(private readonly workerPath: string) {}

  /** Analyses one article's text. */
  async analyze(text: string): Promise<ArticleAnalysis> {
    const r = await this.request({ type: 'analyze', text });
    if (r.ok && r.type === 'analyze') return r.analysis;
    throw new Error(r.ok ? 'unexpected worker answer' : r.error);
  }

  /** Compares analysed sources (returned with entity keys linked across them). */
  async compare(sources: SourceInput[]): Promise<AnalysedSet> {
    const r = await this.request({ type: 'compare', sources });
    if (r.ok && r.type === 'compare') return { sources: r.linked, comparison: r.comparison };
    throw new Error(r.ok ? 'unexpected worker answer' : r.error);
  }

  /** Whether the worker has loaded the language model yet, and how long the load took. */
  async status(): Promise<{ modelLoaded: boolean; modelLoadMillis: number }> {
    const r = await this.request({ type: 'status' });
    if (r.ok && r.type === 'status') return { modelLoaded: r.modelLoaded, modelLoadMillis: r.modelLoadMillis };
    throw new Error(r.ok ? 'unexpected worker answer' : r.error);
  }

  /**
   * Ends the worker mid-analysis (the only way to stop wink inside it); pending requests reject
   * with AnalysisCancelled and the next request starts a new worker, which reloads the model.
   */
  cancel(): void {
    const worker = this.worker;
    this.worker = undefined;
    this.failAll(new AnalysisCancelled());
    void worker?.terminate();
  }

  /** Ends the worker thread. */
  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
    this.failAll(new Error('Source Critic: the analysis worker was stopped'));
  }

  private request(body: RequestBody): Promise<WorkerResponse> {
    const id = this.nextId++;
    return new Promise<WorkerResponse>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.ensureWorker().postMessage({ ...body, id } as WorkerRequest);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerPath);
    worker.on('message', (r: WorkerResponse) => {
      const p = this.pending.get(r.id);
      this.pending.delete(r.id);
      p?.resolve(r);
    });
    const die = (why: string) => {
      // A worker ended by cancel() was already replaced: its exit must not fail the new one's work.
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.failAll(new Error(`Source Critic: the analysis worker stopped (${why}); it restarts on the next analysis`));
    };
    worker.on('error', (e) => die(e.message));
    worker.on('exit', (code) => die(`exit code ${code}`));
    // The worker must not keep the extension host alive on shutdown.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private failAll(err: Error): void {
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }
}
