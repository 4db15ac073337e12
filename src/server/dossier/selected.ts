// Which account the sidebar opens with: the one of the row selected in any template sheet
// with an account id column (R3: one dossier per key account).
import { SHEETS } from '../../template/workbook';
import { headerMatches } from '../sheet/table-read';
import { nameMatches, type Workbook } from '../sheet/workbook';
import { type DossierTables, isDossierSheet } from './read';

/**
 * The account id of the row selected: from the tables already read, or (Change history) from
 * that row's cells. Undefined when nothing account-like is selected.
 */
export function selectedAccountId(workbook: Workbook, tables: DossierTables): string | undefined {
  const range = workbook.spreadsheet.getActiveRange();
  if (!range) return undefined;
  const sheet = range.getSheet();
  const row = range.getRow();
  const def = SHEETS.find(
    (d) => d.columns.some((c) => c.key === 'accountId') && nameMatches(d, sheet.getName()),
  );
  if (!def || row < 2) return undefined;
  const read = isDossierSheet(def.key) ? tables[def.key] : undefined;
  const id = read
    ? read.rows.find((r) => r.rowNumber === row)?.values.accountId
    : (() => {
        const width = Math.max(sheet.getLastColumn(), 1);
        const header = sheet.getRange(1, 1, 1, width).getValues()[0];
        const index = header.findIndex((h) =>
          headerMatches(def.columns.find((c) => c.key === 'accountId')!, h),
        );
        return index < 0 ? undefined : sheet.getRange(row, index + 1).getValue();
      })();
  return typeof id === 'string' && id.trim() !== '' ? id.trim() : undefined;
}
