// A row of a sheet as a typed record, derived from the sheet's definition: text columns hold
// strings, number and date columns numbers (dates as days), choice columns their keys,
// multi-choice columns lists of keys, yes/no columns booleans.
import type { ColumnDef, ColumnType, SheetKey } from './types';
import type { SheetDefs } from './workbook';

type NumberType = 'number' | 'money' | 'percent' | 'date';

/** The value a column holds once read, by its type and choice keys. */
export type ValueOf<C> =
  C extends ColumnDef<string, infer T, infer K>
    ? T extends 'choice'
      ? K
      : T extends 'multiChoice'
        ? readonly K[]
        : T extends 'yesNo'
          ? boolean
          : T extends NumberType
            ? number
            : string
    : never;

/** A row of sheet `K`: each column's value by its key, blank cells absent. */
export type RowOf<K extends SheetKey> = {
  readonly [C in SheetDefs[K]['columns'][number] as C['key']]?: ValueOf<C>;
};

const NUMBER_TYPES: readonly ColumnType[] = ['number', 'money', 'percent', 'date'];

/** Whether a read value fits its column (a choice's key among the column's choices). */
function fits(column: ColumnDef, value: unknown): boolean {
  if (value === undefined) return true;
  const isKey = (v: unknown) =>
    typeof v === 'string' && (column.choices ?? []).some((c) => c.key === v);
  switch (column.type) {
    case 'choice':
      return isKey(value);
    case 'multiChoice':
      return Array.isArray(value) && value.every(isKey);
    case 'yesNo':
      return typeof value === 'boolean';
    default:
      return NUMBER_TYPES.includes(column.type)
        ? typeof value === 'number'
        : typeof value === 'string';
  }
}

/**
 * The guard at the edge where cells become typed rows: every value fits its column, so the
 * row is `RowOf<K>`. Example: { outcome: 'negative', date: 20781 } in Contacts → true.
 */
export function isRowOf<K extends SheetKey>(
  def: SheetDefs[K],
  values: Readonly<Record<string, unknown>>,
): values is RowOf<K> {
  const columns: readonly ColumnDef[] = def.columns;
  return columns.every((column) => fits(column, values[column.key]));
}
