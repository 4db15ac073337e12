// Bundle-level: drives dist/Code.js through the emulator (`npm run build` first).
// The daily check as an installable trigger (issue 4): on once, off cleanly, failures logged
// with the previous highlights intact, big workbooks finished over several runs, deleted rows.
import type { Emulator } from '../../../dev/emulator';
import { accountRows, demoWorkbook } from '../../helpers/demo-workbook';

interface Trigger {
  id: string;
  handler: string;
  eventType: string;
}

function triggers(emu: Emulator): Trigger[] {
  return (JSON.parse(emu.snapshot()) as { triggers: Trigger[] }).triggers;
}

function logRows(emu: Emulator): unknown[][] {
  return emu.spreadsheet.getSheetByName('KAM log')!.getDataRange().getValues().slice(1);
}

function statusBlock(emu: Emulator): unknown {
  return [...accountRows(emu).values()].map((row) => [row.values, row.notes, row.backgrounds]);
}

describe('daily check', () => {
  it('switches on once, with one time trigger and one change trigger, and off cleanly', () => {
    const emu = demoWorkbook();
    emu.openAddon();

    emu.clickMenu('Turn on daily check');
    // A menu built before (or in AuthMode.NONE) still offers it.
    emu.run('turnOnDailyCheckFromMenu');

    expect(triggers(emu).map((t) => [t.handler, t.eventType])).toEqual([
      ['kamScheduledCheck', 'CLOCK'],
      ['kamOnChange', 'ON_CHANGE'],
    ]);
    expect(emu.ui.alerts.at(-1)?.prompt).toBe('The daily check was already on; nothing changed.');
    emu.clickMenu('Turn off daily check');
    expect(triggers(emu)).toEqual([]);
  });

  it('checks once a day when its hourly trigger fires', () => {
    const emu = demoWorkbook();
    emu.openAddon();
    emu.clickMenu('Turn on daily check');
    const hourly = triggers(emu).find((t) => t.eventType === 'CLOCK')!;

    emu.fireTimeTrigger(hourly.id);
    emu.fireTimeTrigger(hourly.id);

    expect(logRows(emu).map((row) => row.slice(1, 3))).toEqual([['Daily check', 'OK']]);
    expect(accountRows(emu).get('KA-002')?.values.Flags).toContain('Review overdue');
  });

  it('logs a failing run and leaves the previous highlights as they were', () => {
    const emu = demoWorkbook();
    emu.run('runChecksNow');
    const before = statusBlock(emu);
    emu.clock.advanceDays(30);
    const accounts = emu.spreadsheet.getSheetByName('Accounts')!;
    const lock = accounts.getRange('F:N').protect();
    lock.removeEditors(lock.getEditors().map((user) => user.getEmail()));

    emu.run('runChecksNow', [], { user: 'colleague@example.com' });

    const last = logRows(emu).at(-1)!;
    expect(last.slice(1, 3)).toEqual(['Menu', 'Failed']);
    expect(String(last[3])).toMatch(/protected/i);
    expect(statusBlock(emu)).toEqual(before);
  });

  it('finishes a check too big for one run over several runs, writing only at the end', () => {
    const emu = demoWorkbook();
    emu.openAddon();
    emu.clickMenu('Turn on daily check');
    const hourly = triggers(emu).find((t) => t.eventType === 'CLOCK')!;
    const blank = statusBlock(emu);
    emu.setLatency(30_000);

    const outcomes: unknown[] = [];
    for (let run = 0; run < 12 && outcomes.at(-1) !== 'OK'; run++) {
      emu.fireTimeTrigger(hourly.id);
      outcomes.push(logRows(emu).at(-1)?.[2]);
      if (outcomes.at(-1) !== 'OK') expect(statusBlock(emu)).toEqual(blank);
    }

    expect(outcomes.length).toBeGreaterThan(1);
    expect(outcomes.slice(0, -1).every((o) => o === 'Partly done, continues next run')).toBe(true);
    expect(outcomes.at(-1)).toBe('OK');
    expect(accountRows(emu).get('KA-005')?.values['Contact status']).toBe('Pause broken');
  });

  it('re-highlights the account of a deleted contact row at the next hourly run (onChange)', () => {
    const emu = demoWorkbook();
    emu.openAddon();
    emu.clickMenu('Turn on daily check');
    const hourly = triggers(emu).find((t) => t.eventType === 'CLOCK')!;
    emu.fireTimeTrigger(hourly.id);
    const before = accountRows(emu);
    const contacts = emu.spreadsheet.getSheetByName('Contacts')!.getDataRange().getValues();
    const breach = contacts.findIndex(
      (row) =>
        row[1] === 'KA-005' &&
        row[5] === 'Yes' &&
        row[0] instanceof Date &&
        row[0].toISOString() === '2026-11-20T22:00:00.000Z',
    );
    expect(breach).toBeGreaterThan(0);

    emu.deleteRows('Contacts', breach + 1, 1);
    const marked = accountRows(emu);
    emu.clock.advanceMs(3_600_000);
    emu.fireTimeTrigger(hourly.id);

    expect(marked).toEqual(before);
    const after = accountRows(emu);
    expect(after.get('KA-005')?.values['Contact status']).toBe('Pausing');
    const changed = [...after.keys()].filter(
      (id) => JSON.stringify(after.get(id)) !== JSON.stringify(before.get(id)),
    );
    expect(changed).toEqual(['KA-005']);
  });
});
