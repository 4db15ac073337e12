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
  deleteProperty(key: string): Properties;
}

export interface Menu {
  addItem(caption: string, functionName: string): Menu;
  addSeparator(): Menu;
  addToUi(): void;
}

export interface Ui {
  alert(prompt: string): unknown;
  alert(title: string, prompt: string, buttons: EnumValue): unknown;
  readonly ButtonSet: { readonly OK: EnumValue };
  createAddonMenu(): Menu;
}

export interface Trigger {
  getHandlerFunction(): string;
  getUniqueId(): string;
}

/** The installable triggers of this user and document (ScriptApp). */
export interface Triggers {
  /** The user's triggers of this project for the document. */
  list(): Trigger[];
  /** A time-driven trigger every hour (an add-on's shortest interval). */
  hourly(handler: string): Trigger;
  /** A change trigger on the document (rows inserted or removed, which onEdit misses). */
  onChange(handler: string): Trigger;
  remove(trigger: Trigger): void;
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
  user: {
    /** The person running KAM, or "" when Apps Script does not say. */
    active(): string;
    /** Whose authority the script runs with, or "". */
    effective(): string;
  };
  ui(): Ui;
  /** Shows the sidebar built from an HTML file of the project. */
  showSidebar(file: string, title: string): void;
  triggers: Triggers;
  /**
   * A file's link sharing as DriveApp.Access names it ("PRIVATE", "ANYONE_WITH_LINK"…), read
   * through the Drive API; throws where the API does not reach the file (under drive.file: any
   * file KAM did not create).
   */
  sharingAccess(fileId: string): string;
  /** Utilities.formatDate: an instant as text in a time zone. */
  formatDate(date: Date, timeZone: string, pattern: string): string;
  /** The authorization mode of an onOpen event. */
  authModeOf(event: { authMode?: unknown } | undefined): AuthMode;
  clock: { now(): Date };
}

export type { Range, Spreadsheet };
