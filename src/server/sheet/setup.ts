// Menu "Set up KAM workbook": creates what is missing (sheets, columns, settings rows) and
// never moves, deletes or overwrites what a user wrote. Its service calls grow with sheets
// and columns, never with rows.
import { columnLetter } from '../../template/columns';
import type { Lang, SheetDef, SheetKey } from '../../template/types';
import type { Sheet, Spreadsheet } from '../platform/sheets';
import {
  dressColumn,
  fillHeaderNotes,
  guardHeader,
  type ListRange,
  type SettingCells,
  type SetupReport,
  type SheetKit,
  unlinkedFormula,
} from './setup-columns';

export type { SetupReport };

import { setUpSettings } from './setup-settings';
import { locateColumns } from './table-read';
import { namedRangeOf, sheetsByKey } from './workbook';
import { writeBlock } from './writer';

/** Appends the template columns a table sheet lacks, after its last used column; returns the table's width. */
function setUpTable(
  sheet: Sheet,
  def: SheetDef,
  lang: Lang,
  report: SetupReport,
  listRange: ListRange,
  settingCells: SettingCells,
  kit: SheetKit,
): number {
  const lastColumn = sheet.getLastColumn();
  const header = lastColumn > 0 ? sheet.getRange(1, 1, 1, lastColumn).getValues()[0] : [];
  const { columns, missing } = locateColumns(def, header);
  if (missing.length > 0) {
    const needed = lastColumn + missing.length;
    const maxColumns = sheet.getMaxColumns();
    if (needed > maxColumns) sheet.insertColumnsAfter(maxColumns, needed - maxColumns);
    writeBlock(
      sheet.getRange(1, lastColumn + 1, 1, missing.length),
      [missing.map((c) => c.header[lang])],
      {
        notes: [missing.map((c) => c.help[lang])],
        weights: [missing.map(() => 'bold' as const)],
      },
    );
    missing.forEach((c, i) => {
      columns.set(c.key, lastColumn + i);
    });
    const letterOf = (key: string) => columnLetter(columns.get(key) ?? 0);
    missing.forEach((c, i) => {
      dressColumn(sheet, c, lastColumn + i, { letterOf, lang, listRange, settingCells, kit });
    });
    for (const c of missing) report.addedColumns.push(`${sheet.getName()}: ${c.header[lang]}`);
  }
  const letterOf = (key: string) => columnLetter(columns.get(key) ?? 0);
  for (const c of def.columns) {
    const index = columns.get(c.key);
    if (!c.formula || index === undefined || missing.includes(c)) continue;
    const unlinked = unlinkedFormula(sheet, c, index, { letterOf, settingCells });
    if (unlinked) report.unlinked.push(unlinked);
  }
  if (lastColumn > 0) fillHeaderNotes(sheet, def, columns, lastColumn, lang);
  guardHeader(sheet, lastColumn + missing.length, kit);
  return lastColumn + missing.length;
}

/**
 * Names the table's whole columns (`KAM_CONTACTS` = Contacts!A:I) so that every later read
 * finds it in one call whatever the tab is called; widened when columns were added.
 */
function nameTable(spreadsheet: Spreadsheet, sheet: Sheet, def: SheetDef, width: number): void {
  const name = namedRangeOf(def.key);
  const existing = spreadsheet.getRangeByName(name);
  if (existing && existing.getNumColumns() >= width) return;
  spreadsheet.setNamedRange(name, sheet.getRange(`A:${columnLetter(Math.max(width, 1) - 1)}`));
}

/** Sets up every template sheet in `lang`; a second run on the result changes nothing. */
export function setUpWorkbook(
  kit: SheetKit,
  spreadsheet: Spreadsheet,
  defs: readonly SheetDef[],
  lang: Lang,
): SetupReport {
  const report: SetupReport = {
    createdSheets: [],
    addedColumns: [],
    addedSettings: [],
    unlinked: [],
  };
  const existing = sheetsByKey(spreadsheet, defs);
  /** Sheets set up so far (the one in hand included), and each one's header once read. */
  const done = new Map<SheetKey, { sheet: Sheet; def: SheetDef }>();
  const headers = new Map<SheetKey, Map<string, number>>();
  let settingCells: SettingCells = () => undefined;
  const listRange: ListRange = (key, column) => {
    const at = done.get(key);
    if (!at) return undefined;
    let columns = headers.get(key);
    if (!columns) {
      const width = Math.max(at.sheet.getLastColumn(), 1);
      columns = locateColumns(at.def, at.sheet.getRange(1, 1, 1, width).getValues()[0]).columns;
      headers.set(key, columns);
    }
    const index = columns.get(column);
    if (index === undefined) return undefined;
    const letter = columnLetter(index);
    return at.sheet.getRange(`${letter}2:${letter}`);
  };
  for (const def of defs) {
    let sheet = existing.get(def.key);
    if (!sheet) {
      sheet = spreadsheet.insertSheet(def.name[lang]);
      report.createdSheets.push(def.name[lang]);
    }
    done.set(def.key, { sheet, def });
    let width: number;
    if (def.layout === 'settings') {
      const settings = setUpSettings(sheet, def, lang, report, kit);
      width = settings.width;
      settingCells = settings.cells;
    } else {
      width = setUpTable(sheet, def, lang, report, listRange, settingCells, kit);
    }
    headers.delete(def.key);
    nameTable(spreadsheet, sheet, def, width);
  }
  return report;
}
