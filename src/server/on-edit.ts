// onEdit (simple trigger, LIMITED, 30 s): when rows of a sheet the checks read change,
// recompute and re-highlight the accounts they belong to; script edits do not fire it.
import { dayOfDate } from '../core/days';
import type { SheetDef, SheetKey } from '../template/types';
import { SHEETS } from '../template/workbook';
import { type AccountStatus, STATUS_KEYS, statusOf, writeStatuses } from './account-status';
import { type AccountRecord, accountKey, CHECK_SHEETS, readPortfolio } from './portfolio-read';
import type { CellValue } from './table-codec';
import { locateColumns } from './table-read';
import { nameMatches, openWorkbook, type RawTable } from './workbook';

/** The sheets whose edits change a status (R1, R3.3, R3.4, R3.6, R5). */
export const WATCHED: readonly SheetKey[] = CHECK_SHEETS;

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

/** Rows "5:9" of an A1 range such as "A5:G9" or "B7". */
export function rowsOfA1(a1: string): [number, number] | undefined {
  const match = /^[A-Z]*(\d+)(?::[A-Z]*(\d+))?$/i.exec(a1.replace(/^.*!/, ''));
  if (!match) return undefined;
  const first = Number(match[1]);
  return [first, match[2] === undefined ? first : Number(match[2])];
}

/**
 * The accounts an edit touches: the account ids on the edited rows, plus the old id when a
 * single id cell was changed. Undefined when it cannot be told (a cleared row, Revenue,
 * whose every change moves every share): then every account is recomputed.
 */
export function touchedAccounts(
  def: SheetDef,
  raw: RawTable,
  a1: string,
  oldValue: unknown,
): Set<string> | undefined {
  if (def.key === 'revenue') return undefined;
  const rows = rowsOfA1(a1);
  const index = locateColumns(def, raw.values[0] ?? []).columns.get('accountId');
  if (!rows || index === undefined) return undefined;
  const touched = new Set<string>();
  for (let row = Math.max(rows[0], 2); row <= Math.min(rows[1], raw.values.length); row++) {
    const key = accountKey(raw.values[row - 1][index] as CellValue);
    if (key === '') return undefined;
    touched.add(key);
  }
  if (typeof oldValue === 'string' && oldValue.trim() !== '') touched.add(accountKey(oldValue));
  return touched;
}

/**
 * Re-highlights after a user's edit. The edited sheet and the others are read once each;
 * only the touched accounts' rows are typed and checked, and only rows whose status
 * changed are written. When the touched accounts cannot be told, every account is
 * recomputed and compared with what its row shows.
 */
export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const name = e.range.getSheet().getName();
  const def = SHEETS.find((d) => WATCHED.includes(d.key) && nameMatches(d, name));
  if (!def) return;
  const workbook = openWorkbook(e.source, SHEETS);
  const raw = workbook.read(def);
  if (!raw) return;
  const touched = touchedAccounts(def, raw, e.range.getA1Notation(), e.oldValue);
  const today = dayOfDate(new Date(), workbook.zone);
  const portfolio = readPortfolio(workbook, CHECK_SHEETS, touched, { [def.key]: raw });
  const changed = new Map<number, AccountStatus>();
  for (const record of portfolio.accounts) {
    const status = statusOf(record, workbook, today);
    if (!showsStatus(record, status)) changed.set(record.row.rowNumber, status);
  }
  if (changed.size > 0 && portfolio.tables.accounts)
    writeStatuses(portfolio.tables.accounts, workbook, changed);
}
