// The add-on menu, built by onOpen in every authorization mode.
import { langOfLocale, messagesFor } from '../i18n';

/**
 * Builds the KAM menu. In AuthMode.NONE (installed but not yet used in this document) Apps
 * Script allows nothing but the menu, so the language cannot be read and the menu is English;
 * otherwise it follows the spreadsheet's locale.
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const authMode = e?.authMode;
  const none = authMode !== undefined && authMode === ScriptApp.AuthMode.NONE;
  const lang = none
    ? 'en'
    : langOfLocale(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
  const m = messagesFor(lang);
  SpreadsheetApp.getUi().createAddonMenu().addItem(m.menu.about, 'showAbout').addToUi();
}

/** Menu "About KAM": what the add-on does, in the spreadsheet's language. */
export function showAbout(): void {
  const m = messagesFor(langOfLocale(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale()));
  SpreadsheetApp.getUi().alert(m.about);
}
