// The bench's e-mail digests: the daily trigger's run on the same workbook with digests off and
// on, its service calls and the range reads among them (the managers' digests must add none).
import type { Emulator } from '../emulator';

export interface DigestFigure {
  calls: number;
  /** Range and data-range reads (getValues and the like): what reading a sheet costs. */
  reads: number;
  estimatedMs: number;
  cpuMs: number;
  mails: number;
}

/** Everyone Accounts names as a manager or supervisor, as the head of sales shares the file with them. */
function namedPeople(emu: Emulator): string[] {
  const [header, ...rows] = emu.spreadsheet.getSheetByName('Accounts')!.getDataRange().getValues();
  const columns = ['Manager (e-mail)', 'Supervisor (e-mail)'].map((h) => header.indexOf(h));
  return [...new Set(rows.flatMap((r) => columns.map((c) => String(r[c]).trim())))].filter((e) =>
    e.includes('@'),
  );
}

function setDigests(emu: Emulator, value: 'On' | 'Off'): void {
  const sheet = emu.spreadsheet.getSheetByName('Settings')!;
  const row =
    sheet
      .getDataRange()
      .getValues()
      .findIndex((r) => r[0] === 'E-mail digests') + 1;
  sheet.getRange(row, 2).setValue(value);
}

/** One run of the hourly trigger from `state` (a workbook checked by nobody yet today). */
function dailyRun(emu: Emulator, state: string, digests: 'On' | 'Off'): DigestFigure {
  emu.restore(state);
  emu.spreadsheet.addEditors(namedPeople(emu));
  setDigests(emu, digests);
  emu.run('turnOnDailyCheckFromMenu');
  const trigger = (
    JSON.parse(emu.snapshot()) as { triggers: { id: string; eventType: string }[] }
  ).triggers.find((t) => t.eventType === 'CLOCK')!;
  emu.calls.reset();
  const before = emu.executions.length;
  emu.fireTimeTrigger(trigger.id);
  const run = emu.executions.slice(before);
  const reads = Object.entries(emu.calls.byMethod())
    .filter(([name]) => name.startsWith('Range.get') || name === 'Sheet.getDataRange')
    .reduce((n, [, count]) => n + count, 0);
  return {
    calls: run.reduce((n, s) => n + s.calls, 0),
    reads,
    estimatedMs: run.reduce((n, s) => n + s.estimatedMs, 0),
    cpuMs: run.reduce((n, s) => n + s.cpuMs, 0),
    mails: emu.outbox.length,
  };
}

/** The daily run with digests off and on, from the same state. */
export function measureDigests(
  emu: Emulator,
  state: string,
): { off: DigestFigure; on: DigestFigure } {
  return { off: dailyRun(emu, state, 'Off'), on: dailyRun(emu, state, 'On') };
}
