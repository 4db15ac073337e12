// The add-on menu, built by onOpen in every authorization mode, and its simple items.
import { langOfLocale, messagesFor } from '../../i18n';
import { SHEETS } from '../../template/workbook';
import { lastRunCaption } from '../check/menu';
import { lastRun } from '../check/run-log';
import { type SetupReport, setUpWorkbook } from '../sheet/setup';
import { openWorkbook } from '../sheet/workbook';

/**
 * Builds the KAM menu. In AuthMode.NONE (installed but not yet used in this document) Apps
 * Script allows nothing but the menu, so the language cannot be read and the menu is English;
 * otherwise it follows the spreadsheet's locale.
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const none = e?.authMode !== undefined && e.authMode === ScriptApp.AuthMode.NONE;
  const lang = none
    ? 'en'
    : langOfLocale(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
  const m = messagesFor(lang);
  const menu = SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(m.sidebar.menuItem, 'showDossierSidebar')
    .addItem(m.menu.setUp, 'setUpKamWorkbook');
  menu
    .addSeparator()
    .addItem(m.menu.runChecks, 'runChecksNow')
    .addItem(m.menu.refreshDashboard, 'refreshDashboardFromMenu')
    .addItem(m.menu.dailyOn, 'turnOnDailyCheckFromMenu')
    .addItem(m.menu.dailyOff, 'turnOffDailyCheckFromMenu');
  if (!none) {
    const timeZone = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
    menu.addItem(lastRunCaption(lastRun(), lang, timeZone), 'showLastRun');
  }
  menu
    .addSeparator()
    .addItem(m.access.menuCheck, 'checkAccessFromMenu')
    .addItem(m.access.menuProtect, 'protectDossiersFromMenu')
    .addItem(m.access.menuSplit, 'splitByManagerFromMenu')
    .addItem(m.access.menuOverview, 'teamOverviewFromMenu');
  menu.addSeparator().addItem(m.menu.about, 'showAbout').addToUi();
}

/** Menu "About KAM": what the add-on does, in the spreadsheet's language. */
export function showAbout(): void {
  const m = messagesFor(langOfLocale(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale()));
  SpreadsheetApp.getUi().alert(m.about);
}

/** The set-up report in words: what was created, and that nothing of the user's was touched. */
export function wordSetupReport(report: SetupReport, lang: 'en' | 'lt'): string {
  const m = messagesFor(lang).setUp;
  const lines = [
    report.createdSheets.length > 0 ? m.createdSheets(report.createdSheets.join(', ')) : '',
    report.addedColumns.length > 0 ? m.addedColumns(report.addedColumns.join(', ')) : '',
    report.addedSettings.length > 0 ? m.addedSettings(report.addedSettings.join(', ')) : '',
  ].filter((line) => line !== '');
  return lines.length === 0 ? m.nothing : [...lines, m.kept].join('\n');
}

/** Menu "Set up KAM workbook" (issue 3): creates the missing sheets and columns in the workbook's language. */
export function setUpKamWorkbook(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const { lang } = openWorkbook(spreadsheet, SHEETS);
  const report = setUpWorkbook(spreadsheet, SHEETS, lang);
  SpreadsheetApp.getUi().alert(
    messagesFor(lang).setUp.title,
    wordSetupReport(report, lang),
    SpreadsheetApp.getUi().ButtonSet.OK,
  );
}
