/**
 * The collation webview's page: a strict Content-Security-Policy, the sources as table columns,
 * the rows of aligned passages, and the one script (by nonce) that handles clicks and keys.
 * Editor-free, so its escaping and policy are tested in plain Node.
 */
import type { CollationRow, CollationSource } from './buildCollationRows';
import { escapeHtml } from './escapeHtml';
import { renderPassageHtml } from './renderPassageHtml';

/** What the page needs from the webview it is shown in. */
export interface CollationPage {
  /** A fresh random nonce (letters and digits) for the script tag. */
  nonce: string;
  /** The webview's `cspSource`, allowed for the stylesheet. */
  cspSource: string;
  /** Webview URIs of the page's script and stylesheet (under the extension's media folder). */
  scriptUri: string;
  styleUri: string;
}

/**
 * The Content-Security-Policy of the page: nothing by default, the stylesheet from the extension's
 * own media, the script only by nonce, no images, fonts, frames, connections or inline code.
 * It is written into a double-quoted attribute as is: it holds no `"` (the nonce is alphanumeric and
 * `cspSource` is the webview's own origin).
 */
export function collationPolicy(page: Pick<CollationPage, 'nonce' | 'cspSource'>): string {
  return `default-src 'none'; img-src 'none'; style-src ${page.cspSource}; script-src 'nonce-${page.nonce}'; base-uri 'none'; form-action 'none'`;
}

/** The header cell of a source: its name, its headline and, when so, that it reports another event. */
function headerCell(source: CollationSource, index: number): string {
  const title = source.analysis.title ? `<div class="headline">${escapeHtml(source.analysis.title)}</div>` : '';
  const other = source.sameEvent ? '' : '<div class="other-event">probably another event</div>';
  return `<th scope="col" data-source="${index}"><div class="source-name">${escapeHtml(source.id)}</div>${title}${other}</th>`;
}

/** One table row: a cell per source, empty where the source has no counterpart. */
function rowHtml(sources: CollationSource[], row: CollationRow, index: number): string {
  const cells = row.cells.map((passages, i) => (passages.length
    ? `<td data-source="${i}">${passages.map((p) => renderPassageHtml(sources[i], p)).join(' ')}</td>`
    : `<td class="empty" data-source="${i}"><span class="visually-hidden">no counterpart</span></td>`));
  return `<tr class="row${row.shared ? ' shared' : ''}" data-row="${index}" tabindex="${index === 0 ? 0 : -1}">${cells.join('')}</tr>`;
}

/** Renders the whole page. With fewer than two sources it says how to get a collation instead. */
export function renderCollationHtml(sources: CollationSource[], rows: CollationRow[], page: CollationPage): string {
  const body = sources.length < 2
    ? '<p class="notice">Open two or more articles about the same event (or add them to the sources) to collate them.</p>'
    : [
      '<p class="legend">',
      '<span class="unique">only this source</span> <span class="variant">worded differently elsewhere</span> ',
      '<span class="numeric">counted differently elsewhere</span> <span class="quote">quote</span> ',
      '<span class="hint">\u2191\u2193 or j k: rows \u00b7 \u2190\u2192: sources \u00b7 Enter or click: open in the editor</span>',
      '</p>',
      `<table class="collation" aria-label="Collation of ${sources.length} sources" aria-rowcount="${rows.length + 1}">`,
      `<thead><tr>${sources.map(headerCell).join('')}</tr></thead>`,
      `<tbody>${rows.map((r, i) => rowHtml(sources, r, i)).join('')}</tbody>`,
      '</table>',
    ].join('');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="UTF-8">',
    `<meta http-equiv="Content-Security-Policy" content="${collationPolicy(page)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
    `<link rel="stylesheet" href="${escapeHtml(page.styleUri)}">`,
    '<title>Source Critic: Collation</title>',
    '</head>',
    `<body>${body}<script nonce="${escapeHtml(page.nonce)}" src="${escapeHtml(page.scriptUri)}"></script></body>`,
    '</html>',
  ].join('\n');
}
