// What a service call would cost in Apps Script: a price per call plus a price per cell it reads
// or writes, from published measurements; summed per execution as ExecutionStats.estimatedMs.

/**
 * Google's best-practices page (https://developers.google.com/apps-script/guides/support/best-practices#use_batch_operations):
 * colouring a 100 × 100 grid cell by cell, `offset` and `setBackgroundColor` per cell and a
 * `flush` per row (20,100 calls, 10,000 cells), "takes about 70 seconds"; one `setBackgrounds`
 * of the 10,000 cells (2 calls) "runs in just 1 second". Solved for a price per call and per
 * cell: 20,100 c + 10,000 w = 70,000 ms and 2 c + 10,000 w = 1,000 ms give c ≈ 3.45 ms.
 */
export const MS_PER_CALL = 3.45;

/** The same two measurements' price per cell of a format (background): w ≈ 0.1 ms. */
export const MS_PER_FORMAT_CELL = 0.1;

/**
 * Values are cheaper: one `setValues` of 4,000 cells "took less than 50ms" (Stack Overflow,
 * "What is faster: ScriptDb or SpreadsheetApp?", answer by Mogsdad, 2013), under 0.0125 ms a
 * cell, an upper bound taken as the price. No published measurement tells reads from writes,
 * so a cell costs the same read or written.
 */
export const MS_PER_VALUE_CELL = 0.0125;

/** Range methods that touch no cell: geometry, navigation, protection. */
const GEOMETRY = new Set([
  'getA1Notation',
  'getRow',
  'getColumn',
  'getNumRows',
  'getNumColumns',
  'getLastRow',
  'getLastColumn',
  'getGridId',
  'getSheet',
  'offset',
  'activate',
  'getMergedRanges',
  'protect',
]);

/** Range getters that read the top-left cell only. */
const TOP_LEFT = new Set([
  'getValue',
  'getDisplayValue',
  'getFormula',
  'getBackground',
  'getNote',
  'getNumberFormat',
  'getFontWeight',
  'getDataValidation',
  'getWrap',
]);

/** Methods that read or write values and formulas; every other cell-touching one, formats. */
const VALUES = new Set([
  'getValue',
  'getValues',
  'setValue',
  'setValues',
  'getDisplayValue',
  'getDisplayValues',
  'getFormula',
  'getFormulas',
  'setFormula',
  'setFormulas',
  'isBlank',
  'clearContent',
  'appendRow',
  'clearContents',
]);

interface Block {
  nr: number;
  nc: number;
}

interface Costed {
  _class: string;
  _block?: Block;
  getLastRow?: () => number;
  getLastColumn?: () => number;
}

/** Cells a call reads or writes: a Range's rows × columns, a Sheet's row appended or cleared. */
export function cellsTouched(target: Costed, method: string, args: readonly unknown[]): number {
  if (target._class === 'Range' && target._block) {
    if (GEOMETRY.has(method)) return 0;
    if (TOP_LEFT.has(method)) return 1;
    return target._block.nr * target._block.nc;
  }
  if (target._class === 'Sheet') {
    if (method === 'appendRow') return Array.isArray(args[0]) ? args[0].length : 0;
    if (method.startsWith('clear') && target.getLastRow && target.getLastColumn)
      return target.getLastRow() * target.getLastColumn();
  }
  return 0;
}

/** The estimated milliseconds of one call in Apps Script. */
export function callCost(target: Costed, method: string, args: readonly unknown[]): number {
  const cells = cellsTouched(target, method, args);
  const perCell = VALUES.has(method) ? MS_PER_VALUE_CELL : MS_PER_FORMAT_CELL;
  return MS_PER_CALL + cells * perCell;
}
