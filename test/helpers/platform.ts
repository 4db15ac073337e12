// The server's modules run from Node against the emulator: a Platform over one emulated
// execution's services, so tests import src/server directly (and count its calls).
import type { Emulator, RunOptions } from '../../dev/emulator';
import { type AppsScriptServices, platformOver } from '../../src/server/platform/apps-script';
import type { Platform } from '../../src/server/platform/platform';

const SERVICES: readonly (keyof AppsScriptServices)[] = [
  'SpreadsheetApp',
  'LockService',
  'CacheService',
  'PropertiesService',
  'Session',
  'ScriptApp',
  'HtmlService',
  'DriveApp',
  'Drive',
  'Utilities',
  'Charts',
  'MailApp',
];

/** Runs `fn` with a Platform over one emulated execution (default FULL, the emulator's user). */
export function withPlatform<T>(
  emu: Emulator,
  fn: (platform: Platform) => T,
  options: RunOptions = {},
): T {
  return emu.within((globals) => {
    const services = Object.fromEntries(SERVICES.map((name) => [name, globals(name)]));
    return fn(platformOver(services as unknown as AppsScriptServices, () => emu.clock.now()));
  }, options);
}
