// Runs the bundle as Apps Script does: every execution gets a fresh bare realm, the bundle's
// top level runs again in it (so top-level service calls obey the auth mode), then the entry
// point is called; locks are released and formulas recalculated when it ends.
import vm from 'node:vm';
import { EmuCacheService } from './cache-service';
import { EmuCharts } from './charts';
import { EmuDrive } from './drive-advanced';
import { EmuDriveApp } from './drive-app';
import type { AuthModeName } from './enums';
import type { Env, Execution } from './env';
import { EmuHtmlService } from './html-service';
import { EmuLockService, releaseAll } from './lock-service';
import { EmuMailApp } from './mail-app';
import { EmuPropertiesService } from './properties-service';
import type { Realm } from './realm';
import { createRealm } from './realm';
import { EmuScriptApp } from './script-app';
import { EmuSession } from './session';
import { EmuSpreadsheetApp } from './spreadsheet-app';
import { EmuLogger, EmuUtilities, makeConsole } from './utilities';

export interface ExecutionOptions {
  fnName: string;
  authMode: AuthModeName;
  user: string;
  boundId: string | null;
  hasUi?: boolean;
  activeCell?: Execution['activeCell'];
}

export interface ExecutionStats {
  fnName: string;
  authMode: AuthModeName;
  user: string;
  calls: number;
  cpuMs: number;
  wallMs: number;
  /**
   * The execution's estimated time in Apps Script: a price per service call plus a price per
   * cell read or written (cost.ts, after Google's best-practices measurements).
   */
  estimatedMs: number;
}

/** An execution the test controls: run entry points in it, then end() (releases its locks). */
export interface OpenExecution {
  readonly id: number;
  /** The execution's realm, to build arguments the bundle will see as its own values. */
  readonly realm: Realm;
  run(fnName: string, ...args: unknown[]): unknown;
  /**
   * Runs Node code as this execution: the services it reaches through `global()` count their
   * calls and apply the execution's auth mode, as they do for the bundle.
   */
  within<T>(fn: () => T): T;
  /** The bundle's global scope of this execution (vm realm values). */
  global(name: string): unknown;
  end(): ExecutionStats;
  /** Set when ScriptApp.requireScopes ended the execution for the user's consent. */
  readonly endedForConsent: string | undefined;
}

/**
 * An execution ScriptApp.requireScopes ended for the user's consent: a menu item or `run` shows
 * the prompt and returns nothing; google.script.run's failure handler and a trigger get this.
 */
export class ConsentRequired extends Error {}

/** Top-level `function name(` declarations: the names Apps Script can call. */
export function topLevelFunctions(code: string): string[] {
  return [...code.matchAll(/^(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)\s*\(/gm)].map(
    (m) => m[1],
  );
}

export class Runtime {
  readonly stats: ExecutionStats[] = [];
  private readonly script: vm.Script;
  readonly functions: Set<string>;

  constructor(
    private readonly env: Env,
    code: string,
    filename: string,
  ) {
    this.script = new vm.Script(code, { filename });
    this.functions = new Set(topLevelFunctions(code));
  }

  begin(o: ExecutionOptions): OpenExecution {
    const env = this.env;
    const realm = createRealm(() => env.now(), env.options.scriptTimeZone);
    const exec: Execution = {
      id: env.newExecutionId(),
      fnName: o.fnName,
      authMode: o.authMode,
      user: o.user,
      realm,
      locks: new Set(),
      hasUi: o.hasUi ?? true,
      boundId: o.boundId,
      calls: 0,
      estimatedMs: 0,
      activeCell: o.activeCell,
    };
    const cpu0 = process.cpuUsage();
    const wall0 = performance.now();
    const context = realm.context as vm.Context;
    const globals: Record<string, unknown> = {
      SpreadsheetApp: env.wrap(new EmuSpreadsheetApp(env)),
      PropertiesService: env.wrap(new EmuPropertiesService(env)),
      CacheService: env.wrap(new EmuCacheService(env)),
      LockService: env.wrap(new EmuLockService(env)),
      ScriptApp: env.wrap(new EmuScriptApp(env)),
      Session: env.wrap(new EmuSession(env)),
      Utilities: env.wrap(new EmuUtilities(env)),
      Logger: env.wrap(new EmuLogger(env)),
      HtmlService: env.wrap(new EmuHtmlService(env)),
      Charts: env.wrap(new EmuCharts(env)),
      DriveApp: env.wrap(new EmuDriveApp(env)),
      Drive: env.wrap(new EmuDrive(env)),
      MailApp: env.wrap(new EmuMailApp(env)),
      console: makeConsole(env.log),
    };
    for (const [k, v] of Object.entries(globals)) {
      Object.defineProperty(context, k, {
        value: v,
        writable: true,
        configurable: true,
        enumerable: false,
      });
    }
    const enter = <T>(fn: () => T): T => {
      env.push(exec);
      try {
        return fn();
      } finally {
        env.pop(exec);
      }
    };
    let ended = false;
    const handle: OpenExecution = {
      id: exec.id,
      realm,
      run: (fnName, ...args) =>
        enter(() => {
          const fn = (context as Record<string, unknown>)[fnName];
          if (typeof fn !== 'function') env.fail(`Script function not found: ${fnName}`);
          return (fn as (...a: unknown[]) => unknown)(...args);
        }),
      within: (fn) => enter(fn),
      global: (name) => (context as Record<string, unknown>)[name],
      get endedForConsent() {
        return exec.endedForConsent;
      },
      end: () => {
        if (!ended) {
          ended = true;
          releaseAll(env, exec.id);
          if (env.depth === 0) env.hooks?.flush();
          const cpu = process.cpuUsage(cpu0);
          this.stats.push({
            fnName: exec.fnName,
            authMode: exec.authMode,
            user: exec.user,
            calls: exec.calls,
            cpuMs: (cpu.user + cpu.system) / 1000,
            wallMs: performance.now() - wall0,
            estimatedMs: exec.estimatedMs,
          });
        }
        return this.stats[this.stats.length - 1];
      },
    };
    try {
      enter(() => this.script.runInContext(context));
    } catch (e) {
      handle.end();
      throw e;
    }
    return handle;
  }

  /**
   * Runs one entry point in its own execution, as Apps Script does for each call. An execution
   * requireScopes ended throws ConsentRequired, whatever the bundle caught: it did not go on.
   */
  execute(o: ExecutionOptions, args: unknown[] | ((realm: Realm) => unknown[])): unknown {
    const handle = this.begin(o);
    try {
      const result = handle.run(
        o.fnName,
        ...(typeof args === 'function' ? args(handle.realm) : args),
      );
      if (handle.endedForConsent) throw new ConsentRequired(handle.endedForConsent);
      return result;
    } catch (e) {
      if (handle.endedForConsent) throw new ConsentRequired(handle.endedForConsent);
      throw e;
    } finally {
      handle.end();
    }
  }
}
