// @ts-check
/* global acquireVsCodeApi, document, window, requestAnimationFrame */
/**
 * The collation webview's only script. It tells the extension it is ready, restores the selected
 * row and the scroll position after a reload, moves between rows (arrow keys, j k, Home, End) and
 * between the sources of a row (left/right, h l), and asks the extension to reveal a passage in its
 * editor on click or Enter. It never touches article text: the page arrives escaped.
 */
(function collation() {
  const vscode = acquireVsCodeApi();
  /** @type {HTMLElement[]} */
  const rows = Array.from(document.querySelectorAll('tr.row'));
  /** @type {{ row: number, scrollY: number }} */
  const state = Object.assign({ row: 0, scrollY: 0 }, vscode.getState() || {});

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
    switch (event.key) {
      case 'ArrowDown': case 'j': selectRow(state.row + 1); break;
      case 'ArrowUp': case 'k': selectRow(state.row - 1); break;
      case 'Home': selectRow(0); break;
      case 'End': selectRow(rows.length - 1); break;
      case 'ArrowRight': case 'l': if (passages.length) passages[Math.min(passages.length - 1, at + 1)].focus(); break;
      case 'ArrowLeft': case 'h': if (passages.length) passages[Math.max(0, at - 1)].focus(); break;
      case 'Enter': case ' ': open(at >= 0 ? passages[at] : passages[0]); break;
      default: return;
    }
    event.preventDefault();
  });

  let scrollPending = false;
  window.addEventListener('scroll', () => {
    if (scrollPending) return;
    scrollPending = true;
    requestAnimationFrame(() => { scrollPending = false; state.scrollY = window.scrollY; save(); });
  });

  // Restore, then say so once the page (and anything in it) has finished loading.
  if (rows.length) {
    state.row = Math.min(state.row, rows.length - 1);
    rows.forEach((r, i) => r.setAttribute('tabindex', i === state.row ? '0' : '-1'));
    rows[state.row].classList.add('selected');
  }
  window.scrollTo(0, state.scrollY);
  window.addEventListener('load', () => vscode.postMessage({ type: 'ready', rows: rows.length, row: state.row }));
}());
