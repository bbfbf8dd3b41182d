// @ts-check
/* global acquireVsCodeApi, document, window, requestAnimationFrame, HTMLElement */
/**
 * The collation webview's only script. It tells the extension it is ready (with how many rows,
 * which is selected and how wide the narrowest column is), restores the selected row and the scroll
 * position (and the source of the focused passage) when the page is shown again (moved, hidden and shown, or after a reload), moves between
 * rows (arrow keys, j k, Home, End; in the same source's column) and between the sources of a row
 * (left/right, h l), and asks the extension to reveal a passage in its editor on click, Enter or
 * Space. It never touches article text: the page arrives escaped.
 */
(function collation() {
  const vscode = acquireVsCodeApi();
  /** @type {HTMLElement[]} */
  const rows = Array.from(document.querySelectorAll('tr.row'));
  /** The selected row, the source column of the passage focused in it (null: the row itself), the scroll position. */
  /** @type {{ row: number, source: string | null, scrollX: number, scrollY: number }} */
  const state = Object.assign({ row: 0, source: null, scrollX: 0, scrollY: 0 }, vscode.getState() || {});
  const table = document.querySelector('table.collation');
  const sources = document.querySelectorAll('th[data-source]').length;
  // Each column keeps a readable width (see collation.css): a narrow editor group scrolls sideways.
  if (table instanceof HTMLElement) table.style.setProperty('--sources', String(sources));

  function save() {
    vscode.setState(state);
  }

  /** Makes row `index` the one tab stop of the table and focuses it (or one of its passages). */
  function selectRow(index, focusTarget) {
    if (!rows.length) return;
    const next = Math.max(0, Math.min(rows.length - 1, index));
    if (rows[state.row]) {
      rows[state.row].setAttribute('tabindex', '-1');
      rows[state.row].classList.remove('selected');
    }
    state.row = next;
    const row = rows[next];
    row.setAttribute('tabindex', '0');
    row.classList.add('selected');
    (focusTarget || row).focus({ preventScroll: false });
    save();
  }

  /** The passages of the selected row, in source order. */
  function passagesOfRow() {
    return rows[state.row] ? Array.from(rows[state.row].querySelectorAll('.passage')) : [];
  }

  /** The first passage of row `index` in the column of source `source`, if it has one there. */
  function passageIn(index, source) {
    const row = rows[Math.max(0, Math.min(rows.length - 1, index))];
    return row ? /** @type {HTMLElement | null} */ (row.querySelector(`td[data-source="${source}"] .passage`)) : null;
  }

  /** Asks the extension to reveal a passage in its source's editor. */
  function open(passage) {
    const cell = passage && passage.closest('td');
    if (!cell) return;
    vscode.postMessage({
      type: 'reveal',
      source: Number(cell.getAttribute('data-source')),
      start: Number(passage.getAttribute('data-start')),
      end: Number(passage.getAttribute('data-end')),
    });
  }

  document.addEventListener('click', (event) => {
    const target = /** @type {HTMLElement} */ (event.target);
    const passage = target.closest('.passage');
    const row = target.closest('tr.row');
    if (row) selectRow(rows.indexOf(/** @type {HTMLElement} */ (row)), /** @type {HTMLElement | null} */ (passage));
    if (passage) open(passage);
  });

  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const active = /** @type {HTMLElement} */ (document.activeElement);
    const passages = passagesOfRow();
    const at = passages.indexOf(active);
    // Moving between rows stays in the source column of the focused passage, where that row has one.
    const column = at >= 0 ? active.closest('td')?.getAttribute('data-source') : null;
    const move = (/** @type {number} */ index) => selectRow(index, column === null || column === undefined ? null : passageIn(index, column));
    switch (event.key) {
      case 'ArrowDown': case 'j': move(state.row + 1); break;
      case 'ArrowUp': case 'k': move(state.row - 1); break;
      case 'Home': move(0); break;
      case 'End': move(rows.length - 1); break;
      case 'ArrowRight': case 'l': if (passages.length) passages[Math.min(passages.length - 1, at + 1)].focus(); break;
      case 'ArrowLeft': case 'h': if (passages.length) passages[Math.max(0, at - 1)].focus(); break;
      case 'Enter': case ' ': open(at >= 0 ? passages[at] : passages[0]); break;
      default: return;
    }
    event.preventDefault();
  });

  // The focused passage's source is part of the place a reader comes back to (after a reload too).
  document.addEventListener('focusin', (event) => {
    const target = /** @type {HTMLElement} */ (event.target);
    const row = target.closest('tr.row');
    if (!row || rows.indexOf(/** @type {HTMLElement} */ (row)) !== state.row) return;
    const source = target.classList.contains('passage') ? target.closest('td')?.getAttribute('data-source') ?? null : null;
    if (source === state.source) return;
    state.source = source;
    save();
  });

  let scrollPending = false;
  window.addEventListener('scroll', () => {
    if (scrollPending) return;
    scrollPending = true;
    requestAnimationFrame(() => { scrollPending = false; state.scrollX = window.scrollX; state.scrollY = window.scrollY; save(); });
  });

  /** The narrowest source column's width in CSS pixels (0 without a table): the page reports it when ready. */
  function narrowestColumn() {
    const widths = Array.from(document.querySelectorAll('th[data-source]'), (th) => th.getBoundingClientRect().width);
    return widths.length ? Math.round(Math.min(...widths)) : 0;
  }

  // Restore, then say so once the page (and anything in it) has finished loading.
  if (rows.length) {
    state.row = Math.min(state.row, rows.length - 1);
    rows.forEach((r, i) => r.setAttribute('tabindex', i === state.row ? '0' : '-1'));
    rows[state.row].classList.add('selected');
  }
  // Keys work as soon as the view has the focus (clicked into, or focused by a command): they act
  // on the selected row, also when the page was just rendered anew under the reader's eyes.
  const focusSelected = () => {
    if (!rows[state.row] || (document.activeElement !== document.body && document.activeElement)) return;
    const passage = state.source === null ? null : passageIn(state.row, state.source);
    (passage || rows[state.row]).focus({ preventScroll: true });
  };
  window.addEventListener('focus', focusSelected);
  if (document.hasFocus()) focusSelected();
  window.scrollTo(state.scrollX, state.scrollY);
  window.addEventListener('load', () => vscode.postMessage({
    type: 'ready', rows: rows.length, row: state.row, source: state.source === null ? null : Number(state.source), columnWidth: narrowestColumn(), width: document.documentElement.clientWidth,
  }));
}());
