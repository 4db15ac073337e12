// Split by manager's table work (R3.5): a source sheet's rows, which manager each belongs to,
// the Revenue rows a manager's workbook keeps (R1.1), and writing rows into a new sheet.
import type { ManagerShare } from '../../core/access-split';
import { partitionRows } from '../../core/access-split';
import { numberFormatOf } from '../../template/columns';
import { normalizeHeader } from '../../template/lookup';
import type { Settings } from '../../template/settings';
import type { SheetDef } from '../../template/types';
import type { Sheet } from '../platform/sheets';
import { accountKey, companyTotalOf } from '../sheet/portfolio-read';
import { runsOf } from '../sheet/runs';
import { headerMatches, locateColumns } from '../sheet/table-read';
import type { RawTable } from '../sheet/workbook';
import { cellFrom, writeBlock } from '../sheet/writer';

const blank = (row: readonly unknown[]) =>
  row.every((cell) => cell === '' || cell === null || cell === undefined);

/** A source table's data rows (blank rows dropped) and where each template column is. */
export interface SourceTable {
  def: SheetDef;
  header: unknown[];
  rows: unknown[][];
  columns: Map<string, number>;
  /** Source columns that are not template columns (a user's own), kept at the end. */
  extras: number[];
}

export function sourceTable(def: SheetDef, raw: RawTable): SourceTable {
  const header = raw.values[0] ?? [];
  const { columns } = locateColumns(def, header);
  const extras = header
    .map((text, i) => ({ text, i }))
    .filter(
      ({ text, i }) =>
        typeof text === 'string' &&
        text.trim() !== '' &&
        ![...columns.values()].includes(i) &&
        !def.columns.some((c) => headerMatches(c, text)),
    )
    .map(({ i }) => i);
  return { def, header, rows: raw.values.slice(1).filter((r) => !blank(r)), columns, extras };
}

/**
 * Writes rows into a set-up sheet (template columns in template order): one block per run of
 * columns without a formula (a formula column such as Revenue's share spills), each block its
 * number formats then its values; a user's own columns follow the template's. Rows below them
 * left by an earlier, unfinished split are cleared, so writing again gives the same sheet.
 */
export function writeTable(sheet: Sheet, table: SourceTable, rows: readonly unknown[][]): void {
  const width = table.def.columns.length;
  if (table.extras.length > 0) {
    const need = width + table.extras.length;
    if (sheet.getMaxColumns() < need)
      sheet.insertColumnsAfter(sheet.getMaxColumns(), need - sheet.getMaxColumns());
    writeBlock(sheet.getRange(1, width + 1, 1, table.extras.length), [
      table.extras.map((i) => cellFrom(table.header[i])),
    ]);
  }
  const writableRuns = () => {
    const all = [...table.def.columns.map((c) => !c.formula), ...table.extras.map(() => true)];
    return runsOf(all.flatMap((ok, i) => (ok ? [i] : [])));
  };
  const last = sheet.getLastRow();
  if (last > rows.length + 1)
    for (const run of writableRuns())
      sheet
        .getRange(rows.length + 2, run[0] + 1, last - rows.length - 1, run.length)
        .clearContent();
  if (rows.length === 0) return;
  if (sheet.getMaxRows() < rows.length + 1)
    sheet.insertRowsAfter(sheet.getMaxRows(), rows.length + 1 - sheet.getMaxRows());
  const sources: { from?: number; format: string }[] = [
    ...table.def.columns.map((c) => ({
      from: c.formula ? undefined : table.columns.get(c.key),
      format: c.formula ? '' : (numberFormatOf(c) ?? 'General'),
    })),
    ...table.extras.map((i) => ({
      from: i,
      format: rows.every((r) => typeof r[i] === 'string' || r[i] === '') ? '@' : 'General',
    })),
  ];
  const writable = sources.flatMap((_, i) => (table.def.columns[i]?.formula ? [] : [i]));
  for (const run of runsOf(writable)) {
    const values = rows.map((r) =>
      run.map((i) => {
        const from = sources[i].from;
        return from === undefined ? '' : cellFrom(r[from]);
      }),
    );
    const range = sheet.getRange(2, run[0] + 1, rows.length, run.length);
    writeBlock(range, values, { formats: rows.map(() => run.map((i) => sources[i].format)) });
  }
}

/** The account-keyed rows of a table for each manager (R3.5), and the rows of no known account. */
export function rowsByManager(table: SourceTable, managerOf: Map<string, string>) {
  const id = table.columns.get('accountId');
  const keys = table.rows.map((r) => (id === undefined ? '' : accountKey(r[id])));
  return partitionRows(keys, { managerOf });
}

/**
 * Revenue rows of the manager's clients only (R1.1, R3.5: other managers' clients are not
 * named). The company's total travels in Settings instead ("Company revenue total"), so that
 * shares and tiers stay shares of all revenue without a pseudo-client the rules would take
 * for a client.
 */
export function revenueRows(table: SourceTable, share: ManagerShare): unknown[][] {
  const client = table.columns.get('client');
  if (client === undefined) return [];
  const own = new Set(share.clients);
  return table.rows.filter((r) => own.has(normalizeHeader(String(r[client] ?? ''))));
}

/**
 * The company's revenue total of a source Revenue table (R1.1): what a manager's own workbook
 * keeps in Settings. Example: rows of 600 and 400, the setting blank → 1,000.
 */
export function sourceTotal(table: SourceTable | undefined, settings: Settings): number {
  const revenue = table?.columns.get('revenue');
  const clients =
    table && revenue !== undefined
      ? table.rows.flatMap((r) =>
          typeof r[revenue] === 'number' && (r[revenue] as number) >= 0
            ? [{ revenue: r[revenue] as number }]
            : [],
        )
      : [];
  return companyTotalOf(settings, clients);
}
