// `npm run bench` figures of the map and brief dialogs (issue 14, item 8): each file's size, the
// google.script.run calls to open it (one from the sidebar, one for its data) with the service
// calls they made, the first render in Chromium, and a map of 200 people drawn.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, openDialog } from '../browser/harness';
import { generateDemo } from '../demo';
import { loadDemoWorkbook } from '../demo/load-workbook';
import type { Emulator } from '../emulator';
import { createKamEmulator } from '../kam-emulator';

export interface DialogFigures {
  name: 'Map' | 'Brief';
  bytes: number;
  /** google.script.run calls: the sidebar's open, then the dialog's data. */
  calls: number;
  /** Apps Script service calls of those two executions. */
  serviceCallsOpen: number;
  serviceCallsData: number;
  /** Navigation start to the drawing on screen, one data call included. */
  firstRenderMs: number;
}

function workbook(root: string): Emulator {
  const emu = createKamEmulator({
    codePath: join(root, 'dist', 'Code.js'),
    locale: 'en_US',
    now: new Date('2026-11-26T09:00:00+02:00'),
  });
  loadDemoWorkbook(emu, generateDemo({ today: '2026-11-26' }), 'en');
  return emu;
}

/** 200 people in one account: eight divisions, each reporting to the one eight rows up. */
export function addPeople(emu: Emulator, accountId: string, count: number): void {
  const divisions = [
    'Management',
    'Finance',
    'IT',
    'Operations',
    'Logistics',
    'Quality',
    'Sales',
    'Legal',
  ];
  const rows = Array.from({ length: count }, (_, i) => [
    accountId,
    `Person ${i + 1}`,
    'Specialist',
    divisions[i % divisions.length],
    i === 0 ? 'Decision maker' : 'User',
    'Neutral',
    'Medium',
    '',
    '',
    '',
    i === 0 ? '' : i < divisions.length ? 'Person 1' : `Person ${i - divisions.length + 1}`,
    '',
  ]);
  const sheet = emu.spreadsheet.getSheetByName('Decision group')!;
  sheet.getRange(sheet.getLastRow() + 1, 1, rows.length, rows[0].length).setValues(rows);
}

/** Measures both dialogs on the demo portfolio, and the map of 200 people (run `npm run build` first). */
export async function measureDialogs(root = join(__dirname, '..', '..')): Promise<{
  dialogs: DialogFigures[];
  bigMapMs: number;
}> {
  const browser = await launchBrowser();
  try {
    const dialogs: DialogFigures[] = [];
    for (const name of ['Map', 'Brief'] as const) {
      const emu = workbook(root);
      const open = name === 'Map' ? 'kamOpenMap' : 'kamOpenBrief';
      emu.scriptRun(
        open,
        name === 'Map' ? { accountId: 'KA-002', view: 'people' } : { accountId: 'KA-002' },
      );
      const serviceCallsOpen = emu.executions.at(-1)!.calls;
      const dialog = await openDialog(browser, emu, name);
      await dialog.page.locator('.map-svg').waitFor();
      const firstRenderMs = await dialog.page.evaluate(() => performance.now());
      dialogs.push({
        name,
        bytes: statSync(join(root, 'dist', `${name}.html`)).size,
        calls: 1 + dialog.calls.length,
        serviceCallsOpen,
        serviceCallsData: emu.executions.at(-1)!.calls,
        firstRenderMs: Math.round(firstRenderMs),
      });
      await dialog.page.context().close();
    }
    const emu = workbook(root);
    addPeople(emu, 'KA-008', 200);
    emu.scriptRun('kamOpenMap', { accountId: 'KA-008', view: 'people' });
    const big = await openDialog(browser, emu, 'Map');
    await big.page.locator('.map-svg').waitFor();
    await big.page.waitForFunction(() => document.body.dataset.drawnMs !== undefined);
    const bigMapMs = Number(await big.page.evaluate(() => document.body.dataset.drawnMs));
    return { dialogs, bigMapMs };
  } finally {
    await browser.close();
  }
}

/** The figures as the bench prints them, beside the targets. */
export function dialogLines(f: Awaited<ReturnType<typeof measureDialogs>>): string[] {
  return [
    ...f.dialogs.map(
      (d) =>
        `${d.name}.html: ${(d.bytes / 1024).toFixed(1)} KB (target ≤ 150 KB), one file, no other host; ` +
        `${d.calls} server calls to open (open ${d.serviceCallsOpen} service calls, data ${d.serviceCallsData}); ` +
        `first render in Chromium ${d.firstRenderMs} ms`,
    ),
    `Relationship map of 200 people drawn in ${f.bigMapMs} ms (target < 500 ms)`,
  ];
}

if (require.main === module) {
  measureDialogs().then(
    (f) => console.log(dialogLines(f).join('\n')),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
