// Menu "Set up KAM workbook" (R3.7): creates what is missing in the workbook's language and
// says what it did, and that nothing of the user's was touched.
import { type Lang, messagesFor } from '../../i18n';
import { SHEETS } from '../../template/workbook';
import type { Platform } from '../platform/platform';
import { LOCK_WAIT_MS, withDocumentLock } from './lock';
import { type SetupReport, setUpWorkbook } from './setup';
import { openWorkbook } from './workbook';
import { writeFormula } from './writer';

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

/**
 * Menu "Set up KAM workbook". When a Revenue formula does not follow Settings (R1), the
 * report names it and asks, Yes or No, whether to link it; only a Yes rewrites it.
 */
export function setUpKamWorkbook(platform: Platform): void {
  const spreadsheet = platform.spreadsheet();
  const { lang } = openWorkbook(platform, spreadsheet, SHEETS);
  const report = withDocumentLock(platform, LOCK_WAIT_MS.menu, () =>
    setUpWorkbook(platform.sheets, spreadsheet, SHEETS, lang),
  );
  const ui = platform.ui();
  const m = messagesFor(lang).setUp;
  const text = wordSetupReport(report, lang);
  if (report.unlinked.length === 0) {
    ui.alert(m.title, text, ui.ButtonSet.OK);
    return;
  }
  const cells = report.unlinked.map((u) => `${u.cell}: ${u.current}`).join('\n');
  const answer = ui.alert(m.title, `${text}\n\n${m.unlinked(cells)}`, ui.ButtonSet.YES_NO);
  if (answer !== ui.Button.YES) return;
  for (const u of report.unlinked) writeFormula(u.range, u.linked);
  spreadsheet.toast(m.linked(report.unlinked.length), messagesFor(lang).menu.title, 10);
}
