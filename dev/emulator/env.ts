// The emulator's runtime core: state, clock, the stack of running executions (auth mode, user,
// vm realm), and the Proxy that counts, authorises (auth mode, then scopes) and refuses
// unemulated service methods.
import { permissionProblem } from './auth';
import { CallCounter, EmuLog } from './calls';
import { callCost } from './cost';
import type { AuthModeName } from './enums';
import { Faults } from './faults';
import type { Quirks } from './quirks';
import { nodeRealm, type Realm } from './realm';
import { scopeProblem } from './scopes';
import type { EmuState } from './state';
import { UiRecords } from './ui-records';
import type { PlainTextAnswer } from './value-parse';

export interface ResolvedOptions {
  timeZone: string;
  scriptTimeZone: string;
  locale: string;
  user: string;
  owner: string;
  addonName: string;
  asAddon: boolean;
  htmlDir: string | null;
  /** Workspace domain of the users, or null for consumer (gmail.com) accounts. */
  domain: string | null;
  /** Simulated latency: the clock advances this many ms on every counted service call. */
  msPerCall: number;
  /** The manifest's oauthScopes, or null for every scope (scopes.ts checks every call). */
  scopes: string[] | null;
  /** MailApp's recipients per user per day, or null for Google's (consumer or Workspace). */
  mailQuota: number | null;
  /** How a plain-text cell takes a script's string (value-parse.ts). */
  plainText: PlainTextAnswer;
  /** Answers a real account may give otherwise (quirks.ts). */
  quirks: Quirks;
}

export interface Execution {
  id: number;
  fnName: string;
  authMode: AuthModeName;
  user: string;
  realm: Realm;
  /** The formula cell a custom function runs for (its getActiveRange()). */
  activeCell?: { spreadsheetId: string; sheetId: number; r: number; c: number };
  /** Keys of the locks this execution holds. */
  locks: Set<string>;
  /** False where Sheets has no UI to show (time-driven triggers): getUi() throws. */
  hasUi: boolean;
  /** Id of the spreadsheet the script is bound to for this execution, if any. */
  boundId: string | null;
  calls: number;
  /** What its calls would take in Apps Script, by cost.ts's model (per call and per cell). */
  estimatedMs: number;
  /**
   * Set when ScriptApp.requireScopes ended the execution for the user's consent: Apps Script
   * "ends the current execution", so any later call fails with the same message.
   */
  endedForConsent?: string;
}

/** Base of every emulated service object; methods starting with `_` are the emulator's own. */
export abstract class EmuObject {
  abstract readonly _class: string;
  constructor(readonly _env: Env) {}
  toString(): string {
    return this._class;
  }
}

/** An object the bundle may assign properties to (HtmlTemplate: `t.data = …`). */
export interface Dynamic {
  _vars: Record<string, unknown>;
}

const PASS_THROUGH = new Set(Object.getOwnPropertyNames(Object.prototype));
/** Names test frameworks and JSON probe on any object; answered with undefined, not refused. */
const PROBES = new Set(['then', 'toJSON', 'asymmetricMatch', 'nodeType', '$$typeof', 'inspect']);

/** What the formula engine needs to hear about: cell changes, and when to recalculate. */
export interface FormulaHooks {
  changed(
    spreadsheetId: string,
    sheetId: number,
    r1: number,
    c1: number,
    r2: number,
    c2: number,
  ): void;
  /** A formula cell whose array result was overwritten. */
  markDirty(spreadsheetId: string, sheetId: number, r: number, c: number): void;
  /** Recalculates dirty custom-function cells (SpreadsheetApp.flush, end of an execution). */
  flush(): void;
}

export class Env {
  readonly calls = new CallCounter();
  /** Planned failures of write calls (faults.ts). */
  readonly faults = new Faults();
  hooks: FormulaHooks | null = null;
  readonly ui = new UiRecords();
  readonly log: EmuLog;
  private readonly stack: Execution[] = [];
  private readonly proxies = new WeakMap<object, object>();
  private readonly targets = new WeakMap<object, object>();
  private nextExecutionId = 1;

  constructor(
    public state: EmuState,
    readonly options: ResolvedOptions,
  ) {
    this.log = new EmuLog(() => this.state.now);
  }

  now(): number {
    return this.state.now;
  }

  get exec(): Execution | null {
    return this.stack.length ? this.stack[this.stack.length - 1] : null;
  }

  get realm(): Realm {
    return this.exec?.realm ?? nodeRealm;
  }

  /** The user the code runs as: the execution's, or the owner when a test calls directly. */
  get user(): string {
    return this.exec?.user ?? this.options.owner;
  }

  /**
   * The scopes the acting user granted (full URLs), or null for all: the manifest's, less
   * those the user left unticked on Google's granular consent screen (`state.consent`).
   */
  grantedScopes(): string[] | null {
    const declared = this.options.scopes;
    const consent = this.state.consent?.[this.user.toLowerCase()];
    if (!consent) return declared;
    return (declared ?? consent).filter((scope) => consent.includes(scope));
  }

  newExecutionId(): number {
    return this.nextExecutionId++;
  }

  push(e: Execution): void {
    this.stack.push(e);
  }

  pop(e: Execution): void {
    const i = this.stack.lastIndexOf(e);
    if (i >= 0) this.stack.splice(i, 1);
  }

  /** True while any execution is running (for nested custom-function recalculation). */
  get depth(): number {
    return this.stack.length;
  }

  /** Throws an Error of the running realm, so the bundle's `instanceof Error` holds. */
  fail(message: string): never {
    throw this.realm.error(message);
  }

  nextSeq(): number {
    this.state.seq += 1;
    return this.state.seq;
  }

  /** The object the bundle sees: counts calls, applies the auth mode, refuses what is missing. */
  wrap<T extends EmuObject>(target: T): T {
    const cached = this.proxies.get(target);
    if (cached) return cached as T;
    const proxy = new Proxy(target, {
      get: (t, prop, receiver) => {
        if (typeof prop === 'symbol' || PASS_THROUGH.has(prop))
          return Reflect.get(t, prop, receiver);
        const member = (t as unknown as Record<string, unknown>)[prop];
        if (typeof member === 'function' && !prop.startsWith('_')) {
          return (...args: unknown[]) => this.invoke(t, prop, member, args);
        }
        if (prop in t && !prop.startsWith('_') && typeof member !== 'function') return member;
        const vars = (t as Partial<Dynamic>)._vars;
        if (vars && Object.hasOwn(vars, prop)) return vars[prop];
        if (PROBES.has(prop)) return undefined;
        return this.fail(`Emulator: ${t._class}.${prop} is not emulated`);
      },
      set: (t, prop, value) => {
        const vars = (t as Partial<Dynamic>)._vars;
        if (!vars || typeof prop === 'symbol') {
          return this.fail(`Emulator: cannot set ${t._class}.${String(prop)}`);
        }
        vars[prop] = value;
        return true;
      },
    });
    this.proxies.set(target, proxy);
    this.targets.set(proxy, target);
    return proxy;
  }

  private invoke(t: EmuObject, method: string, fn: unknown, args: unknown[]): unknown {
    const name = `${t._class}.${method}`;
    this.calls.record(name);
    this.state.now += this.options.msPerCall;
    const exec = this.exec;
    if (exec?.endedForConsent) this.fail(exec.endedForConsent);
    if (exec) {
      exec.calls++;
      exec.estimatedMs += callCost(t, method, args);
      // The mode's own rules first; then, except for custom functions (which run with no
      // authorisation at all), the scopes the method's reference page lists.
      const problem =
        permissionProblem(exec.authMode, t._class, method) ??
        (exec.authMode === 'CUSTOM_FUNCTION'
          ? null
          : scopeProblem(this.grantedScopes(), t._class, method));
      if (problem) this.fail(problem);
    }
    const fault = this.faults._before(t._class, method);
    if (fault !== undefined) this.fail(fault);
    const result = (fn as (...a: unknown[]) => unknown).apply(
      t,
      args.map((a) => this.unwrap(a)),
    );
    return this.out(result);
  }

  /** The emulator object behind a proxy (or the value itself). */
  unwrap<T>(value: T): T {
    if (value !== null && typeof value === 'object') {
      const t = this.targets.get(value as object);
      if (t) return t as T;
    }
    return value;
  }

  /** Converts a method's result for the bundle: emulator objects become proxies, Node arrays vm arrays. */
  out(value: unknown): unknown {
    if (value instanceof EmuObject) return this.exec ? this.wrap(value) : value;
    if (Array.isArray(value) && Object.getPrototypeOf(value) === Array.prototype && this.exec) {
      return this.realm.list(value.map((v) => this.out(v)));
    }
    return value;
  }
}
