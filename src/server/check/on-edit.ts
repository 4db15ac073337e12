// onEdit (simple trigger, LIMITED, 30 s): when rows of a sheet the checks read change,
// recompute and re-highlight the accounts they belong to; an edit in Settings re-tiers every
// account; script edits do not fire it. It holds the document lock, and when another execution
// holds it, leaves a mark for the next check.
import { dayOfDate } from '../../core/days';
import { causeOf } from '../../core/errors';
import { sheetDef } from '../../template/lookup';
import type { SheetDef, SheetKey } from '../../template/types';
import { SHEETS } from '../../template/workbook';
import { dropBreachIndex } from '../dossier/breach-index';
import type { Platform } from '../platform/platform';
import type { Range, Spreadsheet } from '../platform/sheets';
import { LOCK_WAIT_MS, withDocumentLock } from '../sheet/lock';
import { filledRows, type NarrowSheet, openNarrow, readsNarrowly } from '../sheet/narrow-read';
import {
  accountKey,
  CHECK_SHEETS,
  type Portfolio,
  portfolioOf,
  readPortfolio,
} from '../sheet/portfolio-read';
import { locateColumns, type Table, tableOf } from '../sheet/table-read';
import { nameMatches, openWorkbook, type RawTable, type Workbook } from '../sheet/workbook';
import { type AccountStatus, showsStatus, statusOf, writeStatuses } from './account-status';
import { retierAccounts } from './retier';

/**
 * Document property: when an edit found another execution writing and was not checked; the
 * next check reports it and clears it (a property, so no sheet is written without the lock).
 */
export const EDITS_WAITING_KEY = 'kam.check.editsWaiting';

/** The sheets whose edits change a status (R1, R3.3, R3.4, R3.6, R5). */
export const WATCHED: readonly SheetKey[] = CHECK_SHEETS;

/** The sheets whose rows belong to one account each, read narrowly in a large workbook. */
const BY_ACCOUNT = ['reviews', 'contacts', 'decisionGroup', 'competitors'] as const;

/** A sparse grid of a sheet's header and one row at its place, as touchedAccounts reads a sheet. */
function rowAt(header: readonly unknown[], rowNumber: number, cells: unknown[]): unknown[][] {
  const values: unknown[][] = [[...header]];
  values[rowNumber - 1] = cells;
  return values;
}

/** What onEdit receives (a simple trigger's event): the edited block, its file, and for one cell its old value. */
export interface EditEvent {
  range: Range;
  source: Spreadsheet;
  oldValue?: unknown;
}

/** Rows of an A1 range: "A5:G9" → [5, 9], "B7" → [7, 7]. */
export function rowsOfA1(a1: string): [number, number] | undefined {
  const match = /^[A-Z]*(\d+)(?::[A-Z]*(\d+))?$/i.exec(a1.replace(/^.*!/, ''));
  if (!match) return undefined;
  const first = Number(match[1]);
  return [first, match[2] === undefined ? first : Number(match[2])];
}

/**
 * The accounts a single-cell edit touches: the account of its row, and the old value when
 * the cell was the account id (Apps Script gives `e.oldValue` for one cell only). Undefined
 * when it cannot be told, and for every block edit, since a paste may replace rows of other
 * accounts whose old ids are gone, and for Revenue, whose every change moves every share:
 * then every account is recomputed and only changed rows are written.
 */
export function touchedAccounts(
  def: SheetDef,
  raw: RawTable,
  a1: string,
  oldValue: unknown,
): Set<string> | undefined {
  if (def.key === 'revenue' || a1.includes(':')) return undefined;
  const rows = rowsOfA1(a1);
  const index = locateColumns(def, raw.values[0] ?? []).columns.get('accountId');
  if (!rows || index === undefined || rows[0] < 2) return undefined;
  const touched = new Set<string>();
  const current = accountKey(raw.values[rows[0] - 1]?.[index]);
  if (current !== '') touched.add(current);
  if (typeof oldValue === 'string' && oldValue.trim() !== '') touched.add(accountKey(oldValue));
  return touched.size > 0 ? touched : undefined;
}

/** The tables a status depends on, for the touched accounts only: Revenue whole, the rest narrowly. */
function narrowTables(
  workbook: Workbook,
  accounts: RawTable,
  touched: ReadonlySet<string>,
  edited?: NarrowSheet<SheetKey>,
): Partial<Record<SheetKey, Table>> {
  const keep = (cells: readonly unknown[], columns: ReadonlyMap<string, number>) =>
    touched.has(accountKey(cells[columns.get('accountId') ?? -1]));
  // A workbook without Revenue leaves `revenue` undefined, which the portfolio reads as no rows.
  const tables: Partial<Record<SheetKey, Table>> = {
    accounts: tableOf(sheetDef('accounts'), accounts.source, accounts.values, workbook.zone, keep),
    revenue: workbook.table(sheetDef('revenue')),
  };
  for (const key of BY_ACCOUNT) {
    const sheet = edited?.key === key ? edited : openNarrow(workbook, key);
    if (sheet) tables[key] = sheet.table(touched);
  }
  return tables;
}

/**
 * Re-highlights after a user's edit. An edit in Settings re-tiers every account at once
 * (R1: tiers need only Revenue and Settings) and leaves the rest to the next full check.
 * Otherwise only the touched accounts' rows are typed and checked, and only rows whose status
 * changed are written. A small workbook reads each sheet whole (one getValues); from
 * NARROW_FROM_ACCOUNTS accounts on, a typed cell reads Accounts and Revenue whole and of the
 * other sheets only the header, the account-id column and the touched accounts' rows. When
 * the touched accounts cannot be told, every account is recomputed and compared with what its
 * row shows.
 * It holds the document lock: a save or a check writing at the same time is waited for
 * (5 s), so nobody writes a status computed from rows another has since changed. When the lock
 * stays taken, the edit is marked for the next check instead (a document property; nothing is
 * written to the sheets).
 */
export function onEdit(platform: Platform, e: EditEvent): void {
  const sheet = e.range.getSheet();
  const name = sheet.getName();
  // A line typed into Change history may add or remove a breach on record (R4.3): the
  // dashboard reads History again rather than trust its memory of them.
  if (nameMatches(sheetDef('history'), name)) {
    dropBreachIndex(platform.properties(), platform.clock.now());
    return;
  }
  const settings = nameMatches(sheetDef('settings'), name);
  const def = SHEETS.find((d) => WATCHED.includes(d.key) && nameMatches(d, name));
  if (!settings && !def) return;
  try {
    withDocumentLock(platform, LOCK_WAIT_MS.edit, () =>
      def
        ? recheck(platform, e, def)
        : retierAccounts(openWorkbook(platform, e.source, SHEETS), () => platform.properties()),
    );
  } catch (error) {
    if (causeOf(error)?.code !== 'BUSY') throw error;
    platform.properties().setProperty(EDITS_WAITING_KEY, platform.clock.now().toISOString());
  }
}

/**
 * The edited sheet and the others are read once each; only the touched accounts' rows are
 * typed and checked, and only rows whose status changed are written. When the touched
 * accounts cannot be told, every account is recomputed and compared with what its row shows.
 */
function recheck(platform: Platform, e: EditEvent, def: SheetDef): void {
  const workbook = openWorkbook(platform, e.source, SHEETS);
  const a1 = e.range.getA1Notation();
  const today = dayOfDate(platform.clock.now(), workbook.zone);
  const accounts = workbook.read(sheetDef('accounts'));
  if (!accounts) return;
  let portfolio: Portfolio | undefined;
  if (readsNarrowly(filledRows(accounts.values)) && !a1.includes(':') && def.key !== 'revenue') {
    const edited = def.key === 'accounts' ? undefined : openNarrow(workbook, def.key);
    const row = rowsOfA1(a1)?.[0] ?? 0;
    const raw: RawTable | undefined =
      def.key === 'accounts'
        ? accounts
        : edited && row >= 2
          ? { source: accounts.source, values: rowAt(edited.header, row, edited.row(row)) }
          : undefined;
    const touched = raw && touchedAccounts(def, raw, a1, e.oldValue);
    if (touched)
      portfolio = portfolioOf(workbook, narrowTables(workbook, accounts, touched, edited), today);
  }
  if (!portfolio) {
    const raw = def.key === 'accounts' ? accounts : workbook.read(def);
    if (!raw) return;
    const touched = touchedAccounts(def, raw, a1, e.oldValue);
    portfolio = readPortfolio(workbook, CHECK_SHEETS, touched, { accounts, [def.key]: raw }, today);
  }
  const changed = new Map<number, AccountStatus>();
  for (const record of portfolio.accounts) {
    const status = statusOf(record, workbook, today);
    if (!showsStatus(record, status)) changed.set(record.row.rowNumber, status);
  }
  if (changed.size > 0 && portfolio.tables.accounts)
    writeStatuses(portfolio.tables.accounts, workbook, changed);
}
