// The workbook a new playground starts on: the demo portfolio set up by the add-on itself,
// checked once, and opened as a user would open it (onOpen builds the menu).
import { join } from 'node:path';
import { type Lang, SETTINGS, sheetDef } from '../../src/template';
import { DEMO_MANAGERS, DEMO_SUPERVISOR, generateDemo } from '../demo';
import { loadDemoWorkbook } from '../demo/load-workbook';
import type { Emulator } from '../emulator';
import { createKamEmulator } from '../kam-emulator';

/** The file's owner (usually the head of sales' office), who may open every dossier (R3.5 lets the owner in). */
export const DEMO_OWNER = 'owner@example.com';

/** Whom the playground can act as: the owner, the demo's managers and their supervisor. */
export const DEMO_USERS: readonly string[] = [
  DEMO_OWNER,
  ...DEMO_MANAGERS.map((m) => m.email),
  DEMO_SUPERVISOR.email,
];

/** An emulator running dist/Code.js, its clock at 09:00 in Vilnius on `today`. */
export function playgroundEmulator(distDir: string, lang: Lang, today: string): Emulator {
  return createKamEmulator({
    codePath: join(distDir, 'Code.js'),
    locale: lang === 'lt' ? 'lt_LT' : 'en_US',
    owner: DEMO_OWNER,
    user: DEMO_OWNER,
    now: new Date(`${today}T09:00:00+02:00`),
  });
}

/**
 * Shares the demo with its managers and their supervisor, as a head of sales would, and sets
 * Settings › E-mail digests to On, so that the daily check mails them (the Outbox tab).
 */
function digestsOn(emu: Emulator, lang: Lang): void {
  emu.spreadsheet.addEditors(DEMO_USERS.filter((u) => u !== DEMO_OWNER));
  const digests = SETTINGS.find((s) => s.key === 'digests')!;
  const sheet = emu.spreadsheet.getSheetByName(sheetDef('settings').name[lang]);
  const rows = sheet?.getDataRange().getValues() ?? [];
  const row = rows.findIndex((r) => r[0] === digests.label[lang]) + 1;
  const on = digests.choices?.find((c) => c.key === 'on')?.label[lang];
  if (sheet && row > 0 && on) sheet.getRange(row, 2).setValue(on);
}

/**
 * A fresh demo workbook on `today` (ISO day): set-up, the demo rows, shared with its people
 * and digests on, one "Run checks now" so the Accounts are highlighted, the daily check turned
 * on (Run daily check then fires its trigger, which mails the digests), then onOpen; the
 * set-up's own alerts are not shown again.
 */
export function demoEmulator(distDir: string, lang: Lang, today: string): Emulator {
  const emu = playgroundEmulator(distDir, lang, today);
  loadDemoWorkbook(emu, generateDemo({ today }), lang);
  digestsOn(emu, lang);
  emu.run('runChecksNow');
  emu.run('turnOnDailyCheckFromMenu');
  emu.spreadsheet.getSheetByName(sheetDef('accounts').name[lang])?.activate();
  emu.ui.clear();
  emu.openAddon();
  return emu;
}
