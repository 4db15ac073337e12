// One save of the sidebar as a transaction: the document lock; only the sheets the save needs,
// read once; the edit checked against the rows it names (their keys); everything computed in
// memory (the new rows, the account's status, History's rows) before the first write; then
// the writes in blocks, a flush, and the changed parts of the account's view returned.
import { type AccountCheck, checkAccount } from '../../core/account-check';
import { type Day, dayOfDate } from '../../core/days';
import { fail as failWith } from '../../core/errors';
import type { AccountPatch } from '../../dossier/types';
import { fail } from '../../dossier/validate';
import { sheetDef } from '../../template/lookup';
import { DOSSIER_STATUS_KEYS, showsStatus, statusOf, writeStatuses } from '../check/account-status';
import type { AccountRecord } from '../sheet/portfolio-read';
import type { CellValue } from '../sheet/table-codec';
import type { Table, TableRow } from '../sheet/table-read';
import { appendRows, type RowChange, writeRows } from '../sheet/table-write';
import type { Workbook } from '../sheet/workbook';
import { canOpen, currentViewer, whoIsSaving } from './access';
import type { RecordLine } from './breaches';
import {
  appendHistory,
  type Change,
  historyRows,
  historyTarget,
  lastChangeOf,
  localDayTime,
} from './history';
import {
  type AccountRows,
  accountRowsOf,
  type DossierSheet,
  type DossierTables,
  readDossierTables,
  recordOf,
  STATUS_SHEETS,
} from './read';
import { accountPatch } from './state';

/** How long a save waits for another execution's save on the same document. */
export const LOCK_MS = 10_000;

/** What a save found: the workbook, the tables it read, the account's rows, who saves when. */
export interface SaveContext {
  workbook: Workbook;
  tables: DossierTables;
  rows: AccountRows;
  /** The account id as the Accounts sheet spells it. */
  accountId: string;
  today: Day;
  who: string;
}

/**
 * What a save changes: cells of existing rows, new rows, a removed row, History's entries
 * (one per changed cell), and History lines of its own (a reason, a breach kept on record).
 */
export interface Edit {
  writes?: { sheet: DossierSheet; changes: RowChange[] }[];
  appends?: { sheet: DossierSheet; rows: Record<string, CellValue>[] }[];
  remove?: { sheet: DossierSheet; rowNumber: number };
  history: Change[];
  record?: RecordLine[];
}

/** Refuses an edit of rows that changed since the sidebar loaded them, naming who changed the account last. */
export function stale(ctx: SaveContext, field: string): never {
  const changedBy = lastChangeOf(ctx.workbook, sheetDef('history'), ctx.accountId);
  return failWith('STALE', { field, changedBy });
}

/** The tables after the edit, in memory: the same rows the sheets will hold once written. */
function afterEdit(tables: DossierTables, edit: Edit): DossierTables {
  const next: DossierTables = { ...tables };
  const replace = (sheet: DossierSheet, rows: TableRow[]) => {
    const table = next[sheet] as Table;
    next[sheet] = { ...table, rows, lastRow: Math.max(1, ...rows.map((r) => r.rowNumber)) };
  };
  for (const { sheet, changes } of edit.writes ?? []) {
    const byRow = new Map(changes.map((c) => [c.rowNumber, c.values]));
    replace(
      sheet,
      (next[sheet] as Table).rows.map((row) =>
        byRow.has(row.rowNumber)
          ? { ...row, values: { ...row.values, ...byRow.get(row.rowNumber) } }
          : row,
      ),
    );
  }
  for (const { sheet, rows } of edit.appends ?? []) {
    const table = next[sheet] as Table;
    const added = rows.map((values, i) => ({
      rowNumber: table.lastRow + 1 + i,
      values,
      problems: {},
    }));
    replace(sheet, [...table.rows, ...added]);
  }
  if (edit.remove) {
    const { sheet, rowNumber } = edit.remove;
    replace(
      sheet,
      (next[sheet] as Table).rows
        .filter((row) => row.rowNumber !== rowNumber)
        .map((row) => (row.rowNumber > rowNumber ? { ...row, rowNumber: row.rowNumber - 1 } : row)),
    );
  }
  return next;
}

function write(ctx: SaveContext, edit: Edit): void {
  const { workbook, tables } = ctx;
  for (const w of edit.writes ?? [])
    if (w.changes.length > 0)
      writeRows(tables[w.sheet] as Table, w.changes, workbook.lang, workbook.zone);
  for (const a of edit.appends ?? [])
    if (a.rows.length > 0)
      appendRows(tables[a.sheet] as Table, a.rows, workbook.lang, workbook.zone);
  if (edit.remove)
    (tables[edit.remove.sheet] as Table).source.sheet().deleteRow(edit.remove.rowNumber);
}

export interface SaveSpec {
  accountId: string;
  /** The sheets the save edits (read besides Accounts; the status sheets too when one is edited). */
  sheets: readonly DossierSheet[];
  change: (ctx: SaveContext) => Edit;
}

/**
 * Runs one save: takes the document lock (BUSY when another save holds it past LOCK_MS),
 * reads what the save needs once, refuses an unknown account and a viewer who may not open
 * it (R3.5), asks `change` for the edit (which refuses rows changed since loading), then
 * writes the rows, the account's status cells when they change (script edits fire no
 * onEdit) and History, flushes and releases the lock.
 */
export function runSave(workbook: Workbook, spec: SaveSpec): AccountPatch {
  const { platform } = workbook;
  const lock = platform.lock();
  if (!lock?.tryLock(LOCK_MS)) return fail('BUSY', 'payload');
  try {
    const affectsStatus = spec.sheets.some((s) => (STATUS_SHEETS as readonly string[]).includes(s));
    const tables = readDossierTables(
      workbook,
      [...spec.sheets, ...(affectsStatus ? STATUS_SHEETS : [])],
      () => spec.accountId,
    );
    const rows = accountRowsOf(tables, spec.accountId) ?? fail('ACCOUNT_NOT_FOUND', 'accountId');
    const viewer = currentViewer(workbook);
    if (!canOpen(viewer, rows.account)) fail('NO_ACCESS', 'accountId');
    const now = platform.clock.now();
    const today = dayOfDate(now, workbook.zone);
    const id = String(rows.account.values.accountId).trim();
    const who = whoIsSaving(workbook, viewer);
    const ctx: SaveContext = { workbook, tables, rows, accountId: id, today, who };
    const edit = spec.change(ctx);
    const after = edit.history.length === 0 ? tables : afterEdit(tables, edit);
    const afterRows = accountRowsOf(after, id) ?? rows;
    let status: { record: AccountRecord; check: AccountCheck; today: Day } | undefined;
    if (affectsStatus) {
      const record = recordOf(workbook, after, afterRows);
      status = { record, check: checkAccount(record.facts, today, workbook.settings), today };
    }
    if (edit.history.length > 0) {
      const history = historyTarget(workbook) ?? fail('NOT_SET_UP', 'payload');
      const when = localDayTime(now.getTime(), workbook.zone);
      const historyLines = [
        ...historyRows(edit.history, id, who, when, workbook.lang),
        ...(edit.record ?? []).map((line) => ({ when, who, accountId: id, ...line })),
      ];
      const newStatus = status && statusOf(status.record, workbook, today, status.check);
      write(ctx, edit);
      if (status && newStatus && !showsStatus(status.record, newStatus, DOSSIER_STATUS_KEYS))
        writeStatuses(
          tables.accounts,
          workbook,
          new Map([[rows.account.rowNumber, newStatus]]),
          DOSSIER_STATUS_KEYS,
        );
      appendHistory(workbook, history, historyLines);
      platform.sheets.flush();
    }
    return accountPatch(workbook, after, afterRows, status);
  } finally {
    lock.releaseLock();
  }
}

/** A save's patch with the status parts of a full view: what a load shows (for the whole state). */
export function loadedView(
  workbook: Workbook,
  tables: DossierTables,
  rows: AccountRows,
  today: Day,
): ReturnType<typeof accountPatch> {
  const record = recordOf(workbook, tables, rows);
  const check = checkAccount(record.facts, today, workbook.settings);
  return accountPatch(workbook, tables, rows, { record, check, today });
}
