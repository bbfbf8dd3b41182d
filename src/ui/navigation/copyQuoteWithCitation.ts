/** "Copy Quote with Citation": the quote under the cursor, cited, to the clipboard. */
import * as vscode from 'vscode';
import type { AnalysisStore } from '../analysisStore';
import { isArticleDocument } from '../sourceSet';
import { articleDate, formatQuoteCitation, quoteAt } from './quoteCitation';

/** The file name of a document: the last segment of its path (an untitled editor's title). */
const fileNameOf = (uri: vscode.Uri): string => uri.path.split('/').filter((p) => p).pop() ?? uri.toString();

/** Registers `sourceCritic.copyQuoteWithCitation`; it resolves with the text copied, or undefined. */
export function registerCopyQuoteWithCitation(store: AnalysisStore): vscode.Disposable {
  return vscode.commands.registerCommand('sourceCritic.copyQuoteWithCitation', async (): Promise<string | undefined> => {
    const editor = vscode.window.activeTextEditor;
    const analysis = editor && isArticleDocument(editor.document) ? store.currentAnalysis(editor.document) : undefined;
    const quote = editor && analysis && quoteAt(analysis, editor.document.offsetAt(editor.selection.active));
    if (!editor || !analysis || !quote) {
      void vscode.window.showInformationMessage('Source Critic: put the cursor in a quote of an analysed article.');
      return undefined;
    }
    const citation = formatQuoteCitation(quote, fileNameOf(editor.document.uri), articleDate(analysis));
    await vscode.env.clipboard.writeText(citation);
    vscode.window.setStatusBarMessage('Source Critic: quote copied with its citation', 3000);
    return citation;
  });
}
