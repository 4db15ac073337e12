// Which service methods each authorization mode allows, per Google's add-on authorization
// lifecycle (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle).
import type { AuthModeName } from './enums';

/** Classes of the Spreadsheet service; custom functions may only read them. */
const SPREADSHEET_CLASSES = new Set([
  'SpreadsheetApp',
  'Spreadsheet',
  'Sheet',
  'Range',
  'DataValidation',
  'DataValidationBuilder',
  'Protection',
  'NamedRange',
  'EmbeddedChart',
  'EmbeddedChartBuilder',
  'ChartOptions',
  'ContainerInfo',
]);
const READ_PREFIXES = ['get', 'is', 'can', 'has'];
const SCRIPT_APP_CLASSES = new Set([
  'ScriptApp',
  'AuthorizationInfo',
  'TriggerBuilder',
  'ClockTriggerBuilder',
  'SpreadsheetTriggerBuilder',
  'Trigger',
]);
const OTHER_FILES = new Set([
  'SpreadsheetApp.openById',
  'SpreadsheetApp.openByUrl',
  'SpreadsheetApp.create',
]);
const DIALOGS = new Set(['Ui.showSidebar', 'Ui.showModalDialog', 'Ui.showModelessDialog']);
/** Advanced services (REST APIs under the user's authorisation), e.g. `Drive.Files`. */
const isAdvanced = (cls: string) => cls === 'Drive' || cls.startsWith('Drive.');
/**
 * Sending mail needs the user's authorisation: simple triggers "cannot access services that
 * require authorization", Google's example being that one "cannot send an email"
 * (https://developers.google.com/apps-script/guides/triggers#restrictions), and custom
 * functions' list of services leaves Mail out.
 */
const SENDS_MAIL = (cls: string) => cls === 'MailApp';

/**
 * Null when `cls.method` may run in `mode`, else Google's refusal. NONE: only the add-on menu
 * (AuthMode docs: "does not allow access to any services that require authorization"; the
 * Properties call in Google's onOpen sample "doesn't work in AuthMode.NONE"). LIMITED: the
 * bound document only, no sidebars or dialogs, no trigger management, no advanced services
 * (other files through a REST API), no mail. CUSTOM_FUNCTION: the Spreadsheet service
 * read-only, no Ui, no ScriptApp, no advanced service, no mail (they need the user's authorisation)
 * (https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services).
 */
export function permissionProblem(mode: AuthModeName, cls: string, method: string): string | null {
  const name = `${cls}.${method}`;
  const refuse = `You do not have permission to call ${name}`;
  switch (mode) {
    case 'FULL':
      return null;
    case 'NONE':
      // createMenu builds a submenu of the add-on's menu (Menu.addSubMenu); it reads nothing.
      if (
        name === 'SpreadsheetApp.getUi' ||
        name === 'Ui.createAddonMenu' ||
        name === 'Ui.createMenu' ||
        cls === 'Menu'
      ) {
        return null;
      }
      return `${refuse} (the add-on runs in AuthMode.NONE here)`;
    case 'LIMITED':
      if (
        OTHER_FILES.has(name) ||
        DIALOGS.has(name) ||
        SCRIPT_APP_CLASSES.has(cls) ||
        isAdvanced(cls) ||
        SENDS_MAIL(cls)
      ) {
        return `${refuse} (the script runs in AuthMode.LIMITED here)`;
      }
      return null;
    case 'CUSTOM_FUNCTION':
      if (
        cls === 'Ui' ||
        cls === 'Menu' ||
        cls === 'PromptResponse' ||
        SCRIPT_APP_CLASSES.has(cls) ||
        isAdvanced(cls) ||
        SENDS_MAIL(cls)
      ) {
        return refuse;
      }
      if (OTHER_FILES.has(name) || name === 'SpreadsheetApp.getUi') return refuse;
      if (SPREADSHEET_CLASSES.has(cls)) {
        if (READ_PREFIXES.some((p) => method.startsWith(p))) return null;
        if (name === 'SpreadsheetApp.newDataValidation' || name === 'DataValidation.copy')
          return null;
        if (cls === 'DataValidationBuilder') return null;
        return refuse;
      }
      return null;
  }
}
