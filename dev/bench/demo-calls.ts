// Issue 10's targets in service calls, on the demo workbook (8 accounts): printed by
// `npm run bench` and held by test/dev/bench/demo-calls.bundle.test.ts, measured the same way.
import { generateDemo } from '../demo';
import { loadDemoWorkbook } from '../demo/load-workbook';
import type { Emulator } from '../emulator';
import { createKamEmulator } from '../kam-emulator';
import { benchBundle } from './bundle';

/**
 * The most service calls each may make: the check's own work 20, and 24 with the document
 * lock (3 calls) and the flush before letting go (1) that every run wraps it in.
 */
export const DEMO_TARGETS = {
  checkAlone: 20,
  check: 24,
  runChecks: 45,
  load: 26,
  save: 30,
} as const;

export type DemoCalls = Record<keyof typeof DEMO_TARGETS, number>;

const NOW = new Date('2026-11-26T09:00:00+02:00');

/** Service calls of the executions `act` runs. */
function callsOf(emu: Emulator, act: () => void): number {
  const before = emu.executions.length;
  act();
  return emu.executions.slice(before).reduce((n, e) => n + e.calls, 0);
}

/**
 * The full check alone (the bench bundle's kamCheckAlone), and as every run makes it (kamCheck,
 * holding the lock and flushing), Run checks
 * now in the steady state (its second run, once the KAM log and the dashboard exist), the
 * sidebar's load of the selected row's account, and a save of its General section, as
 * google.script.run calls them. `bench` is an emulator of dev/bench/kam-check.ts's bundle.
 */
export async function measureDemoCalls(bench?: Emulator): Promise<DemoCalls> {
  const checker =
    bench ??
    createKamEmulator({ code: await benchBundle('kam-check.ts'), now: NOW, locale: 'en_US' });
  const emu = createKamEmulator({ now: NOW, locale: 'en_US' });
  loadDemoWorkbook(emu, generateDemo({ today: '2026-11-26' }), 'en');
  const demo = emu.snapshot();
  checker.restore(demo);
  const checkAlone = callsOf(checker, () => checker.run('kamCheckAlone'));
  checker.restore(demo);
  const check = callsOf(checker, () => checker.run('kamCheck'));
  emu.run('runChecksNow');
  const runChecks = callsOf(emu, () => emu.run('runChecksNow'));
  emu.restore(demo);
  emu.spreadsheet.getSheetByName('Accounts')!.getRange('A2').activate();
  let state: { account: { id: string; dossierKey: string } } | undefined;
  const load = callsOf(emu, () => {
    state = (emu.scriptRun('kamLoadDossier', null) as { state: typeof state }).state;
  });
  const save = callsOf(emu, () => {
    const saved = emu.scriptRun('kamSaveDossier', {
      accountId: state?.account.id,
      key: state?.account.dossierKey,
      values: { description: 'Benchmark edit.' },
    }) as { ok: boolean };
    if (!saved.ok) throw new Error(`The bench's save was refused: ${JSON.stringify(saved)}`);
  });
  return { checkAlone, check, runChecks, load, save };
}

/** The figures as the bench prints them, beside the targets. */
export function demoLines(calls: DemoCalls): string[] {
  const rows: [string, keyof DemoCalls, string][] = [
    ['Full check, its own work', 'checkAlone', `≤ ${DEMO_TARGETS.checkAlone}`],
    ['Full check, lock and flush', 'check', `≤ ${DEMO_TARGETS.check}`],
    ['Run checks now, 2nd run', 'runChecks', `≤ ${DEMO_TARGETS.runChecks}`],
    ['Sidebar load', 'load', `≤ ${DEMO_TARGETS.load}`],
    ['Sidebar save (General)', 'save', `≤ ${DEMO_TARGETS.save}`],
  ];
  return rows.map(
    ([label, key, target]) =>
      `${label.padEnd(26)} ${String(calls[key]).padStart(5)} calls   target ${target}`,
  );
}
