// The emulator's one public entry (README.md): createEmulator() loads a bundle into emulated Apps
// Script and returns an Emulator with the controls below; the types and helpers callers need follow.
import { parseA1 } from './a1';
import { fullScope } from './authorization';
import { customFunctionEngine } from './custom-runner';
import { createSpreadsheetState, findSpreadsheet, spreadsheetFor } from './drive';
import type { AuthModeName } from './enums';
import { Env, type ResolvedOptions } from './env';
import type { Faults } from './faults';
import type { FormulaEngine } from './formula-engine';
import { Events } from './harness-events';
import { StructureActions } from './harness-structure';
import { mailState } from './mail-app';
import { type EmulatorOptions, resolveOptions } from './options';
import { DEFAULT_QUIRKS, type Quirks } from './quirks';
import type { EmuRange } from './range';
import { ConsentRequired, type ExecutionStats, type OpenExecution, Runtime } from './runtime';
import { loadSheet, type SheetData } from './sheet-data';
import type { EmuSpreadsheet } from './spreadsheet';
import { type EmuState, isCellError, type SentMail } from './state';
import { toNode } from './to-node';
import { flattenMenus, type MenuEntry } from './ui-records';
import type { PlainTextAnswer } from './value-parse';

export interface RunOptions {
  authMode?: AuthModeName;
  user?: string;
}

/** The harness; user structural edits (deleteRows, insertRows, …, clear) live in harness-structure.ts. */
export class Emulator extends StructureActions {
  readonly env: Env;
  readonly runtime: Runtime;
  readonly engine: FormulaEngine;
  protected readonly events: Events;

  constructor(code: string, filename: string, options: ResolvedOptions, now: number, name: string) {
    super();
    const state: EmuState = {
      now,
      seq: 0,
      activeSpreadsheetId: null,
      spreadsheets: [],
      properties: { script: {}, user: {}, document: {} },
      caches: {},
      triggers: [],
    };
    this.env = new Env(state, options);
    this.runtime = new Runtime(this.env, code, filename);
    state.activeSpreadsheetId = createSpreadsheetState(this.env, name, options.owner).id;
    this.engine = customFunctionEngine(this.env, this.runtime);
    this.env.hooks = this.engine;
    this.events = new Events(this.env, this.runtime, () => this.boundState());
  }

  private boundState() {
    const id = this.env.state.activeSpreadsheetId;
    return (
      (id && findSpreadsheet(this.env, id)) ||
      (() => {
        throw new Error('Emulator: no bound spreadsheet');
      })()
    );
  }

  /** The bound spreadsheet, for tests to read and arrange directly (calls are not counted). */
  get spreadsheet(): EmuSpreadsheet {
    return spreadsheetFor(this.env, this.boundState());
  }

  /** Any spreadsheet of the emulated Drive by id (one the script created, addSpreadsheet's), read as `spreadsheet` is. */
  spreadsheetById(id: string): EmuSpreadsheet {
    const st = findSpreadsheet(this.env, id);
    if (!st) throw new Error(`Emulator: no spreadsheet ${id}`);
    return spreadsheetFor(this.env, st);
  }

  /**
   * Who acts when a call names no user: openAddon, clickMenu, edit, run, begin, scriptRun and
   * custom functions. Set it to act as someone else from then on.
   */
  get user(): string {
    return this.env.options.user;
  }

  set user(email: string) {
    this.env.options.user = email;
  }

  get calls() {
    return this.env.calls;
  }
  get log() {
    return this.env.log;
  }
  get ui() {
    return this.env.ui;
  }
  get executions(): ExecutionStats[] {
    return this.runtime.stats;
  }

  readonly clock = {
    now: (): Date => new Date(this.env.state.now),
    set: (d: Date): void => {
      this.env.state.now = d.getTime();
    },
    advanceDays: (n: number): void => {
      this.env.state.now += n * 86_400_000;
    },
    advanceMs: (ms: number): void => {
      this.env.state.now += ms;
    },
  };

  /** Simulated latency: every counted service call advances the clock by `msPerCall` ms. */
  setLatency(msPerCall: number): void {
    this.env.options.msPerCall = msPerCall;
  }

  /** Every e-mail MailApp sent, oldest first (copies: changing them changes nothing). */
  get outbox(): SentMail[] {
    return structuredClone(mailState(this.env).outbox);
  }

  /** MailApp's recipients per user per day from now on; null for Google's (mail-app.ts). */
  setMailQuota(recipients: number | null): void {
    this.env.options.mailQuota = recipients;
  }

  /**
   * How plain-text ("@") cells take a script's strings from now on, which Google does not
   * document: "=…" as text or a formula, a leading apostrophe kept or stripped (options.ts).
   */
  setPlainText(answer: Partial<PlainTextAnswer>): void {
    this.env.options.plainText = { ...this.env.options.plainText, ...answer };
  }

  /** Fault injection: fail the n-th write call from now, or run something just before it. */
  get faults(): Faults {
    return this.env.faults;
  }

  /** The manifest's oauthScopes (full URLs) from now on; null grants every scope. */
  setScopes(scopes: string[] | null): void {
    this.env.options.scopes = scopes === null ? null : [...scopes];
  }

  /**
   * Granular consent: the scopes a user ticked on Google's consent screen (full URLs or short
   * names such as "spreadsheets"); calls needing any other are refused, getAuthorizationInfo
   * reports them and requireScopes asks again. Null: every scope of the manifest (the default).
   */
  grantScopes(scopes: string[] | null, user = this.env.options.user): void {
    const consent = { ...this.env.state.consent };
    if (scopes === null) delete consent[user.toLowerCase()];
    else consent[user.toLowerCase()] = scopes.map(fullScope);
    this.env.state.consent = consent;
  }

  /** Answers a real account may give otherwise than the emulator assumes (quirks.ts), from now on. */
  setQuirks(quirks: Partial<Quirks>): void {
    this.env.options.quirks = { ...this.env.options.quirks, ...quirks };
  }

  /** Back to the emulator's assumptions (DEFAULT_QUIRKS). */
  resetQuirks(): void {
    this.env.options.quirks = { ...DEFAULT_QUIRKS };
  }

  /** Replaces a sheet's cells from a 2-D array (created if missing); see sheet-data.ts. */
  setSheetData(sheetName: string, rows: SheetData, spreadsheetId?: string): void {
    const ss = spreadsheetId ? findSpreadsheet(this.env, spreadsheetId) : this.boundState();
    if (!ss) throw new Error(`Emulator: no spreadsheet ${spreadsheetId}`);
    loadSheet(ss, sheetName, rows, this.env);
    this.engine.rebuild();
    this.engine.flush();
  }

  /** A range of the bound spreadsheet by A1 notation ("Sheet1!A1:B2" or on the active sheet). */
  range(a1: string): EmuRange {
    return this.spreadsheet.getRange(a1);
  }

  /** Sets the user's selection (getActiveRange / getCurrentCell). */
  select(a1: string): void {
    this.range(a1).activate();
  }

  /** Writes a formula as a script would, then recalculates. */
  setFormula(a1: string, formula: string): void {
    this.range(a1).setFormula(formula);
    this.engine.flush();
  }

  /** Recalculates every formula cell. */
  recalc(): void {
    this.engine.rebuild();
    this.engine.flush();
  }

  /** One cell as Sheets shows it: value, display, formula and an error value's message. */
  inspect(a1: string): { value: unknown; display: string; formula: string; error: string | null } {
    const r = this.range(a1);
    const stored = r._st.values[r._block.r1]?.[r._block.c1];
    return {
      value: r.getValue(),
      display: r.getDisplayValue(),
      formula: r.getFormula(),
      error: isCellError(stored) ? stored.m : null,
    };
  }

  /**
   * Calls an entry point as Apps Script would (default FULL, as a menu item). One that
   * ScriptApp.requireScopes ended returns undefined: Sheets showed the consent screen instead
   * (`ui.authorizations`).
   */
  run(fnName: string, args: unknown[] = [], options: RunOptions = {}): unknown {
    try {
      const result = this.runtime.execute(
        {
          fnName,
          authMode: options.authMode ?? 'FULL',
          user: options.user ?? this.env.options.user,
          boundId: this.boundState().id,
        },
        (realm) => args.map((a) => realm.deep(a)),
      );
      return toNode(result);
    } catch (e) {
      if (e instanceof ConsentRequired) return undefined;
      throw e;
    }
  }

  /** Starts an execution that stays open (holding its locks) until end(). */
  begin(options: RunOptions & { fnName?: string } = {}): OpenExecution {
    return this.runtime.begin({
      fnName: options.fnName ?? '(test)',
      authMode: options.authMode ?? 'FULL',
      user: options.user ?? this.env.options.user,
      boundId: this.boundState().id,
    });
  }

  /**
   * Runs Node code as one execution (default FULL): `globals(name)` gives the execution's
   * services (SpreadsheetApp, LockService…), whose calls are counted and authorised as the
   * bundle's are; the execution ends (its locks released) when `fn` returns.
   */
  within<T>(fn: (globals: (name: string) => unknown) => T, options: RunOptions = {}): T {
    const execution = this.begin({ ...options, fnName: '(node)' });
    try {
      return execution.within(() => fn((name) => execution.global(name)));
    } finally {
      execution.end();
    }
  }

  /** Calls a custom function directly in CUSTOM_FUNCTION mode; Node Dates and arrays are copied in. */
  customFunction(name: string, ...args: unknown[]): unknown {
    const ss = this.boundState();
    const sheet = this.spreadsheet.getActiveSheet()._st;
    const result = this.runtime.execute(
      {
        fnName: name,
        authMode: 'CUSTOM_FUNCTION',
        user: this.env.options.user,
        boundId: ss.id,
        hasUi: false,
        activeCell: { spreadsheetId: ss.id, sheetId: sheet.id, r: 0, c: 0 },
      },
      (realm) => args.map((a) => realm.deep(a)),
    );
    return toNode(result);
  }

  /** Fires onOpen(e) in the given mode (default LIMITED: the add-on is used in this document). */
  openAddon(options: RunOptions = {}): void {
    this.events.open(options.authMode ?? 'LIMITED', options.user ?? this.env.options.user);
  }

  /** Every menu item added to the UI, with its path ("My add-on › Set up"). */
  menu(): MenuEntry[] {
    return flattenMenus(this.env.ui.menus);
  }

  /** Clicks a menu item (by caption or full path) and runs its function in FULL. */
  clickMenu(caption: string, options: { user?: string } = {}): unknown {
    const item = this.menu().find((m) => m.caption === caption || m.path.join(' › ') === caption);
    if (!item) throw new Error(`Emulator: no menu item "${caption}"`);
    return this.run(item.functionName, [], { authMode: 'FULL', user: options.user });
  }

  /** A user edit of one cell or a block ("Sheet1!B2" or "B2:C3"), firing onEdit. */
  edit(a1: string, values: unknown, options: { user?: string } = {}): void {
    const ref = parseA1(a1);
    if (!ref) throw new Error(`Emulator: bad A1 ${a1}`);
    const sheetName = ref.sheet ?? this.spreadsheet.getActiveSheet().getName();
    const grid = Array.isArray(values) ? (values as unknown[][]) : [[values]];
    const b = { r1: ref.r1, c1: ref.c1, nr: grid.length, nc: grid[0]?.length ?? 1 };
    this.events.edit(sheetName, b, grid, options.user ?? this.env.options.user);
  }

  fireTimeTrigger(uniqueId: string): unknown {
    return this.events.fireTimeTrigger(uniqueId);
  }

  /** google.script.run.fnName(...args) from a sidebar; returns what the success handler receives. */
  scriptRun(fnName: string, ...args: unknown[]): unknown {
    return this.events.scriptRun(fnName, args, this.env.options.user);
  }

  /** A new spreadsheet in the emulated Drive (not bound); returns its id. */
  addSpreadsheet(name: string, owner = this.env.options.owner): string {
    return createSpreadsheetState(this.env, name, owner).id;
  }

  /**
   * Declares a Google Group and its members: sharing a file or a protection with the group's
   * address gives them its access (drive-access.ts). A group among the members is refused,
   * as nested groups are not emulated.
   */
  addGroup(email: string, members: string[]): void {
    this.env.state.groups ??= {};
    const groups = this.env.state.groups;
    if (members.some((m) => groups[m.toLowerCase()] !== undefined))
      throw new Error('Emulator: nested Google Groups are not emulated');
    groups[email.toLowerCase()] = [...members];
  }

  /** Sets a spreadsheet's link or domain sharing as its owner would in the Share dialog. */
  setLinkSharing(access: string, permission: string, spreadsheetId?: string): void {
    const st = spreadsheetId ? findSpreadsheet(this.env, spreadsheetId) : this.boundState();
    if (!st) throw new Error(`Emulator: no spreadsheet ${spreadsheetId}`);
    st.sharing = { access, permission };
  }

  /** The whole state as JSON: spreadsheets, properties, caches, triggers, clock. */
  snapshot(): string {
    return JSON.stringify(this.env.state);
  }

  restore(json: string): void {
    this.env.state = JSON.parse(json) as EmuState;
    for (const ss of this.env.state.spreadsheets) {
      ss.charts ??= [];
      if (!Array.isArray(ss.namedRanges)) ss.namedRanges = []; // snapshots before named ranges
    }
    this.recalc();
  }
}

/** An emulator around a bundle (options.code or options.codePath), bound to a new spreadsheet. */
export function createEmulator(options: EmulatorOptions): Emulator {
  const r = resolveOptions(options);
  return new Emulator(r.code, r.filename, r.options, r.now, r.spreadsheetName);
}

// What callers need besides the harness: the types it hands out (spreadsheet, sheets, ranges, UI
// records, the JSON state behind snapshot()) and the helpers a grid view or export reads them with.
export { cellA1, columnLetter, quoteSheetName } from './a1';
export type { LogEntry, LogLevel } from './calls';
export { MS_PER_CALL, MS_PER_FORMAT_CELL, MS_PER_VALUE_CELL } from './cost';
export { type AuthModeName, type ButtonName, type EnumValue, ProtectionType } from './enums';
export { type Faults, isWriteCall } from './faults';
export type { ChangeType } from './harness-events';
export type { UserOptions } from './harness-structure';
export { MAIL_QUOTA, QUOTA_EXCEEDED } from './mail-app';
export type { EmulatorOptions } from './options';
export { DEFAULT_QUIRKS, type Quirks } from './quirks';
export type { EmuRange } from './range';
export type { Realm } from './realm';
export { ConsentRequired, type ExecutionStats, type OpenExecution } from './runtime';
export { METHOD_SCOPES, referenceOf, scopesOf } from './scopes';
export type { EmuSheet } from './sheet';
export type { SheetData } from './sheet-data';
export type { EmuSpreadsheet } from './spreadsheet';
export {
  type CellError,
  type EmuState,
  isCellError,
  type Layer,
  layerGet,
  type MailState,
  type SentMail,
  type SheetState,
  type SpreadsheetState,
  type Stored,
  type ValidationState,
} from './state';
export type {
  AlertRecord,
  AuthorizationRecord,
  MenuEntry,
  MenuItemRecord,
  MenuRecord,
  PromptRecord,
  ShownHtml,
  ToastRecord,
} from './ui-records';
export { CELL_CHARACTER_LIMIT, type PlainTextAnswer } from './value-parse';
