// The sidebar's row endpoints: add, edit or remove a person of the decision group (R3.3), a
// competitor profile (R3.4) or a plan action (R2.4). An edit names the row by the key it
// was loaded with, so it never lands on another row.
import { isoOf } from '../../core/days';
import { fieldsFor } from '../../dossier/fields';
import type { RemoveRowPayload, SaveRowPayload } from '../../dossier/payloads';
import type { RemovableSheet, RowSheet, SaveResult, SectionKey, Values } from '../../dossier/types';
import {
  checkAccountId,
  checkKey,
  checkNotAfterToday,
  checkOneOf,
  checkPayload,
  checkRequestId,
  checkValues,
} from '../../dossier/validate';
import { sheetDef } from '../../template/lookup';
import type { Platform } from '../platform/platform';
import { diffRow } from './diff';
import { rowByKey } from './read';
import { saved } from './respond';
import { checkRowRules } from './row-rules';
import { type Edit, runSave, type SaveContext, stale } from './save';

const ROW_SHEETS: readonly RowSheet[] = ['decisionGroup', 'competitors', 'plan', 'whitespace'];
const REMOVABLE: readonly RemovableSheet[] = ['decisionGroup', 'plan', 'whitespace'];

const isRowSheet = (sheet: unknown): sheet is RowSheet =>
  typeof sheet === 'string' && (ROW_SHEETS as readonly string[]).includes(sheet);

/** The section a payload names, to word its problems with that section's labels. */
function sectionOfPayload(payload: { sheet?: unknown } | null): SectionKey | undefined {
  const sheet = payload?.sheet;
  return isRowSheet(sheet) ? sheet : undefined;
}

/** The account's row of a sheet loaded with `key`; STALE when it changed or went since. */
function loadedRow(ctx: SaveContext, sheet: RowSheet, key: string) {
  const table = ctx.tables[sheet];
  const mine = ctx.rows.rows[sheet] ?? [];
  return (table && rowByKey(table, mine, key)) ?? stale(ctx, 'key');
}

function rowEdit(ctx: SaveContext, sheet: RowSheet, key: string | null, values: Values): Edit {
  const stamp: Values = sheet === 'competitors' ? { lastUpdated: isoOf(ctx.today) } : {};
  if (key === null) {
    checkRowRules(ctx, sheet, undefined, values);
    const blankless = Object.fromEntries(
      Object.entries(values).filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0)),
    );
    const { cells, history } = diffRow(sheet, undefined, { ...blankless, ...stamp });
    return { appends: [{ sheet, rows: [{ accountId: ctx.accountId, ...cells }] }], history };
  }
  const row = loadedRow(ctx, sheet, key);
  checkRowRules(ctx, sheet, row, values);
  const first = diffRow(sheet, row.values, values);
  if (first.history.length === 0) return { history: [] };
  const { cells, history } = diffRow(sheet, row.values, { ...values, ...stamp });
  return { writes: [{ sheet, changes: [{ rowNumber: row.rowNumber, values: cells }] }], history };
}

/**
 * kamSaveRow({ accountId, sheet, key, values }): adds (key null) or edits a person (R3.3), a
 * competitor profile (R3.4; its "last updated" becomes today, archiving is `archived: true`)
 * or a plan action (R2.4).
 */
export function saveRow(platform: Platform, payload: SaveRowPayload): SaveResult {
  return saved(platform, sectionOfPayload(payload), (workbook) => {
    const p = checkPayload(payload, ['accountId', 'sheet', 'key', 'values'], ['requestId']);
    const accountId = checkAccountId(p.accountId);
    const sheet = checkOneOf(p.sheet, ROW_SHEETS, 'sheet');
    const key = p.key === null ? null : checkKey(p.key);
    const values = checkValues(fieldsFor(workbook.lang)[sheet], p.values, key !== null);
    return runSave(workbook, {
      accountId,
      requestId: checkRequestId(p.requestId),
      sheets: [sheet],
      change: (ctx) => {
        // A person's last contact is a fact, not a plan (R5 Decision): never after today.
        if (typeof values.lastContact === 'string')
          checkNotAfterToday(values.lastContact, isoOf(ctx.today), 'values.lastContact');
        return rowEdit(ctx, sheet, key, values);
      },
    });
  });
}

/** kamRemoveRow({ accountId, sheet, key }): removes a person (R3.3) or a plan action. */
export function removeRow(platform: Platform, payload: RemoveRowPayload): SaveResult {
  return saved(platform, sectionOfPayload(payload), (workbook) => {
    const p = checkPayload(payload, ['accountId', 'sheet', 'key'], ['requestId']);
    const accountId = checkAccountId(p.accountId);
    const sheet = checkOneOf(p.sheet, REMOVABLE, 'sheet');
    const key = checkKey(p.key);
    return runSave(workbook, {
      accountId,
      requestId: checkRequestId(p.requestId),
      sheets: [sheet],
      change: (ctx) => {
        const row = loadedRow(ctx, sheet, key);
        const def = sheetDef(sheet);
        const history = def.columns
          .filter((c) => c.key !== 'accountId' && row.values[c.key] !== undefined)
          .map((column) => ({ sheet: def, column, old: row.values[column.key], now: undefined }));
        return { remove: { sheet, rowNumber: row.rowNumber }, history };
      },
    });
  });
}
