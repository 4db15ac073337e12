// "Download .xlsx" (issue 12, B.3): a Sheets cell may hold 50,000 characters, an Excel cell
// 32,767, so the export cuts longer text (and notes) rather than write a file Excel repairs.
import * as XLSX from 'xlsx';
import { workbookXlsx } from '../../../dev/playground/xlsx-export';
import { EXCEL_CELL_LIMIT, withinExcel } from '../../../dev/template/refs';
import { demoWorkbook } from '../../helpers/demo-workbook';

describe('xlsx export', () => {
  it('cuts a cell of 50,000 characters to Excel’s 32,767, ending in an ellipsis', async () => {
    const emu = demoWorkbook();
    emu.spreadsheet.getSheetByName('Dossier')!.getRange('B2').setValue('d'.repeat(50_000));

    const file = XLSX.read(await workbookXlsx(emu, 'en'), { type: 'buffer' });

    const text = String(file.Sheets.Dossier.B2.v);
    expect(text).toHaveLength(EXCEL_CELL_LIMIT);
    expect(text.endsWith('d…')).toBe(true);
  });

  it('leaves text within the limit, and anything but text, as it is', () => {
    expect(withinExcel('x'.repeat(EXCEL_CELL_LIMIT))).toHaveLength(EXCEL_CELL_LIMIT);
    expect(withinExcel(12)).toBe(12);
  });
});
