// The benchmark's foil: the same check written the way Google's best-practices page warns
// against, reading every row and writing every cell with its own service call. Never shipped.
import { dayOfDate } from '../../src/core/days';
import {
  type AccountStatus,
  SEVERITY_COLORS,
  STATUS_KEYS,
  statusOf,
} from '../../src/server/check/account-status';
import { appsScriptPlatform } from '../../src/server/platform/apps-script';
import type { Sheet } from '../../src/server/platform/sheets';
import { CHECK_SHEETS, portfolioOf } from '../../src/server/sheet/portfolio-read';
import { encodeCell } from '../../src/server/sheet/table-codec';
import { type Table, tableOf } from '../../src/server/sheet/table-read';
import { openWorkbook } from '../../src/server/sheet/workbook';
import { SHEETS, sheetDef } from '../../src/template';

declare const global: Record<string, unknown>;

/** A range with Apps Script's one-cell setters, which KAM itself never uses. */
type CellRange = GoogleAppsScript.Spreadsheet.Range;

/** Reads a sheet one row at a time. */
function readRowByRow(sheet: Sheet): unknown[][] {
  const rows: unknown[][] = [];
  const last = sheet.getLastRow();
  const width = sheet.getLastColumn();
  for (let r = 1; r <= last; r++) rows.push(sheet.getRange(r, 1, 1, width).getValues()[0]);
  return rows;
}

function naiveTables(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet) {
  const workbook = openWorkbook(appsScriptPlatform(), spreadsheet, SHEETS);
  const tables: Partial<Record<string, Table>> = {};
  for (const key of CHECK_SHEETS) {
    const def = sheetDef(key);
    const sheet = workbook.sheet(key);
    if (!sheet) continue;
    tables[key] = tableOf(
      def,
      {
        rangeAt: (r, c, nr, nc) => sheet.getRange(r, c, nr, nc),
        sheet: () => sheet,
        gridId: () => sheet.getSheetId(),
      },
      readRowByRow(sheet),
      workbook.zone,
    );
  }
  return { workbook, tables };
}

/** Writes one account's status cell by cell: a value, a note and a colour per cell. */
function writeCellByCell(
  table: Table,
  row: number,
  status: AccountStatus,
  lang: 'en' | 'lt',
  zone: Parameters<typeof encodeCell>[3],
): void {
  for (const key of STATUS_KEYS) {
    const index = table.columns.get(key);
    const def = table.def.columns.find((c) => c.key === key);
    if (index === undefined || !def) continue;
    const cell = table.source.rangeAt(row, index + 1, 1, 1) as unknown as CellRange;
    cell.setValue(encodeCell(def, status.values[key], lang, zone));
    cell.setNote(status.notes[key] ?? '');
    cell.setBackground(SEVERITY_COLORS[status.severity]);
  }
}

global.naiveCheck = () => {
  const { workbook, tables } = naiveTables(SpreadsheetApp.getActiveSpreadsheet());
  const portfolio = portfolioOf(workbook, tables);
  const today = dayOfDate(new Date(), workbook.zone);
  for (const record of portfolio.accounts) {
    writeCellByCell(
      tables.accounts as Table,
      record.row.rowNumber,
      statusOf(record, workbook, today),
      workbook.lang,
      workbook.zone,
    );
  }
};

global.onEdit = (e: GoogleAppsScript.Events.SheetsOnEdit) => {
  const { workbook, tables } = naiveTables(e.source);
  const portfolio = portfolioOf(workbook, tables);
  const today = dayOfDate(new Date(), workbook.zone);
  const edited = e.range.getSheet().getRange(e.range.getRow(), 1, 1, 2).getValues()[0];
  const record = portfolio.accounts.find((a) => edited.includes(a.id));
  if (record)
    writeCellByCell(
      tables.accounts as Table,
      record.row.rowNumber,
      statusOf(record, workbook, today),
      workbook.lang,
      workbook.zone,
    );
};
