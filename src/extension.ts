/**
 * Source Critic's entry point: composes the editor layer and returns the API tests await.
 * (Being written; see src/ui.)
 */
import type * as vscode from 'vscode';

/** Activates the extension. */
export function activate(_context: vscode.ExtensionContext): object {
  return {};
}

/** Nothing to clean up beyond the context's subscriptions. */
export function deactivate(): void {}
