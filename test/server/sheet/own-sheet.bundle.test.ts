// Bundle-level: drives dist/Code.js through the emulator (`npm run build` first).
// The dashboard and the KAM log follow the Settings language by name: switching it renames
// them, so the head of sales never finds a stale English dashboard beside a Lithuanian one,
// and the dashboard's charts are titled in the new language.
import type { Emulator } from '../../../dev/emulator';
import { lt } from '../../../src/i18n/lt';
import { demoWorkbook } from '../../helpers/demo-workbook';

function sheetNames(emu: Emulator): string[] {
  return emu.spreadsheet.getSheets().map((sheet) => sheet.getName());
}

function switchToLithuanian(emu: Emulator): void {
  const settings = emu.spreadsheet.getSheetByName('Settings')!;
  const row = settings
    .getDataRange()
    .getValues()
    .findIndex((line) => line[0] === 'Language');
  emu.edit(`Settings!B${row + 1}`, 'Lietuvių');
}

describe('own sheets in the workbook’s language', () => {
  it('renames the dashboard and the KAM log when the language changes, keeping the log’s lines', () => {
    const emu = demoWorkbook();
    emu.run('runChecksNow');
    const linesBefore = emu.spreadsheet.getSheetByName('KAM log')!.getLastRow();

    switchToLithuanian(emu);
    emu.run('runChecksNow');

    const names = sheetNames(emu);
    expect(names).toEqual(expect.arrayContaining(['KAM suvestinė', 'KAM žurnalas']));
    expect(names).not.toContain('KAM dashboard');
    expect(names).not.toContain('KAM log');
    expect(emu.spreadsheet.getSheetByName('KAM žurnalas')!.getLastRow()).toBeGreaterThan(
      linesBefore,
    );
    expect(emu.spreadsheet.getSheetByName('KAM suvestinė')!.getRange('A1').getValue()).not.toBe('');
  });

  it('redraws the dashboard’s charts under the new language’s titles, the run after as well', () => {
    const emu = demoWorkbook();
    emu.run('runChecksNow');
    emu.run('runChecksNow');

    switchToLithuanian(emu);
    emu.run('runChecksNow');
    emu.run('runChecksNow');

    const charts = emu.spreadsheet.getSheetByName('KAM suvestinė')!.getCharts();
    expect(charts.map((chart) => chart.getOptions().get('title'))).toEqual([
      lt.dashboard.concentrationChart,
      lt.dashboard.loadChart,
    ]);
  });
});
