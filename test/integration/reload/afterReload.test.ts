/**
 * The second half of the window reload test, in the extension host started by the reload: the
 * collation view comes back through its serializer, on the row and source the reader left, with the
 * same sources in its columns, and Enter opens the same passage as before.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { eventually, sourceCritic } from '../support';
import { typeIntoWebview } from '../webviewKeys';
import { readReloadRecord } from './reloadRecord';

const isType = (type: string) => (m: unknown): boolean => (m as { type?: string } | null)?.type === type;

describe('collation view, after a window reload', () => {
  it('comes back on the same row and source, with the same sources', async () => {
    const before = readReloadRecord();
    const api = await sourceCritic();
    const panel = await eventually('the collation panel restored by its serializer', () => api.collation(), api, 60_000);
    await eventually('the restored page shows the compared sources', () => panel.columns().length === before.columns.length, api, 60_000);
    // The new extension host analyses and compares the set again, and the page may be rendered anew
    // meanwhile; once all is done, render it once more (the webview keeps its restored state) and
    // read the place from that page, the one the keys will reach.
    await api.whenIdle();
    const from = panel.received.length;
    panel.render();
    const ready = await eventually('the restored page is ready', () => panel.received.slice(from).find(isType('ready')), api) as { row: number; source: number | null };
    assert.deepStrictEqual(panel.columns().map((c) => c.id), before.columns, 'other sources in the columns');
    assert.deepStrictEqual({ row: ready.row, source: ready.source }, { row: before.row, source: before.source }, 'the page came back on another place');
    // Enter on the passage the page has selected opens the one the reader left.
    const beforeKeys = panel.received.length;
    typeIntoWebview(`tr.row[tabindex="0"] td[data-source="${before.source}"] .passage`, ['Enter']);
    const reveal = await eventually('the page asked to reveal a passage', () => panel.received.slice(beforeKeys).find(isType('reveal')), api) as { source: number; start: number; end: number };
    assert.deepStrictEqual({ source: reveal.source, start: reveal.start, end: reveal.end }, before.passage);
    await eventually('the passage selected in its editor', () => {
      const e = vscode.window.activeTextEditor;
      return !!e && e.document.offsetAt(e.selection.start) === before.passage.start && e.document.offsetAt(e.selection.end) === before.passage.end;
    }, api);
  });
});
