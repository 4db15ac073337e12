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
  /** The Drive advanced service (Drive API v3), enabled in appsscript.json's dependencies. */
  Drive: GoogleAppsScript.Drive;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Charts: GoogleAppsScript.Charts.Charts;
  MailApp: GoogleAppsScript.Mail.MailApp;
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
    get Drive() {
      // typeof: an advanced service not enabled in the manifest is no global at all.
      if (typeof Drive === 'undefined')
        throw new Error('The Drive advanced service is not enabled');
      return Drive;
    },
    get Utilities() {
      return Utilities;
    },
    get Charts() {
      return Charts;
    },
    get MailApp() {
      return MailApp;
    },
  });
}

/** Where OAuth scopes live; appsscript.json names them in full. */
const AUTH = 'https://www.googleapis.com/auth/';

/**
 * ScriptApp's granular-consent overload, newer than @types/google-apps-script: the
 * AuthorizationInfo of the given scopes, with the granted ones
 * (https://developers.google.com/apps-script/reference/script/authorization-info).
 */
interface GranularScriptApp {
  getAuthorizationInfo(
    authMode: GoogleAppsScript.Script.AuthMode,
    oAuthScopes: string[],
  ): { getAuthorizedScopes(): string[] | null };
}

/** A Google Sheets file in Drive ("Google Workspace MIME types"). */
const SHEETS_MIME = 'application/vnd.google-apps.spreadsheet';

type Permission = GoogleAppsScript.Drive_v3.Drive.V3.Schema.Permission;

/**
 * A file's link sharing by DriveApp.Access's names, from its Drive API permissions: an `anyone`
 * permission is ANYONE when findable by search (`allowFileDiscovery`), else ANYONE_WITH_LINK; a
 * `domain` one DOMAIN or DOMAIN_WITH_LINK
 * (https://developers.google.com/workspace/drive/api/reference/rest/v3/permissions).
 */
export function linkAccessOf(permissions: readonly Permission[]): string {
  const of = (type: string) => permissions.find((p) => p.type === type);
  const anyone = of('anyone');
  if (anyone) return anyone.allowFileDiscovery ? 'ANYONE' : 'ANYONE_WITH_LINK';
  const domain = of('domain');
  if (domain) return domain.allowFileDiscovery ? 'DOMAIN' : 'DOMAIN_WITH_LINK';
  return 'PRIVATE';
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
  let activeUser: string | undefined;
  const spreadsheet = () => {
    active ??= $.SpreadsheetApp.getActiveSpreadsheet();
    return active;
  };
  return {
    spreadsheet: (): Spreadsheet => spreadsheet(),
    sheets: {
      openById: (id) => $.SpreadsheetApp.openById(id),
      // Created through the Drive API, so that drive.file reaches the file later (Check access
      // reads its sharing through the same API); then opened like any other spreadsheet.
      create: (name) => {
        const file = $.Drive.Files.create({ name, mimeType: SHEETS_MIME });
        return $.SpreadsheetApp.openById(String(file.id));
      },
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
    // https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(Object)
    mail: {
      send: ({ to, subject, body, htmlBody, name }) =>
        $.MailApp.sendEmail({ to, subject, body, htmlBody, name }),
      remainingDailyQuota: () => $.MailApp.getRemainingDailyQuota(),
    },
    user: {
      // Asked once an execution: who runs it does not change meanwhile.
      active: () => {
        activeUser ??= $.Session.getActiveUser().getEmail() ?? '';
        return activeUser;
      },
      effective: () => $.Session.getEffectiveUser().getEmail() ?? '',
    },
    ui: () => $.SpreadsheetApp.getUi(),
    showSidebar: (file, title) =>
      $.SpreadsheetApp.getUi().showSidebar(
        $.HtmlService.createHtmlOutputFromFile(file).setTitle(title),
      ),
    showDialog: (file, title, width, height) =>
      $.SpreadsheetApp.getUi().showModalDialog(
        $.HtmlService.createHtmlOutputFromFile(file).setWidth(width).setHeight(height),
        title,
      ),
    showHtmlDialog: (html, title, width, height) =>
      $.SpreadsheetApp.getUi().showModalDialog(
        $.HtmlService.createHtmlOutput(html).setWidth(width).setHeight(height),
        title,
      ),
    triggers: {
      list: (): Trigger[] => $.ScriptApp.getProjectTriggers(),
      listHere: (): Trigger[] => $.ScriptApp.getUserTriggers(spreadsheet()),
      hourly: (handler) => $.ScriptApp.newTrigger(handler).timeBased().everyHours(1).create(),
      onChange: (handler) =>
        $.ScriptApp.newTrigger(handler).forSpreadsheet(spreadsheet()).onChange().create(),
      remove: (trigger) => $.ScriptApp.deleteTrigger(trigger as GoogleAppsScript.Script.Trigger),
    },
    consent: {
      missing: (scopes) => {
        const asked = scopes.map((s) => AUTH + s);
        const info = ($.ScriptApp as unknown as GranularScriptApp).getAuthorizationInfo(
          $.ScriptApp.AuthMode.FULL,
          asked,
        );
        const granted = info.getAuthorizedScopes() ?? [];
        return scopes.filter((_, i) => !granted.includes(asked[i]));
      },
      ensure: (scopes) =>
        $.ScriptApp.requireScopes(
          $.ScriptApp.AuthMode.FULL,
          scopes.map((s) => AUTH + s),
        ),
    },
    sharingAccess: (fileId) => {
      const found: Permission[] = [];
      let pageToken: string | undefined;
      do {
        const page = $.Drive.Permissions.list(fileId, {
          fields: 'nextPageToken,permissions(type,allowFileDiscovery)',
          ...(pageToken ? { pageToken } : {}),
        });
        found.push(...(page.permissions ?? []));
        pageToken = page.nextPageToken;
      } while (pageToken);
      return linkAccessOf(found);
    },
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
