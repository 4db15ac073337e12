// Which account the sidebar opens with: the one of the row selected in any template sheet
// with an account id column (R3: one dossier per key account); and, when a whole Decision
// group row is selected (as the relationship map selects a person clicked on it), that person.
import { SHEETS } from '../../template/workbook';
import { accountKey } from '../sheet/portfolio-read';
import { headerMatches } from '../sheet/table-read';
import { nameMatches, type Workbook } from '../sheet/workbook';
import { type DossierTables, isDossierSheet, rowKeys } from './read';

/**
 * The account id of the row selected: from the tables already read, or (Change history) from
 * that row's cells. Undefined when nothing account-like is selected.
 */
export function selectedAccountId(workbook: Workbook, tables: DossierTables): string | undefined {
  return selectedRow(workbook, tables).accountId;
}

/**
 * The selected row's account and, for a whole row of the Decision group (more than one column
 * selected), the person's row key, for the sidebar to open their form at once (R3.3). One call
 * more than the account alone, and only on a Decision group selection.
 */
export function selectedRow(
  workbook: Workbook,
  tables: DossierTables,
): { accountId?: string; person?: string } {
  const range = workbook.spreadsheet.getActiveRange();
  if (!range) return {};
  const sheet = range.getSheet();
  const row = range.getRow();
  const def = SHEETS.find(
    (d) => d.columns.some((c) => c.key === 'accountId') && nameMatches(d, sheet.getName()),
  );
  if (!def || row < 2) return {};
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
  const accountId = typeof id === 'string' && id.trim() !== '' ? id.trim() : undefined;
  const group = tables.decisionGroup;
  if (!accountId || def.key !== 'decisionGroup' || !group || range.getNumColumns() < 2)
    return { accountId };
  const mine = group.rows.filter((r) => accountKey(r.values.accountId) === accountKey(accountId));
  const index = mine.findIndex((r) => r.rowNumber === row);
  return index < 0 ? { accountId } : { accountId, person: rowKeys(group, mine)[index] };
}
