// A demo workbook in the emulator at a fixed day, and readers of its Accounts status cells.

import { generateDemo } from '../../dev/demo';
import { loadDemoWorkbook } from '../../dev/demo/load-workbook';
import type { DemoOptions } from '../../dev/demo/types';
import type { Emulator } from '../../dev/emulator';
import { createKamEmulator } from '../../dev/kam-emulator';
import type { Lang } from '../../src/template';

export const DEMO_TODAY = '2026-11-26';

/** The demo portfolio set up and loaded, the clock at 09:00 in Vilnius on `today`. */
export function demoWorkbook(
  options: DemoOptions & { lang?: Lang; msPerCall?: number } = {},
): Emulator {
  const lang = options.lang ?? 'en';
  const today = options.today ?? DEMO_TODAY;
  const emu = createKamEmulator({
    locale: lang === 'lt' ? 'lt_LT' : 'en_US',
    now: new Date(`${today}T09:00:00+02:00`),
  });
  loadDemoWorkbook(emu, generateDemo({ ...options, today }), lang);
  return emu;
}

export interface AccountRow {
  row: number;
  values: Record<string, unknown>;
  notes: Record<string, string>;
  backgrounds: Record<string, string>;
}

/** Every Accounts row by account id, with values, notes and backgrounds by header text. */
export function accountRows(emu: Emulator, sheetName = 'Accounts'): Map<string, AccountRow> {
  const range = emu.spreadsheet.getSheetByName(sheetName)!.getDataRange();
  const values = range.getValues();
  const notes = range.getNotes();
  const backgrounds = range.getBackgrounds();
  const header = values[0].map(String);
  const id = Math.max(
    0,
    header.findIndex((h) => h === 'Account ID' || h === 'Paskyros ID'),
  );
  const rows = new Map<string, AccountRow>();
  for (let r = 1; r < values.length; r++) {
    if (values[r][id] === '') continue;
    const pick = <T>(grid: T[][]) => Object.fromEntries(header.map((h, c) => [h, grid[r][c]]));
    rows.set(String(values[r][id]), {
      row: r + 1,
      values: pick(values),
      notes: pick(notes),
      backgrounds: pick(backgrounds),
    });
  }
  return rows;
}
