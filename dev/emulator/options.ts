// Options of createEmulator() and their generic defaults: the bundle (code or codePath) is
// required; UTC, English, user@example.com owning the bound "Untitled spreadsheet", an add-on.
import fs from 'node:fs';
import path from 'node:path';
import type { ResolvedOptions } from './env';
import { DEFAULT_QUIRKS, type Quirks } from './quirks';
import { DEFAULT_PLAIN_TEXT, type PlainTextAnswer } from './value-parse';

/** Defaults for what a caller leaves out: nothing project-specific; a project wraps createEmulator with its own. */
const DEFAULTS = {
  timeZone: 'UTC',
  locale: 'en',
  user: 'user@example.com',
  addonName: 'Add-on',
  spreadsheetName: 'Untitled spreadsheet',
} as const;

export interface EmulatorOptions {
  /** Bundle source; one of `code` and `codePath` is required. */
  code?: string;
  /** Path of the bundle file, read when `code` is not given. */
  codePath?: string;
  /** Folder of the bundle's .html files (default: the folder of `codePath`; none with `code`). */
  htmlDir?: string;
  /** The spreadsheet's time zone (default UTC). */
  timeZone?: string;
  /** The script's (manifest) time zone, used by the vm's local-time Date methods (default: timeZone). */
  scriptTimeZone?: string;
  /** The spreadsheets' locale, e.g. en_US or lt_LT (default en). */
  locale?: string;
  /** Who acts by default: opens the add-on, clicks, edits, calls google.script.run. */
  user?: string;
  /** Who owns the bound spreadsheet (default: user). */
  owner?: string;
  /** The emulator clock's start (default: the real time now). */
  now?: Date;
  /** The add-on menu's title (Ui.createAddonMenu), as Sheets names it after the add-on. */
  addonName?: string;
  /** Run as an editor add-on (default true): add-on trigger limits apply. */
  asAddon?: boolean;
  /** Workspace domain of the users; null or omitted for consumer accounts. */
  domain?: string | null;
  /** Name of the bound spreadsheet. */
  spreadsheetName?: string;
  /**
   * Simulated latency (default 0): every counted service call advances the emulator clock by this
   * many ms, so code that watches Date.now() against a time budget can be tested (real Apps
   * Script calls take time). Change it later with emulator.setLatency(ms).
   */
  msPerCall?: number;
  /** The manifest's oauthScopes (full URLs); omitted, every scope is granted. */
  scopes?: string[];
  /**
   * MailApp's recipients per user per day (default Google's: 100 for consumer accounts, 1,500
   * with a Workspace `domain`). Change it later with emulator.setMailQuota(n).
   */
  mailQuota?: number;
  /**
   * How a plain-text ("@") cell takes a string a script writes, which Google does not
   * document: "=…" kept as text or made a formula, a leading apostrophe kept in the value or
   * stripped (default `{ formula: 'text', apostrophe: 'kept' }`). See README, "Quirks".
   */
  plainText?: Partial<PlainTextAnswer>;
  /** Answers a real account may give otherwise than the emulator assumes (quirks.ts; README, "Quirks"). */
  quirks?: Partial<Quirks>;
}

export interface Resolved {
  code: string;
  filename: string;
  options: ResolvedOptions;
  now: number;
  spreadsheetName: string;
}

export function resolveOptions(options: EmulatorOptions): Resolved {
  if (options.code === undefined && options.codePath === undefined) {
    throw new Error(
      'Emulator: createEmulator needs the bundle to run: pass `code` (its source) or `codePath` (its file).',
    );
  }
  const codePath = options.codePath === undefined ? undefined : path.resolve(options.codePath);
  const code = options.code ?? fs.readFileSync(codePath as string, 'utf8');
  const user = options.user ?? DEFAULTS.user;
  const timeZone = options.timeZone ?? DEFAULTS.timeZone;
  return {
    code,
    filename: options.code === undefined ? (codePath as string) : 'Code.js',
    options: {
      timeZone,
      scriptTimeZone: options.scriptTimeZone ?? timeZone,
      locale: options.locale ?? DEFAULTS.locale,
      user,
      owner: options.owner ?? user,
      addonName: options.addonName ?? DEFAULTS.addonName,
      asAddon: options.asAddon ?? true,
      htmlDir:
        options.htmlDir ?? (options.code === undefined ? path.dirname(codePath as string) : null),
      domain: options.domain ?? null,
      msPerCall: options.msPerCall ?? 0,
      scopes: options.scopes ?? null,
      mailQuota: options.mailQuota ?? null,
      plainText: { ...DEFAULT_PLAIN_TEXT, ...options.plainText },
      quirks: { ...DEFAULT_QUIRKS, ...options.quirks },
    },
    now: (options.now ?? new Date()).getTime(),
    spreadsheetName: options.spreadsheetName ?? DEFAULTS.spreadsheetName,
  };
}
