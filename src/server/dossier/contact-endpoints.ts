// The sidebar's endpoints for a contact already logged (R5): edit it or remove it, named by
// the key it was loaded with. A contact the record rests on (a broken pause, R5.2) changes
// only with a reason, and the breach stays on record in Change history (R4.3).
import { pauseCovering, personalOf } from '../../core/contact-rules';
import { isoOf } from '../../core/days';
import { fieldsFor } from '../../dossier/fields';
import type { RemoveContactPayload, SaveContactPayload } from '../../dossier/payloads';
import type { SaveResult, Values } from '../../dossier/types';
import {
  checkAccountId,
  checkBoolean,
  checkKey,
  checkNotAfterToday,
  checkPayload,
  checkRequestId,
  checkText,
  checkValues,
  fail,
} from '../../dossier/validate';
import { sheetDef } from '../../template/lookup';
import type { RowOf } from '../../template/rows';
import type { Platform } from '../platform/platform';
import type { CellValue } from '../sheet/table-codec';
import type { TableRow } from '../sheet/table-read';
import { brokenPauses, cleanedBreaches, recordLines } from './breaches';
import { diffRow } from './diff';
import { rowByKey } from './read';
import { saved } from './respond';
import { type Edit, runSave, type SaveContext, stale } from './save';

type ContactRow = TableRow<RowOf<'contacts'>>;

/** Whether a contact's cells make it personal: the one rule of src/core (the R5 Decision). */
const personal = (values: Readonly<Record<string, CellValue>>, manager: string): boolean =>
  personalOf(
    {
      personal: typeof values.personal === 'boolean' ? values.personal : null,
      channel: typeof values.channel === 'string' ? values.channel : '',
      ourPerson: typeof values.ourPerson === 'string' ? values.ourPerson : '',
    },
    manager,
  );

/** What the edit touches: the contact loaded with `key`, the others, and the breaches today. */
function contactAt(ctx: SaveContext, key: string) {
  const table = ctx.tables.contacts;
  const mine = (ctx.rows.rows.contacts ?? []) as readonly ContactRow[];
  const row =
    (table && (rowByKey(table, mine, key) as ContactRow | undefined)) ?? stale(ctx, 'key');
  const others = mine.filter((r) => r !== row);
  const breaches = (rows: readonly ContactRow[]) =>
    brokenPauses(ctx.workbook, ctx.tables, ctx.rows.account, rows, ctx.today);
  const before = breaches(mine);
  const onRecord = cleanedBreaches(before, breaches(others)).length > 0;
  return { row, mine, others, before, onRecord, breaches };
}

/** A contact on record changes only with a reason (R4.3); any other contact needs none. */
function reasonFor(onRecord: boolean, reason: string): string {
  return onRecord && reason === '' ? fail('REQUIRED', 'reason') : reason;
}

const contactsName = (ctx: SaveContext) => sheetDef('contacts').name[ctx.workbook.lang];

function contactEdit(
  ctx: SaveContext,
  key: string,
  values: Values,
  confirmPause: boolean,
  reason: string,
): Edit {
  const { row, mine, others, before, onRecord, breaches } = contactAt(ctx, key);
  const manager = String(ctx.rows.account.values.manager ?? '');
  const changed = diffRow('contacts', row.values, values);
  if (changed.history.length === 0) return { history: [] };
  // A blank Personal stays blank, so it keeps following the channel and who made the contact
  // (the R5 Decision "who says personal"); a Yes or No is the user's word.
  const next: Record<string, CellValue> = { ...row.values, ...changed.cells };
  const negatives = others.flatMap((c) =>
    c.values.outcome === 'negative' && c.values.date !== undefined ? [isoOf(c.values.date)] : [],
  );
  const inPause = (v: Readonly<Record<string, CellValue>>) =>
    typeof v.date === 'number' &&
    personal(v, manager) &&
    pauseCovering(negatives, isoOf(v.date), ctx.workbook.settings.pauseDays) !== undefined;
  if (inPause(next) && !inPause(row.values) && !confirmPause) fail('PAUSE', 'confirmPause');
  const why = reasonFor(onRecord, reason);
  const after = breaches(mine.map((r) => (r === row ? { ...r, values: next } : r)));
  const { cells, history } = changed;
  return {
    writes: [{ sheet: 'contacts', changes: [{ rowNumber: row.rowNumber, values: cells }] }],
    history,
    record: recordLines(contactsName(ctx), why, cleanedBreaches(before, after), ctx.workbook.lang),
  };
}

/**
 * kamSaveContact({ accountId, key, values, confirmPause, reason }) (R5): edits a logged
 * contact. A date after today is refused (a contact is a fact); a change that makes it a
 * personal contact inside a pause needs the R5.2 confirmation, as a new one does.
 */
export function saveContact(platform: Platform, payload: SaveContactPayload): SaveResult {
  return saved(platform, 'contacts', (workbook) => {
    const p = checkPayload(
      payload,
      ['accountId', 'key', 'values', 'confirmPause', 'reason'],
      ['requestId'],
    );
    const accountId = checkAccountId(p.accountId);
    const key = checkKey(p.key);
    const values = checkValues(fieldsFor(workbook.lang).contacts, p.values, true);
    const confirmPause = checkBoolean(p.confirmPause, 'confirmPause');
    const reason = checkText(p.reason, 'reason');
    return runSave(workbook, {
      accountId,
      requestId: checkRequestId(p.requestId),
      sheets: ['contacts'],
      change: (ctx) => {
        if (typeof values.date === 'string')
          checkNotAfterToday(values.date, isoOf(ctx.today), 'values.date');
        return contactEdit(ctx, key, values, confirmPause, reason);
      },
    });
  });
}

/**
 * kamRemoveContact({ accountId, key, reason }) (R5): removes a logged contact, every value of
 * it kept in Change history; a breach it carried stays on record there (R4.3).
 */
export function removeContact(platform: Platform, payload: RemoveContactPayload): SaveResult {
  return saved(platform, 'contacts', (workbook) => {
    const p = checkPayload(payload, ['accountId', 'key', 'reason'], ['requestId']);
    const accountId = checkAccountId(p.accountId);
    const key = checkKey(p.key);
    const reason = checkText(p.reason, 'reason');
    return runSave(workbook, {
      accountId,
      requestId: checkRequestId(p.requestId),
      sheets: ['contacts'],
      change: (ctx) => {
        const { row, others, before, onRecord, breaches } = contactAt(ctx, key);
        const why = reasonFor(onRecord, reason);
        const def = sheetDef('contacts');
        const history = def.columns
          .filter((c) => c.key !== 'accountId' && row.values[c.key] !== undefined)
          .map((column) => ({ sheet: def, column, old: row.values[column.key], now: undefined }));
        const cleaned = cleanedBreaches(before, breaches(others));
        return {
          remove: { sheet: 'contacts', rowNumber: row.rowNumber },
          history,
          record: recordLines(contactsName(ctx), why, cleaned, ctx.workbook.lang),
        };
      },
    });
  });
}
