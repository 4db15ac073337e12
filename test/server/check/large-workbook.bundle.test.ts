// Bundle-level (dist/Code.js): in a workbook of 60 accounts, large enough to be read narrowly,
// onEdit and the sidebar reach the same statuses and rows as a whole read, for fewer cells.
import type { Emulator } from '../../../dev/emulator';
import { accountRows, demoWorkbook } from '../../helpers/demo-workbook';

const SCALE = { accounts: 60, contacts: 6000 };

function checked(): Emulator {
  const emu = demoWorkbook({ scale: SCALE });
  emu.run('runChecksNow');
  return emu;
}

function lastContact(emu: Emulator): { row: number; account: string } {
  const contacts = emu.spreadsheet.getSheetByName('Contacts')!;
  const row = contacts.getLastRow();
  return { row, account: String(contacts.getRange(row, 2).getValue()) };
}

describe('a workbook of 60 accounts', () => {
  it('re-highlights a typed negative outcome as the full check would, without reading every contact', () => {
    const emu = checked();
    const reference = checked();
    const { row, account } = lastContact(emu);

    emu.edit(`Contacts!G${row}`, 'Negative');
    // A pasted block cannot tell its accounts, so it reads every sheet whole.
    const personal = reference.spreadsheet.getSheetByName('Contacts')!.getRange(row, 6).getValue();
    reference.edit(`Contacts!F${row}:G${row}`, [[personal, 'Negative']]);
    const [typed, pasted] = [emu, reference].map((e) => e.executions.at(-1)!);
    reference.run('runChecksNow');

    expect([typed.fnName, pasted.fnName]).toEqual(['onEdit', 'onEdit']);
    expect(typed.estimatedMs).toBeLessThan(pasted.estimatedMs * 0.75);
    expect(accountRows(emu).get(account)?.values['Contact status']).toBe('Pausing');
    expect(accountRows(emu).get(account)).toEqual(accountRows(reference).get(account));
  });

  it('moves a contact to another account and re-highlights both, as the full check would', () => {
    const emu = checked();
    const reference = checked();
    const { row, account } = lastContact(emu);
    const other = account === 'KA-001' ? 'KA-002' : 'KA-001';

    emu.edit(`Contacts!B${row}`, other);
    reference.edit(`Contacts!B${row}`, other);
    reference.run('runChecksNow');

    const ours = accountRows(emu);
    const theirs = accountRows(reference);
    expect([ours.get(account), ours.get(other)]).toEqual([theirs.get(account), theirs.get(other)]);
  });

  it('loads an account’s dossier with all its contacts, and logs a new one after the last row', () => {
    const emu = checked();
    const { account } = lastContact(emu);
    const contacts = emu.spreadsheet.getSheetByName('Contacts')!;
    const before = contacts.getLastRow();
    const logged = contacts
      .getDataRange()
      .getValues()
      .filter((r) => r[1] === account).length;

    const load = emu.scriptRun('kamLoadDossier', account) as {
      ok: boolean;
      state: { account: { contactCount: number } };
    };
    const save = emu.scriptRun('kamLogContact', {
      accountId: account,
      values: {
        date: '2026-11-26',
        ourPerson: 'manager@example.com',
        channel: 'email',
        outcome: 'negative',
      },
      confirmPause: false,
    }) as { ok: boolean };

    expect(load.ok).toBe(true);
    expect(load.state.account.contactCount).toBe(logged);
    expect(save.ok).toBe(true);
    expect(contacts.getLastRow()).toBe(before + 1);
    expect(contacts.getRange(before + 1, 2).getValue()).toBe(account);
    expect(accountRows(emu).get(account)?.values['Contact status']).toBe('Pausing');
  });
});
