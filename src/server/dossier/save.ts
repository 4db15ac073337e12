// One save of the sidebar as a transaction: the document lock; only the sheets the save needs,
// read once; a retry of a save already written recognised by its request id; the edit checked
// against the rows it names (their keys); everything computed in memory (the new rows, the
// account's status, History's rows, the answer) before the first write; then the writes in
// blocks, a flush, and an answer true to what was written.
import { checkAccount } from '../../core/account-check';
import { type Day, dayOfDate } from '../../core/days';
import { fail as failWith } from '../../core/errors';
import type { AccountPatch } from '../../dossier/types';
import { fail } from '../../dossier/validate';
import { messagesFor } from '../../i18n';
import { sheetDef } from '../../template/lookup';
import { DOSSIER_STATUS_KEYS, showsStatus, statusOf, writeStatuses } from '../check/account-status';
import { LOCK_WAIT_MS, withDocumentLock } from '../sheet/lock';
import type { Table } from '../sheet/table-read';
import { appendRows, writeRows } from '../sheet/table-write';
import type { Workbook } from '../sheet/workbook';
import { canOpen, currentViewer, whoIsSaving } from './access';
import { dropBreachIndex } from './breach-index';
import { isBreachField } from './breaches';
import { afterEdit, type Edit } from './edit';
import { appendHistory, historyRows, historyTarget, lastChangeOf, localDayTime } from './history';
import {
  type AccountRows,
  accountRowsOf,
  type DossierSheet,
  type DossierTables,
  readDossierTables,
  recordOf,
  STATUS_SHEETS,
} from './read';
import { alreadySaved, rememberUnrecorded } from './request-id';
import { accountPatch } from './state';

export type { Edit };

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

/** Refuses an edit of rows that changed since the sidebar loaded them, naming who changed the account last. */
export function stale(ctx: SaveContext, field: string): never {
  const changedBy = lastChangeOf(ctx.workbook, sheetDef('history'), ctx.accountId);
  return failWith('STALE', { field, changedBy });
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
  /** The sidebar's id for this save, sent again with a retry (kept in Change history). */
  requestId?: string;
  change: (ctx: SaveContext) => Edit;
}

/** What a save answers: the changed parts of the view, and what did not finish after the save. */
export interface SaveAnswer {
  patch: AccountPatch;
  warning?: string;
}

/** How far a save got: nothing written yet, the rows, History, the statuses, done. */
interface Progress {
  phase: 'reading' | 'rows' | 'history' | 'statuses' | 'done';
  patch?: AccountPatch;
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Runs one save holding the document lock (BUSY when another execution holds it past 10 s):
 * reads what the save needs once, refuses an unknown account and a viewer who may not open
 * it (R3.5), answers a retry of a save already written from the sheets as they are, asks
 * `change` for the edit (which refuses rows changed since loading), computes everything (the
 * rows, the account's status, History's rows, the answer), then writes the rows, History
 * (with the request id) and the status cells when they change (script edits fire no onEdit).
 * A failure before the first write changes nothing; one while writing the rows is answered
 * WRITE_FAILED (part may be in the sheet); after the rows, the save stands and the answer
 * says what did not finish ("Saved, but refreshing the statuses failed: …").
 */
export function runSave(workbook: Workbook, spec: SaveSpec): SaveAnswer {
  const progress: Progress = { phase: 'reading' };
  try {
    return withDocumentLock(workbook.platform, LOCK_WAIT_MS.save, () =>
      saveLocked(workbook, spec, progress),
    );
  } catch (error) {
    if (progress.phase === 'reading' || !progress.patch) throw error;
    if (progress.phase === 'rows') return fail('WRITE_FAILED', 'payload', reasonOf(error));
    const m = messagesFor(workbook.lang).sidebar;
    return { patch: progress.patch, warning: m.finishFailed(reasonOf(error)) };
  }
}

function saveLocked(workbook: Workbook, spec: SaveSpec, progress: Progress): SaveAnswer {
  const { platform } = workbook;
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
  const statusOfRows = (after: DossierTables, afterRows: AccountRows) => {
    if (!affectsStatus) return undefined;
    const record = recordOf(workbook, after, afterRows, today);
    return { record, check: checkAccount(record.facts, today, workbook.settings), today };
  };
  const history = historyTarget(workbook);
  const properties = () => platform.properties();
  if (spec.requestId && alreadySaved(history, properties, spec.requestId))
    return { patch: accountPatch(workbook, tables, rows, statusOfRows(tables, rows)) };
  const who = whoIsSaving(workbook, viewer);
  const ctx: SaveContext = { workbook, tables, rows, accountId: id, today, who };
  const edit = spec.change(ctx);
  const after = edit.history.length === 0 ? tables : afterEdit(tables, edit);
  const afterRows = accountRowsOf(after, id) ?? rows;
  const status = statusOfRows(after, afterRows);
  const patch = accountPatch(workbook, after, afterRows, status);
  if (edit.history.length === 0) return { patch };
  const trail = history ?? fail('NOT_SET_UP', 'payload');
  const when = localDayTime(now.getTime(), workbook.zone);
  const lines = [
    ...historyRows(edit.history, id, who, when, workbook.lang, spec.requestId),
    ...(edit.record ?? []).map((line) => ({
      when,
      who,
      accountId: id,
      requestId: spec.requestId,
      ...line,
    })),
  ];
  const newStatus = status && statusOf(status.record, workbook, today, status.check);
  const rewrite =
    status && newStatus && !showsStatus(status.record, newStatus, DOSSIER_STATUS_KEYS);
  // The dashboard's memory of the breaches on record goes before a new one is written (R4.3).
  if ((edit.record ?? []).some((line) => isBreachField(line.field)))
    dropBreachIndex(properties(), now);
  progress.patch = patch;
  progress.phase = 'rows';
  write(ctx, edit);
  const m = messagesFor(workbook.lang).sidebar;
  const warnings: string[] = [];
  progress.phase = 'history';
  try {
    appendHistory(workbook, trail, lines);
  } catch (error) {
    warnings.push(m.historyFailed(reasonOf(error)));
    if (spec.requestId) rememberUnrecorded(properties(), spec.requestId);
  }
  progress.phase = 'statuses';
  try {
    if (rewrite && newStatus)
      writeStatuses(
        tables.accounts,
        workbook,
        new Map([[rows.account.rowNumber, newStatus]]),
        DOSSIER_STATUS_KEYS,
      );
  } catch (error) {
    warnings.push(m.statusesFailed(reasonOf(error)));
  }
  progress.phase = 'done';
  return warnings.length > 0 ? { patch, warning: warnings.join(' ') } : { patch };
}

/** A save's patch with the status parts of a full view: what a load shows (for the whole state). */
export function loadedView(
  workbook: Workbook,
  tables: DossierTables,
  rows: AccountRows,
  today: Day,
): ReturnType<typeof accountPatch> {
  const record = recordOf(workbook, tables, rows, today);
  const check = checkAccount(record.facts, today, workbook.settings);
  return accountPatch(workbook, tables, rows, { record, check, today });
}
