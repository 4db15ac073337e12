// The one place that reads Apps Script's globals: builds the Platform for an entry point.
// Every service is reached lazily, so building it costs no call (onOpen in AuthMode.NONE may
// touch nothing but the menu, and custom functions nothing that needs authorisation).
import type { AuthMode, Platform, Trigger } from './platform';
import type { Spreadsheet } from './sheets';

/** Apps Script's services KAM reaches, as its global scope names them. */
export interface AppsScriptServices {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  LockService: GoogleAppsScript.Lock.LockService;
  CacheService: GoogleAppsScript.Cache.CacheService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  Session: GoogleAppsScript.Base.Session;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Charts: GoogleAppsScript.Charts.Charts;
}

/**
 * The Platform of this execution, backed by Apps Script's services. Each global is read
 * only when first used (getters), so an execution touches no service it does not use.
 */
export function appsScriptPlatform(): Platform {
  return platformOver({
    get SpreadsheetApp() {
      return SpreadsheetApp;
    },
    get LockService() {
      return LockService;
    },
    get CacheService() {
      return CacheService;
    },
    get PropertiesService() {
      return PropertiesService;
    },
    get Session() {
      return Session;
    },
    get ScriptApp() {
      return ScriptApp;
    },
    get HtmlService() {
      return HtmlService;
    },
    get DriveApp() {
      return DriveApp;
    },
    get Utilities() {
      return Utilities;
    },
    get Charts() {
      return Charts;
    },
  });
}

/**
 * The Platform over a set of services: Apps Script's own, or an emulator's (tests run the
 * server's modules against emulated services that count and authorise every call).
 */
export function platformOver(
  services: AppsScriptServices,
  now: () => Date = () => new Date(),
): Platform {
  const $ = services;
  let active: GoogleAppsScript.Spreadsheet.Spreadsheet | undefined;
  const spreadsheet = () => {
    active ??= $.SpreadsheetApp.getActiveSpreadsheet();
    return active;
  };
  return {
    spreadsheet: (): Spreadsheet => spreadsheet(),
    sheets: {
      openById: (id) => $.SpreadsheetApp.openById(id),
      create: (name) => $.SpreadsheetApp.create(name),
      flush: () => $.SpreadsheetApp.flush(),
      validation: () => $.SpreadsheetApp.newDataValidation(),
      get protectionType() {
        return {
          sheet: $.SpreadsheetApp.ProtectionType.SHEET,
          range: $.SpreadsheetApp.ProtectionType.RANGE,
        };
      },
      get chartType() {
        return { pie: $.Charts.ChartType.PIE, column: $.Charts.ChartType.COLUMN };
      },
    },
    lock: () => $.LockService.getDocumentLock(),
    cache: () => $.CacheService.getDocumentCache(),
    properties: () => $.PropertiesService.getDocumentProperties(),
    user: {
      active: () => $.Session.getActiveUser().getEmail() ?? '',
      effective: () => $.Session.getEffectiveUser().getEmail() ?? '',
    },
    ui: () => $.SpreadsheetApp.getUi(),
    showSidebar: (file, title) =>
      $.SpreadsheetApp.getUi().showSidebar(
        $.HtmlService.createHtmlOutputFromFile(file).setTitle(title),
      ),
    triggers: {
      list: (): Trigger[] => $.ScriptApp.getUserTriggers(spreadsheet()),
      hourly: (handler) => $.ScriptApp.newTrigger(handler).timeBased().everyHours(1).create(),
      onChange: (handler) =>
        $.ScriptApp.newTrigger(handler).forSpreadsheet(spreadsheet()).onChange().create(),
      remove: (trigger) => $.ScriptApp.deleteTrigger(trigger as GoogleAppsScript.Script.Trigger),
    },
    sharingAccess: (fileId) => String($.DriveApp.getFileById(fileId).getSharingAccess()),
    formatDate: (date, timeZone, pattern) => $.Utilities.formatDate(date, timeZone, pattern),
    activeFormula: () => $.SpreadsheetApp.getActiveRange()?.getFormula() ?? '',
    authModeOf: (event): AuthMode => {
      const mode = event?.authMode;
      if (mode === undefined) return 'FULL';
      if (mode === $.ScriptApp.AuthMode.NONE) return 'NONE';
      if (mode === $.ScriptApp.AuthMode.LIMITED) return 'LIMITED';
      if (mode === $.ScriptApp.AuthMode.CUSTOM_FUNCTION) return 'CUSTOM_FUNCTION';
      return 'FULL';
    },
    clock: { now },
  };
}
