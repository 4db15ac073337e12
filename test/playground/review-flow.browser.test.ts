// The playground end to end in headless Chromium (issue 6): a review turns overdue as the
// clock moves, the dossier opens from the menu and marks it reviewed, a typed revenue gets its
// tier, and a restarted server shows the same workbook.
import { mkdirSync, rmSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser } from '../../dev/browser/harness';
import {
  addonMenu,
  button,
  cell,
  clockNow,
  dossier,
  menuItem,
  sheetTab,
  sidebar,
  sidebarPane,
} from './selectors';
import { type Playground, startPlayground, tempStateDir } from './server-process';

/** The demo's account whose review falls due the day after the demo's first day (DEMO_SCENARIOS). */
const ACCOUNT = 'KA-003';
const ACCOUNT_ROW = 4;
const RED = 'rgb(244, 199, 195)';
const AMBER = 'rgb(252, 232, 178)';
const SCREENSHOT = 'test-output/playground-sidebar-overdue.png';

let browser: Browser;
let server: Playground;
let page: Page;
const stateDir = tempStateDir();
const errors: string[] = [];

async function background(locator: Locator): Promise<string> {
  return locator.evaluate((el) => getComputedStyle(el).backgroundColor);
}

/** Waits until the page has redrawn after its last action. */
async function settled(): Promise<void> {
  await page.waitForFunction(() => !document.body.hasAttribute('aria-busy'));
}

async function openPage(): Promise<void> {
  page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => void d.accept());
  await page.goto(server.url);
  await cell(page, 'A1').waitFor();
}

async function showSheet(name: string): Promise<void> {
  await sheetTab(page, name).click();
  await settled();
}

/** Types into a cell as a user does: select it, type, Enter. */
async function type(a1: string, text: string): Promise<void> {
  await cell(page, a1).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await settled();
}

beforeAll(async () => {
  mkdirSync('test-output', { recursive: true });
  [browser, server] = await Promise.all([launchBrowser(), startPlayground(stateDir)]);
  await openPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(stateDir, { recursive: true, force: true });
});

describe('the playground', () => {
  it('highlights a review that turns overdue, opens its dossier and clears it when reviewed (R3.6)', async () => {
    const status = cell(page, `J${ACCOUNT_ROW}`);
    await showSheet('Accounts');
    await expect(cell(page, `A${ACCOUNT_ROW}`).textContent()).resolves.toBe(ACCOUNT);
    expect(await background(status)).toBe(AMBER);

    await button(page, '+1 day').click();
    await settled();
    await button(page, '+1 day').click();
    await settled();
    await button(page, 'Run daily check').click();
    await settled();

    await expect(clockNow(page).textContent()).resolves.toContain('2026-11-28');
    expect(await background(status)).toBe(RED);
    expect(await status.getAttribute('title')).toContain('Review overdue by 1 day');

    await status.click();
    await addonMenu(page).click();
    await menuItem(page, 'Open dossier').click();
    const frame = sidebar(page);
    await sidebarPane(page).waitFor();
    await dossier.heading(frame, 'General').waitFor();
    expect(await dossier.account(frame).inputValue()).toBe(ACCOUNT);
    await dossier.section(frame, 'Review').click();
    await dossier.heading(frame, 'Review').waitFor();
    await page.screenshot({ path: SCREENSHOT });

    await dossier.reviewNote(frame).fill('Reviewed with the client’s new CFO.');
    await dossier.markReviewed(frame).click();
    await dossier.confirmReviewed(frame).click();
    await dossier.saved(frame).waitFor();
    await page.waitForFunction(
      (a1) => document.querySelector(`td[data-cell="${a1}"]`)?.getAttribute('style') === null,
      `J${ACCOUNT_ROW}`,
    );

    expect(await background(status)).not.toBe(RED);
    expect(await background(status)).not.toBe(AMBER);
  });

  it('computes the tier of a revenue typed in the Revenue sheet (R1.1–R1.3)', async () => {
    await showSheet('Revenue');
    await type('A42', 'Naujas Klientas UAB');
    await type('C42', '2000000');

    await expect(cell(page, 'C42').textContent()).resolves.toBe('2,000,000.00');
    await expect(cell(page, 'E42').textContent()).resolves.toBe('Critical');
  });

  it('keeps the workbook when the server restarts', async () => {
    expect(await server.stop('SIGINT')).toBe(0);
    server = await startPlayground(stateDir);
    await page.close();

    await openPage();
    await showSheet('Revenue');

    await expect(cell(page, 'A42').textContent()).resolves.toBe('Naujas Klientas UAB');
    await expect(cell(page, 'E42').textContent()).resolves.toBe('Critical');
    await expect(clockNow(page).textContent()).resolves.toContain('2026-11-28');
    expect(errors).toEqual([]);
  });
});
