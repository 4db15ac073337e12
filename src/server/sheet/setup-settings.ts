// Set-up of the Settings sheet: a header row, then one row per setting (label, value, help);
// missing rows are appended and nothing a user wrote is touched.
import { findSetting, normalizeHeader } from '../../template/lookup';
import { SETTINGS, settingNumberFormat, settingsRows } from '../../template/settings';
import type { Lang, SettingKey, SheetDef } from '../../template/types';
import type { Sheet } from '../platform/sheets';
import { guardHeader, type SettingCells, type SetupReport, type SheetKit } from './setup-columns';
import { locateColumns } from './table-read';
import { writeBlock } from './writer';

/** Settings: a header row, then one row per setting (label, value, help); missing rows are appended. */
export function setUpSettings(
  sheet: Sheet,
  def: SheetDef,
  lang: Lang,
  report: SetupReport,
  kit: SheetKit,
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
    writeBlock(
      sheet.getRange(1, 1, 1, def.columns.length),
      [def.columns.map((c) => c.header[lang])],
      {
        notes: [def.columns.map((c) => c.help[lang])],
        weights: [def.columns.map(() => 'bold' as const)],
      },
    );
    def.columns.forEach((c, i) => {
      sheet.setColumnWidth(i + 1, c.width);
    });
    next = 2;
  }
  if (missing.length > 0) {
    writeBlock(
      sheet.getRange(next, 1, missing.length, 3),
      missing.map(({ row }) => [...row]),
      { formats: missing.map(({ s }) => [undefined, settingNumberFormat(s), undefined]) },
    );
    missing.forEach(({ s }, i) => {
      if (!s.choices) return;
      const rule = kit
        .validation()
        .requireValueInList(
          s.choices.map((c) => c.label[lang]),
          true,
        )
        .build();
      sheet.getRange(next + i, 2).setDataValidation(rule);
    });
    for (const { s } of missing) report.addedSettings.push(s.label[lang]);
  }
  const width = setUpOfferings(sheet, def, values, empty, lang, report);
  guardHeader(sheet, width, kit);
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
    width,
    cells: (key) => (rowOf.has(key) ? `${name}!$B$${rowOf.get(key)}` : undefined),
  };
}

/**
 * The offerings list beside the settings (R4.1): a workbook set up before it gets its header
 * after the last used column, its cells kept as text. Returns the sheet's width with it.
 */
function setUpOfferings(
  sheet: Sheet,
  def: SheetDef,
  values: readonly (readonly unknown[])[],
  empty: boolean,
  lang: Lang,
  report: SetupReport,
): number {
  const column = def.columns.find((c) => c.key === 'offering');
  if (!column) return def.columns.length;
  const header = empty ? [] : values[0];
  const found = locateColumns(def, header).columns.get('offering');
  if (found !== undefined) return Math.max(def.columns.length, found + 1);
  const index = empty
    ? def.columns.indexOf(column)
    : Math.max(header.length, def.columns.length - 1);
  if (!empty) {
    writeBlock(sheet.getRange(1, index + 1), [[column.header[lang]]], {
      notes: [[column.help[lang]]],
      weights: [['bold']],
    });
    report.addedColumns.push(`${sheet.getName()}: ${column.header[lang]}`);
  }
  sheet.getRange(2, index + 1, Math.max(sheet.getMaxRows() - 1, 1), 1).setNumberFormat('@');
  sheet.setColumnWidth(index + 1, column.width);
  return Math.max(def.columns.length, index + 1);
}
