// The sidebar's endpoints (google.script.run): one call loads an account's dossier, one call
// per save. Each re-checks everything it receives and answers { ok: true, state } or
// { ok: false, code, field, message } in the workbook's language; nothing throws to the client.

import { isPersonal, pauseCovering } from '../../core/contact-rules';
import { dayOfDate, isoOf } from '../../core/days';
import { fieldsFor } from '../../dossier/fields';
import type {
  Failure,
  FieldDef,
  RemovableSheet,
  Result,
  RowSheet,
  SectionKey,
  Values,
} from '../../dossier/types';
import {
  checkAccountId,
  checkBoolean,
  checkIndex,
  checkOneOf,
  checkPayload,
  checkRevision,
  checkValue,
  checkValues,
  fail,
  type Problem,
  ProblemError,
} from '../../dossier/validate';
import { wordProblem } from '../../dossier/words';
import { type Lang, messagesFor } from '../../i18n';
import { sheetDef } from '../../template/lookup';
import { SHEETS } from '../../template/workbook';
import { accountKey } from '../sheet/portfolio-read';
import { headerMatches } from '../sheet/table-read';
import { nameMatches, openWorkbook, type Workbook } from '../sheet/workbook';
import { DOSSIER_SHEETS, type DossierSheet, readDossierTables } from './read';
import { currentViewer, diffRow, type Edit, runSave, type SaveContext } from './save';
import { dossierState } from './state';

const ROW_SHEETS: readonly RowSheet[] = ['decisionGroup', 'competitors', 'plan'];
const REMOVABLE: readonly RemovableSheet[] = ['decisionGroup', 'plan'];

/** The problem in words; the states a user must act on get their own sentence. */
export function failureOf(problem: Problem, fields: readonly FieldDef[], lang: Lang): Failure {
  const m = messagesFor(lang).sidebar;
  const special: Partial<Record<Problem['code'], string>> = {
    BUSY: m.busy,
    NO_ACCESS: m.noAccess,
    NOT_SET_UP: m.notSetUp,
    INTERNAL: m.internal,
    STALE: problem.changedBy
      ? m.stale(problem.changedBy.who, problem.changedBy.when)
      : m.staleUnknown,
  };
  const failure: Failure = {
    ok: false,
    code: problem.code,
    field: problem.field,
    message: special[problem.code] ?? wordProblem(problem, fields, lang),
  };
  if (problem.code === 'STALE') failure.changedBy = problem.changedBy ?? null;
  return failure;
}

/** Runs an endpoint's body and answers in the workbook's language, whatever happens. */
function respond(
  section: SectionKey | undefined,
  body: (workbook: Workbook) => ReturnType<typeof dossierState>,
): Result {
  let workbook: Workbook | undefined;
  try {
    workbook = openWorkbook(SpreadsheetApp.getActiveSpreadsheet(), SHEETS);
    return { ok: true, state: body(workbook) };
  } catch (error) {
    const lang = workbook?.lang ?? 'en';
    const fields = section ? fieldsFor(lang)[section] : [];
    if (error instanceof ProblemError) return failureOf(error.problem, fields, lang);
    console.error(`KAM sidebar: ${error instanceof Error ? error.stack : String(error)}`);
    return failureOf({ code: 'INTERNAL', field: 'payload' }, fields, lang);
  }
}

/**
 * The account id of the row selected in any template sheet with an account id column: from
 * the tables already read, or (History) from that row's cells.
 */
export function selectedAccountId(
  workbook: Workbook,
  tables: ReturnType<typeof readDossierTables>,
): string | undefined {
  const range = workbook.spreadsheet.getActiveRange();
  if (!range) return undefined;
  const sheet = range.getSheet();
  const row = range.getRow();
  const def = SHEETS.find(
    (d) => d.columns.some((c) => c.key === 'accountId') && nameMatches(d, sheet.getName()),
  );
  if (!def || row < 2) return undefined;
  const id = (DOSSIER_SHEETS as readonly string[]).includes(def.key)
    ? tables[def.key as DossierSheet].rows.find((r) => r.rowNumber === row)?.values.accountId
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

/**
 * kamLoadDossier(accountId | null): everything the sidebar shows, in one call. Null opens the
 * account of the selected row (or none, with the list to pick from). An account the user may
 * not open is refused (R3.5).
 */
export function loadDossier(accountId: unknown): Result {
  return respond(undefined, (workbook) => {
    const id = accountId === null || accountId === undefined ? null : checkAccountId(accountId);
    const tables = readDossierTables(workbook);
    const viewer = currentViewer(workbook.spreadsheet);
    const today = dayOfDate(new Date(), workbook.zone);
    if (id === null)
      return dossierState(workbook, tables, viewer, selectedAccountId(workbook, tables), today);
    const wanted = accountKey(id);
    const row = tables.accounts.rows.find((r) => accountKey(r.values.accountId) === wanted);
    if (!row) fail('ACCOUNT_NOT_FOUND', 'accountId');
    const state = dossierState(workbook, tables, viewer, id, today);
    if (state.account === null) fail('NO_ACCESS', 'accountId');
    return state;
  });
}

/** kamSaveDossier({ accountId, revision, values }): general information (R3.1) and our view (R3.2). */
export function saveDossier(payload: unknown): Result {
  return respond('general', (workbook) => {
    const p = checkPayload(payload, ['accountId', 'revision', 'values']);
    const fields = fieldsFor(workbook.lang);
    const accountId = checkAccountId(p.accountId);
    const revision = checkRevision(p.revision);
    const values = checkValues([...fields.general, ...fields.ourView], p.values, true);
    return runSave(workbook, accountId, revision, (ctx) => {
      const row = ctx.rows.rows.dossier[0];
      const { cells, history } = diffRow('dossier', row?.values, values);
      if (history.length === 0) return { history };
      return row
        ? {
            writes: [{ sheet: 'dossier', changes: [{ rowNumber: row.rowNumber, values: cells }] }],
            history,
          }
        : {
            appends: [{ sheet: 'dossier', rows: [{ accountId: ctx.accountId, ...cells }] }],
            history,
          };
    });
  });
}

/**
 * kamSaveRow({ accountId, revision, sheet, index, values }): adds (index null) or edits a
 * person of the decision group (R3.3), a competitor profile (R3.4; its "last updated" becomes
 * today, and archiving is `archived: true`) or a plan action (R2.4).
 */
export function saveRow(payload: unknown): Result {
  const section = sectionOfPayload(payload);
  return respond(section, (workbook) => {
    const p = checkPayload(payload, ['accountId', 'revision', 'sheet', 'index', 'values']);
    const accountId = checkAccountId(p.accountId);
    const revision = checkRevision(p.revision);
    const sheet = checkOneOf(p.sheet, ROW_SHEETS, 'sheet');
    const index = p.index === null ? null : checkIndex(p.index);
    const values = checkValues(fieldsFor(workbook.lang)[sheet], p.values, index !== null);
    return runSave(workbook, accountId, revision, (ctx) => rowEdit(ctx, sheet, index, values));
  });
}

function sectionOfPayload(payload: unknown): SectionKey | undefined {
  const sheet = (payload as { sheet?: unknown } | null)?.sheet;
  return typeof sheet === 'string' && (ROW_SHEETS as readonly string[]).includes(sheet)
    ? (sheet as SectionKey)
    : undefined;
}

function rowEdit(ctx: SaveContext, sheet: RowSheet, index: number | null, values: Values): Edit {
  const stamp: Values = sheet === 'competitors' ? { lastUpdated: isoToday(ctx) } : {};
  if (index === null) {
    const blankless = Object.fromEntries(
      Object.entries(values).filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0)),
    );
    const { cells, history } = diffRow(sheet, undefined, { ...blankless, ...stamp });
    return { appends: [{ sheet, rows: [{ accountId: ctx.accountId, ...cells }] }], history };
  }
  const row = ctx.rows.rows[sheet][index] ?? fail('ITEM_NOT_FOUND', 'index');
  const first = diffRow(sheet, row.values, values);
  if (first.history.length === 0) return { history: [] };
  const { cells, history } = diffRow(sheet, row.values, { ...values, ...stamp });
  return { writes: [{ sheet, changes: [{ rowNumber: row.rowNumber, values: cells }] }], history };
}

function isoToday(ctx: SaveContext): string {
  return isoOf(ctx.today);
}

/** kamRemoveRow({ accountId, revision, sheet, index }): removes a person (R3.3) or a plan action. */
export function removeRow(payload: unknown): Result {
  return respond(sectionOfPayload(payload), (workbook) => {
    const p = checkPayload(payload, ['accountId', 'revision', 'sheet', 'index']);
    const accountId = checkAccountId(p.accountId);
    const revision = checkRevision(p.revision);
    const sheet = checkOneOf(p.sheet, REMOVABLE, 'sheet');
    const index = checkIndex(p.index);
    return runSave(workbook, accountId, revision, (ctx) => {
      const row = ctx.rows.rows[sheet][index] ?? fail('ITEM_NOT_FOUND', 'index');
      const def = sheetDef(sheet);
      const history = def.columns
        .filter((c) => c.key !== 'accountId' && row.values[c.key] !== undefined)
        .map((column) => ({ sheet: def, column, old: row.values[column.key], now: undefined }));
      return { remove: { sheet, rowNumber: row.rowNumber }, history };
    });
  });
}

/**
 * kamLogContact({ accountId, revision, values, confirmPause }) (R5): appends a contact.
 * "Personal" follows DOMAIN's Decision under R5: in person, phone or video by the account's
 * manager. A personal contact inside a pause (R5.2) is refused unless `confirmPause`.
 */
export function logContact(payload: unknown): Result {
  return respond('contacts', (workbook) => {
    const p = checkPayload(payload, ['accountId', 'revision', 'values', 'confirmPause']);
    const accountId = checkAccountId(p.accountId);
    const revision = checkRevision(p.revision);
    const values = checkValues(fieldsFor(workbook.lang).contacts, p.values, false);
    const confirmPause = checkBoolean(p.confirmPause, 'confirmPause');
    return runSave(workbook, accountId, revision, (ctx) => {
      const manager = String(ctx.rows.account.values.manager ?? '');
      const personal = isPersonal(String(values.channel), String(values.ourPerson ?? ''), manager);
      const negatives = ctx.rows.rows.contacts
        .filter((c) => c.values.outcome === 'negative' && typeof c.values.date === 'number')
        .map((c) => isoOf(c.values.date as number));
      const pause = pauseCovering(negatives, String(values.date), workbook.settings.pauseDays);
      if (personal && pause && !confirmPause) fail('PAUSE', 'confirmPause');
      const blankless = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null));
      const { cells, history } = diffRow('contacts', undefined, { ...blankless, personal });
      return {
        appends: [{ sheet: 'contacts', rows: [{ accountId: ctx.accountId, ...cells }] }],
        history,
      };
    });
  });
}

/** kamMarkReviewed({ accountId, revision, note }) (R3.6): appends today's review by the user. */
export function markReviewed(payload: unknown): Result {
  return respond('review', (workbook) => {
    const p = checkPayload(payload, ['accountId', 'revision', 'note']);
    const accountId = checkAccountId(p.accountId);
    const revision = checkRevision(p.revision);
    const note = checkValue(fieldsFor(workbook.lang).review[0], p.note, 'note');
    return runSave(workbook, accountId, revision, (ctx) => {
      const reviewer = ctx.who !== '' ? ctx.who : String(ctx.rows.account.values.manager ?? '');
      const values: Values = { date: isoToday(ctx), reviewer, changes: note };
      const blankless = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null));
      const { cells, history } = diffRow('reviews', undefined, blankless);
      return {
        appends: [{ sheet: 'reviews', rows: [{ accountId: ctx.accountId, ...cells }] }],
        history,
      };
    });
  });
}

/** Menu "Open dossier": the sidebar (FULL mode), titled in the workbook's language. */
export function showDossierSidebar(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const { lang } = openWorkbook(
    spreadsheet,
    SHEETS.filter((d) => d.key === 'settings'),
  );
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(
    messagesFor(lang).sidebar.title,
  );
  SpreadsheetApp.getUi().showSidebar(html);
}
