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
  tableOf,
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
      const id = columns.get('accountId');
      const ids =
        id === undefined || lastRow < 2 ? [] : sheet.getSheetValues(2, id + 1, lastRow - 1, 1);
      const wanted = ids.flatMap((cells, i) => (keys.has(accountKey(cells[0])) ? [i + 2] : []));
      return {
        def,
        source,
        columns,
        missing,
        width: header.length,
        rows: rowsAt<K>(workbook, def, sheet, columns, width, wanted),
        lastRow: Math.max(1, lastRow),
      };
    },
  };
}

/** The typed rows at the given row numbers, read in blocks (rows close together share a call). */
function rowsAt<K extends SheetKey>(
  workbook: Workbook,
  def: SheetDefs[K],
  sheet: Sheet,
  columns: ReadonlyMap<string, number>,
  width: number,
  wanted: readonly number[],
): TableRow<RowOf<K>>[] {
  const rows: TableRow<RowOf<K>>[] = [];
  const want = new Set(wanted);
  for (const [first, last] of blocksOfRows(wanted, Math.floor(CELLS_PER_CALL / width))) {
    const block = sheet.getSheetValues(first, 1, last - first + 1, width);
    block.forEach((cells, i) => {
      if (!want.has(first + i) || isBlankRow(cells)) return;
      const row = typedRow<K>(def, columns, cells, first + i, workbook.zone);
      if (row) rows.push(row);
    });
  }
  return rows;
}

/** Accounts as a step about one account reads it (`readAccountsFor`). */
export interface AccountsRead {
  /** The whole sheet (a small workbook), or only the rows of the account picked. */
  table: Table<'accounts'>;
  whole: boolean;
  /** The account `pick` named (asked only when Accounts was read narrowly). */
  picked: string | undefined;
}

/**
 * Accounts for a step about one account that needs no list of the others (the sidebar's load,
 * which fetches the list with its own call): a small workbook whole, one getValues as every
 * step reads it; from NARROW_FROM_ACCOUNTS accounts on, the header, the id column and the rows
 * of the account `pick` names from the ids alone (a selected row is found among them): at
 * 1,000 accounts some 1,000 cells instead of 14,000. Two calls more in a small workbook (its
 * size). Undefined when Accounts does not exist.
 */
export function readAccountsFor(
  workbook: Workbook,
  pick: (ids: Table<'accounts'>) => string | undefined,
): AccountsRead | undefined {
  const def = sheetDef('accounts');
  const named = workbook.spreadsheet.getRangeByName(namedRangeOf('accounts'));
  const whole = (table: Table<'accounts'> | undefined) =>
    table && { table, whole: true, picked: undefined };
  if (!named) return whole(workbook.table(def));
  const sheet = named.getSheet();
  const lastRow = sheet.getLastRow();
  const source = rangeSource(named, sheet);
  if (!readsNarrowly(lastRow - 1))
    return whole(tableOf(def, source, named.getValues(), workbook.zone));
  const width = Math.max(1, named.getNumColumns());
  const header = sheet.getSheetValues(1, 1, 1, width)[0] ?? [];
  const { columns, missing } = locateColumns(def, header);
  const id = columns.get('accountId');
  if (id === undefined) return whole(tableOf(def, source, [header], workbook.zone));
  const cells = sheet.getSheetValues(2, id + 1, lastRow - 1, 1);
  const only = new Map([['accountId', 0]]);
  const table = (rows: readonly TableRow<RowOf<'accounts'>>[]): Table<'accounts'> => ({
    def,
    source,
    columns,
    missing,
    width: header.length,
    rows,
    lastRow,
  });
  const ids = cells.flatMap((row, i) => {
    const typed = isBlankRow(row) ? undefined : typedRow(def, only, row, i + 2, workbook.zone);
    return typed ? [typed] : [];
  });
  const picked = pick(table(ids));
  const key = picked === undefined ? '' : accountKey(picked);
  const wanted = ids.filter((r) => accountKey(r.values.accountId) === key).map((r) => r.rowNumber);
  return {
    table: table(rowsAt(workbook, def, sheet, columns, width, wanted)),
    whole: false,
    picked,
  };
}
