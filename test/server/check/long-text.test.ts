// Sheets' limits (issue 12, B.3): every text field has a cap with a message naming it, and a
// name at the cap or far past it (typed straight into the sheet) never stops Run checks now:
// the derived Flags and notes are cut with "… and N more", never refused.
import type { Emulator } from '../../../dev/emulator';
import type { Result, SaveResult } from '../../../src/dossier/types';
import { typeRow } from '../../helpers/cells';
import { accountRows, demoWorkbook } from '../../helpers/demo-workbook';

const addPerson = (emu: Emulator, person: string) =>
  emu.scriptRun('kamSaveRow', {
    accountId: 'KA-003',
    sheet: 'decisionGroup',
    key: null,
    values: { person, role: 'opponent', attitude: 'opponent', influence: 'high' },
  }) as SaveResult;

const sheetsOf = (emu: Emulator) => JSON.stringify(JSON.parse(emu.snapshot()).spreadsheets);

/** Types a strong opponent of KA-003 straight into the Decision group sheet. */
function typeOpponent(emu: Emulator, person: string): void {
  const row = emu.spreadsheet.getSheetByName('Decision group')!.getLastRow() + 1;
  typeRow(emu, 'Decision group', row, ['KA-003', person, '', '', 'Opponent', 'Opponent', 'High']);
}

describe('long text', () => {
  it('refuses a name one past its cap of 200 characters, naming the field, and writes nothing', () => {
    const emu = demoWorkbook();
    const before = sheetsOf(emu);

    const answer = addPerson(emu, 'x'.repeat(201));

    expect(answer).toMatchObject({
      ok: false,
      code: 'TOO_LONG',
      field: 'values.person',
      message: 'Person must be at most 200 characters.',
    });
    expect(sheetsOf(emu)).toBe(before);
  });

  it('takes a long text of 20,000 characters and refuses one of 20,001 with the cap in Lithuanian', () => {
    const emu = demoWorkbook({ lang: 'lt' });
    const logSummary = (summary: string) =>
      emu.scriptRun('kamLogContact', {
        accountId: 'KA-003',
        values: {
          date: '2026-11-25',
          ourPerson: 'manager@example.com',
          channel: 'email',
          outcome: 'neutral',
          summary,
        },
        confirmPause: false,
      }) as SaveResult;

    expect(logSummary('y'.repeat(20_000)).ok).toBe(true);
    expect(logSummary('y'.repeat(20_001))).toMatchObject({
      ok: false,
      message: 'Santrauka: ne daugiau kaip 20\u00a0000 simbolių.',
    });
  });

  it('keeps Run checks now working with many names at the cap, listing the rest as "… and N more"', () => {
    const emu = demoWorkbook();
    emu.openAddon();
    for (let i = 0; i < 8; i++) expect(addPerson(emu, `${i}`.padEnd(200, 'z')).ok).toBe(true);

    emu.clickMenu('Run checks now');

    const flags = String(accountRows(emu).get('KA-003')!.values.Flags);
    expect(flags.length).toBeLessThanOrEqual(5_000);
    expect(flags).toMatch(/Strong opponent: 0z+, 1z+, .*… and \d+ more/);
    expect(emu.ui.toasts.at(-1)?.message).toMatch(/^Checked \d+ accounts/);
  });

  it('keeps Run checks now working with a name of 50,000 characters typed into the sheet', () => {
    const emu = demoWorkbook();
    emu.openAddon();
    typeOpponent(emu, 'P'.repeat(50_000));

    emu.clickMenu('Run checks now');

    const row = accountRows(emu).get('KA-003')!;
    expect(String(row.values.Flags)).toMatch(/Strong opponent: P+…/);
    expect(String(row.values.Flags).length).toBeLessThanOrEqual(5_000);
    expect(row.notes.Flags.length).toBeLessThanOrEqual(5_000);
    const loaded = emu.scriptRun('kamLoadDossier', 'KA-003') as Result;
    expect(loaded.ok).toBe(true);
  });
});
