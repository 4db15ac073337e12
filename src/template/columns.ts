// Builders for column definitions: default widths per type and the account id that links sheets.
import type {
  Choice,
  ColumnDef,
  ColumnType,
  FormulaOf,
  Localized,
  SheetDef,
  SheetKey,
} from './types';

/** Width in pixels a column gets unless its definition says otherwise. */
export const DEFAULT_WIDTHS: Readonly<Record<ColumnType, number>> = {
  id: 100,
  text: 170,
  longText: 300,
  number: 100,
  money: 120,
  percent: 90,
  date: 110,
  choice: 150,
  multiChoice: 220,
  email: 210,
  yesNo: 80,
};

/** The parts of a column a sheet file states; `required` defaults to false, `width` to the type's. */
export interface ColumnSpec<K extends string, T extends ColumnType, C extends string> {
  key: K;
  type: T;
  choices?: readonly Choice<C>[];
  required?: boolean;
  width?: number;
  /** Header: English, Lithuanian. */
  header: readonly [en: string, lt: string];
  /** Help note: English, Lithuanian; one line citing the rule. */
  help: readonly [en: string, lt: string];
  computed?: boolean;
  formula?: FormulaOf;
  references?: SheetKey;
  numberFormat?: string;
}

function localized([en, lt]: readonly [string, string]): Localized {
  return { en, lt };
}

/** A column from its spec, its key, type and choice keys kept as literal types. */
export function column<
  const K extends string,
  const T extends ColumnType,
  const C extends string = never,
>(spec: ColumnSpec<K, T, C>): ColumnDef<K, T, C> {
  return {
    ...spec,
    header: localized(spec.header),
    help: localized(spec.help),
    required: spec.required ?? false,
    width: spec.width ?? DEFAULT_WIDTHS[spec.type],
  };
}

/** A sheet's definition, its columns kept as a tuple of literal types (for typed rows). */
export function sheet<const S extends SheetKey, const Cs extends readonly ColumnDef[]>(
  def: SheetDef<S, Cs>,
): SheetDef<S, Cs> {
  return def;
}

/** The account a row belongs to: an id from the Accounts sheet (R3: one dossier per key client). */
export function accountIdColumn(
  help: readonly [en: string, lt: string],
): ColumnDef<'accountId', 'id'> {
  return column({
    key: 'accountId',
    header: ['Account ID', 'Paskyros ID'],
    type: 'id',
    required: true,
    references: 'accounts',
    help,
  });
}

/** Column letter of a 0-based column index: 0 → "A", 26 → "AA". */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** A column's data range: `C2:C` open-ended (Sheets), or `C2:C1000` when `lastRow` is given (Excel). */
export function columnRange(letter: string, firstDataRow: number, lastRow?: number): string {
  return `${letter}${firstDataRow}:${letter}${lastRow ?? ''}`;
}

/**
 * KAM_TIER over the whole revenue column with the workbook's thresholds from Settings
 * (R1.1–R1.3), so that overriding them there retiers every client; the article's defaults
 * when the Settings cells are not known.
 */
export function tierFormulaOf(sourceKey: string): FormulaOf {
  return (firstDataRow, columnLetterOf, lastRow, settingCell) => {
    const range = columnRange(columnLetterOf(sourceKey), firstDataRow, lastRow);
    const cells = (['keyThreshold', 'criticalThreshold', 'monoThreshold'] as const).map((key) =>
      settingCell?.(key),
    );
    return cells.every((cell) => cell !== undefined)
      ? `=KAM_TIER(${range}, , ${cells.join(', ')})`
      : `=KAM_TIER(${range})`;
  };
}

/** A formula applying a KAM_ custom function to the whole data range of one column. */
export function customFunctionOf(fn: string, sourceKey: string): FormulaOf {
  return (firstDataRow, columnLetterOf, lastRow) =>
    `=${fn}(${columnRange(columnLetterOf(sourceKey), firstDataRow, lastRow)})`;
}

/**
 * The number format of a column's data cells: its own, else its type's (dates ISO-like,
 * money, percent; text as "@", so typed text such as "=1+1" or "2026-01" stays text).
 * Undefined leaves the automatic format: a formula's text result needs no "@".
 */
export function numberFormatOf(
  column: Pick<ColumnDef, 'type' | 'numberFormat' | 'formula'>,
): string | undefined {
  if (column.numberFormat !== undefined) return column.numberFormat;
  switch (column.type) {
    case 'date':
      return 'yyyy-mm-dd';
    case 'money':
      return '#,##0.00';
    case 'percent':
      return '0.0%';
    case 'number':
      return '0';
    default:
      return column.formula === undefined ? '@' : undefined;
  }
}
