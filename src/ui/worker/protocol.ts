/** Messages between the extension host and the analysis worker. */
import type { ArticleAnalysis, Comparison, SourceInput } from '../../core/types';

/** A request to the worker; `id` pairs it with its response. */
export type WorkerRequest =
  | { id: number; type: 'analyze'; text: string }
  | { id: number; type: 'compare'; sources: SourceInput[] }
  | { id: number; type: 'status' };

/** The worker's answer to one request. */
export type WorkerResponse =
  | { id: number; ok: true; type: 'analyze'; analysis: ArticleAnalysis; millis: number }
  | { id: number; ok: true; type: 'compare'; comparison: Comparison; linked: SourceInput[]; millis: number }
  | { id: number; ok: true; type: 'status'; modelLoaded: boolean; modelLoadMillis: number }
  | { id: number; ok: false; error: string };
