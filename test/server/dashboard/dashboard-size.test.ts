// The dashboard grows its sheet to its lines (issue 12: a long portfolio's lists of overdue
// accounts run past a sheet's rows): Refresh dashboard never fails for want of rows.
import { demoWorkbook } from '../../helpers/demo-workbook';

describe('the dashboard', () => {
  it('adds the rows its lines need to a sheet shorter than them', () => {
    const emu = demoWorkbook();
    emu.openAddon();
    emu.spreadsheet.insertSheet('KAM dashboard', 0);
    emu.deleteRows('KAM dashboard', 21, 980);
    const alerts = emu.ui.alerts.length;

    emu.clickMenu('Refresh dashboard');

    const sheet = emu.spreadsheet.getSheetByName('KAM dashboard')!;
    expect(emu.ui.alerts.slice(alerts)).toEqual([]);
    expect(sheet.getLastRow()).toBeGreaterThan(20);
    expect(sheet.getRange(sheet.getLastRow(), 2).getValue()).not.toBe('');
  });
});
