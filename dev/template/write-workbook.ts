// Turns the plan of the .xlsx into an exceljs workbook and its bytes (Node only: dev tooling).
import ExcelJS from 'exceljs';
import type { Lang, SheetKey } from '../../src/template';
import { addHowToSheet } from './how-to-sheet';
import { type CellPlan, type DataRow, type SheetPlan, templatePlan } from './plan';
import { charsOfPixels, withinExcel } from './refs';
import type { ValidationPlan } from './validations';

const HEADER_FILL = 'FFDCE6F1';
const COMPUTED_FILL = 'FFD9D9D9';

/** exceljs keeps range validations in a model it does not type; `add` writes one `sqref`. */
interface RangeValidations {
  add(sqref: string, validation: ExcelJS.DataValidation): void;
}

function validationOf(plan: ValidationPlan): ExcelJS.DataValidation {
  const formulae = plan.formula2 === undefined ? [plan.formula1] : [plan.formula1, plan.formula2];
  return {
    type: plan.type,
    allowBlank: true,
    formulae,
    ...(plan.type === 'list' ? {} : { operator: 'between' as const }),
    showErrorMessage: plan.strictness !== 'none',
    ...(plan.strictness === 'warning' ? { errorStyle: 'warning' } : {}),
  };
}

function cellValue(cell: CellPlan): ExcelJS.CellValue {
  return typeof cell === 'object' && !(cell instanceof Date)
    ? { formula: cell.formula.replace(/^=/, '') }
    : withinExcel(cell);
}

function addSheet(workbook: ExcelJS.Workbook, plan: SheetPlan, lang: Lang): void {
  if (plan.guide) {
    addHowToSheet(workbook, lang);
    return;
  }
  const sheet = workbook.addWorksheet(plan.name, {
    state: plan.hidden ? 'hidden' : 'visible',
    views: plan.frozenRows > 0 ? [{ state: 'frozen', ySplit: plan.frozenRows }] : [],
  });
  plan.widthsPx.forEach((px, index) => {
    sheet.getColumn(index + 1).width = charsOfPixels(px);
  });
  if (plan.headers.length > 0) {
    const header = sheet.getRow(1);
    plan.headers.forEach((text, index) => {
      const cell = header.getCell(index + 1);
      cell.value = withinExcel(text);
      cell.font = { bold: true };
      cell.alignment = { vertical: 'middle', wrapText: true };
      cell.fill = {
        type: 'pattern',
        pattern: 'solid',
        fgColor: { argb: plan.computed[index] ? COMPUTED_FILL : HEADER_FILL },
      };
      if (plan.notes[index]) cell.note = withinExcel(plan.notes[index]);
    });
  }
  const firstRow = plan.headers.length > 0 ? 2 : 1;
  plan.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell !== '') sheet.getCell(firstRow + r, c + 1).value = cellValue(cell);
    });
  });
  for (const { sqref, format } of plan.formats) {
    const [from, to = from] = sqref.split(':');
    const start = sheet.getCell(from);
    const end = sheet.getCell(to);
    for (let r = Number(start.row); r <= Number(end.row); r += 1) {
      sheet.getCell(r, Number(start.col)).numFmt = format;
    }
  }
  const validations = (sheet as unknown as { dataValidations: RangeValidations }).dataValidations;
  for (const validation of plan.validations)
    validations.add(validation.sqref, validationOf(validation));
}

/** The template as an exceljs workbook; `data` fills records, as `templatePlan` describes. */
export function templateWorkbook(
  lang: Lang,
  data?: Partial<Record<SheetKey, readonly DataRow[]>>,
): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'KAM';
  workbook.created = new Date(Date.UTC(2026, 0, 1));
  workbook.modified = workbook.created;
  for (const plan of templatePlan(lang, data)) addSheet(workbook, plan, lang);
  return workbook;
}

/** The .xlsx bytes of the template. */
export async function templateXlsx(
  lang: Lang,
  data?: Partial<Record<SheetKey, readonly DataRow[]>>,
): Promise<Buffer> {
  const bytes = await templateWorkbook(lang, data).xlsx.writeBuffer();
  return Buffer.from(bytes);
}
