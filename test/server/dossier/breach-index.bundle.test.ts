// Bundle-level: drives dist/Code.js through the emulator (`npm run build` first).
// The breaches kept on record (R4.3, R5.2) stay on the dashboard's scorecard on every check,
// read from Change history only when something may have changed its breach lines.
import type { Emulator } from '../../../dev/emulator';
import type { Result } from '../../../src/dossier/types';
import { demoWorkbook } from '../../helpers/demo-workbook';

const MANTAS = 'mantas.vaitkus@example.com';

/** Mantas's "pauses respected" on the dashboard (a share, or '' when nothing was measured). */
function pausesRespected(emu: Emulator): unknown {
  const lines = emu.spreadsheet.getSheetByName('KAM dashboard')!.getDataRange().getValues();
  const start = lines.findIndex((line) => line[0] === 'Manager scorecard, last 6 months') + 2;
  return lines.slice(start).find((line) => line[0] === MANTAS)?.[3];
}

/** Runs Run checks now; whether it read Change history (one named-range read more). */
function check(emu: Emulator): { readHistory: boolean } {
  emu.calls.reset();
  emu.run('runChecksNow');
  // Settings, the six sheets the check reads, Plan and Dossier: nine; History is the tenth.
  return { readHistory: emu.calls.count('Range.getValues') === 10 };
}

/** Removes KA-005's call inside its pause from the sidebar, with a reason: the breach is kept on record. */
function removeBreach(emu: Emulator): void {
  const loaded = emu.scriptRun('kamLoadDossier', 'KA-005') as Result;
  if (!loaded.ok) throw new Error(loaded.message);
  const call = loaded.state.account!.contacts.find((c) => c.values.date === '2026-11-21')!;
  const removed = emu.scriptRun('kamRemoveContact', {
    accountId: 'KA-005',
    key: call.key,
    reason: 'Logged on the wrong account.',
  }) as { ok: boolean };
  if (!removed.ok) throw new Error(JSON.stringify(removed));
}

describe('breaches on record between checks', () => {
  it('keeps a removed call’s broken pause on the scorecard, reading Change history only once', () => {
    const emu = demoWorkbook();
    check(emu);
    const before = pausesRespected(emu);

    removeBreach(emu);
    const first = check(emu);
    const afterRemoval = pausesRespected(emu);
    const second = check(emu);

    expect(before).toBeLessThan(1);
    expect(afterRemoval).toBe(before);
    expect(pausesRespected(emu)).toBe(before);
    expect([first.readHistory, second.readHistory]).toEqual([true, false]);
  });

  it('reads Change history again after a line was typed into it, and follows what it says', () => {
    const emu = demoWorkbook();
    removeBreach(emu);
    check(emu);
    const kept = pausesRespected(emu);
    const history = emu.spreadsheet.getSheetByName('Change history')!;
    const values = history.getDataRange().getValues();
    const field = values[0].indexOf('Field') + 1;
    const line = values.findIndex((row) => row[field - 1] === 'Broken pause (on record)') + 1;

    emu.edit(`Change history!${String.fromCharCode(64 + field)}${line}`, 'Checked, not a breach');
    const after = check(emu);

    expect(kept).toBeLessThan(1);
    expect(after.readHistory).toBe(true);
    expect(pausesRespected(emu)).not.toBe(kept);
  });
});
