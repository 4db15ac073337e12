// A KAM workbook for unit tests that import src directly: the emulator runs no bundle (no
// `npm run build` needed), set-up is src's own setUpWorkbook, and rows are typed in as a user
// would (labels, dates at midnight in the spreadsheet's zone).
import type { Emulator } from '../../dev/emulator';
import { createKamEmulator } from '../../dev/kam-emulator';
import { dateOfDay, dayOfIso } from '../../src/core/days';
import type { Platform } from '../../src/server/platform/platform';
import { setUpWorkbook } from '../../src/server/sheet/setup';
import { openWorkbook, type Workbook } from '../../src/server/sheet/workbook';
import { appsScriptZone } from '../../src/server/sheet/zone';
import { type Lang, SHEETS, type SheetKey, sheetDef } from '../../src/template';
import { withPlatform } from './platform';

export const UNIT_TODAY = '2026-11-26';
const SHEET_ROWS = 30;

/** The set-up workbook of each language, built once and restored for every test. */
const templates = new Map<Lang, string>();

function template(lang: Lang): string {
  let snapshot = templates.get(lang);
  if (snapshot === undefined) {
    const emu = createKamEmulator({ code: '', locale: lang === 'lt' ? 'lt_LT' : 'en_US' });
    withPlatform(emu, (platform) =>
      setUpWorkbook(platform.sheets, platform.spreadsheet(), SHEETS, lang),
    );
    // Revenue's share and tier formulas call custom functions, which need the bundle: gone.
    // 30 rows a sheet instead of 1,000: whole-column reads stay small, so a test takes
    // milliseconds (mutation testing runs each test many times); fillSheet grows a sheet.
    fillSheet(emu, 'revenue', []);
    for (const sheet of emu.spreadsheet.getSheets()) {
      const rows = sheet.getMaxRows();
      if (rows > SHEET_ROWS) sheet.deleteRows(SHEET_ROWS + 1, rows - SHEET_ROWS);
    }
    snapshot = emu.snapshot();
    templates.set(lang, snapshot);
  }
  return snapshot;
}

/** A set-up workbook in `lang`, the clock at 09:00 in Vilnius on `today`; no bundle runs. */
export function unitWorkbook(options: { lang?: Lang; today?: string } = {}): Emulator {
  const lang = options.lang ?? 'en';
  const emu = createKamEmulator({ code: '', locale: lang === 'lt' ? 'lt_LT' : 'en_US' });
  emu.restore(template(lang));
  emu.clock.set(new Date(`${options.today ?? UNIT_TODAY}T09:00:00+02:00`));
  return emu;
}

/** A cell as a user types it: ISO dates become dates at midnight in Vilnius. */
function cellOf(value: unknown): unknown {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const zone = appsScriptZone('Europe/Vilnius', () => {
      throw new Error('Node knows every time zone through Intl');
    });
    return dateOfDay(dayOfIso(value)!, zone);
  }
  return value;
}

/** Replaces a table sheet's rows (its sheet in either language) below an English header, by column key. */
export function fillSheet(
  emu: Emulator,
  key: SheetKey,
  rows: readonly Readonly<Record<string, unknown>>[],
): void {
  const def = sheetDef(key);
  const name = emu.spreadsheet.getSheetByName(def.name.lt) ? def.name.lt : def.name.en;
  emu.setSheetData(name, [
    def.columns.map((c) => c.header.en),
    ...rows.map((row) => def.columns.map((c) => (c.formula ? '' : cellOf(row[c.key] ?? '')))),
  ]);
}

/** Runs `fn` on the workbook opened in one emulated execution, as an entry point would. */
export function inWorkbook<T>(emu: Emulator, fn: (workbook: Workbook, platform: Platform) => T): T {
  return withPlatform(emu, (platform) =>
    fn(openWorkbook(platform, platform.spreadsheet(), SHEETS), platform),
  );
}
