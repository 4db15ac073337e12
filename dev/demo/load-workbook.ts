// Loads a demo portfolio into an emulated spreadsheet the way a user would have it: the
// add-on's set-up first (menu "Set up KAM workbook"), then every table's rows in one block.

import { dateOfDay, dayOfIso } from '../../src/core/days';
import { appsScriptZone } from '../../src/server/sheet/zone';
import { columnLetter, freshSettingCell, type Lang, SHEETS, sheetDef } from '../../src/template';
import type { Emulator } from '../emulator';
import { cellOf } from './cells';
import { DEMO_OFFERINGS } from './maps';
import type { DemoData } from './types';

/**
 * Sets the workbook up in `lang` (the emulator's locale must be that language's) and fills
 * every table sheet: dates at midnight in the spreadsheet's zone, choices as labels, and the
 * Revenue formulas in their first data row exactly as set-up writes them (linked to the
 * Settings thresholds and company total, R1).
 */
export function loadDemoWorkbook(emu: Emulator, data: DemoData, lang: Lang): void {
  emu.run('setUpKamWorkbook');
  const zone = appsScriptZone(emu.spreadsheet.getSpreadsheetTimeZone(), () => {
    throw new Error('Node knows every time zone through Intl');
  });
  for (const def of SHEETS) {
    if (def.layout !== 'table') continue;
    const letterOf = (key: string) => columnLetter(def.columns.findIndex((c) => c.key === key));
    const settingCell = (key: Parameters<typeof freshSettingCell>[0]) =>
      freshSettingCell(key, sheetDef('settings').name[lang]);
    const rows = data[def.key].map((row, r) =>
      def.columns.map((column) => {
        if (column.formula)
          return r === 0 ? column.formula(2, letterOf, undefined, settingCell) : '';
        const value = row[column.key];
        if (value === undefined) return '';
        if (column.type === 'date' && typeof value === 'string')
          return dateOfDay(dayOfIso(value) as number, zone);
        return cellOf(column, value, lang);
      }),
    );
    emu.setSheetData(def.name[lang], [def.columns.map((c) => c.header[lang]), ...rows]);
  }
  // R4.1: our offerings, in the Settings sheet's own column beside the settings.
  const settings = emu.spreadsheet.getSheetByName(sheetDef('settings').name[lang])!;
  const column = sheetDef('settings').columns.findIndex((c) => c.key === 'offering') + 1;
  settings.getRange(2, column, DEMO_OFFERINGS.length, 1).setValues(DEMO_OFFERINGS.map((o) => [o]));
}
