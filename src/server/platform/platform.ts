// The Apps Script services KAM uses, as one small object the entry points build and pass
// down (as the OAuth2 library takes its stores from its caller): the emulator and tests can
// stand in for any of them, and no module below the entry points reads a global.
import type { DataValidationBuilder, EnumValue, Range, Spreadsheet } from './sheets';

export interface Lock {
  /** False when another execution holds the lock past `timeoutInMillis`. */
  tryLock(timeoutInMillis: number): boolean;
  releaseLock(): void;
}

export interface Cache {
  get(key: string): string | null;
  getAll(keys: string[]): Record<string, string>;
  putAll(values: Record<string, string>, expirationInSeconds: number): void;
  remove(key: string): void;
}

export interface Properties {
  getProperty(key: string): string | null;
  getProperties(): Record<string, string>;
  setProperty(key: string, value: string): Properties;
  /** Several at once, in one call (the others kept). */
  setProperties(properties: Record<string, string>): Properties;
  deleteProperty(key: string): Properties;
}

export interface Menu {
  addItem(caption: string, functionName: string): Menu;
  addSeparator(): Menu;
  addSubMenu(menu: Menu): Menu;
  addToUi(): void;
}

export interface Ui {
  alert(prompt: string): unknown;
  alert(title: string, prompt: string, buttons: EnumValue): unknown;
  readonly ButtonSet: { readonly OK: EnumValue; readonly YES_NO: EnumValue };
  readonly Button: { readonly YES: EnumValue };
  createAddonMenu(): Menu;
  /** A menu to add as a submenu of the add-on's (Menu.addSubMenu). */
  createMenu(caption: string): Menu;
}

/** One e-mail: plain text with an HTML alternative, sent from the account the script runs as. */
export interface MailMessage {
  /** One address: KAM sends each recipient their own e-mail. */
  to: string;
  subject: string;
  /** The plain-text alternative, for mail programs that show no HTML. */
  body: string;
  htmlBody: string;
  /** The sender's display name. */
  name: string;
}

/** MailApp: sending only (it cannot read the user's mail). */
export interface Mail {
  /** Sends one e-mail; throws when the address is refused or the day's quota is spent. */
  send(message: MailMessage): void;
  /** Recipients the user may still send to today (MailApp.getRemainingDailyQuota). */
  remainingDailyQuota(): number;
}

export interface Trigger {
  getHandlerFunction(): string;
  getUniqueId(): string;
}

/** The installable triggers of this user (ScriptApp). */
export interface Triggers {
  /**
   * Every trigger of this user for KAM, in any document (ScriptApp.getProjectTriggers: "all
   * installable triggers associated with the current project and current user").
   */
  list(): Trigger[];
  /**
   * This user's triggers in this document (ScriptApp.getUserTriggers), which Google does not
   * document for time-driven ones: only Check this installation asks it.
   */
  listHere(): Trigger[];
  /** A time-driven trigger every hour (an add-on's shortest interval). */
  hourly(handler: string): Trigger;
  /** A change trigger on the document (rows inserted or removed, which onEdit misses). */
  onChange(handler: string): Trigger;
  remove(trigger: Trigger): void;
}

/**
 * Granular consent: a user may grant some of the scopes KAM asks for. Scopes are short names
 * ("spreadsheets", "userinfo.email"), as appsscript.json's end in.
 */
export interface Consent {
  /** The given scopes this user has not granted (ScriptApp.getAuthorizationInfo). */
  missing(scopes: readonly string[]): string[];
  /**
   * Ends the execution with Google's consent screen when any is missing
   * (ScriptApp.requireScopes): call it before anything that could catch the ending.
   */
  ensure(scopes: readonly string[]): void;
}

/** The document's authorization mode, as onOpen receives it. */
export type AuthMode = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

export interface Platform {
  /** The spreadsheet this execution runs in. */
  spreadsheet(): Spreadsheet;
  /** Other spreadsheets, builders and enums of the Spreadsheet service. */
  sheets: {
    openById(id: string): Spreadsheet;
    /** A new spreadsheet in the user's Drive, created by KAM (so drive.file reaches it). */
    create(name: string): Spreadsheet;
    /** Applies pending changes; called before the document lock is released. */
    flush(): void;
    /** A data validation rule for set-up's dropdowns and checks. */
    validation(): DataValidationBuilder;
    readonly protectionType: { readonly sheet: EnumValue; readonly range: EnumValue };
    readonly chartType: { readonly pie: EnumValue; readonly column: EnumValue };
  };
  /** The document lock, or null where there is no document. */
  lock(): Lock | null;
  /** The document cache, or null where there is no document. */
  cache(): Cache | null;
  /** The document's properties, shared by every user of the document. */
  properties(): Properties;
  /** E-mail from the account the script runs as (the user who turned the daily check on). */
  mail: Mail;
  user: {
    /** The person running KAM, or "" when Apps Script does not say. */
    active(): string;
    /** Whose authority the script runs with, or "". */
    effective(): string;
  };
  ui(): Ui;
  /** Shows the sidebar built from an HTML file of the project. */
  showSidebar(file: string, title: string): void;
  /** Shows a modal dialog built from an HTML file of the project, at a size in pixels. */
  showDialog(file: string, title: string, width: number, height: number): void;
  /** Shows a modal dialog of the given HTML, built by the server (the installation report). */
  showHtmlDialog(html: string, title: string, width: number, height: number): void;
  triggers: Triggers;
  consent: Consent;
  /**
   * A file's link sharing as DriveApp.Access names it ("PRIVATE", "ANYONE_WITH_LINK"…), read
   * through the Drive API; throws where the API does not reach the file (under drive.file: any
   * file KAM did not create).
   */
  sharingAccess(fileId: string): string;
  /** Utilities.formatDate: an instant as text in a time zone. */
  formatDate(date: Date, timeZone: string, pattern: string): string;
  /**
   * The formula of the active cell, "" when none: in a custom function, the cell that calls
   * it (SpreadsheetApp.getActiveRange(), a read, which custom functions may make:
   * developers.google.com/apps-script/guides/sheets/functions), so that a message can name
   * the sheet's row of a bad value.
   */
  activeFormula(): string;
  /** The authorization mode of an onOpen event. */
  authModeOf(event: { authMode?: unknown } | undefined): AuthMode;
  clock: { now(): Date };
}

export type { Range, Spreadsheet };
