// Bundle-level: Settings changes re-tier everywhere at once (R1.1–R1.3): onEdit rewrites the
// Accounts tiers from Revenue and Settings alone and marks a full recheck; set-up names a
// Revenue formula that does not follow Settings and links it only when asked.
import type { Emulator } from '../../../dev/emulator';
import { accountRows, demoWorkbook } from '../../helpers/demo-workbook';

function triggers(emu: Emulator): { id: string; eventType: string }[] {
  return (JSON.parse(emu.snapshot()) as { triggers: { id: string; eventType: string }[] }).triggers;
}

/** The Revenue sheet's tier, as KAM_TIER shows it, of an account's client. */
function revenueTier(emu: Emulator, id: string): unknown {
  const client = accountRows(emu).get(id)?.values.Client;
  const values = emu.spreadsheet.getSheetByName('Revenue')!.getDataRange().getValues();
  return values.find((row) => row[0] === client)?.[4];
}

function logRows(emu: Emulator): unknown[][] {
  return emu.spreadsheet.getSheetByName('KAM log')!.getDataRange().getValues().slice(1);
}

describe('Settings re-tier everywhere at once', () => {
  it('re-tiers Accounts as soon as a threshold is edited, touching only revenue, share and tier', () => {
    const emu = demoWorkbook();
    emu.run('runChecksNow');
    const before = accountRows(emu);
    emu.calls.reset();

    emu.edit('Settings!B3', '25%');

    const after = accountRows(emu);
    expect(before.get('KA-001')?.values.Tier).toBe('Critical');
    expect(after.get('KA-001')?.values.Tier).toBe('Key');
    expect(revenueTier(emu, 'KA-001')).toBe('Key');
    for (const [id, row] of after) {
      const { Tier: _tier, ...rest } = row.values;
      const { Tier: _old, ...restBefore } = before.get(id)!.values;
      expect([id, rest]).toEqual([id, restBefore]);
      expect([id, row.backgrounds]).toEqual([id, before.get(id)!.backgrounds]);
    }
    // Revenue, Settings and Accounts read once, one block written, under the document lock
    // (taking it, releasing it, and the flush before: 4 calls).
    expect(emu.calls.total()).toBeLessThan(24);
  });

  it('has the next scheduled run check again the same day after a Settings edit', () => {
    const emu = demoWorkbook();
    emu.openAddon();
    emu.clickMenu('Turn on daily check');
    const hourly = triggers(emu).find((t) => t.eventType === 'CLOCK')!;
    emu.fireTimeTrigger(hourly.id);

    emu.edit('Settings!B6', 1);
    emu.fireTimeTrigger(hourly.id);
    emu.fireTimeTrigger(hourly.id);

    expect(logRows(emu).map((row) => row.slice(1, 3))).toEqual([
      ['Daily check', 'OK'],
      ['Daily check', 'OK'],
    ]);
    expect(accountRows(emu).get('KA-004')?.values['Next review due']).not.toEqual(
      accountRows(demoWorkbook()).get('KA-004')?.values['Next review due'],
    );
  });

  it('never colours revenue, share or tier, only the status cells (a mono-client row included)', () => {
    const emu = demoWorkbook({ monoClient: true });

    emu.run('runChecksNow');

    const row = accountRows(emu).get('KA-001')!;
    expect(row.values.Tier).toBe('Mono-client');
    expect([row.backgrounds.Revenue, row.backgrounds.Share, row.backgrounds.Tier]).toEqual([
      '#ffffff',
      '#ffffff',
      '#ffffff',
    ]);
    expect(row.backgrounds['Contact status']).not.toBe('#ffffff');
  });
});

describe('set-up and a Revenue formula that does not follow Settings', () => {
  function unlinkedDemo(): Emulator {
    const emu = demoWorkbook();
    emu.spreadsheet.getSheetByName('Revenue')!.getRange('E2').setFormula('=KAM_TIER(C2:C)');
    return emu;
  }

  it('names the formula and leaves it as it is when the user says No', () => {
    const emu = unlinkedDemo();
    emu.ui.answerAlert('NO');

    emu.run('setUpKamWorkbook');

    const alert = emu.ui.alerts.at(-1)!;
    expect(alert.buttons).toBe('YES_NO');
    expect(alert.prompt).toContain('Revenue!E2: =KAM_TIER(C2:C)');
    expect(emu.inspect('Revenue!E2').formula).toBe('=KAM_TIER(C2:C)');
  });

  it('links it to Settings when the user says Yes, so a threshold edit re-tiers the Revenue sheet', () => {
    const emu = unlinkedDemo();
    emu.ui.answerAlert('YES');

    emu.run('setUpKamWorkbook');
    emu.edit('Settings!B3', '25%');

    expect(emu.inspect('Revenue!E2').formula).toBe(
      "=KAM_TIER(C2:C, 'Settings'!$B$5, 'Settings'!$B$2, 'Settings'!$B$3, 'Settings'!$B$4)",
    );
    expect(revenueTier(emu, 'KA-001')).toBe('Key');
  });

  it('asks nothing of a workbook whose formulas already follow Settings (the demo, as set-up writes them)', () => {
    const emu = demoWorkbook({ lang: 'lt' });

    emu.run('setUpKamWorkbook');

    expect(emu.ui.alerts.at(-1)?.buttons).toBe('OK');
  });
});
