/**
 * Source Critic's entry point (desktop and code-server): composes the editor layer with the
 * analysis worker thread, registers it, and returns the small API that tests await. The language
 * model is not loaded here: the worker loads it on the first analysis.
 */
import * as vscode from 'vscode';
import type { SourceCriticApi } from './ui/api';
import { EditorLayer } from './ui/editorLayer';
import { AnalysisClient } from './ui/worker/analysisClient';

/** Activates the extension (on plain-text or Markdown documents, or its views and commands). */
export function activate(context: vscode.ExtensionContext): SourceCriticApi {
  const started = performance.now();
  const worker = new AnalysisClient(vscode.Uri.joinPath(context.extensionUri, 'dist', 'analysisWorker.js').fsPath);
  const layer = new EditorLayer(context, worker);
  context.subscriptions.push(layer);
  return layer.api(performance.now() - started);
}

/** Nothing beyond the context's subscriptions to clean up. */
export function deactivate(): void {}
