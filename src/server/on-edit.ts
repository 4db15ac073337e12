// onEdit (simple trigger, LIMITED, 30 s): when the rows of a sheet the checks read change, re-
// compute and re-highlight the accounts whose status changed; script edits do not fire it.
import { dayOfDate } from '../core/days';
import type { SheetKey } from '../template/types';
import { SHEETS } from '../template/workbook';
import { type AccountStatus, STATUS_KEYS, statusOf, writeStatuses } from './account-status';
import { type AccountRecord, readPortfolio } from './portfolio-read';
import { nameMatches, openWorkbook } from './workbook';

/** The sheets whose edits change a status (R1, R3.3, R3.4, R3.6, R5). */
export const WATCHED: readonly SheetKey[] = [
  'accounts',
  'revenue',
  'reviews',
  'contacts',
  'decisionGroup',
  'competitors',
];

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b))
    return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 1e-9;
  return (a ?? '') === (b ?? '');
}

/** Whether the cells of an Accounts row already show this status. */
export function showsStatus(record: AccountRecord, status: AccountStatus): boolean {
  return STATUS_KEYS.every((key) => sameValue(record.row.values[key], status.values[key]));
}

/**
 * Re-highlights after a user's edit: every account is recomputed in memory (reads stay one
 * per sheet whatever was edited, so a pasted block, a cleared row or a changed id are all
 * caught), and only the rows whose status changed are written.
 */
export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const name = e.range.getSheet().getName();
  if (!SHEETS.some((def) => WATCHED.includes(def.key) && nameMatches(def, name))) return;
  const workbook = openWorkbook(e.source, SHEETS);
  const today = dayOfDate(new Date(), workbook.zone);
  const portfolio = readPortfolio(workbook);
  const changed = new Map<number, AccountStatus>();
  for (const record of portfolio.accounts) {
    const status = statusOf(record, workbook, today);
    if (!showsStatus(record, status)) changed.set(record.row.rowNumber, status);
  }
  if (changed.size > 0 && portfolio.tables.accounts)
    writeStatuses(portfolio.tables.accounts, workbook, changed);
}
