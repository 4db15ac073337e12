// The KAM workbook as data: sheets, columns, choices, settings and lookups (no Apps Script, no DOM).
export * from './choices';
export {
  columnLetter,
  columnRange,
  customFunctionOf,
  DEFAULT_WIDTHS,
  numberFormatOf,
  shareFormulaOf,
  tierFormulaOf,
} from './columns';
export * from './lookup';
export * from './rows';
export * from './settings';
export type * from './types';
export * from './workbook';
