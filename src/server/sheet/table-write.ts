// Writing typed rows back: only the cells that change, one block at a time (its formats, then
// its values). Text columns are plain text ("@"), so user text such as =IMPORTXML(…) or
// +370 600 00000 is stored as typed and never becomes a formula or a number.
import type { Zone } from '../../core/days';
import { numberFormatOf } from '../../template/columns';
import type { Lang } from '../../template/types';
import { runsOf } from './runs';
import { type CellValue, encodeCell } from './table-codec';
import type { Table } from './table-read';
import { type Cell, writeBlock } from './writer';

export interface RowChange {
  /** 1-based row number; rows past the table's last row are appended. */
  rowNumber: number;
  values: Readonly<Record<string, CellValue>>;
}

/** A rectangle of cells to write: its number formats, then its values. */
export interface Block {
  row: number;
  column: number;
  values: Cell[][];
  /** Each column's number format: plain text ("@") for text, so that user text stays text. */
  formats: string[];
}

/**
 * Groups changes into rectangles: consecutive rows that change the same columns share a
 * block, split where columns are not contiguous, so a block never covers a cell it does not
 * mean to write (a user's own column, a formula's spill).
 */
export function blocksOf(
  table: Table,
  changes: readonly RowChange[],
  lang: Lang,
  zone: Zone,
): Block[] {
  const byRow = new Map<number, Map<number, Cell>>();
  const formatAt = new Map<number, string>();
  for (const change of changes) {
    const cells = byRow.get(change.rowNumber) ?? new Map<number, Cell>();
    byRow.set(change.rowNumber, cells);
    for (const [key, value] of Object.entries(change.values)) {
      const index = table.columns.get(key);
      const column = table.def.columns.find((c) => c.key === key);
      if (index === undefined || column === undefined) continue;
      cells.set(index, encodeCell(column, value, lang, zone));
      formatAt.set(index, numberFormatOf(column) ?? 'General');
    }
  }
  return groupsOf(byRow).flatMap((rows) =>
    runsOf([...byRow.get(rows[0])!.keys()]).map((run) => ({
      row: rows[0],
      column: run[0] + 1,
      values: rows.map((row) => run.map((index) => byRow.get(row)!.get(index))),
      // Every written column's format was set beside its cell above.
      formats: run.map((index) => formatAt.get(index)!),
    })),
  );
}

/**
 * The changed rows in order, grouped where consecutive rows change the same columns.
 * A row that changes no known column has no run of columns, so its group makes no block.
 * Example: rows 9 and 10 changing Objective, row 12 changing Action → [[9, 10], [12]].
 */
function groupsOf(byRow: ReadonlyMap<number, ReadonlyMap<number, Cell>>): number[][] {
  const columnsOf = (row: number) => [...byRow.get(row)!.keys()].sort((a, b) => a - b).join(',');
  const groups: number[][] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const group = groups[groups.length - 1];
    const joins =
      group && group[group.length - 1] === row - 1 && columnsOf(row) === columnsOf(group[0]);
    if (joins) group.push(row);
    else groups.push([row]);
  }
  return groups;
}

/**
 * Writes the changes block by block through the one writer (formats, then values: two calls a block),
 * growing the sheet first when rows are appended.
 */
export function writeRows(
  table: Table,
  changes: readonly RowChange[],
  lang: Lang,
  zone: Zone,
): Block[] {
  const blocks = blocksOf(table, changes, lang, zone);
  if (blocks.length === 0) return blocks;
  const lastRow = Math.max(...blocks.map((b) => b.row + b.values.length - 1));
  if (lastRow > table.lastRow) {
    const sheet = table.source.sheet();
    const maxRows = sheet.getMaxRows();
    if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows);
  }
  for (const block of blocks) {
    const range = table.source.rangeAt(
      block.row,
      block.column,
      block.values.length,
      block.values[0].length,
    );
    writeBlock(range, block.values, { formats: block.values.map(() => block.formats) });
  }
  return blocks;
}

/** Appends rows after the table's last row, as one block when they fill the same columns. */
export function appendRows(
  table: Table,
  rows: readonly Readonly<Record<string, CellValue>>[],
  lang: Lang,
  zone: Zone,
): Block[] {
  return writeRows(
    table,
    rows.map((values, i) => ({ rowNumber: table.lastRow + 1 + i, values: spanned(table, values) })),
    lang,
    zone,
  );
}

/**
 * A new row's values with the blank columns between its first and last written ones filled
 * as blank, so the row is one block (one format and one value call) however many fields the
 * user left empty; the new row's cells are empty anyway. Formula columns are never filled.
 */
function spanned(
  table: Table,
  values: Readonly<Record<string, CellValue>>,
): Readonly<Record<string, CellValue>> {
  const written = Object.keys(values)
    .map((key) => table.columns.get(key))
    .filter((i): i is number => i !== undefined);
  if (written.length === 0) return values;
  const [first, last] = [Math.min(...written), Math.max(...written)];
  const filled: Record<string, CellValue> = { ...values };
  for (const column of table.def.columns) {
    const index = table.columns.get(column.key);
    if (index === undefined || index < first || index > last || column.formula) continue;
    if (!(column.key in filled)) filled[column.key] = undefined;
  }
  return filled;
}
