// Future dates (issue 12, G.12; R5 Decision: a contact dated later than today has not
// happened): refused where entered through KAM, in the spreadsheet's time zone; typed into a
// sheet, flagged "Dated in the future" and left out of the rules until their day comes.
import type { Emulator } from '../../../dev/emulator';
import type { SaveResult } from '../../../src/dossier/types';
import { typeRow } from '../../helpers/cells';
import { accountRows, demoWorkbook } from '../../helpers/demo-workbook';

const IEVA = 'ieva.jankauskiene@example.com';

const logContact = (emu: Emulator, date: string) =>
  emu.scriptRun('kamLogContact', {
    accountId: 'KA-004',
    values: { date, ourPerson: IEVA, channel: 'email', outcome: 'positive' },
    confirmPause: false,
  }) as SaveResult;

const contactsOf = (emu: Emulator) => emu.spreadsheet.getSheetByName('Contacts')!.getLastRow();

describe('future dates entered through KAM', () => {
  it('refuses a contact dated tomorrow, naming the field and today, and writes nothing', () => {
    const emu = demoWorkbook();
    const rows = contactsOf(emu);

    const answer = logContact(emu, '2026-11-27');

    expect(answer).toMatchObject({
      ok: false,
      code: 'IN_FUTURE',
      field: 'values.date',
      message: 'Date cannot be later than today (2026-11-26): log what has already happened.',
    });
    expect(contactsOf(emu)).toBe(rows);
  });

  it('counts today in the spreadsheet’s time zone, not the server’s', () => {
    const emu = demoWorkbook();
    emu.clock.set(new Date('2026-11-26T23:30:00Z'));

    expect(logContact(emu, '2026-11-27').ok).toBe(true);
  });

  it('refuses a decision-group person’s last contact after today, in Lithuanian too', () => {
    const emu = demoWorkbook({ lang: 'lt' });

    const answer = emu.scriptRun('kamSaveRow', {
      accountId: 'KA-004',
      sheet: 'decisionGroup',
      key: null,
      values: { person: 'Ona Ateitytė', role: 'user', lastContact: '2026-12-01' },
    }) as SaveResult;

    expect(answer).toMatchObject({
      ok: false,
      code: 'IN_FUTURE',
      message:
        'Paskutinis kontaktas: negali būti vėlesnė nei šiandien (2026-11-26); registruokite tai, kas jau įvyko.',
    });
  });
});

describe('future dates typed into the sheets', () => {
  /** KA-004 (positive contact overdue by a day) with a positive contact typed three days ahead. */
  function withFutureContact(): Emulator {
    const emu = demoWorkbook();
    emu.openAddon();
    const row = contactsOf(emu) + 1;
    typeRow(emu, 'Contacts', row, [
      '2026-11-29',
      'KA-004',
      'Petras',
      IEVA,
      'Phone',
      'Yes',
      'Positive',
    ]);
    return emu;
  }

  it('are flagged and left out of the contact rules until their day', () => {
    const emu = withFutureContact();

    emu.clickMenu('Run checks now');

    const row = accountRows(emu).get('KA-004')!;
    expect(row.values['Contact status']).toBe('Overdue');
    expect(String(row.values.Flags)).toContain('Dated in the future');
    expect(row.notes.Flags).toContain('1 row is dated after today (2026-11-26)');
  });

  it('count once their day has come, and the flag goes', () => {
    const emu = withFutureContact();
    emu.clock.advanceDays(3);

    emu.clickMenu('Run checks now');

    const row = accountRows(emu).get('KA-004')!;
    expect(row.values['Contact status']).toBe('OK');
    expect(String(row.values.Flags)).not.toContain('Dated in the future');
  });

  it('are left out of the sidebar’s next positive contact due', () => {
    const emu = withFutureContact();

    const loaded = emu.scriptRun('kamLoadDossier', 'KA-004') as {
      state: { account: { contact: { nextPositiveDue: string | null } } };
    };

    expect(loaded.state.account.contact.nextPositiveDue).toBe('2026-11-25');
  });
});
