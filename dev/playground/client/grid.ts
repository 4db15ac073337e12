// The grid of one sheet: a page of rows under its frozen header, a formula bar, selection
// with the mouse and arrow keys, and editing in the cell (a text box, or a dropdown where a
// validation offers one) that the page sends to the add-on as a user's edit.
import type { SheetView } from './api';
import { openEditor } from './cell-editor';
import { append, h, letters } from './dom';
import { chartFigures, pagerOf } from './sheet-extras';

type CellView = SheetView['rows'][number]['cells'][number];

export interface GridActions {
  select: (row: number, col: number) => void;
  edit: (row: number, col: number, value: string | boolean) => Promise<void>;
  clear: (row: number, col: number) => Promise<void>;
  page: (offset: number) => void;
}

export class Grid {
  readonly el = h('section', { class: 'sheet' });
  private view: SheetView | null = null;
  private sel = { row: 1, col: 1 };
  private readonly ref = h('span', { class: 'ref', 'aria-label': 'Selected cell' });
  private readonly fx = h('input', {
    class: 'fx',
    'aria-label': 'Formula bar',
    spellcheck: 'false',
  });
  private readonly fmt = h('span', { class: 'fmt muted' });
  private readonly scroll = h('div', { class: 'scroll', tabindex: 0, 'aria-label': 'Cells' });
  private readonly pager = h('div', { class: 'pager' });
  private readonly charts = h('div', { class: 'charts' });
  private editing = false;

  constructor(private readonly act: GridActions) {
    this.el.append(
      h('div', { class: 'fbar' }, this.ref, this.fx, this.fmt),
      this.scroll,
      this.pager,
      this.charts,
    );
    this.scroll.addEventListener('keydown', (e) => this.onKey(e));
    this.fx.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        void this.commit(this.fx.value, 1, 0);
      } else if (e.key === 'Escape') this.showSelection();
    });
  }

  /** Draws a page; the selection stays where it was when the sheet is the same. */
  render(view: SheetView): void {
    const same = this.view?.name === view.name;
    this.view = view;
    if (!same) this.sel = { row: view.frozenRows + 1, col: 1 };
    const head = h(
      'tr',
      {},
      h('th', { class: 'corner' }),
      ...view.widths.map((_, c) => h('th', { class: 'col' }, letters(c + 1))),
    );
    const line = (row: SheetView['rows'][number]) =>
      h(
        'tr',
        {},
        h('th', { class: 'rownum' }, String(row.row)),
        ...row.cells.map((cell, c) => this.td(row.row, c + 1, cell)),
      );
    const table = h(
      'table',
      { class: 'grid', role: 'grid', 'aria-label': view.name },
      h(
        'colgroup',
        {},
        h('col', { style: 'width:46px' }),
        ...view.widths.map((w) => h('col', { style: `width:${w}px` })),
      ),
      h('thead', {}, head, ...view.frozen.map(line)),
      h('tbody', {}, ...view.rows.map(line)),
    );
    this.scroll.replaceChildren(table);
    this.pager.replaceChildren();
    append(this.pager, pagerOf(view, this.act.page));
    this.charts.replaceChildren();
    append(this.charts, chartFigures(view));
    this.showSelection();
  }

  private td(row: number, col: number, cell: CellView): HTMLTableCellElement {
    const classes = [
      cell.num ? 'num' : '',
      cell.note ? 'has-note' : '',
      cell.err ? 'err' : '',
      cell.list ? 'dd' : '',
    ]
      .filter(Boolean)
      .join(' ');
    const title = [cell.note, cell.err, cell.help].filter(Boolean).join('\n\n');
    const style = [
      cell.bg ? `background:${cell.bg}` : '',
      cell.color ? `color:${cell.color}` : '',
      cell.bold ? 'font-weight:bold' : '',
    ]
      .filter(Boolean)
      .join(';');
    const content = cell.box ? (cell.d === 'TRUE' ? '☑' : '☐') : cell.d;
    const td = h(
      'td',
      {
        'data-cell': `${letters(col)}${row}`,
        class: classes || null,
        title: title || null,
        style: style || null,
        role: 'gridcell',
      },
      content,
    );
    td.addEventListener('mousedown', () => this.select(row, col));
    td.addEventListener('dblclick', () => this.startEdit());
    if (cell.box) td.addEventListener('click', () => void this.commit(cell.d !== 'TRUE', 0, 0));
    return td;
  }

  private cell(row: number, col: number): CellView | undefined {
    const view = this.view;
    if (!view) return undefined;
    const line =
      row <= view.frozenRows
        ? view.frozen[row - 1]
        : view.rows[row - view.frozenRows - view.offset - 1];
    return line?.cells[col - 1];
  }

  private td_(row: number, col: number): HTMLElement | null {
    return this.scroll.querySelector(`td[data-cell="${letters(col)}${row}"]`);
  }

  select(row: number, col: number): void {
    const view = this.view;
    if (!view) return;
    const firstBody = view.frozenRows + view.offset + 1;
    const lastShown = firstBody + view.rows.length - 1;
    const r = Math.max(1, Math.min(row, lastShown));
    const c = Math.max(1, Math.min(col, view.colCount));
    if (r > view.frozenRows && r < firstBody) return;
    this.sel = { row: r, col: c };
    this.showSelection();
    this.act.select(r, c);
  }

  private showSelection(): void {
    this.scroll.querySelectorAll('td.sel').forEach((old) => {
      old.classList.remove('sel');
    });
    const td = this.td_(this.sel.row, this.sel.col);
    td?.classList.add('sel');
    td?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const cell = this.cell(this.sel.row, this.sel.col);
    this.ref.textContent = `${letters(this.sel.col)}${this.sel.row}`;
    this.fx.value = cell?.f ?? cell?.d ?? '';
    this.fmt.textContent = cell?.fmt ? `Format ${cell.fmt}` : '';
  }

  private onKey(e: KeyboardEvent): void {
    if (this.editing) return;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Tab: [0, 1],
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      this.select(this.sel.row + move[0], this.sel.col + move[1]);
    } else if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      this.startEdit();
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      void this.act.clear(this.sel.row, this.sel.col);
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      this.startEdit(e.key);
    }
  }

  /** Opens the editor in the selected cell: a dropdown for a list, else a text box. */
  startEdit(initial?: string): void {
    const { row, col } = this.sel;
    const td = this.td_(row, col);
    const cell = this.cell(row, col);
    if (!td || !cell || cell.box) return;
    this.editing = true;
    openEditor(td, cell, `Edit ${letters(col)}${row}`, initial, (value, down, right) => {
      this.editing = false;
      this.scroll.focus();
      if (value !== null) void this.commit(value, down, right);
    });
  }

  /** Sends the value as the user's edit of the selected cell, then moves the selection. */
  private async commit(value: string | boolean, down: number, right: number): Promise<void> {
    const { row, col } = this.sel;
    await this.act.edit(row, col, value);
    if (down || right) this.select(row + down, col + right);
  }

  focus(): void {
    this.scroll.focus();
  }
}
