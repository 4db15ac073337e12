// "Download .xlsx": the current workbook as Sheets would export it, with exceljs: values as
// stored (dates stay serial numbers with their format), formulas with their last results
// (an array result as an array formula over the cells it spilled into), backgrounds, notes,
// bold, widths, frozen rows, hidden sheets and the dropdowns of list validations; "How to
// fill it" first, as in the template, and no empty sheet (the new spreadsheet's "Sheet1").
import ExcelJS from 'exceljs';
import type { Lang } from '../../src/template';
import {
  type CellError,
  cellA1,
  columnLetter,
  type Emulator,
  isCellError,
  type Layer,
  type SheetState,
  type ValidationState,
} from '../emulator';
import { HOW_TO_SHEET_NAME } from '../template/how-to';
import { addHowToSheet } from '../template/how-to-sheet';
import { charsOfPixels, quoteSheet, withinExcel } from '../template/refs';

type ExcelError = ExcelJS.CellErrorValue['error'];
const EXCEL_ERRORS = new Set(['#N/A', '#REF!', '#NAME?', '#DIV/0!', '#NULL!', '#VALUE!', '#NUM!']);

/** Sheets' #ERROR! has no Excel twin: it becomes #VALUE!. */
function errorOf(e: CellError): ExcelJS.CellErrorValue {
  return { error: (EXCEL_ERRORS.has(e.e) ? e.e : '#VALUE!') as ExcelError };
}

function resultOf(v: unknown): ExcelJS.CellFormulaValue['result'] {
  if (isCellError(v)) return errorOf(v);
  return typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean'
    ? withinExcel(v)
    : undefined;
}

function argb(color: string): string {
  return `FF${color.replace('#', '').toUpperCase()}`;
}

/** Each cell of a sparse layer that is set, row-major. */
function eachSet<T>(layer: Layer<T>, fn: (r: number, c: number, v: T) => void): void {
  layer.forEach((row, r) => {
    row?.forEach((v, c) => {
      if (v !== null && v !== undefined) fn(r, c, v);
    });
  });
}

/**
 * A Sheets formula as Excel reads it: an open-ended range ("C2:C", Sheets only) is closed at
 * the sheet's last row, as the template does. Example: KAM_TIER(C2:C) → KAM_TIER(C2:C1000).
 */
export function excelFormula(formula: string, lastRow: number): string {
  return formula
    .replace(/^=/, '')
    .replace(/(\$?[A-Z]{1,3}\$?\d+):(\$?[A-Z]{1,3})(?![\w$(])/g, `$1:$2${lastRow}`);
}

function writeValues(sheet: ExcelJS.Worksheet, st: SheetState): void {
  eachSet(st.values, (r, c, v) => {
    if (st.formulas[r]?.[c]) return; // written below, with its result
    sheet.getCell(r + 1, c + 1).value = isCellError(v) ? errorOf(v) : withinExcel(v);
  });
  eachSet(st.formulas, (r, c, formula) => {
    const spill = st.spills[`${r},${c}`];
    const value = {
      formula: excelFormula(formula, st.maxRows),
      result: resultOf(st.values[r]?.[c]),
      ...(spill && (spill.rows > 1 || spill.cols > 1)
        ? {
            shareType: 'array',
            ref: `${cellA1(r, c)}:${cellA1(r + spill.rows - 1, c + spill.cols - 1)}`,
          }
        : {}),
    };
    sheet.getCell(r + 1, c + 1).value = value as ExcelJS.CellFormulaValue;
  });
}

function writeFormats(sheet: ExcelJS.Worksheet, st: SheetState): void {
  eachSet(st.formats, (r, c, format) => {
    if (format !== 'General') sheet.getCell(r + 1, c + 1).numFmt = format;
  });
  eachSet(st.backgrounds, (r, c, color) => {
    if (color.toLowerCase() !== '#ffffff')
      sheet.getCell(r + 1, c + 1).fill = {
        type: 'pattern',
        pattern: 'solid',
        fgColor: { argb: argb(color) },
      };
  });
  eachSet(st.fontWeights, (r, c, weight) => {
    if (weight === 'bold') sheet.getCell(r + 1, c + 1).font = { bold: true };
  });
  eachSet(st.notes, (r, c, note) => {
    if (note !== '') sheet.getCell(r + 1, c + 1).note = withinExcel(note);
  });
}

/** exceljs keeps range validations in a model it does not type (as dev/template/write-workbook.ts). */
interface RangeValidations {
  add(sqref: string, validation: ExcelJS.DataValidation): void;
}

/** A list rule as Excel states it: an inline list as quoted text, a range as an absolute reference. */
function listValidation(
  rule: ValidationState,
  names: Map<number, string>,
): ExcelJS.DataValidation | undefined {
  let formula: string | undefined;
  if (rule.criteria === 'VALUE_IN_LIST') {
    const text = (rule.values[0] as unknown[]).map(String).join(',');
    if (text.length <= 255) formula = `"${text.replace(/"/g, '""')}"`;
  } else if (rule.criteria === 'VALUE_IN_RANGE') {
    const ref = (rule.values[0] as { range: { sheetId: number; a1: string } }).range;
    const name = names.get(ref.sheetId);
    const abs = ref.a1.replace(/([A-Z]+)(\d*)/g, (_, col: string, row: string) =>
      row ? `$${col}$${row}` : `$${col}`,
    );
    if (name) formula = `${quoteSheet(name)}!${abs}`;
  }
  if (!formula) return undefined;
  return {
    type: 'list',
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: !rule.allowInvalid,
    ...(rule.helpText ? { prompt: rule.helpText, showInputMessage: true } : {}),
  };
}

/** The dropdowns, one per run of equal rules down a column (`E2:E1000`), never overlapping. */
function writeValidations(sheet: ExcelJS.Worksheet, st: SheetState, names: Map<number, string>) {
  const target = (sheet as unknown as { dataValidations: RangeValidations }).dataValidations;
  let width = 0;
  eachSet(st.validations, (_, c) => {
    width = Math.max(width, c + 1);
  });
  for (let c = 0; c < width; c++) {
    let run: { key: string; from: number; rule: ValidationState } | null = null;
    const flush = (to: number) => {
      const validation = run && listValidation(run.rule, names);
      if (run && validation) target.add(`${cellA1(run.from, c)}:${cellA1(to, c)}`, validation);
      run = null;
    };
    for (let r = 0; r <= st.validations.length; r++) {
      const rule = st.validations[r]?.[c] ?? null;
      const key = rule ? JSON.stringify(rule) : '';
      if (run && run.key === key) continue;
      flush(r - 1);
      if (rule) run = { key, from: r, rule };
    }
  }
}

/** Whether a sheet holds nothing at all: no value, formula, note or dropdown, and no chart. */
export function isEmptySheet(st: SheetState, charted: ReadonlySet<number>): boolean {
  const any = <T>(layer: Layer<T>) =>
    layer.some((row) => row?.some((v) => v !== null && v !== undefined && v !== ''));
  return (
    !charted.has(st.id) &&
    !any(st.values) &&
    !any(st.formulas) &&
    !any(st.notes) &&
    !any(st.validations)
  );
}

/** The workbook as .xlsx bytes, its guide in `lang` (the workbook's language). */
export async function workbookXlsx(emu: Emulator, lang: Lang): Promise<Buffer> {
  const ss = emu.spreadsheet;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'KAM playground';
  const charted = new Set(
    ss.getSheets().flatMap((s) => (s.getCharts().length > 0 ? [s._st.id] : [])),
  );
  const states = ss
    .getSheets()
    .map((s) => s._st)
    .filter((st) => !isEmptySheet(st, charted));
  const names = new Map(states.map((st) => [st.id, st.name]));
  // A workbook imported from the template may carry its own guide already.
  if (!states.some((st) => st.name === HOW_TO_SHEET_NAME[lang])) addHowToSheet(workbook, lang);
  for (const st of states) {
    const sheet = workbook.addWorksheet(st.name, {
      state: st.hidden ? 'hidden' : 'visible',
      views:
        st.frozenRows > 0 || st.frozenCols > 0
          ? [{ state: 'frozen', ySplit: st.frozenRows, xSplit: st.frozenCols }]
          : [],
    });
    for (const [c, px] of Object.entries(st.colWidths))
      sheet.getColumn(columnLetter(Number(c))).width = charsOfPixels(px);
    writeValues(sheet, st);
    writeFormats(sheet, st);
    writeValidations(sheet, st, names);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
