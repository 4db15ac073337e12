// Bundle-level: the sidebar's "Personal" control (the R5 Decision "who says personal"): left
// alone the cell stays blank and is worked out; a choice is stored as Yes or No and wins.
// KA-001 is run by Ieva in the demo.
import type { Result } from '../../../src/dossier/types';
import { demoWorkbook } from '../../helpers/demo-workbook';

const contact = (personal: boolean | null) => ({
  accountId: 'KA-001',
  values: {
    date: '2026-11-25',
    ourPerson: 'ieva.jankauskiene@example.com',
    channel: 'phone',
    outcome: 'neutral',
    personal,
  },
  confirmPause: false,
});

function lastContact(emu: ReturnType<typeof demoWorkbook>): unknown[] {
  return emu.spreadsheet.getSheetByName('Contacts')!.getDataRange().getValues().at(-1)!;
}

describe('logging a contact with the Personal control', () => {
  it('leaves Personal blank when the user leaves it alone, and still stops a call by the manager inside a pause', () => {
    const emu = demoWorkbook();
    emu.scriptRun('kamLogContact', {
      ...contact(null),
      values: { ...contact(null).values, outcome: 'negative', date: '2026-11-20' },
    });

    const refused = emu.scriptRun('kamLogContact', contact(null)) as Result;
    const saved = emu.scriptRun('kamLogContact', {
      ...contact(null),
      confirmPause: true,
    }) as Result;

    expect(refused).toMatchObject({ ok: false, code: 'PAUSE' });
    expect(saved.ok).toBe(true);
    expect(lastContact(emu)[5]).toBe('');
  });

  it('stores a No the user chose, and takes it: a call marked not personal needs no pause confirmation', () => {
    const emu = demoWorkbook();
    emu.scriptRun('kamLogContact', {
      ...contact(null),
      values: { ...contact(null).values, outcome: 'negative', date: '2026-11-20' },
    });

    const saved = emu.scriptRun('kamLogContact', contact(false)) as Result;

    expect(saved.ok).toBe(true);
    expect(lastContact(emu)[5]).toBe('No');
  });

  it('stores a Yes the user chose for a colleague’s e-mail, and treats it as personal', () => {
    const emu = demoWorkbook();
    emu.scriptRun('kamLogContact', {
      ...contact(null),
      values: { ...contact(null).values, outcome: 'negative', date: '2026-11-20' },
    });
    const email = {
      ...contact(true),
      values: { ...contact(true).values, channel: 'email', ourPerson: 'colleague@example.com' },
    };

    const refused = emu.scriptRun('kamLogContact', email) as Result;

    expect(refused).toMatchObject({ ok: false, code: 'PAUSE' });
  });
});
