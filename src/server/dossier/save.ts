// One save of the sidebar as a transaction (issue 5, "nothing lost"): the document lock, the
// account's revision compared, the change written in blocks, History appended in one block,
// the account's statuses refreshed (script edits fire no onEdit), and the new state returned.
import { type Day, dayOfDate, dayOfIso } from '../../core/days';
import type { DossierState, FieldValue, Values } from '../../dossier/types';
import { fail, ProblemError } from '../../dossier/validate';
import { sheetDef } from '../../template/lookup';
import type { ColumnDef } from '../../template/types';
import { refreshAccountStatuses } from '../check/account-status';
import type { CellValue } from '../sheet/table-codec';
import { appendRows, type RowChange, writeRows } from '../sheet/table-write';
import type { Workbook } from '../sheet/workbook';
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
  revisionOf,
} from './read';
import { canOpen, dossierState, type Viewer } from './state';

/** How long a save waits for another execution's save on the same document. */
export const LOCK_MS = 10_000;

/** What a save found: the workbook, the account's rows and who saves when. */
export interface SaveContext {
  workbook: Workbook;
  tables: DossierTables;
  rows: AccountRows;
  /** The account id as the Accounts sheet spells it. */
  accountId: string;
  today: Day;
  who: string;
}

/** What a save changes: cells of existing rows, new rows, a removed row, and History's entries. */
export interface Edit {
  writes?: { sheet: DossierSheet; changes: RowChange[] }[];
  appends?: { sheet: DossierSheet; rows: Record<string, CellValue>[] }[];
  remove?: { sheet: DossierSheet; rowNumber: number };
  history: Change[];
}

/** A wire value as a typed cell: ISO dates to days, null to blank. */
export function cellOfWire(column: ColumnDef, value: FieldValue): CellValue {
  if (value === null) return undefined;
  if (column.type === 'date' && typeof value === 'string') return dayOfIso(value);
  return value;
}

export function sameCell(a: CellValue, b: CellValue): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * The cells of one row that `values` change, with History's entries. Example: relationship
 * "cool" → "warm" gives one cell and one History row; an unchanged field gives none.
 */
export function diffRow(
  sheet: DossierSheet,
  current: Readonly<Record<string, CellValue>> | undefined,
  values: Values,
): { cells: Record<string, CellValue>; history: Change[] } {
  const def = sheetDef(sheet);
  const cells: Record<string, CellValue> = {};
  const history: Change[] = [];
  for (const [key, wire] of Object.entries(values)) {
    const column = def.columns.find((c) => c.key === key)!;
    const now = cellOfWire(column, wire);
    const old = current?.[key];
    if (sameCell(old, now)) continue;
    cells[key] = now;
    history.push({ sheet: def, column, old, now });
  }
  return { cells, history };
}

/** The user on whose behalf the server runs: the active user, else the effective one. */
export function whoIsSaving(viewer: Viewer): string {
  if (viewer.user !== '') return viewer.user;
  try {
    return Session.getEffectiveUser().getEmail();
  } catch {
    return '';
  }
}

/** The viewer of this execution (R3.5): Session's active user and, when asked, the owner. */
export function currentViewer(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Viewer {
  let owner: string | undefined;
  return {
    user: Session.getActiveUser().getEmail() ?? '',
    owner: () => {
      if (owner === undefined) {
        try {
          owner = spreadsheet.getOwner()?.getEmail() ?? '';
        } catch {
          owner = '';
        }
      }
      return owner;
    },
  };
}

/** Reads the tables again only where the save wrote, for the statuses and the new state. */
function cached(workbook: Workbook, tables: DossierTables): Workbook {
  return {
    ...workbook,
    table: (def) => (def.key in tables ? tables[def.key as DossierSheet] : workbook.table(def)),
  };
}

function apply(ctx: SaveContext, edit: Edit): void {
  const { workbook, tables } = ctx;
  for (const w of edit.writes ?? [])
    if (w.changes.length > 0) writeRows(tables[w.sheet], w.changes, workbook.lang, workbook.zone);
  for (const a of edit.appends ?? [])
    if (a.rows.length > 0) appendRows(tables[a.sheet], a.rows, workbook.lang, workbook.zone);
  if (edit.remove) tables[edit.remove.sheet].source.sheet().deleteRow(edit.remove.rowNumber);
}

/**
 * Runs one save: takes the document lock (tryLock, BUSY when another save holds it), reads
 * the dossier's sheets once, refuses an unknown account, a viewer who may not open it (R3.5)
 * and a stale revision (with who changed it and when), applies `change`, appends History,
 * refreshes the account's status cells, flushes and releases the lock.
 */
export function runSave(
  workbook: Workbook,
  accountId: string,
  revision: string,
  change: (ctx: SaveContext) => Edit,
): DossierState {
  const { spreadsheet } = workbook;
  const lock = LockService.getDocumentLock();
  if (!lock?.tryLock(LOCK_MS)) return fail('BUSY', 'payload');
  try {
    const viewer = currentViewer(spreadsheet);
    const tables = readDossierTables(workbook);
    const rows = accountRowsOf(tables, accountId) ?? fail('ACCOUNT_NOT_FOUND', 'accountId');
    if (!canOpen(viewer, rows.account)) fail('NO_ACCESS', 'accountId');
    const id = String(rows.account.values.accountId).trim();
    if (revisionOf(tables, rows) !== revision) {
      const changedBy = lastChangeOf(workbook, sheetDef('history'), id);
      throw staleError(changedBy);
    }
    const now = Date.now();
    const today = dayOfDate(new Date(now), workbook.zone);
    const who = whoIsSaving(viewer);
    const ctx: SaveContext = { workbook, tables, rows, accountId: id, today, who };
    const edit = change(ctx);
    if (edit.history.length === 0) return dossierState(workbook, tables, viewer, id, today);
    const history = historyTarget(workbook, sheetDef('history')) ?? fail('NOT_SET_UP', 'payload');
    apply(ctx, edit);
    appendHistory(
      workbook,
      history,
      historyRows(edit.history, id, who, localDayTime(now, workbook.zone), workbook.lang),
    );
    const fresh = readDossierTables(workbook);
    refreshAccountStatuses(cached(workbook, fresh), new Set([id]), today);
    const state = dossierState(workbook, fresh, viewer, id, today);
    SpreadsheetApp.flush();
    return state;
  } finally {
    lock.releaseLock();
  }
}

function staleError(changedBy: ReturnType<typeof lastChangeOf>): ProblemError {
  return new ProblemError({ code: 'STALE', field: 'revision', changedBy });
}
