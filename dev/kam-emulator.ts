// KAM's settings for the generic Apps Script emulator (dev/emulator), in one place: the shipped
// bundle dist/Code.js, the manifest's time zone and OAuth scopes, the add-on's name and owner.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEmulator, type Emulator, type EmulatorOptions } from './emulator';

const manifest = JSON.parse(readFileSync(join(__dirname, '..', 'appsscript.json'), 'utf8')) as {
  oauthScopes: string[];
};

/** What KAM's tests, playground and benchmark assume unless they say otherwise. */
export const KAM_EMULATOR_DEFAULTS = {
  /** Resolved from the repository root, not the working directory, so any caller finds it. */
  codePath: join(__dirname, '..', 'dist', 'Code.js'),
  /** appsscript.json's timeZone; the spreadsheets get it too. */
  timeZone: 'Europe/Vilnius',
  /** The user who acts in the workbook and, unless `owner` says otherwise, owns it. */
  user: 'manager@example.com',
  addonName: 'KAM',
  spreadsheetName: 'KAM',
  /**
   * appsscript.json's oauthScopes: every KAM test runs under the shipped manifest, so a call
   * its scopes do not cover fails here as it would in Sheets.
   */
  scopes: manifest.oauthScopes as readonly string[],
} as const;

/**
 * The emulator around KAM's bundle (run `npm run build` first): KAM_EMULATOR_DEFAULTS, each
 * overridden by `options`; passing `code` runs that source instead of dist/Code.js.
 */
export function createKamEmulator(options: EmulatorOptions = {}): Emulator {
  const { codePath, scopes, ...defaults } = KAM_EMULATOR_DEFAULTS;
  // An option given as undefined keeps KAM's default, as createEmulator treats it as left out.
  const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  return createEmulator({
    ...defaults,
    scopes: [...scopes],
    ...(options.code === undefined ? { codePath } : {}),
    ...given,
  });
}
