// Menu "Set up KAM workbook" (R3.7): creates what is missing in the workbook's language and
// says what it did, and that nothing of the user's was touched.
import { type Lang, messagesFor } from '../../i18n';
import { SHEETS } from '../../template/workbook';
import type { Platform } from '../platform/platform';
import { LOCK_WAIT_MS, withDocumentLock } from './lock';
import { type SetupReport, setUpWorkbook } from './setup';
import { openWorkbook } from './workbook';

/** The set-up report in words. */
export function wordSetupReport(report: SetupReport, lang: Lang): string {
  const m = messagesFor(lang).setUp;
  const lines = [
    report.createdSheets.length > 0 ? m.createdSheets(report.createdSheets.join(', ')) : '',
    report.addedColumns.length > 0 ? m.addedColumns(report.addedColumns.join(', ')) : '',
    report.addedSettings.length > 0 ? m.addedSettings(report.addedSettings.join(', ')) : '',
  ].filter((line) => line !== '');
  return lines.length === 0 ? m.nothing : [...lines, m.kept].join('\n');
}

/** Menu "Set up KAM workbook". */
export function setUpKamWorkbook(platform: Platform): void {
  const spreadsheet = platform.spreadsheet();
  const { lang } = openWorkbook(platform, spreadsheet, SHEETS);
  const report = withDocumentLock(platform, LOCK_WAIT_MS.menu, () =>
    setUpWorkbook(platform.sheets, spreadsheet, SHEETS, lang),
  );
  const ui = platform.ui();
  ui.alert(messagesFor(lang).setUp.title, wordSetupReport(report, lang), ui.ButtonSet.OK);
}
