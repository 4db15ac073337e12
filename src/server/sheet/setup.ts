// Menu "Set up KAM workbook": creates what is missing (sheets, columns, settings rows) and
// never moves, deletes or overwrites what a user wrote. Its service calls grow with sheets
// and columns, never with rows.
import { columnLetter, numberFormatOf } from '../../template/columns';
import { findSetting, normalizeHeader, sheetDef } from '../../template/lookup';
import { SETTINGS, settingNumberFormat, settingsRows } from '../../template/settings';
import type { ColumnDef, Lang, SettingKey, SheetDef } from '../../template/types';
import { locateColumns } from './table-read';
import { namedRangeOf, sheetsByKey } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Marks the header protection KAM adds, so that a second run recognises its own. */
export const HEADER_PROTECTION = 'KAM header row';

export interface SetupReport {
  createdSheets: string[];
  /** Columns added, as "Sheet: Header". */
  addedColumns: string[];
  /** Settings rows added, by label. */
  addedSettings: string[];
}

/** The dropdown or check of a column's data cells; warning only, so nothing typed is refused. */
export function validationOf(
  column: ColumnDef,
  lang: Lang,
  accountIds?: () => GoogleAppsScript.Spreadsheet.Range | undefined,
): GoogleAppsScript.Spreadsheet.DataValidation | undefined {
  if (column.computed) return undefined;
  const builder = SpreadsheetApp.newDataValidation()
    .setAllowInvalid(true)
    .setHelpText(column.help[lang]);
  switch (column.type) {
    case 'choice':
    case 'multiChoice':
    case 'yesNo':
      return column.choices
        ? builder
            .requireValueInList(
              column.choices.map((c) => c.label[lang]),
              true,
            )
            .build()
        : undefined;
    case 'date':
      return builder.requireDate().build();
    case 'number':
    case 'money':
      return builder.requireNumberGreaterThanOrEqualTo(0).build();
    case 'email':
      return builder.requireTextIsEmail().build();
    case 'id': {
      const ids = column.references === 'accounts' ? accountIds?.() : undefined;
      return ids ? builder.requireValueInRange(ids, true).build() : undefined;
    }
    default:
      return undefined;
  }
}

/** Formats, dropdown, width and formula of a column the set-up has just added (its cells are empty). */
interface DressContext {
  letterOf: (key: string) => string;
  lang: Lang;
  accountIds: () => GoogleAppsScript.Spreadsheet.Range | undefined;
  settingCells: SettingCells;
}

function dressColumn(sheet: Sheet, column: ColumnDef, index: number, context: DressContext): void {
  const { letterOf, lang, accountIds, settingCells } = context;
  const data = sheet.getRange(2, index + 1, Math.max(sheet.getMaxRows() - 1, 1), 1);
  const format = numberFormatOf(column);
  if (format !== undefined) data.setNumberFormat(format);
  const validation = validationOf(column, lang, accountIds);
  if (validation) data.setDataValidation(validation);
  sheet.setColumnWidth(index + 1, column.width);
  if (column.formula) {
    sheet.getRange(2, index + 1).setFormula(column.formula(2, letterOf, undefined, settingCells));
  }
}

/** Header row: frozen, warning-only protected (it drives every reader), stretched to new columns. */
function guardHeader(sheet: Sheet, width: number): void {
  if (sheet.getFrozenRows() < 1) sheet.setFrozenRows(1);
  const ours = sheet
    .getProtections(SpreadsheetApp.ProtectionType.RANGE)
    .find((p) => p.getDescription() === HEADER_PROTECTION);
  const header = sheet.getRange(1, 1, 1, Math.max(width, 1));
  if (!ours) header.protect().setDescription(HEADER_PROTECTION).setWarningOnly(true);
  else if (ours.getRange().getNumColumns() < width) ours.setRange(header);
}

/** Appends the template columns a table sheet lacks, after its last used column; returns the table's width. */
function setUpTable(
  sheet: Sheet,
  def: SheetDef,
  lang: Lang,
  report: SetupReport,
  accountIds: () => GoogleAppsScript.Spreadsheet.Range | undefined,
  settingCells: SettingCells,
): number {
  const lastColumn = sheet.getLastColumn();
  const header = lastColumn > 0 ? sheet.getRange(1, 1, 1, lastColumn).getValues()[0] : [];
  const { columns, missing } = locateColumns(def, header);
  if (missing.length > 0) {
    const needed = lastColumn + missing.length;
    const maxColumns = sheet.getMaxColumns();
    if (needed > maxColumns) sheet.insertColumnsAfter(maxColumns, needed - maxColumns);
    const block = sheet.getRange(1, lastColumn + 1, 1, missing.length);
    block.setValues([missing.map((c) => c.header[lang])]);
    block.setNotes([missing.map((c) => c.help[lang])]);
    block.setFontWeight('bold');
    missing.forEach((c, i) => {
      columns.set(c.key, lastColumn + i);
    });
    const letterOf = (key: string) => columnLetter(columns.get(key) ?? 0);
    missing.forEach((c, i) => {
      dressColumn(sheet, c, lastColumn + i, { letterOf, lang, accountIds, settingCells });
    });
    for (const c of missing) report.addedColumns.push(`${sheet.getName()}: ${c.header[lang]}`);
  }
  if (lastColumn > 0) fillHeaderNotes(sheet, def, columns, lastColumn, lang);
  guardHeader(sheet, lastColumn + missing.length);
  return lastColumn + missing.length;
}

/** Adds the help note to found headers that have none; notes a user wrote stay. */
function fillHeaderNotes(
  sheet: Sheet,
  def: SheetDef,
  columns: Map<string, number>,
  width: number,
  lang: Lang,
): void {
  const range = sheet.getRange(1, 1, 1, width);
  const notes = range.getNotes()[0].slice();
  let changed = false;
  for (const column of def.columns) {
    const index = columns.get(column.key);
    if (index !== undefined && index < width && notes[index] === '') {
      notes[index] = column.help[lang];
      changed = true;
    }
  }
  if (changed) range.setNotes([notes]);
}

/** Settings: a header row, then one row per setting (label, value, help); missing rows are appended. */
/** Where each setting's value is: `'Settings'!$B$2`, for formulas that follow the workbook's settings. */
type SettingCells = (key: SettingKey) => string | undefined;

function setUpSettings(
  sheet: Sheet,
  def: SheetDef,
  lang: Lang,
  report: SetupReport,
): { width: number; cells: SettingCells } {
  const values = sheet.getDataRange().getValues();
  const empty = values.length === 1 && values[0].every((v) => v === '');
  const labels = new Set(
    values.map((row) => (typeof row[0] === 'string' ? normalizeHeader(row[0]) : '')),
  );
  const rows = settingsRows(lang);
  const missing = SETTINGS.map((s, i) => ({ s, row: rows[i] })).filter(
    ({ s }) => !labels.has(normalizeHeader(s.label.en)) && !labels.has(normalizeHeader(s.label.lt)),
  );
  let next = empty ? 1 : values.length + 1;
  if (empty) {
    const header = sheet.getRange(1, 1, 1, def.columns.length);
    header.setValues([def.columns.map((c) => c.header[lang])]);
    header.setNotes([def.columns.map((c) => c.help[lang])]);
    header.setFontWeight('bold');
    def.columns.forEach((c, i) => {
      sheet.setColumnWidth(i + 1, c.width);
    });
    next = 2;
  }
  if (missing.length > 0) {
    const block = sheet.getRange(next, 1, missing.length, 3);
    block.setNumberFormats(missing.map(({ s }) => ['@', settingNumberFormat(s), '@']));
    block.setValues(missing.map(({ row }) => [...row]));
    const language = missing.findIndex(({ s }) => s.key === 'language');
    const choices = missing[language]?.s.choices;
    if (choices) {
      const rule = SpreadsheetApp.newDataValidation()
        .requireValueInList(
          choices.map((c) => c.label[lang]),
          true,
        )
        .build();
      sheet.getRange(next + language, 2).setDataValidation(rule);
    }
    for (const { s } of missing) report.addedSettings.push(s.label[lang]);
  }
  guardHeader(sheet, def.columns.length);
  const rowOf = new Map<SettingKey, number>();
  values.forEach((row, i) => {
    const found = typeof row[0] === 'string' ? findSetting(row[0]) : undefined;
    if (found && !rowOf.has(found.key)) rowOf.set(found.key, i + 1);
  });
  missing.forEach(({ s }, i) => {
    rowOf.set(s.key, next + i);
  });
  const name = `'${sheet.getName().replace(/'/g, "''")}'`;
  return {
    width: def.columns.length,
    cells: (key) => (rowOf.has(key) ? `${name}!$B$${rowOf.get(key)}` : undefined),
  };
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
  spreadsheet: Spreadsheet,
  defs: readonly SheetDef[],
  lang: Lang,
): SetupReport {
  const report: SetupReport = { createdSheets: [], addedColumns: [], addedSettings: [] };
  const existing = sheetsByKey(spreadsheet, defs);
  let accounts: { sheet: Sheet; width: number } | undefined;
  let settingCells: SettingCells = () => undefined;
  let ids: GoogleAppsScript.Spreadsheet.Range | undefined;
  /** The Accounts id column, for the dropdown of every sheet's account id (read once). */
  const accountIds = () => {
    if (ids || !accounts) return ids;
    const header = accounts.sheet.getRange(1, 1, 1, accounts.width).getValues()[0];
    const index = locateColumns(sheetDef('accounts'), header).columns.get('accountId');
    if (index === undefined) return undefined;
    const letter = columnLetter(index);
    ids = accounts.sheet.getRange(`${letter}2:${letter}`);
    return ids;
  };
  for (const def of defs) {
    let sheet = existing.get(def.key);
    if (!sheet) {
      sheet = spreadsheet.insertSheet(def.name[lang]);
      report.createdSheets.push(def.name[lang]);
    }
    let width: number;
    if (def.layout === 'settings') {
      const settings = setUpSettings(sheet, def, lang, report);
      width = settings.width;
      settingCells = settings.cells;
    } else {
      width = setUpTable(sheet, def, lang, report, accountIds, settingCells);
    }
    if (def.key === 'accounts') accounts = { sheet, width };
    nameTable(spreadsheet, sheet, def, width);
  }
  return report;
}
