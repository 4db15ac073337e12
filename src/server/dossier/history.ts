// The audit trail of the sidebar's saves (R4.3): one History row per changed field (when, who,
// sheet, account, field, old value, new value), appended in one block without reading the
// whole sheet; and the latest change of an account, for a refused stale save.
import { type Day, isoOf, type Zone } from '../../core/days';
import type { ChangeMark } from '../../dossier/types';
import { type Lang, messagesFor } from '../../i18n';
import { choiceLabel, sheetDef } from '../../template/lookup';
import type { ColumnDef, SheetDef } from '../../template/types';
import { accountKey } from '../sheet/portfolio-read';
import type { CellValue } from '../sheet/table-codec';
import { isDate } from '../sheet/table-codec';
import { locateColumns, rangeSource, sheetSource, type Table, tableOf } from '../sheet/table-read';
import { appendRows } from '../sheet/table-write';
import { namedRangeOf, type Workbook } from '../sheet/workbook';

const MS_PER_DAY = 86_400_000;

/** One changed cell, as History records it. */
export interface Change {
  sheet: SheetDef;
  column: ColumnDef;
  old: CellValue;
  now: CellValue;
}

/** A typed value as History shows it: dates ISO, choices by label, yes/no in words. */
export function displayOf(column: ColumnDef, value: CellValue, lang: Lang): string {
  if (value === undefined || value === '') return '';
  if (column.type === 'date' && typeof value === 'number') return isoOf(value);
  if (column.type === 'yesNo') return choiceLabel(column, value === true ? 'yes' : 'no', lang);
  const label = (key: string) =>
    column.choices?.some((c) => c.key === key) ? choiceLabel(column, key, lang) : key;
  if (Array.isArray(value)) return value.map(label).join(', ');
  if (column.type === 'choice' && typeof value === 'string') return label(value);
  return String(value);
}

/** The instant as a fractional day in the zone, which the table writer turns into a date-time. */
export function localDayTime(epochMs: number, zone: Zone): Day {
  return (epochMs + zone.offsetMinutes(epochMs) * 60_000) / MS_PER_DAY;
}

/** "2026-11-26 09:14" in the zone. */
export function localStamp(epochMs: number, zone: Zone): string {
  const local = epochMs + zone.offsetMinutes(epochMs) * 60_000;
  const day = Math.floor(local / MS_PER_DAY);
  const minutes = Math.floor((local - day * MS_PER_DAY) / 60_000);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${isoOf(day)} ${hh}:${mm}`;
}

/** History rows of a save: one per changed field, old and new as text, and the save's request id. */
export function historyRows(
  changes: readonly Change[],
  accountId: string,
  who: string,
  when: Day,
  lang: Lang,
  requestId?: string,
): Record<string, CellValue>[] {
  return changes.map((c) => ({
    requestId,
    when,
    who,
    sheet: c.sheet.name[lang],
    accountId,
    field: c.column.header[lang],
    oldValue: displayOf(c.column, c.old, lang),
    newValue: displayOf(c.column, c.now, lang),
  }));
}

/**
 * The History sheet as a table to append to, from its header row and last row only (five
 * calls through its named range, whatever its length): History grows with every save and is
 * never read to write.
 */
export function historyTarget(workbook: Workbook): Table<'history'> | undefined {
  const def = sheetDef('history');
  const named = workbook.spreadsheet.getRangeByName(namedRangeOf(def.key));
  if (named) {
    const sheet = named.getSheet();
    const header = named.offset(0, 0, 1).getValues();
    const table = tableOf(def, rangeSource(named, sheet), header, workbook.zone);
    return { ...table, lastRow: Math.max(sheet.getLastRow(), 1) };
  }
  const sheet = workbook.sheet(def.key);
  if (!sheet) return undefined;
  const width = Math.max(sheet.getLastColumn(), 1);
  const header = sheet.getRange(1, 1, 1, width).getValues();
  const table = tableOf(def, sheetSource(sheet), header, workbook.zone);
  return { ...table, lastRow: Math.max(sheet.getLastRow(), 1) };
}

/** Appends the rows after History's last row in one block (formats, then values). */
export function appendHistory(
  workbook: Workbook,
  table: Table,
  rows: readonly Record<string, CellValue>[],
): void {
  if (rows.length > 0) appendRows(table, rows, workbook.lang, workbook.zone);
}

/**
 * The latest History row of an account: who and when (read only when a save is refused, so
 * the whole sheet is read then). Null when History has none.
 */
export function lastChangeOf(
  workbook: Workbook,
  def: SheetDef,
  accountId: string,
): ChangeMark | null {
  const named = workbook.spreadsheet.getRangeByName(namedRangeOf(def.key));
  const values = named ? named.getValues() : workbook.sheet(def.key)?.getDataRange().getValues();
  if (!values || values.length < 2) return null;
  const { columns } = locateColumns(def, values[0]);
  const [at, who, account] = ['when', 'who', 'accountId'].map((k) => columns.get(k));
  if (at === undefined || who === undefined || account === undefined) return null;
  const wanted = accountKey(accountId);
  let best: { ms: number; who: string } | undefined;
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    if (accountKey(String(row[account] ?? '')) !== wanted || !isDate(row[at])) continue;
    const ms = row[at].getTime();
    if (!best || ms >= best.ms) best = { ms, who: String(row[who] ?? '') };
  }
  if (!best) return null;
  const unknown = messagesFor(workbook.lang).sidebar.someone;
  return { who: best.who || unknown, when: localStamp(best.ms, workbook.zone) };
}
