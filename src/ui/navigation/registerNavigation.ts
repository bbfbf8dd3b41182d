/** The navigation commands between quotes and sources (next/previous finding live with the other commands). */
import type * as vscode from 'vscode';
import type { AnalysisStore } from '../analysisStore';
import { registerCopyQuoteWithCitation } from './copyQuoteWithCitation';
import { registerGotoSameQuote } from './gotoSameQuote';

/** Registers "Go to Same Quote in Other Sources" and "Copy Quote with Citation". */
export function registerNavigation(store: AnalysisStore): vscode.Disposable[] {
  return [registerGotoSameQuote(store), registerCopyQuoteWithCitation(store)];
}
