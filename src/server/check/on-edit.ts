// onEdit (simple trigger, LIMITED, 30 s): when rows of a sheet the checks read change,
// recompute and re-highlight the accounts they belong to; script edits do not fire it. It
// holds the document lock, and when another execution holds it, leaves a mark for the next check.
import { dayOfDate } from '../../core/days';
import { causeOf } from '../../core/errors';
import type { SheetDef, SheetKey } from '../../template/types';
import { SHEETS } from '../../template/workbook';
import type { Platform } from '../platform/platform';
import type { Range, Spreadsheet } from '../platform/sheets';
import { LOCK_WAIT_MS, withDocumentLock } from '../sheet/lock';
import { accountKey, CHECK_SHEETS, readPortfolio } from '../sheet/portfolio-read';
import { locateColumns } from '../sheet/table-read';
import { nameMatches, openWorkbook, type RawTable } from '../sheet/workbook';
import { type AccountStatus, showsStatus, statusOf, writeStatuses } from './account-status';

/**
 * Document property: when an edit found another execution writing and was not checked; the
 * next check reports it and clears it (a property, so no sheet is written without the lock).
 */
export const EDITS_WAITING_KEY = 'kam.check.editsWaiting';

/** The sheets whose edits change a status (R1, R3.3, R3.4, R3.6, R5). */
export const WATCHED: readonly SheetKey[] = CHECK_SHEETS;

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

/**
 * Re-highlights after a user's edit, holding the document lock: a save or a check writing at
 * the same time is waited for (5 s), so nobody writes a status computed from rows another has
 * since changed. When the lock stays taken, the edit is marked for the next check instead
 * (a document property; nothing is written to the sheets).
 */
export function onEdit(platform: Platform, e: EditEvent): void {
  const name = e.range.getSheet().getName();
  const def = SHEETS.find((d) => WATCHED.includes(d.key) && nameMatches(d, name));
  if (!def) return;
  try {
    withDocumentLock(platform, LOCK_WAIT_MS.edit, () => recheck(platform, e, def));
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
  const raw = workbook.read(def);
  if (!raw) return;
  const touched = touchedAccounts(def, raw, e.range.getA1Notation(), e.oldValue);
  const today = dayOfDate(platform.clock.now(), workbook.zone);
  const portfolio = readPortfolio(workbook, CHECK_SHEETS, touched, { [def.key]: raw }, today);
  const changed = new Map<number, AccountStatus>();
  for (const record of portfolio.accounts) {
    const status = statusOf(record, workbook, today);
    if (!showsStatus(record, status)) changed.set(record.row.rowNumber, status);
  }
  if (changed.size > 0 && portfolio.tables.accounts)
    writeStatuses(portfolio.tables.accounts, workbook, changed);
}
