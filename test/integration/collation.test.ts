/**
 * The collation view in a real VS Code: the compared sources in columns, a click on a passage
 * reveals it in its editor, the keys move between rows and sources and open a passage, the page
 * comes back on the row it was on when shown again, narrow editor groups keep readable columns,
 * and article text can never run as code in the page.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { CollationPanel } from '../../src/ui/collation/collationPanel';
import { takeScreenshot } from './screenshot';
import { eventually, openArticle, sourceCritic, workspaceFolder } from './support';
import { canTypeIntoWebviews, typeIntoWebview } from './webviewKeys';

const isType = (type: string) => (m: unknown): boolean => (m as { type?: string } | null)?.type === type;

/** Resolves with the first message of the page, received after `from`, that satisfies `test`. */
function nextMessage(panel: CollationPanel, from: number, test: (m: unknown) => boolean, timeoutMs = 30_000): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const found = panel.received.slice(from).find(test);
      if (found === undefined) return false;
      sub.dispose();
      clearTimeout(timer);
      resolve(found);
      return true;
    };
    const sub = panel.onDidReceiveMessage(check);
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`no such message from the page within ${timeoutMs} ms: ${JSON.stringify(panel.received)}`)); }, timeoutMs);
    check();
  });
}

/** Opens (or re-renders) the collation panel and waits until its page says it is ready. */
async function openCollation(): Promise<CollationPanel> {
  const existing = await vscode.commands.executeCommand<CollationPanel>('sourceCritic.openCollation');
  const from = existing.received.length;
  existing.render();
  await nextMessage(existing, from, isType('ready'));
  return existing;
}

/** A passage as the page carries it: its source's column and its offsets. */
interface PagePassage { source: number; start: number; end: number }

/** The passages of each row of the rendered page, in the order the page has them. */
function rowsOf(html: string): PagePassage[][] {
  return html.split('<tr class="row').slice(1).map((row) => row.split('</tr>')[0].split('<td').slice(1).flatMap((cell) => {
    const source = Number(/data-source="(\d+)"/.exec(cell)?.[1]);
    return [...cell.matchAll(/class="passage" tabindex="-1" data-start="(\d+)" data-end="(\d+)"/g)].map((m) => ({ source, start: Number(m[1]), end: Number(m[2]) }));
  }));
}

/** Types keys into the page, starting from its selected row, and resolves with the passage the page then asked to reveal. */
async function revealByKeys(panel: CollationPanel, keys: string[]): Promise<PagePassage> {
  const from = panel.received.length;
  typeIntoWebview('tr.row[tabindex="0"]', keys);
  const m = await nextMessage(panel, from, isType('reveal')) as PagePassage & { type: string };
  return { source: m.source, start: m.start, end: m.end };
}

describe('collation view', () => {
  after(async () => {
    const panel = await vscode.commands.executeCommand<CollationPanel>('sourceCritic.openCollation');
    panel.dispose();
  });

  it('puts the compared sources in columns and reveals a clicked passage in its editor', async () => {
    await openArticle('000_dd448b168f52a1ce.txt');
    const { doc, api } = await openArticle('001_329362c8f0014bf2.txt', vscode.ViewColumn.Two);
    await eventually('both reports compared', () => (api.comparison()?.sources.filter((s) => /00[01]_/.test(s.id)).length ?? 0) === 2, api, 60_000);
    await api.whenIdle();
    const panel = await openCollation();
    const ready = panel.received.filter(isType('ready')).pop() as { rows: number };
    assert.ok(ready.rows > 10, `the page shows ${ready.rows} rows`);
    const columns = panel.columns().map((c) => c.id);
    const column = columns.findIndex((id) => id.includes('001_'));
    assert.ok(column >= 0 && columns.some((id) => id.includes('000_')), `columns: ${columns.join(', ')}`);
    assert.match(panel.html, /<th scope="col" data-source="\d+"><div class="source-name">001_329362c8f0014bf2\.txt<\/div>/);
    // The view as a reader would look at it: the collation's editor group given the whole window.
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
    await vscode.commands.executeCommand('workbench.action.maximizeEditorHideSidebar');
    await takeScreenshot('collation-view');
    await vscode.commands.executeCommand('workbench.action.evenEditorWidths');
    await vscode.commands.executeCommand('workbench.view.extension.sourceCritic');

    const finding = panel.columns()[column].findings.find((f) => f.kind === 'unique');
    assert.ok(finding, 'the TASS report has a unique finding');
    assert.match(panel.html, /<span class="[^"]*\bunique\b/, 'unique passages are highlighted');
    const sentence = panel.columns()[column].analysis.sentences.find((s) => s.start <= finding.start && finding.start < s.end);
    assert.ok(sentence);
    assert.ok(panel.html.includes(`data-start="${sentence.start}" data-end="${sentence.end}"`), 'the passage carries its offsets');
    await vscode.commands.executeCommand('workbench.action.focusFirstEditorGroup');
    const editor = await panel.handleMessage({ type: 'reveal', source: column, start: sentence.start, end: sentence.end });
    assert.ok(editor, 'the click opened no editor');
    assert.strictEqual(editor.document.uri.toString(), doc.uri.toString());
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), doc.uri.toString());
    assert.deepStrictEqual([doc.offsetAt(editor.selection.start), doc.offsetAt(editor.selection.end)], [sentence.start, sentence.end]);
    assert.strictEqual(await panel.handleMessage({ type: 'reveal', source: 99, start: 0, end: 1 }), undefined, 'a message naming no column is ignored');
  });

  it('moves between rows and sources with the keyboard, and opens the passage with Enter or Space', async function () {
    if (!canTypeIntoWebviews()) this.skip();
    const api = await sourceCritic();
    const panel = await openCollation();
    const rows = rowsOf(panel.html);
    // A row where two sources face each other, followed by a row that starts in the other source but
    // also has a passage of the second: moving down from the second must stay in its column.
    const shared = rows.findIndex((r, i) => i > 0 && r.length >= 2 && r[0].source !== r[1].source
      && rows[i + 1]?.some((p) => p.source === r[1].source) && rows[i + 1][0].source !== r[1].source);
    assert.ok(rows.length > 5 && shared > 0, `no pair of rows to walk through: ${JSON.stringify(rows.slice(0, 12))}`);
    // Down and j go down a row, k up; Enter opens the row's first passage in its editor.
    const opened = await revealByKeys(panel, ['Home', 'ArrowDown', 'ArrowDown', 'j', 'k', 'Enter']);
    assert.deepStrictEqual(opened, rows[2][0]);
    const uri = api.sources().find((s) => s.name === panel.columns()[opened.source].id)?.uri.toString();
    await eventually('the passage selected in its editor', () => {
      const e = vscode.window.activeTextEditor;
      return !!e && e.document.uri.toString() === uri && e.document.offsetAt(e.selection.start) === opened.start && e.document.offsetAt(e.selection.end) === opened.end;
    }, api);
    // End goes to the last row.
    assert.deepStrictEqual(await revealByKeys(panel, ['End', 'Enter']), rows[rows.length - 1][0]);
    // Right (or l) moves to the next source's passage in the row; Down then stays in that source's column.
    const right = await revealByKeys(panel, ['Home', ...Array<string>(shared).fill('ArrowDown'), 'ArrowRight', 'l', 'Enter']);
    assert.deepStrictEqual(right, rows[shared][1]);
    const below = rows[shared + 1].find((p) => p.source === rows[shared][1].source);
    assert.deepStrictEqual(await revealByKeys(panel, ['Home', ...Array<string>(shared).fill('ArrowDown'), 'l', 'l', 'ArrowDown', ' ']), below);
    // Left (or h) goes back.
    assert.deepStrictEqual(await revealByKeys(panel, ['Home', ...Array<string>(shared).fill('j'), 'l', 'l', 'h', 'Enter']), rows[shared][0]);
  });

  it('comes back on the row it was on when hidden and shown again', async function () {
    if (!canTypeIntoWebviews()) this.skip();
    const panel = await openCollation();
    const rows = rowsOf(panel.html);
    const row = Math.min(4, rows.length - 1);
    assert.deepStrictEqual(await revealByKeys(panel, ['Home', ...Array<string>(row).fill('ArrowDown'), 'Enter']), rows[row][0]);
    // Another editor takes the panel's place in its group: the page is discarded, then shown again.
    const { doc } = await openArticle('003_7f66165cc7c1e9fd.txt', panel.panel.viewColumn);
    assert.strictEqual(panel.panel.visible, false, 'the collation is still visible');
    const from = panel.received.length;
    panel.panel.reveal(panel.panel.viewColumn, false);
    const ready = await nextMessage(panel, from, isType('ready')) as { row: number };
    assert.strictEqual(ready.row, row, 'the page came back on another row');
    assert.deepStrictEqual(await revealByKeys(panel, ['Enter']), rows[row][0]);
    await vscode.window.showTextDocument(doc, { viewColumn: panel.panel.viewColumn, preview: false });
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('keeps every source column readable in a narrow editor group, scrolling sideways', async () => {
    const panel = await openCollation();
    const groups = vscode.window.tabGroups.all.length;
    const at = Math.max(0, (panel.panel.viewColumn ?? 1) - 1);
    // The collation's group gets a sixth of the editor area, the others share the rest.
    const sizes = Array.from({ length: groups }, (_, i) => (i === at ? 1 / 6 : (5 / 6) / Math.max(1, groups - 1)));
    await vscode.commands.executeCommand('vscode.setEditorLayout', { orientation: 0, groups: sizes.map((size) => ({ size })) });
    try {
      const from = panel.received.length;
      panel.render();
      const ready = await nextMessage(panel, from, isType('ready')) as { columnWidth: number; width: number };
      await takeScreenshot('collation-narrow');
      assert.ok(ready.width < 2 * 180, `the editor group is not narrow: ${ready.width} px`);
      assert.ok(ready.columnWidth >= 180, `a source column is ${ready.columnWidth} px wide in a ${ready.width} px group`);
    } finally {
      await vscode.commands.executeCommand('workbench.action.evenEditorWidths');
    }
  });

  it('shows markup in articles as text: no script of an article runs, the page has a strict policy', async () => {
    const api = await sourceCritic();
    const folder = vscode.Uri.joinPath(workspaceFolder(), 'collation-markup');
    fs.mkdirSync(folder.fsPath, { recursive: true });
    const payload = '<script>acquireVsCodeApi().postMessage({type:"pwned"})</script>';
    const image = '<img src=x onerror="acquireVsCodeApi().postMessage({type:\'pwned\'})">';
    const article = (outlet: string, extra: string) => [
      `Dam holds after record rain ${payload}`, '',
      `RIVERTON (${outlet}) - The town's dam held on Sunday after the heaviest rain in forty years, engineers said. ${image}`, '',
      `"The structure behaved exactly as designed ${payload}," said chief engineer Maria Lopez.`, '',
      extra,
    ].join('\n');
    const files = {
      'wire-a.txt': article('Wire A', 'About 300 residents were moved to a school overnight.'),
      'wire-b.txt': article('Wire B', 'The mayor thanked volunteers who filled sandbags through the night.'),
    };
    const uris = Object.keys(files).map((name) => vscode.Uri.joinPath(folder, name));
    Object.values(files).forEach((text, i) => fs.writeFileSync(uris[i].fsPath, text));
    try {
      for (const uri of uris) await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false, viewColumn: vscode.ViewColumn.One });
      await eventually('the two wires compared', () => (api.comparison()?.sources.filter((s) => s.id.includes('collation-markup')).length ?? 0) === 2, api, 60_000);
      await api.whenIdle();
      const panel = await openCollation();
      assert.ok(panel.html.includes('&lt;script&gt;acquireVsCodeApi().postMessage'), 'the script tag of the article is escaped');
      assert.ok(panel.html.includes('&lt;img src=x onerror='), 'the img tag of the article is escaped');
      assert.strictEqual((panel.html.match(/<script\b/g) ?? []).length, 1, 'the page has one script: its own');
      assert.match(panel.html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'none'; style-src [^;"]+; script-src 'nonce-([0-9a-f]{32})'[^"]*">/);
      const nonce = /script-src 'nonce-([0-9a-f]{32})'/.exec(panel.html)?.[1];
      assert.ok(panel.html.includes(`<script nonce="${nonce}" src="`), 'the page script carries the nonce');
      assert.ok(!panel.received.some(isType('pwned')), `an article's script ran in the page: ${JSON.stringify(panel.received)}`);
    } finally {
      for (const uri of uris) await vscode.commands.executeCommand('sourceCritic.removeSource', uri);
      await vscode.commands.executeCommand('workbench.action.closeEditorsInGroup');
      fs.rmSync(folder.fsPath, { recursive: true, force: true });
      // Leave the set as the next suites expect it: the sample folder, analysed and compared.
      await openArticle('000_dd448b168f52a1ce.txt');
      await eventually('the sample folder alone, analysed and compared again', () => {
        const names = api.sources().map((s) => s.name);
        const compared = new Set(api.comparison()?.sources.map((s) => s.id));
        return !names.some((n) => n.includes('collation-markup')) && names.filter((n) => /^00[013]_/.test(n)).length === 3
          && api.sources().every((s) => s.analysed && compared.has(s.name));
      }, api, 60_000);
      await api.whenIdle();
    }
  });
});
