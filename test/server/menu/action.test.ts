// Every menu item runs through one wrapper (src/server/menu/action.ts): a failure becomes an
// alert naming the item and the reason, and a line in the KAM log, in the workbook's language.
// Bundle-level: drives dist/Code.js through the emulator.
import { demoWorkbook } from '../../helpers/demo-workbook';

const AUTH = 'https://www.googleapis.com/auth/';

/** The KAM log's rows, header first. */
const logOf = (emu: ReturnType<typeof demoWorkbook>, name = 'KAM log') =>
  emu.spreadsheet.getSheetByName(name)?.getDataRange().getValues() ?? [];

describe('a menu item that fails', () => {
  it('says which item did not finish and why, and writes the same to the KAM log', () => {
    const emu = demoWorkbook();
    emu.openAddon();
    emu.setScopes([`${AUTH}spreadsheets.currentonly`, `${AUTH}script.container.ui`]);

    emu.clickMenu('Split by manager');

    const alert = emu.ui.alerts.at(-1);
    expect(alert?.title).toBe('KAM could not finish');
    expect(alert?.prompt).toContain('“Split by manager” did not finish');
    expect(alert?.prompt).toContain('You do not have permission to call');
    const last = logOf(emu).at(-1);
    expect(last?.[1]).toBe('Split by manager');
    expect(last?.[2]).toBe('Failed');
    expect(String(last?.[3])).toContain('You do not have permission to call');
  });

  it('words the alert in Lithuanian in a Lithuanian workbook', () => {
    const emu = demoWorkbook({ lang: 'lt' });
    emu.openAddon();
    emu.setScopes([`${AUTH}spreadsheets.currentonly`, `${AUTH}script.container.ui`]);

    emu.clickMenu('Išskaidyti pagal vadovą');

    expect(emu.ui.alerts.at(-1)?.title).toBe('KAM nepavyko baigti');
    expect(emu.ui.alerts.at(-1)?.prompt).toContain('„Išskaidyti pagal vadovą“ nebaigta');
  });
});
