// Reading only some accounts' rows of a large sheet: its header, its account-id column, then
// the matching rows in as few blocks as pay for themselves. onEdit, the sidebar's load and its
// saves read a big workbook this way: one account's 100 contacts, not all 100,000.
import { sheetDef } from '../../template/lookup';
import type { RowOf } from '../../template/rows';
import type { SheetKey } from '../../template/types';
import type { SheetDefs } from '../../template/workbook';
import type { Sheet } from '../platform/sheets';
import { accountKey } from './portfolio-read';
import {
  isBlankRow,
  locateColumns,
  rangeSource,
  sheetSource,
  type Table,
  type TableRow,
  type TableSource,
  typedRow,
} from './table-read';
import { namedRangeOf, type Workbook } from './workbook';

/**
 * From this many accounts on, onEdit and the sidebar read the other sheets narrowly. Below it a
 * whole sheet is small (50 accounts at the article's pace log some 5,000 contacts: 45,000
 * cells, about 0.6 s) and one getValues costs fewer calls than the header, the id column and
 * the blocks; at 1,000 accounts a whole Contacts sheet is 900,000 cells, some 11 s.
 */
export const NARROW_FROM_ACCOUNTS = 50;

/**
 * A call costs as much as reading this many value cells: 3.45 ms a call against 0.0125 ms a
 * cell (dev/emulator's cost model, from Google's best-practices measurements), so two blocks
 * closer than 276 cells are cheaper read as one.
 */
const CELLS_PER_CALL = 276;

/** Whether a workbook of this many accounts is read narrowly. */
export function readsNarrowly(accounts: number): boolean {
  return accounts >= NARROW_FROM_ACCOUNTS;
}

/** The rows below the header that hold anything, in a sheet's values read whole. */
export function filledRows(values: readonly (readonly unknown[])[]): number {
  let filled = 0;
  for (let r = 1; r < values.length; r++) if (!isBlankRow(values[r])) filled += 1;
  return filled;
}

/**
 * Rows grouped into blocks [first, last] to read with one call each: rows closer than `gap`
 * share a block, since reading the rows between costs less than another call.
 * Example: [3, 4, 9, 40] with gap 10 → [[3, 9], [40, 40]].
 */
export function blocksOfRows(rows: readonly number[], gap: number): [number, number][] {
  const blocks: [number, number][] = [];
  for (const row of [...rows].sort((a, b) => a - b)) {
    const last = blocks[blocks.length - 1];
    if (last && row - last[1] <= gap) last[1] = row;
    else blocks.push([row, row]);
  }
  return blocks;
}

/** A template sheet opened for narrow reads: its header is read, its rows on demand. */
export interface NarrowSheet<K extends SheetKey> {
  key: K;
  /** The header row's cells. */
  header: readonly unknown[];
  /** 0-based sheet column of each template column found, by key. */
  columns: ReadonlyMap<string, number>;
  /** One row's cells (one call). */
  row(rowNumber: number): unknown[];
  /** The table of only the rows whose account is among `keys` (as `accountKey` gives them). */
  table(keys: ReadonlySet<string>): Table<K>;
}

/**
 * Opens a template sheet for narrow reads, through its named range (or its name): the sheet,
 * its last row, its width and its header, five calls; undefined when it does not exist.
 */
export function openNarrow<K extends SheetKey>(
  workbook: Workbook,
  key: K,
): NarrowSheet<K> | undefined {
  const def: SheetDefs[K] = sheetDef(key);
  const named = workbook.spreadsheet.getRangeByName(namedRangeOf(key));
  const sheet: Sheet | undefined = named ? named.getSheet() : workbook.sheet(key);
  if (!sheet) return undefined;
  const source: TableSource = named ? rangeSource(named, sheet) : sheetSource(sheet);
  const width = Math.max(1, named ? named.getNumColumns() : sheet.getLastColumn());
  const lastRow = sheet.getLastRow();
  const header = sheet.getSheetValues(1, 1, 1, width)[0] ?? [];
  const { columns, missing } = locateColumns(def, header);
  return {
    key,
    header,
    columns,
    row: (rowNumber) => sheet.getSheetValues(rowNumber, 1, 1, width)[0] ?? [],
    table: (keys) => {
      const rows: TableRow<RowOf<K>>[] = [];
      const id = columns.get('accountId');
      const ids =
        id === undefined || lastRow < 2 ? [] : sheet.getSheetValues(2, id + 1, lastRow - 1, 1);
      const wanted = ids.flatMap((cells, i) => (keys.has(accountKey(cells[0])) ? [i + 2] : []));
      const want = new Set(wanted);
      for (const [first, last] of blocksOfRows(wanted, Math.floor(CELLS_PER_CALL / width))) {
        const block = sheet.getSheetValues(first, 1, last - first + 1, width);
        block.forEach((cells, i) => {
          if (!want.has(first + i) || isBlankRow(cells)) return;
          const row = typedRow<K>(def, columns, cells, first + i, workbook.zone);
          if (row) rows.push(row);
        });
      }
      return {
        def,
        source,
        columns,
        missing,
        width: header.length,
        rows,
        lastRow: Math.max(1, lastRow),
      };
    },
  };
}
