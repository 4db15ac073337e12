// Protect dossiers protects who runs an account (issue 12, E.8; R3.5): the Accounts columns
// naming the manager and the supervisor can be changed by the owner and the supervisors only,
// so a manager can no longer make themselves the manager of another's account.
import type { Emulator } from '../../../dev/emulator';
import { accountRows, demoWorkbook } from '../../helpers/demo-workbook';

const IEVA = 'ieva.jankauskiene@example.com';
const LAURA = 'laura.stone@example.com';
const RUTA = 'ruta.zemaitiene@example.com';

function protectedDemo(runner?: string): Emulator {
  const emu = demoWorkbook();
  emu.spreadsheet.addEditors([IEVA, LAURA, 'mantas.vaitkus@example.com', RUTA]);
  emu.openAddon();
  emu.clickMenu('Protect dossiers', runner ? { user: runner } : {});
  return emu;
}

/** The cell of an account's column by header, as "Accounts!D5". */
function cellOf(emu: Emulator, id: string, header: string): string {
  const row = accountRows(emu).get(id)!.row;
  const headers = emu.spreadsheet.getSheetByName('Accounts')!.getDataRange().getValues()[0];
  const column = String.fromCharCode(65 + headers.indexOf(header));
  return `Accounts!${column}${row}`;
}

describe('Protect dossiers', () => {
  it('stops a manager making themselves the manager of another manager’s account', () => {
    const emu = protectedDemo();

    expect(() =>
      emu.edit(cellOf(emu, 'KA-001', 'Manager (e-mail)'), LAURA, { user: LAURA }),
    ).toThrow(/protected cell/);
    expect(() =>
      emu.edit(cellOf(emu, 'KA-007', 'Supervisor (e-mail)'), LAURA, { user: LAURA }),
    ).toThrow(/protected cell/);
  });

  it('still lets a manager edit their account’s other cells and its dossier', () => {
    const emu = protectedDemo();

    emu.edit(cellOf(emu, 'KA-007', 'Client'), 'Renamed by Laura', { user: LAURA });

    expect(accountRows(emu).get('KA-007')!.values.Client).toBe('Renamed by Laura');
  });

  it('lets the supervisor reassign an account', () => {
    const emu = protectedDemo();

    emu.edit(cellOf(emu, 'KA-001', 'Manager (e-mail)'), LAURA, { user: RUTA });

    expect(accountRows(emu).get('KA-001')!.values['Manager (e-mail)']).toBe(LAURA);
  });

  it('says who can reassign accounts, and that a manager who ran it keeps that right', () => {
    const emu = protectedDemo(IEVA);

    const { prompt } = emu.ui.alerts.at(-1)!;

    expect(prompt).toContain(
      `Only these people can now change who runs an account (Manager (e-mail), Supervisor (e-mail)): ${IEVA}, manager@example.com, ${RUTA}.`,
    );
    expect(prompt).toContain(
      `You (${IEVA}) ran this, so Google keeps you an editor of those columns`,
    );
  });

  it('changes nothing when run again', () => {
    const emu = protectedDemo();
    const count = () =>
      emu.spreadsheet.getSheetByName('Accounts')!.getProtections('RANGE' as never).length;
    const before = count();

    emu.clickMenu('Protect dossiers');

    expect(count()).toBe(before);
  });
});
