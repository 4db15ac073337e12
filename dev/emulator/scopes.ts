// The OAuth scopes each emulated method needs, as Google's reference page of its class lists
// them ("Authorization: Scripts that use this method require authorization with one or more of
// the following scopes"), and Apps Script's refusal when the manifest grants none of them.

const AUTH = 'https://www.googleapis.com/auth/';
const REFERENCE = 'https://developers.google.com/apps-script/reference/';

/** Short scope names, in the order Apps Script's refusal prints them (the narrower first). */
type Scopes = readonly string[];

interface ClassScopes {
  /** The class's reference page. */
  page: string;
  /** What most of the class's methods list; [] where the page lists no scope. */
  all: Scopes;
  /** Methods whose entry lists something else. */
  except?: Readonly<Record<string, Scopes>>;
}

const NONE: Scopes = [];
const SHEETS: Scopes = ['spreadsheets.currentonly', 'spreadsheets'];
const SCRIPT_APP: Scopes = ['script.scriptapp'];
const DRIVE_READ: Scopes = ['drive.readonly', 'drive'];

/**
 * Every emulated class, checked against its page (April 2026). `spreadsheets.currentonly`
 * reaches the current file only; another file is reached only through `openById`, `openByUrl`
 * or `create`, which list `spreadsheets` alone
 * (https://developers.google.com/workspace/add-ons/concepts/editor-scopes). Builders, charts'
 * options, HTML, properties, cache, lock, `Utilities` and `Logger` list no scope. The Drive
 * advanced service's collections are REST calls: the API checks its own scopes there
 * (drive-advanced.ts), so the Apps Script layer asks none.
 */
export const METHOD_SCOPES: Readonly<Record<string, ClassScopes>> = {
  SpreadsheetApp: {
    page: 'spreadsheet/spreadsheet-app',
    all: SHEETS,
    except: {
      create: ['spreadsheets'],
      openById: ['spreadsheets'],
      openByUrl: ['spreadsheets'],
      flush: NONE,
      getUi: NONE,
      newDataValidation: NONE,
    },
  },
  Spreadsheet: {
    page: 'spreadsheet/spreadsheet',
    all: SHEETS,
    except: {
      getActiveSheet: NONE,
      getId: NONE,
      getNumSheets: NONE,
      getRangeByName: NONE,
      getSheetById: NONE,
      getSheetByName: NONE,
      getSheets: NONE,
    },
  },
  Sheet: {
    page: 'spreadsheet/sheet',
    all: SHEETS,
    except: { activate: NONE, newChart: NONE },
  },
  Range: {
    page: 'spreadsheet/range',
    all: SHEETS,
    except: { activate: NONE, getMergedRanges: NONE, offset: NONE },
  },
  Protection: { page: 'spreadsheet/protection', all: SHEETS },
  NamedRange: { page: 'spreadsheet/named-range', all: SHEETS },
  DataValidation: { page: 'spreadsheet/data-validation', all: NONE },
  DataValidationBuilder: { page: 'spreadsheet/data-validation-builder', all: NONE },
  EmbeddedChart: { page: 'spreadsheet/embedded-chart', all: NONE },
  EmbeddedChartBuilder: { page: 'spreadsheet/embedded-chart-builder', all: NONE },
  ContainerInfo: { page: 'spreadsheet/container-info', all: NONE },
  Charts: { page: 'charts/charts', all: NONE },
  ChartOptions: { page: 'charts/chart-options', all: NONE },
  Ui: {
    page: 'base/ui',
    all: NONE,
    except: {
      showSidebar: ['script.container.ui'],
      showModalDialog: ['script.container.ui'],
      showModelessDialog: ['script.container.ui'],
    },
  },
  Menu: { page: 'base/menu', all: NONE },
  PromptResponse: { page: 'base/prompt-response', all: NONE },
  Session: {
    page: 'base/session',
    all: NONE,
    except: { getActiveUser: ['userinfo.email'], getEffectiveUser: ['userinfo.email'] },
  },
  User: { page: 'base/user', all: NONE },
  Logger: { page: 'base/logger', all: NONE },
  HtmlService: { page: 'html/html-service', all: NONE },
  HtmlOutput: { page: 'html/html-output', all: NONE },
  HtmlTemplate: { page: 'html/html-template', all: NONE },
  PropertiesService: { page: 'properties/properties-service', all: NONE },
  Properties: { page: 'properties/properties', all: NONE },
  CacheService: { page: 'cache/cache-service', all: NONE },
  Cache: { page: 'cache/cache', all: NONE },
  LockService: { page: 'lock/lock-service', all: NONE },
  Lock: { page: 'lock/lock', all: NONE },
  Utilities: { page: 'utilities/utilities', all: NONE },
  ScriptApp: {
    page: 'script/script-app',
    all: SCRIPT_APP,
    // Granular consent's own methods: a script asks them what the user granted, so they list
    // no scope (https://developers.google.com/apps-script/concepts/scopes, "granular").
    except: { getAuthorizationInfo: NONE, requireScopes: NONE, requireAllScopes: NONE },
  },
  AuthorizationInfo: { page: 'script/authorization-info', all: NONE },
  TriggerBuilder: {
    page: 'script/trigger-builder',
    all: SCRIPT_APP,
    except: { forSpreadsheet: SHEETS },
  },
  ClockTriggerBuilder: { page: 'script/clock-trigger-builder', all: NONE },
  SpreadsheetTriggerBuilder: { page: 'script/spreadsheet-trigger-builder', all: NONE },
  Trigger: { page: 'script/trigger', all: SCRIPT_APP },
  DriveApp: { page: 'drive/drive-app', all: DRIVE_READ },
  File: {
    page: 'drive/file',
    all: DRIVE_READ,
    except: {
      setSharing: ['drive'],
      addEditor: ['drive'],
      addEditors: ['drive'],
      removeEditor: ['drive'],
      addViewer: ['drive'],
      removeViewer: ['drive'],
    },
  },
  MailApp: { page: 'mail/mail-app', all: ['script.send_mail'] },
  Drive: { page: '../advanced/drive', all: NONE },
  'Drive.Files': { page: '../advanced/drive', all: NONE },
  'Drive.Permissions': { page: '../advanced/drive', all: NONE },
};

/** The scopes `cls.method` accepts (short names); throws for a class no entry declares. */
export function scopesOf(cls: string, method: string): Scopes {
  const entry = METHOD_SCOPES[cls];
  if (!entry) throw new Error(`Emulator: no scopes are declared for ${cls} (scopes.ts)`);
  return entry.except?.[method] ?? entry.all;
}

/** The reference page a class's scopes come from. */
export function referenceOf(cls: string): string {
  return new URL(METHOD_SCOPES[cls]?.page ?? '', REFERENCE).href;
}

/**
 * Null when the granted scopes (full URLs; null grants every scope) cover `cls.method`, else
 * Apps Script's refusal: "You do not have permission to call SpreadsheetApp.getActiveSpreadsheet.
 * Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly ||
 * https://www.googleapis.com/auth/spreadsheets)", with the parentheses only around several.
 */
export function scopeProblem(granted: readonly string[] | null, cls: string, method: string) {
  const accepted = scopesOf(cls, method);
  if (granted === null || accepted.length === 0) return null;
  if (accepted.some((s) => granted.includes(AUTH + s))) return null;
  const list = accepted.map((s) => AUTH + s).join(' || ');
  return `You do not have permission to call ${cls}.${method}. Required permissions: ${
    accepted.length > 1 ? `(${list})` : list
  }`;
}
