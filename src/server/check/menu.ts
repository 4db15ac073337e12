// Menu items of the checks: run now, switch the daily check on or off, refresh the dashboard,
// and the last run's result (R3.6, R4.3, R5).
import { messagesFor } from '../../i18n';
import { SHEETS } from '../../template/workbook';
import { refreshDashboard } from '../dashboard/dashboard';
import { openWorkbook } from '../sheet/workbook';
import { lastRun, type RunRecord } from './run-log';
import { checkAndLog, turnOffDailyCheck, turnOnDailyCheck } from './triggers';

function langOfActive() {
  return openWorkbook(
    SpreadsheetApp.getActiveSpreadsheet(),
    SHEETS.filter((d) => d.key === 'settings'),
  ).lang;
}

/** Caption of the last-run menu item: "Last check: 2026-11-26 06:00, OK". */
export function lastRunCaption(
  record: RunRecord | undefined,
  lang: 'en' | 'lt',
  timeZone: string,
): string {
  const m = messagesFor(lang);
  if (!record) return m.check.never;
  const at = Utilities.formatDate(new Date(record.at), timeZone, 'yyyy-MM-dd HH:mm');
  return m.check.lastRun(at, m.log.outcomes[record.outcome]);
}

/** Menu "Run checks now". */
export function runChecksNow(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const summary = checkAndLog(spreadsheet, 'menu', new Date());
  const record = lastRun();
  if (record) spreadsheet.toast(record.message, messagesFor(summary?.lang ?? 'en').menu.title, 10);
}

/** Menu "Turn on daily check". */
export function turnOnDailyCheckFromMenu(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const m = messagesFor(langOfActive()).check;
  SpreadsheetApp.getUi().alert(turnOnDailyCheck(spreadsheet) ? m.turnedOn : m.alreadyOn);
}

/** Menu "Turn off daily check". */
export function turnOffDailyCheckFromMenu(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  turnOffDailyCheck(spreadsheet);
  SpreadsheetApp.getUi().alert(messagesFor(langOfActive()).check.turnedOff);
}

/** Menu "Refresh dashboard". */
export function refreshDashboardFromMenu(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  refreshDashboard(spreadsheet, new Date());
}

/** Menu item with the last run's result: shows its message. */
export function showLastRun(): void {
  const record = lastRun();
  const m = messagesFor(langOfActive());
  SpreadsheetApp.getUi().alert(record ? `${record.trigger}: ${record.message}` : m.check.never);
}
