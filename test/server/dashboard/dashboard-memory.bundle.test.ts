// Bundle-level: drives dist/Code.js through the emulator (`npm run build` first).
// What the dashboard remembers between checks (the cells its charts draw): a run whose layout
// did not move only counts the charts, and every chart a user removed or re-pointed comes back.
import type { Emulator } from '../../../dev/emulator';
import { demoWorkbook } from '../../helpers/demo-workbook';

/** The cells each dashboard chart draws, in order. */
function chartRanges(emu: Emulator): string[] {
  const sheet = emu.spreadsheet.getSheetByName('KAM dashboard')!;
  return sheet.getCharts().map((chart) => chart.getRanges()[0].getA1Notation());
}

function dashboardValues(emu: Emulator): unknown[][] {
  return emu.spreadsheet.getSheetByName('KAM dashboard')!.getDataRange().getValues();
}

describe('the dashboard’s charts between checks', () => {
  it('counts the charts of an unchanged layout without asking each for its cells', () => {
    const emu = demoWorkbook();
    emu.run('runChecksNow');
    const drawn = chartRanges(emu);
    emu.calls.reset();

    emu.run('runChecksNow');

    expect(emu.calls.count('Sheet.getCharts')).toBe(1);
    expect(emu.calls.count('EmbeddedChart.getRanges')).toBe(0);
    expect(emu.calls.count('Sheet.insertChart')).toBe(0);
    expect(chartRanges(emu)).toEqual(drawn);
    expect(drawn).toHaveLength(2);
  });

  it('draws a chart again at the next check when a user removed it', () => {
    const emu = demoWorkbook();
    emu.run('runChecksNow');
    const drawn = chartRanges(emu);
    const sheet = emu.spreadsheet.getSheetByName('KAM dashboard')!;

    sheet.removeChart(sheet.getCharts()[1] as never);
    emu.run('runChecksNow');

    expect(chartRanges(emu)).toEqual(drawn);
  });

  it('draws the charts again when the layout moves (a manager more in the load)', () => {
    const emu = demoWorkbook();
    emu.run('runChecksNow');
    const before = chartRanges(emu);
    const accounts = emu.spreadsheet.getSheetByName('Accounts')!;
    accounts
      .getRange(accounts.getLastRow() + 1, 1, 1, 5)
      .setValues([['KA-099', 'Naujas klientas', '', 'new.manager@example.com', '']]);

    emu.run('runChecksNow');

    const after = chartRanges(emu);
    const lines = dashboardValues(emu);
    const header = (title: string) => lines.findIndex((line) => line[0] === title) + 2;
    const managers = lines.slice(header('Manager load')).findIndex((line) => line[0] === '');
    expect(after).not.toEqual(before);
    expect(after[1]).toBe(`A${header('Manager load')}:B${header('Manager load') + managers}`);
  });

  /** Points the dashboard's pie at other cells, as a user editing the chart would. */
  function repointPie(emu: Emulator): void {
    const sheet = emu.spreadsheet.getSheetByName('KAM dashboard')!;
    const [pie] = sheet.getCharts();
    const moved = pie
      .modify()
      .clearRanges()
      .addRange(sheet.getRange('C1:D4') as never)
      .build();
    sheet.updateChart(moved as never);
  }

  it('compares every chart again after rows were inserted, and puts a re-pointed one back', () => {
    const emu = demoWorkbook();
    emu.openAddon();
    emu.clickMenu('Turn on daily check');
    emu.run('runChecksNow');
    const drawn = chartRanges(emu);
    repointPie(emu);

    emu.insertRows('Plan', 2, 1);
    emu.calls.reset();
    emu.run('runChecksNow');

    expect(emu.calls.count('EmbeddedChart.getRanges')).toBeGreaterThan(0);
    expect(chartRanges(emu)).toEqual(drawn);
  });

  it('puts a re-pointed chart back on Refresh dashboard', () => {
    const emu = demoWorkbook();
    emu.openAddon();
    emu.run('runChecksNow');
    const drawn = chartRanges(emu);
    repointPie(emu);

    emu.clickMenu('Refresh dashboard');

    expect(chartRanges(emu)).toEqual(drawn);
  });
});
