/**
 * The analysis worker: runs the core off the extension host's main thread, so the editor never
 * waits for wink-nlp. It loads the model on its first analysis.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeArticle } from '../../core/analyzeArticle';
import { compareAnalysed } from '../../core/analyzeSources';
import { isModelLoaded, modelLoadMillis } from '../../core/nlp/engine';
import type { WorkerRequest, WorkerResponse } from './protocol';

/** Answers one request; errors become a message, never a dead worker. */
function handle(req: WorkerRequest): WorkerResponse {
  const started = performance.now();
  try {
    switch (req.type) {
      case 'analyze':
        return { id: req.id, ok: true, type: 'analyze', analysis: analyzeArticle(req.text), millis: performance.now() - started };
      case 'compare': {
        const set = compareAnalysed(req.sources);
        return { id: req.id, ok: true, type: 'compare', comparison: set.comparison, linked: set.sources, millis: performance.now() - started };
      }
      case 'status':
        return { id: req.id, ok: true, type: 'status', modelLoaded: isModelLoaded(), modelLoadMillis: modelLoadMillis() };
    }
  } catch (err) {
    return { id: req.id, ok: false, error: err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err) };
  }
}

parentPort?.on('message', (req: WorkerRequest) => parentPort?.postMessage(handle(req)));
