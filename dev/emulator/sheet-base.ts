// The Sheet service class without row/column insertion (sheet.ts adds those): names, size, ranges,
// frozen rows, widths, visibility, protection, clearing, appendRow.
import { parseA1 } from './a1';
import { lastRowCol } from './cells';
import type { Emulates } from './emulates';
import { EmuObject, type Env } from './env';
import { EmuRange } from './range';
import type { Span } from './range-base';
import type { EmuSheet } from './sheet';
import type { EmuSpreadsheet } from './spreadsheet';
import type { SheetState } from './state';

type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;

export class SheetBase
  extends EmuObject
  implements
    Emulates<
      GasSheet,
      | 'getName'
      | 'setName'
      | 'getSheetId'
      | 'getIndex'
      | 'getLastRow'
      | 'getLastColumn'
      | 'getMaxRows'
      | 'getMaxColumns'
      | 'getRange'
      | 'getDataRange'
      | 'setFrozenRows'
      | 'getFrozenRows'
      | 'setFrozenColumns'
      | 'getFrozenColumns'
      | 'setColumnWidth'
      | 'setColumnWidths'
      | 'getColumnWidth'
      | 'autoResizeColumns'
      | 'autoResizeColumn'
      | 'hideSheet'
      | 'showSheet'
      | 'isSheetHidden'
      | 'setTabColor'
      | 'getTabColor'
      | 'clear'
      | 'clearContents'
      | 'clearFormats'
      | 'clearNotes'
      | 'activate'
      | 'getParent'
      | 'appendRow'
    >
{
  readonly _class: string = 'Sheet';

  constructor(
    env: Env,
    readonly _ss: EmuSpreadsheet,
    readonly _st: SheetState,
  ) {
    super(env);
  }

  getName(): string {
    return this._st.name;
  }

  setName(name: string): this {
    const clash = this._ss._st.sheets.find(
      (s) => s !== this._st && s.name.toLowerCase() === name.toLowerCase(),
    );
    if (clash)
      this._env.fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
    this._st.name = String(name);
    return this;
  }

  getSheetId(): number {
    return this._st.id;
  }

  getIndex(): number {
    return this._ss._st.sheets.indexOf(this._st) + 1;
  }

  getLastRow(): number {
    return lastRowCol(this._st).row;
  }

  getLastColumn(): number {
    return lastRowCol(this._st).col;
  }

  getMaxRows(): number {
    return this._st.maxRows;
  }

  getMaxColumns(): number {
    return this._st.maxCols;
  }

  /** getRange(a1) or (row, column, numRows?, numColumns?), with Google's bound checks; "A:I" spans every row. */
  getRange(a: string | number, column?: number, numRows?: number, numColumns?: number): EmuRange {
    if (typeof a === 'string') {
      const ref = parseA1(a);
      if (!ref || (ref.sheet !== null && ref.sheet !== this._st.name))
        this._env.fail('Range not found');
      const r2 = ref.r2 ?? this._st.maxRows - 1;
      const c2 = ref.c2 ?? this._st.maxCols - 1;
      const [r1, rr] = [Math.min(ref.r1, r2), Math.max(ref.r1, r2)];
      const [c1, cc] = [Math.min(ref.c1, c2), Math.max(ref.c1, c2)];
      const span = { allRows: ref.allRows, allCols: ref.allCols };
      return this._range(r1, c1, rr - r1 + 1, cc - c1 + 1, span);
    }
    const row = Number(a);
    const col = Number(column);
    if (column === undefined) this._env.fail('Range not found');
    if (row < 1) this._env.fail('The starting row of the range is too small.');
    if (col < 1) this._env.fail('The starting column of the range is too small.');
    const nr = numRows ?? 1;
    const nc = numColumns ?? 1;
    if (nr < 1) this._env.fail('The number of rows in the range must be at least 1.');
    if (nc < 1) this._env.fail('The number of columns in the range must be at least 1.');
    return this._range(row - 1, col - 1, nr, nc);
  }

  _range(r1: number, c1: number, nr: number, nc: number, span?: Span): EmuRange {
    if (r1 < 0 || c1 < 0 || r1 + nr > this._st.maxRows || c1 + nc > this._st.maxCols) {
      this._env.fail('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new EmuRange(this._env, this as unknown as EmuSheet, { r1, c1, nr, nc }, span);
  }

  getDataRange(): EmuRange {
    const { row, col } = lastRowCol(this._st);
    return this._range(0, 0, Math.max(row, 1), Math.max(col, 1));
  }

  setFrozenRows(rows: number): void {
    this._st.frozenRows = rows;
  }

  getFrozenRows(): number {
    return this._st.frozenRows;
  }

  setFrozenColumns(columns: number): void {
    this._st.frozenCols = columns;
  }

  getFrozenColumns(): number {
    return this._st.frozenCols;
  }

  setColumnWidth(columnPosition: number, width: number): this {
    this._st.colWidths[String(columnPosition - 1)] = width;
    return this;
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    for (let i = 0; i < numColumns; i++) this.setColumnWidth(startColumn + i, width);
    return this;
  }

  /** New columns are 100 pixels wide. */
  getColumnWidth(columnPosition: number): number {
    return this._st.colWidths[String(columnPosition - 1)] ?? 100;
  }

  /** Fitting to content needs a text renderer: widths are left as they are. */
  autoResizeColumns(_startColumn: number, _numColumns: number): this {
    this._env.log.add(
      'emulator',
      'autoResizeColumns: column widths are not measured by the emulator',
    );
    return this;
  }

  autoResizeColumn(columnPosition: number): this {
    return this.autoResizeColumns(columnPosition, 1);
  }

  hideSheet(): this {
    const visible = this._ss._st.sheets.filter((s) => !s.hidden);
    if (visible.length === 1 && visible[0] === this._st) {
      this._env.fail("You can't hide all the sheets in a document.");
    }
    this._st.hidden = true;
    return this;
  }

  showSheet(): this {
    this._st.hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    return this._st.hidden;
  }

  setTabColor(color: string | null): this {
    this._st.tabColor = color ?? null;
    return this;
  }

  getTabColor(): string | null {
    return this._st.tabColor;
  }

  private _all(): EmuRange {
    return this._range(0, 0, this._st.maxRows, this._st.maxCols);
  }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): this {
    this._all().clear(options);
    return this;
  }

  clearContents(): this {
    this._all().clearContent();
    return this;
  }

  clearFormats(): this {
    this._all().clearFormat();
    return this;
  }

  clearNotes(): this {
    this._all().clearNote();
    return this;
  }

  activate(): this {
    this._ss._st.activeSheetId = this._st.id;
    return this;
  }

  getParent(): EmuSpreadsheet {
    return this._ss;
  }

  /** Writes after the last row with content, growing the sheet when needed. */
  appendRow(rowContents: unknown[]): this {
    const row = lastRowCol(this._st).row;
    if (row + 1 > this._st.maxRows) this._st.maxRows = row + 1;
    if (rowContents.length > this._st.maxCols) this._st.maxCols = rowContents.length;
    this._range(row, 0, 1, rowContents.length).setValues([[...rowContents]]);
    return this;
  }
}
