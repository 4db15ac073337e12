// Saves are all-or-nothing and can be retried (issue 12, C): a save sent again with its
// request id is written once, and a failure at any write of a save is answered truthfully:
// refused when its rows were not written, "Saved, but …" when they were, never a row twice.
import type { Emulator } from '../../../dev/emulator';
import type { Result, SaveResult } from '../../../src/dossier/types';
import { accountRows, demoWorkbook } from '../../helpers/demo-workbook';

const contact = (requestId: string) => ({
  accountId: 'KA-001',
  values: {
    date: '2026-11-25',
    ourPerson: 'ieva.jankauskiene@example.com',
    clientPerson: 'Retry Person',
    channel: 'phone',
    outcome: 'negative',
  },
  confirmPause: true,
  requestId,
});

/** Rows of a sheet whose cells include `text`. */
const rowsWith = (emu: Emulator, sheet: string, text: string) =>
  emu.spreadsheet
    .getSheetByName(sheet)!
    .getDataRange()
    .getValues()
    .filter((row) => row.includes(text)).length;

describe('saves sent again', () => {
  it('log a contact once when the same save arrives twice, answering both times with it', () => {
    const emu = demoWorkbook();

    const first = emu.scriptRun('kamLogContact', contact('retry-0001')) as SaveResult;
    const trail = rowsWith(emu, 'Change history', 'retry-0001');
    const again = emu.scriptRun('kamLogContact', contact('retry-0001')) as SaveResult;

    expect(rowsWith(emu, 'Contacts', 'Retry Person')).toBe(1);
    expect(trail).toBeGreaterThan(0);
    expect(rowsWith(emu, 'Change history', 'retry-0001')).toBe(trail);
    expect(again).toEqual(first);
  });

  it('log two contacts when two saves of the same contact carry two request ids', () => {
    const emu = demoWorkbook();

    emu.scriptRun('kamLogContact', contact('first-save-1'));
    emu.scriptRun('kamLogContact', contact('second-save'));

    expect(rowsWith(emu, 'Contacts', 'Retry Person')).toBe(2);
  });

  it('answer a General save sent again after its answer was lost, rather than refusing it as stale', () => {
    const emu = demoWorkbook();
    const loaded = emu.scriptRun('kamLoadDossier', 'KA-002') as Result;
    const key = loaded.ok ? loaded.state.account!.dossierKey : '';
    const save = { accountId: 'KA-002', key, values: { bank: 'SEB' }, requestId: 'general-01' };

    emu.scriptRun('kamSaveDossier', save);
    const again = emu.scriptRun('kamSaveDossier', save) as SaveResult;

    expect(again.ok).toBe(true);
    expect(rowsWith(emu, 'Change history', 'general-01')).toBe(1);
  });

  it('in a workbook set up before request ids, save still, and set-up adds the Request column without touching History', () => {
    const emu = demoWorkbook();
    emu.openAddon();
    const history = emu.spreadsheet.getSheetByName('Change history')!;
    history.getRange('H1').setValue('');
    emu.scriptRun('kamLogContact', contact('old-book-1'));
    const rows = history
      .getDataRange()
      .getValues()
      .map((r) => r.slice(0, 7));

    emu.clickMenu('Set up KAM workbook');

    expect(history.getRange('H1').getValue()).toBe('Request');
    expect(
      history
        .getDataRange()
        .getValues()
        .map((r) => r.slice(0, 7)),
    ).toEqual(rows);
    expect(rowsWith(emu, 'Contacts', 'Retry Person')).toBe(1);
  });

  it('refuse a request id that is not one the sidebar makes', () => {
    const emu = demoWorkbook();

    const answer = emu.scriptRun('kamLogContact', contact('=1+1')) as SaveResult;

    expect(answer).toMatchObject({ ok: false, code: 'BAD_KEY', field: 'requestId' });
  });
});

describe('a save failing at any of its writes', () => {
  it('is answered truthfully, and sent again never leaves the contact twice', () => {
    const probe = demoWorkbook();
    probe.faults.reset();
    probe.scriptRun('kamLogContact', contact('probe-0001'));
    const writes = probe.faults.count;
    expect(writes).toBeGreaterThanOrEqual(5);

    for (let n = 1; n <= writes; n++) {
      const emu = demoWorkbook();
      emu.faults.failWrite(n);

      const answer = emu.scriptRun('kamLogContact', contact(`fault-${n}-id`)) as SaveResult;

      const written = rowsWith(emu, 'Contacts', 'Retry Person') === 1;
      expect({ n, ok: answer.ok }).toEqual({ n, ok: written });
      if (answer.ok) expect(answer.warning).toMatch(/^Saved, but /);
      else expect(answer).toMatchObject({ code: 'WRITE_FAILED' });
      if (!answer.ok) expect(answer.message).not.toMatch(/nothing was saved/);
      const retried = emu.scriptRun('kamLogContact', contact(`fault-${n}-id`)) as SaveResult;
      expect(retried.ok).toBe(true);
      expect({ n, rows: rowsWith(emu, 'Contacts', 'Retry Person') }).toEqual({ n, rows: 1 });
    }
  });

  it('saves the contact and says so when only refreshing the statuses fails; Run checks now repairs them', () => {
    const emu = demoWorkbook();
    emu.openAddon();
    const before = accountRows(emu).get('KA-001')!.values['Contact status'];
    const probe = demoWorkbook();
    probe.faults.reset();
    probe.scriptRun('kamLogContact', contact('probe-0002'));
    const statusWrite = probe.faults.seen.lastIndexOf('Range.setValues') + 1;
    emu.faults.failWrite(statusWrite);

    const answer = emu.scriptRun('kamLogContact', contact('status-fails')) as SaveResult;

    expect(answer).toMatchObject({
      ok: true,
      warning: expect.stringMatching(/refreshing the statuses failed/),
    });
    expect(accountRows(emu).get('KA-001')!.values['Contact status']).toBe(before);
    emu.clickMenu('Run checks now');
    expect(accountRows(emu).get('KA-001')!.values['Contact status']).toBe('Pausing');
  });
});
