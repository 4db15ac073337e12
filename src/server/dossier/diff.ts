// What an edit changes in one row: the wire's values as typed cells, only those that differ,
// each with its Change history entry (R4.3: the record of who changed what).
import { dayOfIso } from '../../core/days';
import type { FieldValue, Values } from '../../dossier/types';
import { sheetDef } from '../../template/lookup';
import type { ColumnDef } from '../../template/types';
import type { CellValue } from '../sheet/table-codec';
import type { Change } from './history';
import type { DossierSheet } from './read';

/** A wire value as a typed cell: ISO dates to days, null to blank. */
export function cellOfWire(column: ColumnDef, value: FieldValue): CellValue {
  if (value === null) return undefined;
  if (column.type === 'date' && typeof value === 'string') return dayOfIso(value);
  return value;
}

export function sameCell(a: CellValue, b: CellValue): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * The cells of one row that `values` change, with History's entries. Example: relationship
 * "cool" → "warm" gives one cell and one History row; an unchanged field gives none.
 */
export function diffRow(
  sheet: DossierSheet,
  current: Readonly<Record<string, CellValue>> | undefined,
  values: Values,
): { cells: Record<string, CellValue>; history: Change[] } {
  const def = sheetDef(sheet);
  const cells: Record<string, CellValue> = {};
  const history: Change[] = [];
  for (const [key, wire] of Object.entries(values)) {
    const column = def.columns.find((c) => c.key === key)!;
    const now = cellOfWire(column, wire);
    const old = current?.[key];
    if (sameCell(old, now)) continue;
    cells[key] = now;
    history.push({ sheet: def, column, old, now });
  }
  return { cells, history };
}
