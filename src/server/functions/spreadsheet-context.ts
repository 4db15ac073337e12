// What a custom function or trigger needs to know about the spreadsheet: its language and
// time zone, read once and only when needed (each read is a service call).
import type { Zone } from '../../core/days';
import { type Lang, langOfLocale, type Messages, messagesFor } from '../../i18n';
import { appsScriptZone } from '../sheet/zone';

export interface SpreadsheetContext {
  lang(): Lang;
  messages(): Messages;
  zone(): Zone;
}

/** Lazily reads the active spreadsheet's locale and time zone (read-only: allowed in custom functions). */
export function activeSpreadsheetContext(): SpreadsheetContext {
  let spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet | undefined;
  let lang: Lang | undefined;
  let zone: Zone | undefined;
  const active = () => {
    spreadsheet ??= SpreadsheetApp.getActiveSpreadsheet();
    return spreadsheet;
  };
  return {
    lang: () => {
      lang ??= langOfLocale(active().getSpreadsheetLocale());
      return lang;
    },
    messages() {
      return messagesFor(this.lang());
    },
    zone: () => {
      zone ??= appsScriptZone(active().getSpreadsheetTimeZone());
      return zone;
    },
  };
}
