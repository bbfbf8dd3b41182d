/**
 * Source Critic's entry point: composes the editor layer, registers it, and returns the small API
 * that tests await. The language model is not loaded here: the analysis worker loads it on the
 * first analysis.
 */
import * as vscode from 'vscode';
import type { SourceCriticApi } from './ui/api';
import { EditorLayer } from './ui/editorLayer';

/** Activates the extension (on plain-text or Markdown documents, or its views and commands). */
export function activate(context: vscode.ExtensionContext): SourceCriticApi {
  const started = performance.now();
  const layer = new EditorLayer(context);
  context.subscriptions.push(layer);
  return layer.api(performance.now() - started);
}

/** Nothing beyond the context's subscriptions to clean up. */
export function deactivate(): void {}
