// Demo rows as cells of a workbook in one language: choice keys become labels, yes/no its
// label, ISO days `Date`s at UTC midnight (what exceljs writes as that calendar day).
import { type ColumnDef, choiceLabel, type Lang, SHEETS, type SheetKey } from '../../src/template';
import type { DemoData, DemoValue } from './types';

export type CellValue = string | number | Date;

/** One demo value as a cell of `column` holds it in a `lang` workbook. Example: "decisionMaker" → "Sprendimų priėmėjas". */
export function cellOf(column: ColumnDef, value: DemoValue, lang: Lang): CellValue {
  if (column.type === 'yesNo') return choiceLabel(column, value === true ? 'yes' : 'no', lang);
  if (column.type === 'choice') return choiceLabel(column, String(value), lang);
  if (column.type === 'multiChoice') {
    return String(value)
      .split(',')
      .map((key) => choiceLabel(column, key.trim(), lang))
      .join(', ');
  }
  if (column.type === 'date' && typeof value === 'string') {
    const [year, month, day] = value.split('-').map(Number);
    return new Date(Date.UTC(year, month - 1, day));
  }
  return typeof value === 'boolean' ? String(value) : value;
}

/** Every table sheet's rows as cells by column key (Settings left out: a new workbook has its defaults). */
export function demoCellRows(
  data: DemoData,
  lang: Lang,
): Partial<Record<SheetKey, Array<Record<string, CellValue>>>> {
  const out: Partial<Record<SheetKey, Array<Record<string, CellValue>>>> = {};
  for (const sheet of SHEETS) {
    if (sheet.layout !== 'table') continue;
    out[sheet.key] = data[sheet.key].map((row) => {
      const cells: Record<string, CellValue> = {};
      for (const column of sheet.columns) {
        const value = row[column.key];
        if (value !== undefined) cells[column.key] = cellOf(column, value, lang);
      }
      return cells;
    });
  }
  return out;
}
