// Split by manager recovers from a failure (issue 12, F): each workbook is recorded in
// Portfolio as soon as it is created; a failure for one manager is logged and reported by
// name while the others go on; running it again completes what is missing through Portfolio's
// record, so there is one workbook per manager, all recorded and all finished.
import type { Emulator } from '../../../dev/emulator';
import { demoWorkbook } from '../../helpers/demo-workbook';

const MANAGERS = 3;

function demo(): Emulator {
  const emu = demoWorkbook();
  emu.openAddon();
  return emu;
}

/** Every data row of a sheet of a spreadsheet, as text, blank rows dropped. */
const rowsOf = (emu: Emulator, id: string, sheet: string) =>
  emu
    .spreadsheetById(id)
    .getSheetByName(sheet)!
    .getDataRange()
    .getValues()
    .slice(1)
    .filter((r) => r.some((c) => c !== ''))
    .map((r) => JSON.stringify(r));

const portfolio = (emu: Emulator) =>
  emu.spreadsheet
    .getSheetByName('Portfolio')!
    .getDataRange()
    .getValues()
    .slice(1)
    .map((r) => ({
      manager: String(r[0]),
      id: /\/d\/([^/]+)/.exec(String(r[3]))![1],
      status: r[6],
    }));

/** Each manager's Accounts and Contacts rows in their workbook, by manager. */
const splitContent = (emu: Emulator) =>
  Object.fromEntries(
    portfolio(emu).map((p) => [
      p.manager,
      [...rowsOf(emu, p.id, 'Accounts'), ...rowsOf(emu, p.id, 'Contacts')].sort(),
    ]),
  );

const lastLog = (emu: Emulator) => {
  const rows = emu.spreadsheet.getSheetByName('KAM log')!.getDataRange().getValues();
  return rows[rows.length - 1].map(String);
};

describe('Split by manager after a failure', () => {
  const clean = demo();
  clean.faults.reset();
  clean.clickMenu('Split by manager');
  const expected = splitContent(clean);
  const seen = [...clean.faults.seen];
  const creates = seen.flatMap((call, i) =>
    call === 'SpreadsheetApp.create' || call === 'Drive.Files.create' ? [i + 1] : [],
  );
  const points = [
    ...creates,
    ...creates.map((n) => n + 1),
    creates[1] - 40,
    seen.length - 1,
    seen.length,
  ];

  it('made three workbooks in the clean run, each finished in Portfolio', () => {
    expect(creates).toHaveLength(MANAGERS);
    expect(portfolio(clean).map((p) => p.status)).toEqual(['Done', 'Done', 'Done']);
  });

  it.each(points)(
    'ends, after a failure at write %i and a second run, with one finished workbook per manager',
    (n) => {
      const emu = demo();
      const before = emu.env.state.spreadsheets.length;
      emu.faults.failWrite(n);

      emu.clickMenu('Split by manager');
      const failed = emu.ui.alerts.at(-1)?.prompt ?? '';
      emu.clickMenu('Split by manager');

      expect(emu.env.state.spreadsheets.length - before).toBe(MANAGERS);
      expect(portfolio(emu).map((p) => p.status)).toEqual(['Done', 'Done', 'Done']);
      expect(splitContent(emu)).toEqual(expected);
      if (failed.includes('could not be made or finished'))
        expect(failed).toMatch(/^[^\n]*@example\.com: the workbook could not be made or finished/m);
    },
  );

  it('reports the failing manager by name, logs it, and goes on with the others', () => {
    const emu = demo();
    emu.faults.failWrite(creates[2]);

    emu.clickMenu('Split by manager');

    const prompt = emu.ui.alerts.at(-1)?.prompt ?? '';
    expect(prompt).toContain('Created 2 workbook(s)');
    expect(prompt).toMatch(
      /laura\.stone@example\.com: the workbook could not be made or finished \(Service Spreadsheets failed/,
    );
    expect(lastLog(emu).slice(1, 3)).toEqual(['Split by manager', 'Failed']);
    expect(portfolio(emu)).toHaveLength(2);
  });

  it('records a workbook it created before filling it, and finishes it on the next run', () => {
    const emu = demo();
    emu.faults.failWrite(creates[1] + 40);

    emu.clickMenu('Split by manager');

    expect(portfolio(emu).map((p) => p.status)).toEqual([
      'Done',
      'Not finished: run Split by manager again',
      'Done',
    ]);
    emu.clickMenu('Split by manager');
    expect(emu.ui.alerts.at(-1)?.prompt).toContain(
      'Finished the workbook(s) an earlier run had left unfinished',
    );
  });
});
