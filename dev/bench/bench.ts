// `npm run bench`: service calls and CPU time of the check and of onEdit on a 1,000-account,
// 100,000-contact workbook, against a row-by-row implementation; printed, never asserted.
import { join } from 'node:path';
import { bundleServer, GLOBAL_SHIM } from '../build/bundle-server';
import { generateDemo } from '../demo';
import { loadDemoWorkbook } from '../demo/load-workbook';
import { createEmulator, type Emulator } from '../emulator';

const NOW = new Date('2026-11-26T09:00:00+02:00');
const SCALE = { accounts: 1000, contacts: 100_000 };

interface Figure {
  calls: number;
  cpuMs: number;
}

async function bundle(entry: string): Promise<string> {
  return GLOBAL_SHIM + (await bundleServer(join(__dirname, entry)));
}

function measure(emu: Emulator, act: () => void): Figure {
  const before = emu.executions.length;
  act();
  const runs = emu.executions.slice(before);
  return {
    calls: runs.reduce((n, s) => n + s.calls, 0),
    cpuMs: runs.reduce((n, s) => n + s.cpuMs, 0),
  };
}

function row(
  label: string,
  ours: Figure,
  naive: Figure,
  targetCalls: number,
  targetMs: number,
): string {
  const ratio = (a: number, b: number) => (a === 0 ? '–' : `${(b / a).toFixed(1)}×`);
  return [
    label.padEnd(26),
    `${ours.calls}`.padStart(7),
    `${ours.cpuMs.toFixed(0)} ms`.padStart(10),
    `${naive.calls}`.padStart(10),
    `${naive.cpuMs.toFixed(0)} ms`.padStart(10),
    ratio(ours.calls, naive.calls).padStart(10),
    ratio(ours.cpuMs, naive.cpuMs).padStart(8),
    `≤ ${targetCalls} calls, < ${targetMs} ms`.padStart(24),
  ].join(' ');
}

async function main(): Promise<void> {
  const started = Date.now();
  const shipped = createEmulator({ now: NOW, locale: 'en_US' });
  loadDemoWorkbook(shipped, generateDemo({ scale: SCALE }), 'en');
  const workbook = shipped.snapshot();
  console.log(
    `Workbook: ${SCALE.accounts} accounts, ${SCALE.contacts} contacts (built in ${Date.now() - started} ms)`,
  );

  const ours = createEmulator({ code: await bundle('kam-check.ts'), now: NOW, locale: 'en_US' });
  const naive = createEmulator({ code: await bundle('naive-check.ts'), now: NOW, locale: 'en_US' });
  ours.restore(workbook);
  naive.restore(workbook);
  const check = measure(ours, () => ours.run('kamCheck'));
  const naiveCheck = measure(naive, () => naive.run('naiveCheck'));

  const checked = ours.snapshot();
  shipped.restore(checked);
  naive.restore(checked);
  const contactsRow = shipped.spreadsheet.getSheetByName('Contacts')!.getLastRow();
  const edit = (emu: Emulator) =>
    emu.edit(`Contacts!A${contactsRow}:G${contactsRow}`, [
      [
        '2026-11-26',
        'KA-004',
        'Rūta Petrauskienė',
        'ieva.jankauskiene@example.com',
        'Phone',
        'Yes',
        'Positive',
      ],
    ]);
  const onEdit = measure(shipped, () => edit(shipped));
  const naiveOnEdit = measure(naive, () => edit(naive));

  console.log('');
  console.log(
    [
      ''.padEnd(26),
      'calls'.padStart(7),
      'CPU'.padStart(10),
      'naive calls'.padStart(10),
      'naive CPU'.padStart(10),
      'calls ×'.padStart(10),
      'CPU ×'.padStart(8),
      'target'.padStart(24),
    ].join(' '),
  );
  console.log(row('Full check', check, naiveCheck, 20, 2000));
  console.log(row('onEdit of one contact row', onEdit, naiveOnEdit, 10, 200));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
