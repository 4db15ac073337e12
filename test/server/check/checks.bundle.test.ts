// Bundle-level: drives dist/Code.js through the emulator (`npm run build` first).
// The check on the demo portfolio at 2026-11-26 (issue 4): statuses, colours and notes that
// say why, for each rule of R3.3, R3.4, R3.6, R5.1 and R5.2.
import { accountRows, demoWorkbook } from '../../helpers/demo-workbook';

const RED = '#f4c7c3';
const AMBER = '#fce8b2';
const BLUE = '#c9daf8';

describe('the check', () => {
  const emu = demoWorkbook();
  emu.run('runChecksNow');
  const rows = accountRows(emu);
  const account = (id: string) => rows.get(id)!;

  it('warns in amber of a review due tomorrow (R3.6)', () => {
    expect(account('KA-003').notes.Flags).toBe('Review due in 1 day, on 2026-11-27.');
    expect(account('KA-003').backgrounds.Flags).toBe(AMBER);
  });

  it('says in red why a review is overdue by 12 days (R3.6)', () => {
    expect(account('KA-002').notes['Next review due']).toBe(
      'Review overdue by 12 days: last review 2026-08-14; the dossier needs one every 3 months.',
    );
    expect(account('KA-002').backgrounds['Next review due']).toBe(RED);
  });

  it('flags a gap of 11 days since the last positive contact (R5.1)', () => {
    expect(account('KA-004').values['Contact status']).toBe('Overdue');
    expect(account('KA-004').notes['Contact status']).toBe(
      'Positive contact overdue by 1 day: last one 2026-11-15; the relationship needs one every 10 days.',
    );
    expect(account('KA-004').backgrounds['Contact status']).toBe(RED);
  });

  it('shows a pause in force after a negative contact 5 days ago (R5.2)', () => {
    expect(account('KA-006').values['Contact status']).toBe('Pausing');
    expect(account('KA-006').notes['Contact status']).toContain(
      'no personal contact until 2026-12-05; urgent matters go through colleagues',
    );
    expect(account('KA-006').backgrounds['Contact status']).toBe(BLUE);
  });

  it('flags a personal contact 3 days after a negative one as a broken pause (R5.2)', () => {
    expect(account('KA-005').values['Contact status']).toBe('Pause broken');
    expect(account('KA-005').notes['Contact status']).toBe(
      'Pause broken: a personal contact on 2026-11-21, within 2 weeks of the negative contact of 2026-11-18.',
    );
    expect(account('KA-005').backgrounds['Contact status']).toBe(RED);
  });

  it('flags an account with no decision maker (R3.3)', () => {
    expect(account('KA-007').values.Flags).toContain('No decision maker');
    expect(account('KA-007').notes.Flags).toContain(
      'Nobody in the decision group is known to decide: find out who can decide alone or veto.',
    );
  });

  it('flags an account without a competitor profile (R3.4)', () => {
    expect(account('KA-008').values.Flags).toBe('No competitor profile');
  });

  it('leaves an account in order white, with its dates filled in', () => {
    expect(account('KA-001').values.Flags).toBe('');
    expect(account('KA-001').backgrounds.Flags).toBe('#ffffff');
    expect(account('KA-001').values['Last review']).toBeInstanceOf(Date);
    expect(account('KA-001').values.Tier).toBe('Critical');
  });

  it('records the run in the Log sheet and in the menu', () => {
    const log = emu.spreadsheet.getSheetByName('KAM log')!.getDataRange().getValues();

    expect(log.at(-1)?.slice(1)).toEqual([
      'Menu',
      'OK',
      'Checked 8 accounts: 3 need action now, 3 soon, 1 to note.',
    ]);
    emu.openAddon();
    expect(emu.menu().map((m) => m.caption)).toContainEqual(
      expect.stringMatching(/^Last check: 2026-11-26 \d\d:\d\d, OK$/),
    );
  });

  it('says in the Log which setting it ignored, and applies the article’s default instead', () => {
    const typo = demoWorkbook();
    typo.setSheetData('Settings', [
      ['Setting', 'Value'],
      ['Review every (months)', 30],
    ]);

    typo.run('runChecksNow');

    const last = typo.spreadsheet.getSheetByName('KAM log')!.getDataRange().getValues().at(-1)!;
    expect(last[3]).toContain(
      'Settings: "Review every (months)" holds "30", which is out of bounds, so the article\'s default applied.',
    );
    expect(accountRows(typo).get('KA-002')?.values.Flags).toContain('Review overdue');
  });

  it('names a required column it could not find instead of checking without it', () => {
    const imported = demoWorkbook();
    imported.setSheetData('Contacts', [
      ['Date', 'Account ID', 'Note'],
      [new Date('2026-11-20T00:00:00+02:00'), 'KA-001', 'x'],
    ]);

    imported.run('runChecksNow');

    const last = imported.spreadsheet.getSheetByName('KAM log')!.getDataRange().getValues().at(-1)!;
    expect(last[3]).toContain(
      'Not found, so left out of the check: Contacts: Our person (e-mail), Contacts: Channel, Contacts: Outcome.',
    );
  });
});
