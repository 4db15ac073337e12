// Options of createEmulator() and their defaults: Europe/Vilnius, English, the user
// manager@example.com owning the bound spreadsheet, running as an editor add-on named KAM.
import fs from 'node:fs';
import path from 'node:path';
import type { ResolvedOptions } from './env';

export interface EmulatorOptions {
  /** Bundle source; otherwise read from codePath. */
  code?: string;
  codePath?: string;
  /** Folder of the bundle's .html files (default: the bundle's folder). */
  htmlDir?: string;
  /** The spreadsheet's time zone. */
  timeZone?: string;
  /** The script's (manifest) time zone, used by the vm's local-time Date methods. */
  scriptTimeZone?: string;
  locale?: string;
  user?: string;
  owner?: string;
  now?: Date;
  addonName?: string;
  /** Run as an editor add-on (default true): add-on trigger limits apply. */
  asAddon?: boolean;
  /** Workspace domain of the users; null or omitted for consumer accounts. */
  domain?: string | null;
  spreadsheetName?: string;
  /**
   * Simulated latency (default 0): every counted service call advances the emulator clock by this
   * many ms, so code that watches Date.now() against a time budget can be tested (real Apps
   * Script calls take time). Change it later with emulator.setLatency(ms).
   */
  msPerCall?: number;
  /** The manifest's oauthScopes (full URLs); omitted, every scope is granted. */
  scopes?: string[];
}

export interface Resolved {
  code: string;
  filename: string;
  options: ResolvedOptions;
  now: number;
  spreadsheetName: string;
}

export function resolveOptions(options: EmulatorOptions): Resolved {
  const codePath = options.codePath ?? path.resolve('dist/Code.js');
  const code = options.code ?? fs.readFileSync(codePath, 'utf8');
  const user = options.user ?? 'manager@example.com';
  const timeZone = options.timeZone ?? 'Europe/Vilnius';
  return {
    code,
    filename: options.code === undefined ? codePath : 'Code.js',
    options: {
      timeZone,
      scriptTimeZone: options.scriptTimeZone ?? timeZone,
      locale: options.locale ?? 'en',
      user,
      owner: options.owner ?? user,
      addonName: options.addonName ?? 'KAM',
      asAddon: options.asAddon ?? true,
      htmlDir: options.htmlDir ?? (options.code === undefined ? path.dirname(codePath) : null),
      domain: options.domain ?? null,
      msPerCall: options.msPerCall ?? 0,
      scopes: options.scopes ?? null,
    },
    now: (options.now ?? new Date()).getTime(),
    spreadsheetName: options.spreadsheetName ?? 'KAM',
  };
}
