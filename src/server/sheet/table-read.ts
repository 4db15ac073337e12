// Reading a template sheet as typed rows: one getValues per sheet, columns found by header
// text in either language, in any order; extra columns are left alone.
import type { Zone } from '../../core/days';
import { normalizeHeader } from '../../template/lookup';
import { isRowOf, type RowOf } from '../../template/rows';
import type { ColumnDef, SheetDef, SheetKey } from '../../template/types';
import type { SheetDefs } from '../../template/workbook';
import type { Range, Sheet } from '../platform/sheets';
import { type CellProblemCode, type CellValue, decodeCell } from './table-codec';

/** Where a table's cells are: a named range over its columns, or its sheet. */
export interface TableSource {
  /** Cells at 1-based sheet coordinates, for writes. */
  rangeAt(row: number, column: number, numRows: number, numColumns: number): Range;
  /** The sheet itself, asked for only when rows must be added. */
  sheet(): Sheet;
  /**
   * The sheet's id (a link's `#gid=`), in one call: Range.getGridId gives the id of a range's
   * sheet (https://developers.google.com/apps-script/reference/spreadsheet/range#getgridid).
   */
  gridId(): number;
}

/** A table read through its sheet (getDataRange + getValues). */
export function sheetSource(sheet: Sheet): TableSource {
  return {
    rangeAt: (r, c, nr, nc) => sheet.getRange(r, c, nr, nc),
    sheet: () => sheet,
    gridId: () => sheet.getSheetId(),
  };
}

/**
 * A table read through a named range that starts at A1 and spans its columns (`KAM_CONTACTS`
 * = Contacts!A:I): one call finds it whatever the sheet is called, and offsets address cells.
 */
export function rangeSource(base: Range, known?: Sheet): TableSource {
  let sheet: Sheet | undefined = known;
  // Asked once: the dashboard's and the digests' links share it.
  let grid: number | undefined;
  return {
    rangeAt: (r, c, nr, nc) => base.offset(r - 1, c - 1, nr, nc),
    sheet: () => {
      sheet ??= base.getSheet();
      return sheet;
    },
    gridId: () => {
      grid ??= sheet ? sheet.getSheetId() : base.getGridId();
      return grid;
    },
  };
}

export interface TableRow<V = RowOf<SheetKey>> {
  /** 1-based row number in the sheet. */
  rowNumber: number;
  /** The row's values by column key, typed per sheet; blank cells absent. */
  values: V;
  /** Cells whose content the column does not allow, by column key (the cell is left as it is). */
  problems: Readonly<Record<string, CellProblemCode>>;
}

export interface Table<K extends SheetKey = SheetKey> {
  def: SheetDef;
  source: TableSource;
  /** 0-based sheet column of each template column found, by key. */
  columns: ReadonlyMap<string, number>;
  /** Template columns whose header is not in the sheet. */
  missing: readonly ColumnDef[];
  /** Number of columns the header row spans. */
  width: number;
  /** Rows below the header that hold anything; blank rows are skipped. */
  rows: readonly TableRow<RowOf<K>>[];
  /** 1-based number of the last row with content (the header row when empty). */
  lastRow: number;
}

/** Whether a header cell names a column, in English or Lithuanian, ignoring case and spaces. */
export function headerMatches(column: ColumnDef, text: unknown): boolean {
  if (typeof text !== 'string' || text.trim() === '') return false;
  const wanted = normalizeHeader(text);
  return (
    normalizeHeader(column.header.en) === wanted || normalizeHeader(column.header.lt) === wanted
  );
}

/** Maps template columns to header positions; the first matching header wins. */
export function locateColumns(
  def: SheetDef,
  header: readonly unknown[],
): { columns: Map<string, number>; missing: ColumnDef[] } {
  const columns = new Map<string, number>();
  const missing: ColumnDef[] = [];
  for (const column of def.columns) {
    const index = header.findIndex((text) => headerMatches(column, text));
    if (index >= 0) columns.set(column.key, index);
    else missing.push(column);
  }
  return { columns, missing };
}

/** Which raw rows to type; the others are skipped unread (a large sheet, a few accounts). */
export type RowFilter = (
  cells: readonly unknown[],
  columns: ReadonlyMap<string, number>,
) => boolean;

/** Whether a row read holds nothing: such rows are skipped. */
export function isBlankRow(cells: readonly unknown[]): boolean {
  return cells.every((cell) => cell === '' || cell === null || cell === undefined);
}

/** One row's cells typed by the template's columns (pure), or undefined when they do not fit. */
export function typedRow<K extends SheetKey>(
  def: SheetDefs[K],
  columns: ReadonlyMap<string, number>,
  cells: readonly unknown[],
  rowNumber: number,
  zone: Zone,
): TableRow<RowOf<K>> | undefined {
  const rowValues: Record<string, CellValue> = {};
  const problems: Record<string, CellProblemCode> = {};
  const columnsOfDef: readonly ColumnDef[] = def.columns;
  for (const column of columnsOfDef) {
    const index = columns.get(column.key);
    if (index === undefined) continue;
    const decoded = decodeCell(column, cells[index], zone);
    rowValues[column.key] = decoded.value;
    if (decoded.problem) problems[column.key] = decoded.problem;
  }
  return isRowOf<K>(def, rowValues) ? { rowNumber, values: rowValues, problems } : undefined;
}

/** Types the rows below a header (pure: the values come from one getValues). */
export function tableOf<K extends SheetKey>(
  def: SheetDefs[K],
  source: TableSource,
  values: readonly (readonly unknown[])[],
  zone: Zone,
  keep?: RowFilter,
): Table<K> {
  const header = values[0] ?? [];
  const { columns, missing } = locateColumns(def, header);
  const rows: TableRow<RowOf<K>>[] = [];
  let lastRow = 1;
  for (let r = 1; r < values.length; r++) {
    const cells = values[r];
    if (isBlankRow(cells)) continue;
    lastRow = r + 1;
    if (keep && !keep(cells, columns)) continue;
    const row = typedRow<K>(def, columns, cells, r + 1, zone);
    if (row) rows.push(row);
  }
  return { def, source, columns, missing, width: header.length, rows, lastRow };
}

/** A row's cells by column key, for code that works on any sheet's rows. */
export function cellsOf(row: TableRow): Readonly<Record<string, CellValue>> {
  return row.values;
}
