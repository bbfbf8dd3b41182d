/**
 * "Go to Same Quote in Other Sources": from the quote under the cursor to the places where the other
 * sources quote the same utterance (the comparison's quote groups), opened beside the article.
 */
import * as vscode from 'vscode';
import type { SourceRef } from '../../core/types';
import type { AnalysisStore } from '../analysisStore';
import { revealSpan } from '../revealSpan';
import { isArticleDocument } from '../sourceSet';
import { quoteAt } from './quoteCitation';

/** Where the command went. */
export interface SameQuoteTarget {
  uri: vscode.Uri;
  start: number;
  end: number;
}

/** Arguments for running the command without the quick pick: which source to go to. */
export interface GotoSameQuoteOptions {
  source?: string;
}

type Member = SourceRef & { speaker: string | null };

/** The members of the comparison's quote groups, in other sources, quoting the quote at `[start, end)`. */
function sameQuoteElsewhere(store: AnalysisStore, name: string, start: number, end: number): Member[] {
  const groups = store.comparison()?.groups ?? [];
  const mine = groups.filter((g) => g.members.some((m) => m.source === name && m.start < end && start < m.end));
  const seen = new Set<string>();
  return mine.flatMap((g) => g.members).filter((m) => {
    const key = `${m.source}:${m.start}`;
    if (m.source === name || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Registers `sourceCritic.gotoSameQuote`; it resolves with where it went, or undefined. */
export function registerGotoSameQuote(store: AnalysisStore): vscode.Disposable {
  return vscode.commands.registerCommand('sourceCritic.gotoSameQuote', async (options: GotoSameQuoteOptions = {}): Promise<SameQuoteTarget | undefined> => {
    const editor = vscode.window.activeTextEditor;
    const analysis = editor && isArticleDocument(editor.document) ? store.currentAnalysis(editor.document) : undefined;
    const entry = editor && store.entry(editor.document.uri);
    const quote = editor && analysis && quoteAt(analysis, editor.document.offsetAt(editor.selection.active));
    if (!editor || !entry || !quote) {
      void vscode.window.showInformationMessage('Source Critic: put the cursor in a quote of an analysed article.');
      return undefined;
    }
    const others = sameQuoteElsewhere(store, entry.name, quote.start, quote.end);
    if (!others.length) {
      void vscode.window.showInformationMessage('Source Critic: no other source in the set quotes this.');
      return undefined;
    }
    const chosen = options.source !== undefined
      ? others.find((m) => m.source === options.source)
      : others.length === 1
        ? others[0]
        : (await vscode.window.showQuickPick(others.map((m) => ({
          label: m.source, description: m.speaker ?? undefined, detail: `\u201c${m.text.replace(/\s+/g, ' ')}\u201d`, member: m,
        })), { title: 'Same Quote in Other Sources', placeHolder: 'Which source?', matchOnDetail: true }))?.member;
    const uri = chosen && store.byName(chosen.source)?.uri;
    if (!chosen || !uri) return undefined;
    await revealSpan(uri, chosen.start, chosen.end, true);
    return { uri, start: chosen.start, end: chosen.end };
  });
}
