/**
 * Source Critic's entry point in the browser (vscode.dev, code-server's web worker extension host):
 * the same editor layer, with the analysis core bundled (model included) and run in the web
 * extension host, which is a web worker apart from the UI thread.
 */
import * as vscode from 'vscode';
import type { SourceCriticApi } from './ui/api';
import { EditorLayer } from './ui/editorLayer';
import { InProcessAnalyzer } from './ui/inProcessAnalyzer';

/** Activates the web build. */
export function activate(context: vscode.ExtensionContext): SourceCriticApi {
  const started = performance.now();
  const layer = new EditorLayer(context, new InProcessAnalyzer());
  context.subscriptions.push(layer);
  return layer.api(performance.now() - started);
}

/** Nothing beyond the context's subscriptions to clean up. */
export function deactivate(): void {}
