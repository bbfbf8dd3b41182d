/**
 * The set of sources in a real editor: the sample folder is compared, the article about another
 * event is recognised, findings reach the Problems panel with related information and quick fixes.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { eventually, openArticle, sourceCritic, workspaceFolder } from './support';

describe('comparing the sources of a folder', () => {
  it('takes the folder\'s articles into the set and marks the other event', async () => {
    const { api } = await openArticle('000_dd448b168f52a1ce.txt');
    const sources = await eventually('three analysed sources, compared', () => {
      const s = api.sources();
      return s.length >= 3 && s.every((x) => x.analysed) && api.comparison() ? s : undefined;
    }, api, 60_000);
    const other = sources.find((s) => s.name.includes('003_'));
    const same = sources.filter((s) => !s.name.includes('003_'));
    assert.strictEqual(other?.sameEvent, false, 'the Pyongyang article should be probably not the same event');
    assert.ok(same.every((s) => s.sameEvent === true), 'the two Tehran reports are the same event');
  });

  it('lists the set by address, not in the order the editors were opened', async () => {
    // After a window reload the editors come back in any order; the set (the Sources view, the
    // collation's columns) must keep its order. Three articles of a folder of their own are
    // opened last one first.
    const api = await sourceCritic();
    const folder = vscode.Uri.joinPath(workspaceFolder(), 'opened-out-of-order');
    fs.mkdirSync(folder.fsPath, { recursive: true });
    const names = ['a-first.txt', 'b-second.txt', 'c-third.txt'];
    const uris = names.map((n) => vscode.Uri.joinPath(folder, n));
    uris.forEach((uri, i) => fs.writeFileSync(uri.fsPath, `Report ${i + 1}\n\nThe mayor said on Monday that “the bridge will reopen in May,” according to the council.\n`));
    try {
      for (const uri of [...uris].reverse()) {
        const doc = await vscode.workspace.openTextDocument(uri);
        await vscode.window.showTextDocument(doc, { preview: false });
        await api.whenAnalyzed(doc);
      }
      const ours = await eventually('the three articles in the set', () => {
        const listed = api.sources().map((s) => s.uri.toString()).filter((u) => uris.some((x) => x.toString() === u));
        return listed.length === 3 ? listed : undefined;
      }, api);
      assert.deepStrictEqual(ours, uris.map((u) => u.toString()), 'the set is not in the order of the files\' addresses');
    } finally {
      for (const uri of uris) {
        const tab = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString());
        if (tab) await vscode.window.tabGroups.close(tab);
      }
      fs.rmSync(folder.fsPath, { recursive: true, force: true });
      await vscode.commands.executeCommand('sourceCritic.reanalyze');
      await api.whenIdle();
    }
  });

  it('lets a closed article\'s folder leave the set with it, even when no other article becomes active', async () => {
    // The folder of the article last active stays in the set while the focus is elsewhere; once
    // that article closes, neither it (read back from disk) nor its folder may linger in the set.
    const api = await sourceCritic();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const folder = vscode.Uri.joinPath(workspaceFolder(), 'closed-with-its-folder');
    fs.mkdirSync(folder.fsPath, { recursive: true });
    const [opened, sibling] = ['opened.txt', 'sibling.txt'].map((n) => vscode.Uri.joinPath(folder, n));
    for (const uri of [opened, sibling]) fs.writeFileSync(uri.fsPath, 'Harbour report\n\nThe harbour master said on Friday that “the pier will stay shut until June,” the port authority confirmed.\n');
    const inSet = (uri: vscode.Uri) => api.sources().some((s) => s.uri.toString() === uri.toString());
    try {
      const doc = await vscode.workspace.openTextDocument(opened);
      await vscode.window.showTextDocument(doc, { preview: false });
      await eventually('the article and its folder\'s other file in the set', () => inSet(opened) && inSet(sibling), api);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await eventually('the set without the closed article and its folder', () => !inSet(opened) && !inSet(sibling), api);
      await api.whenIdle();
      assert.ok(!inSet(opened) && !inSet(sibling), 'the closed article or its folder came back into the set');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      fs.rmSync(folder.fsPath, { recursive: true, force: true });
      await vscode.commands.executeCommand('sourceCritic.reanalyze');
      await api.whenIdle();
    }
  });

  it('puts findings in the Problems panel with the other sources as related information', async () => {
    const { doc, api } = await openArticle('000_dd448b168f52a1ce.txt');
    const diags = await eventually('Source Critic diagnostics on 000', () => {
      const d = vscode.languages.getDiagnostics(doc.uri).filter((x) => x.source === 'Source Critic');
      return d.length ? d : undefined;
    }, api, 60_000);
    const unique = diags.find((d) => d.code === 'unique' && doc.getText(d.range).includes('symbol of the shared commitment'));
    assert.ok(unique, `the editorial sentence only 000 has is not flagged unique: ${diags.map((d) => `${d.code}: ${doc.getText(d.range).slice(0, 60)}`).join(' | ')}`);
    assert.ok([vscode.DiagnosticSeverity.Information, vscode.DiagnosticSeverity.Hint].includes(unique.severity));
    const withRelated = diags.find((d) => d.code === 'variant' && (d.relatedInformation?.length ?? 0) > 0);
    if (withRelated) assert.ok(withRelated.relatedInformation?.every((r) => r.location.uri.toString() !== doc.uri.toString()));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, unique.range);
    assert.ok(actions.some((a) => a.title === 'Dismiss this finding'), 'no dismiss quick fix');
  });

  it('marks the other event with one diagnostic at its top and flags none of its content', async () => {
    const { doc, api } = await openArticle('003_7f66165cc7c1e9fd.txt');
    const diags = await eventually('diagnostics on 003', () => {
      const d = vscode.languages.getDiagnostics(doc.uri).filter((x) => x.source === 'Source Critic');
      return d.length ? d : undefined;
    }, api, 60_000);
    assert.deepStrictEqual(diags.map((d) => d.code), ['other-event']);
    assert.strictEqual(diags[0].range.start.line, 0);
  });

  it('dismisses a finding through its quick fix and keeps it dismissed', async () => {
    const { doc, api } = await openArticle('000_dd448b168f52a1ce.txt');
    const before = await eventually('a unique finding', () => vscode.languages.getDiagnostics(doc.uri).find((x) => x.source === 'Source Critic' && x.code === 'unique'), api, 60_000);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, before.range);
    const dismiss = actions.find((a) => a.title === 'Dismiss this finding');
    assert.ok(dismiss?.command);
    await vscode.commands.executeCommand(dismiss.command.command, ...(dismiss.command.arguments ?? []));
    await eventually('the finding is gone', () => !vscode.languages.getDiagnostics(doc.uri).some((x) => x.range.isEqual(before.range) && x.code === 'unique'), api);
    await vscode.commands.executeCommand('sourceCritic.restoreDismissed');
    await eventually('the finding is back', () => vscode.languages.getDiagnostics(doc.uri).some((x) => x.range.isEqual(before.range) && x.code === 'unique'), api);
  });

  it('moves between findings with next/previous', async () => {
    const { editor, api } = await openArticle('000_dd448b168f52a1ce.txt');
    await eventually('findings', () => (api.comparison()?.sources.find((s) => s.id.includes('000_'))?.findings.length ?? 0) > 1, api, 60_000);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const a = await vscode.commands.executeCommand<{ start: number }>('sourceCritic.nextFinding');
    const b = await vscode.commands.executeCommand<{ start: number }>('sourceCritic.nextFinding');
    assert.ok(a && b && b.start > a.start, 'next finding did not move forward');
    const back = await vscode.commands.executeCommand<{ start: number }>('sourceCritic.previousFinding');
    assert.strictEqual(back?.start, a.start);
  });
});
