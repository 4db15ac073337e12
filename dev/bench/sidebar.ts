// `npm run bench` figures of the sidebar (issue 5, item 10): the size of dist/Sidebar.html,
// the time from load to first render in Chromium, and the server calls per load and per save.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, openSidebar } from '../browser/harness';
import { generateDemo } from '../demo';
import { loadDemoWorkbook } from '../demo/load-workbook';
import { createKamEmulator } from '../kam-emulator';

export interface SidebarFigures {
  htmlBytes: number;
  /** From navigation start to the first form on screen, in Chromium (one load call included). */
  firstRenderMs: number;
  /** google.script.run calls to show an account; and to save one form. */
  callsPerLoad: number;
  callsPerSave: number;
  /** Apps Script service calls those executions made on the emulated server. */
  serviceCallsPerLoad: number;
  serviceCallsPerSave: number;
}

/** Measures the built sidebar against the demo portfolio (run `npm run build` first). */
export async function measureSidebar(root = join(__dirname, '..', '..')): Promise<SidebarFigures> {
  const htmlBytes = statSync(join(root, 'dist', 'Sidebar.html')).size;
  const emu = createKamEmulator({
    codePath: join(root, 'dist', 'Code.js'),
    locale: 'en_US',
    now: new Date('2026-11-26T09:00:00+02:00'),
  });
  loadDemoWorkbook(emu, generateDemo({ today: '2026-11-26' }), 'en');
  emu.spreadsheet.getSheetByName('Accounts')!.getRange('A2').activate();
  const browser = await launchBrowser();
  try {
    const sidebar = await openSidebar(browser, emu);
    const { page } = sidebar;
    await page.locator('#general-description').waitFor();
    const firstRenderMs = await page.evaluate(() => performance.now());
    const callsPerLoad = sidebar.calls.length;
    const serviceCallsPerLoad = emu.executions.at(-1)!.calls;
    await page.fill('#general-description', 'Benchmark edit.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    return {
      htmlBytes,
      firstRenderMs: Math.round(firstRenderMs),
      callsPerLoad,
      callsPerSave: sidebar.calls.length - callsPerLoad,
      serviceCallsPerLoad,
      serviceCallsPerSave: emu.executions.at(-1)!.calls,
    };
  } finally {
    await browser.close();
  }
}

if (require.main === module) {
  measureSidebar().then(
    (f) =>
      console.log(
        `Sidebar.html ${(f.htmlBytes / 1024).toFixed(1)} KB; first render ${f.firstRenderMs} ms; ` +
          `server calls: ${f.callsPerLoad} per load (${f.serviceCallsPerLoad} service calls), ` +
          `${f.callsPerSave} per save (${f.serviceCallsPerSave} service calls)`,
      ),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
