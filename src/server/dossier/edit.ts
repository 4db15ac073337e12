// What a save changes (cells of existing rows, new rows, a removed row, History's entries),
// and the tables as they will be once it is written, computed in memory before any write.
import type { CellValue } from '../sheet/table-codec';
import type { Table, TableRow } from '../sheet/table-read';
import type { RowChange } from '../sheet/table-write';
import type { RecordLine } from './breaches';
import type { Change } from './history';
import type { DossierSheet, DossierTables } from './read';

/**
 * What a save changes: cells of existing rows, new rows, a removed row, History's entries
 * (one per changed cell), and History lines of its own (a reason, a breach kept on record).
 */
export interface Edit {
  writes?: { sheet: DossierSheet; changes: RowChange[] }[];
  appends?: { sheet: DossierSheet; rows: Record<string, CellValue>[] }[];
  remove?: { sheet: DossierSheet; rowNumber: number };
  history: Change[];
  record?: RecordLine[];
}

/** The tables after the edit, in memory: the same rows the sheets will hold once written. */
export function afterEdit(tables: DossierTables, edit: Edit): DossierTables {
  const next: DossierTables = { ...tables };
  const replace = (sheet: DossierSheet, rows: TableRow[]) => {
    const table = next[sheet] as Table;
    next[sheet] = { ...table, rows, lastRow: Math.max(1, ...rows.map((r) => r.rowNumber)) };
  };
  for (const { sheet, changes } of edit.writes ?? []) {
    const byRow = new Map(changes.map((c) => [c.rowNumber, c.values]));
    replace(
      sheet,
      (next[sheet] as Table).rows.map((row) =>
        byRow.has(row.rowNumber)
          ? { ...row, values: { ...row.values, ...byRow.get(row.rowNumber) } }
          : row,
      ),
    );
  }
  for (const { sheet, rows } of edit.appends ?? []) {
    const table = next[sheet] as Table;
    const added = rows.map((values, i) => ({
      rowNumber: table.lastRow + 1 + i,
      values,
      problems: {},
    }));
    replace(sheet, [...table.rows, ...added]);
  }
  if (edit.remove) {
    const { sheet, rowNumber } = edit.remove;
    replace(
      sheet,
      (next[sheet] as Table).rows
        .filter((row) => row.rowNumber !== rowNumber)
        .map((row) => (row.rowNumber > rowNumber ? { ...row, rowNumber: row.rowNumber - 1 } : row)),
    );
  }
  return next;
}
