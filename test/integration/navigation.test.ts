/**
 * Moving between sources by quote in a real VS Code: from a quote to the same utterance in the other
 * report, and a quote copied to the clipboard with its citation.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { SameQuoteTarget } from '../../src/ui/navigation/gotoSameQuote';
import { eventually, openArticle, sourceCritic, workspaceFolder } from './support';

const RT = '000_dd448b168f52a1ce.txt';
const TASS = '001_329362c8f0014bf2.txt';

describe('navigation between quotes', () => {
  it('goes from a quote to the same quote in the other report, beside', async () => {
    const { api } = await openArticle(TASS, vscode.ViewColumn.Two);
    const { doc, editor } = await openArticle(RT, vscode.ViewColumn.One);
    const group = await eventually('a quote group across the two reports', () => api.comparison()?.groups.find((g) =>
      g.members.some((m) => m.source.includes('000_')) && g.members.some((m) => m.source.includes('001_'))), api, 60_000);
    const here = group.members.find((m) => m.source.includes('000_'));
    assert.ok(here);
    const others = api.comparison()?.groups.filter((g) => g.members.some((m) => m.source === here.source && m.start < here.end && here.start < m.end))
      .flatMap((g) => g.members).filter((m) => m.source !== here.source) ?? [];
    const there = others[0];
    editor.selection = new vscode.Selection(doc.positionAt(here.start + 3), doc.positionAt(here.start + 3));
    const went = await vscode.commands.executeCommand<SameQuoteTarget | undefined>('sourceCritic.gotoSameQuote', others.length > 1 ? { source: there.source } : undefined);
    assert.ok(went, 'the command went nowhere');
    const active = vscode.window.activeTextEditor;
    assert.ok(active && active.document.uri.toString() === went.uri.toString(), 'the other report is not the active editor');
    assert.ok(active.document.uri.path.endsWith(there.source.split('/').pop() ?? ''), `went to ${active.document.uri.path}, expected ${there.source}`);
    assert.notStrictEqual(active.viewColumn, vscode.ViewColumn.One, 'the other report should open beside');
    assert.deepStrictEqual([active.document.offsetAt(active.selection.start), active.document.offsetAt(active.selection.end)], [there.start, there.end]);
    assert.strictEqual(active.document.getText(active.selection), there.text);
  });

  it('says so, and goes nowhere, when the cursor is not in a quote', async () => {
    const { editor } = await openArticle(RT);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    assert.strictEqual(await vscode.commands.executeCommand('sourceCritic.gotoSameQuote'), undefined);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString());
  });

  it('copies a quote with its speaker, file name and the article\'s date', async () => {
    const { doc, editor, api } = await openArticle(TASS);
    const analysis = api.analysisFor(doc);
    const quote = analysis?.quotes.find((q) => q.kind === 'direct' && q.speaker && q.text.includes('risk and the danger'));
    assert.ok(quote, 'the escalation quote and its speaker');
    editor.selection = new vscode.Selection(doc.positionAt(quote.start + 5), doc.positionAt(quote.start + 5));
    await vscode.env.clipboard.writeText('');
    const copied = await vscode.commands.executeCommand<string>('sourceCritic.copyQuoteWithCitation');
    const clipboard = await vscode.env.clipboard.readText();
    assert.strictEqual(clipboard, copied);
    const words = quote.text.replace(/\s+/g, ' ').trim();
    // The report gives no date of its own ("Monday", and "October 7" is the date of an attack it reports).
    assert.strictEqual(clipboard, `\u201c${words}\u201d \u2014 ${quote.speaker}, ${TASS}`);
  });

  it('cites the date a report gives in its byline', async () => {
    const api = await sourceCritic();
    const uri = vscode.Uri.joinPath(workspaceFolder(), 'dated', 'bridge-report.txt');
    fs.mkdirSync(vscode.Uri.joinPath(uri, '..').fsPath, { recursive: true });
    fs.writeFileSync(uri.fsPath, [
      'Town votes to rebuild washed-out bridge', '',
      'By Ana Ruiz | Riverton | 12 March 2026', '',
      'The town council voted on Tuesday to rebuild the old stone bridge that floodwater carried away in January, at a cost of 4 million euros.', '',
      '"We will have a bridge again before the harvest," Mayor Carla Ortiz said after the vote.', '',
    ].join('\n'));
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(doc, { preview: false });
      const analysis = await api.whenAnalyzed(doc);
      const quote = analysis.quotes.find((q) => q.text.startsWith('We will have a bridge'));
      assert.ok(quote, 'the mayor\'s quote');
      editor.selection = new vscode.Selection(doc.positionAt(quote.open.start), doc.positionAt(quote.open.start));
      const copied = await vscode.commands.executeCommand<string>('sourceCritic.copyQuoteWithCitation');
      assert.strictEqual(await vscode.env.clipboard.readText(), copied);
      assert.strictEqual(copied, `\u201cWe will have a bridge again before the harvest,\u201d \u2014 ${quote.speaker ?? 'unattributed'}, bridge-report.txt, 12 March 2026`);
      assert.match(copied, /Carla Ortiz/);
    } finally {
      await vscode.commands.executeCommand('sourceCritic.removeSource', uri);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
  });
});
