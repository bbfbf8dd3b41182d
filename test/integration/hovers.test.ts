/**
 * Hovers explain how a speaker was found, and show article text exactly as written: Markdown in
 * another source's quote never turns into strike-through, an entity reference, a link, emphasis, a
 * heading or a new line in the hover.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { eventually, sourceCritic } from './support';

/** The visible text of Markdown whose only markup is backslash escapes. */
const unescaped = (markdown: string) => markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');

describe('hovers', () => {
  it('says when a speaker is an organisation the article describes but never names', async () => {
    const api = await sourceCritic();
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Reservoir levels fall again\n\nLevels at the county\'s three reservoirs fell for a fourth week on Tuesday.\n\n“We are asking every household to cut its use by a fifth,” a spokeswoman for the regional water inspectorate said.\n' });
    await vscode.window.showTextDocument(doc, { preview: false });
    try {
      const analysis = await api.whenAnalyzed(doc);
      const quote = analysis.quotes.find((q) => q.kind === 'direct');
      assert.ok(quote?.speaker && /water inspectorate/.test(quote.speaker) && !quote.speakerKey, `the quote is not credited to the described inspectorate: ${JSON.stringify(quote)}`);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(quote.start + 3));
      const markdown = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n\n');
      assert.match(markdown, /said by \*\*[^*]*water inspectorate/, markdown);
      assert.match(markdown, /How the speaker was found: an organisation the article describes but never names/, markdown);
    } finally {
      await vscode.window.showTextDocument(doc, { preview: false });
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await api.whenIdle();
    }
  });

  it('shows markup-like characters of a quote in another source as they are written', async () => {
    const api = await sourceCritic();
    const quoted = 'Prices rose ~5% & wages ~2% [see the table](x), *not* a_b, #1 in\nthe region';
    const first = await vscode.workspace.openTextDocument({ language: 'plaintext', content: `Bakery chain raises prices\n\n“${quoted},” said analyst Jo Kim on Monday. The chain runs 40 shops in the county.\n` });
    const second = await vscode.workspace.openTextDocument({ language: 'plaintext', content: `Bread to cost more at county bakery chain\n\n“${quoted},” analyst Jo Kim told reporters on Monday.\n` });
    await vscode.window.showTextDocument(second, { preview: false, viewColumn: vscode.ViewColumn.Two });
    await vscode.window.showTextDocument(first, { preview: false, viewColumn: vscode.ViewColumn.One });
    try {
      const analysis = await api.whenAnalyzed(first);
      await api.whenAnalyzed(second);
      const quote = analysis.quotes.find((q) => q.kind === 'direct');
      assert.ok(quote, `no direct quote found in ${JSON.stringify(analysis.quotes)}`);
      const at = first.positionAt(quote.start + 3);
      const nameOf = (doc: vscode.TextDocument) => api.sources().find((s) => s.uri.toString() === doc.uri.toString())?.name;
      await eventually('the quote grouped across the two reports', () => api.comparison()?.groups.some((g) => [first, second].every((doc) => g.members.some((m) => m.source === nameOf(doc)))), api, 60_000);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', first.uri, at);
      const markdown = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n\n');
      assert.match(markdown, /Also quoted in/, markdown);
      assert.ok(markdown.includes('\\~5% \\& wages \\~2% \\[see the table\\](x), \\*not\\* a\\_b, \\#1 in the region'), `the quote is not escaped as written: ${markdown}`);
      const line = markdown.split('\n').find((l) => l.includes('Prices rose'));
      assert.ok(line && unescaped(line).includes(quoted.replace(/\s+/g, ' ')), `unescaped, the hover line does not read as the quote: ${line}`);
    } finally {
      for (const doc of [first, second]) {
        await vscode.window.showTextDocument(doc, { preview: false });
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
      await api.whenIdle();
    }
  });
});
