// The one place that reads Apps Script's globals: builds the Platform for an entry point.
// Every service is reached lazily, so building it costs no call (onOpen in AuthMode.NONE may
// touch nothing but the menu, and custom functions nothing that needs authorisation).
import type { AuthMode, Platform, Trigger } from './platform';
import type { Spreadsheet } from './sheets';

/** The Platform of this execution, backed by Apps Script's services. */
export function appsScriptPlatform(): Platform {
  let active: GoogleAppsScript.Spreadsheet.Spreadsheet | undefined;
  const spreadsheet = () => {
    active ??= SpreadsheetApp.getActiveSpreadsheet();
    return active;
  };
  return {
    spreadsheet: (): Spreadsheet => spreadsheet(),
    sheets: {
      openById: (id) => SpreadsheetApp.openById(id),
      create: (name) => SpreadsheetApp.create(name),
      flush: () => SpreadsheetApp.flush(),
      validation: () => SpreadsheetApp.newDataValidation(),
      get protectionType() {
        return {
          sheet: SpreadsheetApp.ProtectionType.SHEET,
          range: SpreadsheetApp.ProtectionType.RANGE,
        };
      },
      get chartType() {
        return { pie: Charts.ChartType.PIE, column: Charts.ChartType.COLUMN };
      },
    },
    lock: () => LockService.getDocumentLock(),
    cache: () => CacheService.getDocumentCache(),
    properties: () => PropertiesService.getDocumentProperties(),
    user: {
      active: () => Session.getActiveUser().getEmail() ?? '',
      effective: () => Session.getEffectiveUser().getEmail() ?? '',
    },
    ui: () => SpreadsheetApp.getUi(),
    showSidebar: (file, title) =>
      SpreadsheetApp.getUi().showSidebar(
        HtmlService.createHtmlOutputFromFile(file).setTitle(title),
      ),
    triggers: {
      list: (): Trigger[] => ScriptApp.getUserTriggers(spreadsheet()),
      hourly: (handler) => ScriptApp.newTrigger(handler).timeBased().everyHours(1).create(),
      onChange: (handler) =>
        ScriptApp.newTrigger(handler).forSpreadsheet(spreadsheet()).onChange().create(),
      remove: (trigger) => ScriptApp.deleteTrigger(trigger as GoogleAppsScript.Script.Trigger),
    },
    sharingAccess: (fileId) => String(DriveApp.getFileById(fileId).getSharingAccess()),
    formatDate: (date, timeZone, pattern) => Utilities.formatDate(date, timeZone, pattern),
    authModeOf: (event): AuthMode => {
      const mode = event?.authMode;
      if (mode === undefined) return 'FULL';
      if (mode === ScriptApp.AuthMode.NONE) return 'NONE';
      if (mode === ScriptApp.AuthMode.LIMITED) return 'LIMITED';
      if (mode === ScriptApp.AuthMode.CUSTOM_FUNCTION) return 'CUSTOM_FUNCTION';
      return 'FULL';
    },
    clock: { now: () => new Date() },
  };
}
