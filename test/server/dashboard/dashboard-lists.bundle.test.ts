// Bundle-level: the dashboard's lists for the head of sales: one meaning of "Days" (days
// overdue, the date it counts from beside it) and the key clients without an account (R1.1, R3).
import type { Emulator } from '../../../dev/emulator';
import { demoWorkbook } from '../../helpers/demo-workbook';

function dashboard(emu: Emulator, name = 'KAM dashboard'): unknown[][] {
  return emu.spreadsheet.getSheetByName(name)!.getDataRange().getValues();
}

/** The rows of a section: from its header row to the next blank row. */
function section(lines: unknown[][], title: string): unknown[][] {
  const start = lines.findIndex((line) => line[0] === title);
  const end = lines.findIndex((line, i) => i > start && line.every((c) => c === ''));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** The demo with two big clients on the Revenue sheet that nobody manages yet. */
function withUnmanagedClients(): Emulator {
  const emu = demoWorkbook();
  const revenue = emu.spreadsheet.getSheetByName('Revenue')!;
  const total = revenue
    .getDataRange()
    .getValues()
    .slice(1)
    .reduce((sum, row) => sum + (typeof row[2] === 'number' ? row[2] : 0), 0);
  const last = revenue.getLastRow();
  revenue.getRange(last + 1, 1, 2, 3).setValues([
    ['Zeta Logistics', '2026', Math.round(total * 0.2)],
    ['Omega Foods', '2026', Math.round(total * 0.4)],
  ]);
  return emu;
}

describe('the dashboard’s lists', () => {
  it('counts days overdue in both lists, with the last review or last positive contact beside it', () => {
    const emu = demoWorkbook();

    emu.run('runChecksNow');

    const gaps = section(dashboard(emu), 'Contact gaps');
    expect(gaps[0].slice(3, 6)).toEqual(['Status', 'Days overdue', 'Last positive contact']);
    const gap = gaps.find((line) => line[0] === 'KA-004')!;
    expect(gap.slice(3, 6)).toEqual([
      'Positive contact overdue',
      1,
      new Date('2026-11-15T00:00:00+02:00'),
    ]);
    const reviews = section(dashboard(emu), 'Overdue reviews');
    expect(reviews[0].slice(4, 6)).toEqual(['Days overdue', 'Last review']);
  });

  it('lists every key client without an account, largest first, with a link to its Revenue row', () => {
    const emu = withUnmanagedClients();

    emu.run('refreshDashboardFromMenu');

    const rows = section(dashboard(emu), 'Key clients without an account');
    const listed = rows.filter((line) => typeof line[1] === 'number');
    expect(listed.map((line) => [line[0], line[2]])).toEqual([
      ['Omega Foods', 'Critical'],
      ['Zeta Logistics', 'Key'],
    ]);
    const last = emu.spreadsheet.getSheetByName('Revenue')!.getLastRow();
    expect(listed.map((line) => line[4])).toEqual([
      `Revenue row ${last}`,
      `Revenue row ${last - 1}`,
    ]);
    const formula = emu.spreadsheet.getSheetByName('KAM dashboard')!.getDataRange().getFormulas();
    expect(formula.flat()).toContain(
      `=HYPERLINK("#gid=${emu.spreadsheet.getSheetByName('Revenue')!.getSheetId()}&range=A${last}","Revenue row ${last}")`,
    );
  });

  it('says there is none when every key client has an account', () => {
    const emu = demoWorkbook({ lang: 'lt' });

    emu.run('refreshDashboardFromMenu');

    expect(section(dashboard(emu, 'KAM suvestinė'), 'Pagrindiniai klientai be paskyros')).toEqual([
      ['Nėra.', '', '', '', '', '', ''],
    ]);
  });
});
