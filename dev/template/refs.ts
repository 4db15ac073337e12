// Cell references as Excel writes them in formulas: quoted sheet names and absolute ranges.
import { columnLetter } from '../../src/template';

/** A sheet name as a formula names it: always quoted, inner quotes doubled. Example: `'Plan'`. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** An absolute one-column range on a sheet. Example: `'Accounts'!$A$2:$A$1000`. */
export function absoluteColumnRange(
  sheetName: string,
  index: number,
  firstRow: number,
  lastRow: number,
): string {
  const letter = columnLetter(index);
  return `${quoteSheet(sheetName)}!$${letter}$${firstRow}:$${letter}$${lastRow}`;
}

/**
 * Excel's column width in characters for a width in pixels (Calibri 11: 7 px a digit, 5 px
 * of padding), two decimals. Example: 110 px → 15.
 */
export function charsOfPixels(px: number): number {
  return Math.round(((px - 5) / 7) * 100) / 100;
}

/**
 * Excel's limit on one cell's text: 32,767 characters (Microsoft's "Excel specifications and
 * limits", https://support.microsoft.com/office/1672b34d-7043-467e-8e27-269d656771c3), below
 * Sheets' 50,000: a longer text would make the file one Excel repairs or refuses.
 */
export const EXCEL_CELL_LIMIT = 32_767;

/** A cell's text within Excel's limit, cut with "…"; anything else as it is. */
export function withinExcel<T>(value: T): T | string {
  return typeof value === 'string' && value.length > EXCEL_CELL_LIMIT
    ? `${value.slice(0, EXCEL_CELL_LIMIT - 1)}…`
    : value;
}
