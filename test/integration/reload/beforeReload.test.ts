/**
 * The first half of the window reload test: the reader opens the collation view, moves to a row and
 * to the second source's passage in it with the keyboard, and the test records that place. The
 * runner then reloads the page (what "Developer: Reload Window" does in code-server) and runs
 * afterReload.test.ts in the new extension host.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CollationPanel } from '../../../src/ui/collation/collationPanel';
import { eventually, openArticle } from '../support';
import { typeIntoWebview } from '../webviewKeys';
import { reloadRecordFile, writeReloadRecord } from './reloadRecord';

const isType = (type: string) => (m: unknown): boolean => (m as { type?: string } | null)?.type === type;

describe('collation view, before a window reload', () => {
  it('records the row and source the reader moved to', async () => {
    assert.ok(reloadRecordFile(), 'the runner does not reload the window (no SOURCE_CRITIC_RELOAD_RECORD)');
    await openArticle('000_dd448b168f52a1ce.txt');
    const { api } = await openArticle('001_329362c8f0014bf2.txt', vscode.ViewColumn.Two);
    await eventually('both reports compared', () => (api.comparison()?.sources.filter((s) => /00[01]_/.test(s.id)).length ?? 0) === 2, api, 60_000);
    await api.whenIdle();
    const panel = await vscode.commands.executeCommand<CollationPanel>('sourceCritic.openCollation');
    await eventually('the page is ready', () => panel.received.some(isType('ready')), api);
    // The rows of the page, each as the source column of each of its passages, in page order.
    const rows = panel.html.split('<tr class="row').slice(1).map((row) => row.split('</tr>')[0].split('<td').slice(1)
      .flatMap((cell) => Array<number>(cell.split('class="passage"').length - 1).fill(Number(/data-source="(\d+)"/.exec(cell)?.[1]))));
    const row = rows.findIndex((sources, i) => i >= 2 && sources.length >= 2 && sources[0] !== sources[1]);
    assert.ok(row > 0, `no row where two sources face each other: ${JSON.stringify(rows.slice(0, 12))}`);
    const source = rows[row][1];
    const from = panel.received.length;
    // From the row, the first l focuses its first passage, the second l the next source's.
    typeIntoWebview('tr.row[tabindex="0"]', ['Home', ...Array<string>(row).fill('ArrowDown'), 'l', 'l', 'Enter']);
    const reveal = await eventually('the page asked to reveal the focused passage', () => panel.received.slice(from).find(isType('reveal')), api) as { source: number; start: number; end: number };
    assert.strictEqual(reveal.source, source, 'the keys did not reach the second source of the row');
    // The reader looks at the collation again before reloading.
    panel.panel.reveal(panel.panel.viewColumn, true);
    await eventually('the collation is visible', () => panel.panel.visible, api);
    writeReloadRecord({
      row, source, passage: { source: reveal.source, start: reveal.start, end: reveal.end }, columns: panel.columns().map((c) => c.id),
    });
  });
});
