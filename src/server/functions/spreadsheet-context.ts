// What a custom function or trigger needs to know about the spreadsheet: its language and
// time zone, read once and only when needed (each read is a service call).
import type { Zone } from '../../core/days';
import { type Lang, langOfLocale, type Messages, messagesFor } from '../../i18n';
import type { Platform } from '../platform/platform';
import { appsScriptZone } from '../sheet/zone';

export interface SpreadsheetContext {
  lang(): Lang;
  messages(): Messages;
  zone(): Zone;
}

/** Lazily reads the active spreadsheet's locale and time zone (read-only: allowed in custom functions). */
export function spreadsheetContext(platform: Platform): SpreadsheetContext {
  let lang: Lang | undefined;
  let zone: Zone | undefined;
  return {
    lang: () => {
      lang ??= langOfLocale(platform.spreadsheet().getSpreadsheetLocale());
      return lang;
    },
    messages() {
      return messagesFor(this.lang());
    },
    zone: () => {
      zone ??= appsScriptZone(platform.spreadsheet().getSpreadsheetTimeZone(), platform.formatDate);
      return zone;
    },
  };
}
