// The record stands (R4.3, R5.2): which contacts carry a broken pause, which breaches an edit
// or a removal would clean, and the Change history lines that keep those breaches on record.
import { pausesOf } from '../../core/contacts';
import { type Day, dayOfIso, isoOf } from '../../core/days';
import type { RecordedBreach } from '../../core/scorecard';
import { type Lang, messagesFor } from '../../i18n';
import { en } from '../../i18n/en';
import { lt } from '../../i18n/lt';
import type { RowOf } from '../../template/rows';
import { accountKey } from '../sheet/portfolio-read';
import type { CellValue } from '../sheet/table-codec';
import type { Table, TableRow } from '../sheet/table-read';
import type { Workbook } from '../sheet/workbook';
import { type DossierTables, recordOf } from './read';

type ContactRow = TableRow<RowOf<'contacts'>>;

/**
 * The broken pauses (R5.2) that an account's contact rows show today, as the checks read
 * them (the same record, so "personal" means what it means everywhere). Example: a negative
 * contact on 18 November and the manager's call on 21 November → one breach.
 */
export function brokenPauses(
  workbook: Workbook,
  tables: DossierTables,
  account: TableRow<RowOf<'accounts'>>,
  contacts: readonly ContactRow[],
  today: Day,
): RecordedBreach[] {
  // Only the contacts decide pauses: the other sheets are left out, so this stays cheap.
  const only = tables.contacts && { ...tables.contacts, rows: contacts };
  const record = recordOf(
    workbook,
    { accounts: tables.accounts, contacts: only },
    { account, rows: {} },
    today,
  );
  return pausesOf(record.facts.contacts, today, workbook.settings.pauseDays).flatMap((p) =>
    p.breach === undefined ? [] : [{ negative: p.negative, breach: p.breach }],
  );
}

/** The breaches of `before` that `after` no longer shows: what a change would clean off the record. */
export function cleanedBreaches(
  before: readonly RecordedBreach[],
  after: readonly RecordedBreach[],
): RecordedBreach[] {
  return before.filter((b) => !after.some((a) => a.negative === b.negative));
}

/**
 * The keys of the contacts that the record rests on: without one of them a broken pause would
 * no longer show (the personal contact inside it, or the negative contact that started it).
 * Editing or removing one needs a reason. Empty, and cheap, when no pause was broken.
 */
export function contactsOnRecord(
  workbook: Workbook,
  tables: DossierTables,
  account: TableRow<RowOf<'accounts'>>,
  contacts: readonly ContactRow[],
  keys: readonly string[],
  today: Day,
): string[] {
  const before = brokenPauses(workbook, tables, account, contacts, today);
  if (before.length === 0) return [];
  return keys.filter((_, i) => {
    const without = contacts.filter((_, j) => j !== i);
    const after = brokenPauses(workbook, tables, account, without, today);
    return cleanedBreaches(before, after).length > 0;
  });
}

/** A History line without its when, who and account (runSave adds them). */
export interface RecordLine {
  sheet: string;
  field: string;
  oldValue: string;
  newValue: string;
}

/**
 * The History lines of a contact edited or removed with a reason: the reason, then one line
 * per breach the change would clean, kept on record with both days (R4.3).
 */
export function recordLines(
  sheet: string,
  reason: string,
  cleaned: readonly RecordedBreach[],
  lang: Lang,
): RecordLine[] {
  const m = messagesFor(lang).record;
  const lines: RecordLine[] = [];
  if (reason !== '') lines.push({ sheet, field: m.reason, oldValue: '', newValue: reason });
  for (const b of cleaned)
    lines.push({
      sheet,
      field: m.breach,
      oldValue: m.breachText(isoOf(b.breach), isoOf(b.negative)),
      newValue: m.kept,
    });
  return lines;
}

const BREACH_FIELDS = new Set([en.record.breach, lt.record.breach].map((f) => f.toLowerCase()));

/** Whether a Change history line's field names a breach kept on record, in either language. */
export function isBreachField(field: unknown): boolean {
  return BREACH_FIELDS.has(text(field).trim().toLowerCase());
}

/**
 * The breaches kept on record in Change history, by account key, in either language (the
 * workbook's language may have changed since): each line names the personal contact's day,
 * then the negative contact's.
 */
export function recordedBreaches(
  history: Table<'history'> | Table | undefined,
): Map<string, RecordedBreach[]> {
  const found = new Map<string, RecordedBreach[]>();
  for (const { values } of history?.rows ?? []) {
    if (!isBreachField(values.field)) continue;
    const [breach, negative] = (text(values.oldValue).match(/\d{4}-\d{2}-\d{2}/g) ?? []).map(
      dayOfIso,
    );
    if (breach === undefined || negative === undefined) continue;
    const key = accountKey(values.accountId);
    found.set(key, [...(found.get(key) ?? []), { negative, breach }]);
  }
  return found;
}

const text = (value: CellValue | unknown) => (typeof value === 'string' ? value : '');
