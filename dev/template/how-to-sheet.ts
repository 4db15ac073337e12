// The "How to fill it" sheet written with its style, for the template and the playground's
// download alike: a large title on a band, bold headings, every line wrapped in one wide
// column with a height that shows it whole, no gridlines.
import type ExcelJS from 'exceljs';
import type { Lang } from '../../src/template';
import { HOW_TO_SHEET_NAME, howToLines } from './how-to';

/** The one column's width in characters, and how many fit a wrapped line of 11 pt text. */
const WIDTH = 110;
const CHARS_PER_LINE = 120;
const LINE_PT = 15;
const BAND = 'FFDCE6F1';

/** Points a wrapped line of text needs, so Excel shows it whole (it does not grow rows itself). */
function heightOf(text: string, size: number): number {
  const perLine = Math.floor((CHARS_PER_LINE * 11) / size);
  const lines = Math.max(1, Math.ceil(text.length / perLine));
  return lines * LINE_PT * (size / 11) + 4;
}

/** Adds the guide as a sheet of `workbook` (at the end: call it first to make it the first tab). */
export function addHowToSheet(workbook: ExcelJS.Workbook, lang: Lang): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(HOW_TO_SHEET_NAME[lang], {
    views: [{ showGridLines: false }],
    properties: { tabColor: { argb: 'FF1A73E8' } },
  });
  sheet.getColumn(1).width = WIDTH;
  howToLines(lang).forEach((line, i) => {
    const row = sheet.getRow(i + 1);
    const cell = row.getCell(1);
    cell.value = line.text;
    cell.alignment = { wrapText: true, vertical: 'top' };
    switch (line.kind) {
      case 'title':
        cell.font = { bold: true, size: 16, color: { argb: 'FF202124' } };
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: BAND } };
        cell.alignment = { wrapText: true, vertical: 'middle', indent: 1 };
        row.height = 32;
        break;
      case 'intro':
        cell.font = { italic: true, size: 11, color: { argb: 'FF3C4043' } };
        row.height = heightOf(line.text, 11);
        break;
      case 'heading':
        cell.font = { bold: true, size: 13, color: { argb: 'FF1A73E8' } };
        cell.border = { bottom: { style: 'thin', color: { argb: 'FFDADCE0' } } };
        row.height = 22;
        break;
      case 'text':
        cell.font = { size: 11 };
        cell.alignment = { wrapText: true, vertical: 'top', indent: 1 };
        row.height = heightOf(line.text, 11);
        break;
      case 'gap':
        row.height = 8;
        break;
    }
  });
  return sheet;
}
